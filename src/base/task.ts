import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { ApiError } from '../api/errors.js';

/**
 * An asynchronous job of a widget (a search, a lookup, a level) as a reactive controller: the same API and
 * behaviour as @lit/task's `Task`, for the parts the widgets use, in a third of its bytes (every page pays for
 * this module). What it does:
 * - runs the job when its `args` change (compared item by item with `Object.is`) at the host's update, unless
 *   `autoRun` is false; or when `run()` is called;
 * - a new run aborts the previous one (its `signal`), and only the latest run's outcome is ever kept: an older
 *   answer arriving late changes nothing;
 * - `status`, `value`, `error`, `render()` of the four states, and `taskComplete`, as in @lit/task.
 * Left out: `initialValue`, `argsEqual`, `autoRun: 'afterUpdate'` and `initialState`.
 */

// Plain constants inside this module, which the minifier writes as numbers.
const INITIAL = 0;
const PENDING = 1;
const COMPLETE = 2;
const ERROR = 3;
export const TaskStatus = { INITIAL, PENDING, COMPLETE, ERROR } as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

// Members are methods, whose parameters TypeScript compares both ways: a `Task<[string], Dossier>` is then also
// a `Task<readonly unknown[], unknown>`, as with @lit/task.
export interface TaskConfig<T extends readonly unknown[], R> {
  task(args: T, options: { signal: AbortSignal }): Promise<R> | R;
  args?(): T;
  /** false: runs only when `run()` is called. */
  autoRun?: boolean;
  /** Called for the latest run's value, before the status becomes COMPLETE. */
  onComplete?(value: R): unknown;
  /** Called for the latest run's error (an abort too), before the status becomes ERROR. */
  onError?(error: unknown): unknown;
}

export interface StatusRenderer<R> {
  initial?(): unknown;
  pending?(): unknown;
  complete?(value: R): unknown;
  error?(error: unknown): unknown;
}

/** What a renderer's member returns; undefined for one not given. */
type Rendered<F> = F extends (...args: never[]) => infer V ? V : undefined;
/** What `render()` returns for a renderer: what any of its members returns. */
export type RenderedBy<K extends StatusRenderer<never>> = Rendered<K['initial']> | Rendered<K['pending']> | Rendered<K['complete']> | Rendered<K['error']>;

export class Task<const T extends readonly unknown[] = readonly unknown[], const R = unknown> implements ReactiveController {
  status: TaskStatus = INITIAL;
  /** The latest run's value (undefined after an error). */
  value?: R;
  /** The latest run's error (undefined after a success). */
  error?: unknown;
  private calls = 0;
  private controller?: AbortController;
  private lastArgs?: T;
  private waiting?: Promise<R>;
  private settle?: (ok: boolean, outcome: unknown) => void;

  private readonly host: ReactiveControllerHost;
  private readonly config: TaskConfig<T, R>;

  constructor(host: ReactiveControllerHost, config: TaskConfig<T, R>) {
    (this.host = host).addController(this);
    this.config = config;
  }

  hostUpdate(): void {
    if (this.config.autoRun === false) return;
    const args = this.config.args?.();
    const last = this.lastArgs;
    this.lastArgs = args;
    if (args && !(last && last.length === args.length && args.every((v, i) => Object.is(v, last[i])))) void this.run(args);
  }

  /** Runs the job now, with `args` or what the `args` function gives; a run in flight is aborted. */
  async run(args: T = this.config.args?.() as T): Promise<void> {
    this.lastArgs = args;
    this.abort();
    this.status = PENDING;
    this.host.requestUpdate();
    const call = ++this.calls;
    const controller = (this.controller = new AbortController());
    let value: R | undefined;
    let error: unknown;
    let ok = true;
    try {
      const answer = await this.config.task(args, { signal: controller.signal });
      // Aborted after its last request was answered (a part of the widget still arriving): an abort all the same.
      if (controller.signal.aborted) throw new ApiError('aborted', 'Request cancelled');
      value = answer;
    } catch (e) {
      ok = false;
      error = e;
    }
    if (call !== this.calls) return; // a later run is what counts
    try {
      // A failing callback must not leave the task pending for ever.
      ok ? this.config.onComplete?.(value as R) : this.config.onError?.(error);
    } catch {}
    this.status = ok ? COMPLETE : ERROR;
    this.value = value;
    this.error = error;
    const settle = this.settle;
    this.waiting = this.settle = undefined;
    settle?.(ok, ok ? value : error);
    this.host.requestUpdate();
  }

  /**
   * Aborts the run in flight, if any: its job sees its `signal` aborted, and the task ends in ERROR with an abort,
   * also when the job answers anyway (its requests done, it still awaited something else).
   */
  abort(reason?: unknown): void {
    if (this.status === PENDING) this.controller?.abort(reason);
  }

  /** Settles with the outcome of the latest run: the one in flight, or the last one. */
  get taskComplete(): Promise<R> {
    if (this.status === PENDING) {
      return (this.waiting ??= new Promise<R>((resolve, reject) => (this.settle = (ok, outcome) => (ok ? resolve(outcome as R) : reject(outcome)))));
    }
    return this.status === ERROR ? Promise.reject(this.error) : Promise.resolve(this.value as R);
  }

  /** What the renderer gives for the current status. */
  render<K extends StatusRenderer<R>>(renderer: K): RenderedBy<K> {
    // Indexed by status (INITIAL, PENDING, COMPLETE, ERROR); the first two take no argument.
    const render = [renderer.initial, renderer.pending, renderer.complete, renderer.error][this.status] as ((outcome: unknown) => unknown) | undefined;
    return render?.(this.status === COMPLETE ? this.value : this.error) as RenderedBy<K>;
  }
}
