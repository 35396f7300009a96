import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { TaskStatus } from './task.js';

/**
 * What the lifecycle needs of a `Task`, whatever its arguments and value: its status, and to abort and run it.
 * (A `Task<[string], Dossier>` is not a `Task<unknown[], unknown>`: its task function takes narrower arguments.)
 */
export interface InterruptibleTask {
  readonly status: TaskStatus;
  abort(reason?: unknown): void;
  run(): Promise<void>;
}

/**
 * Ties a widget's API tasks to its presence on the page. `Task` keeps running after its host is removed; this
 * aborts whatever is in flight when the widget leaves the page (no answer lands in a detached widget, no
 * request keeps a slow API busy), and runs those tasks again when it comes back.
 */
export class TaskLifecycle implements ReactiveController {
  private readonly interrupted = new Set<InterruptibleTask>();

  /**
   * @param tasks the widget's tasks
   * @param resume how to run an interrupted task again; by default with its `args` function (a task run by
   *   hand, without one, passes its own way of running again)
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly tasks: () => InterruptibleTask[],
    private readonly resume: (task: InterruptibleTask) => void = (task) => void task.run(),
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
    for (const task of this.interrupted) this.resume(task);
    this.interrupted.clear();
  }
}
