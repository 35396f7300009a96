import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TaskStatus, type Task } from '@lit/task';

/**
 * Ties a widget's API tasks to its presence on the page. `Task` keeps running after its host is removed; this
 * aborts whatever is in flight when the widget leaves the page (no answer lands in a detached widget, no
 * request keeps a slow API busy), and runs those tasks again when it comes back.
 */
export class TaskLifecycle implements ReactiveController {
  private readonly interrupted = new Set<Task<readonly unknown[], unknown>>();

  constructor(
    host: ReactiveControllerHost,
    private readonly tasks: () => Task<readonly unknown[], unknown>[],
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const task of this.tasks()) {
      if (task.status === TaskStatus.PENDING) {
        this.interrupted.add(task);
        task.abort();
      }
    }
  }

  hostConnected(): void {
    for (const task of this.interrupted) void task.run();
    this.interrupted.clear();
  }
}
