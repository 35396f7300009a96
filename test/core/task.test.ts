import { expect, fixture } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { Task, TaskStatus } from '../../src/base/task.js';
import { isAbort } from '../../src/api/errors.js';

/** A job the test settles by hand, with the signal each run got. */
interface Run {
  args: readonly unknown[];
  signal: AbortSignal;
  resolve(value: string): void;
  reject(error: unknown): void;
}

class TaskProbe extends LitElement {
  static override properties = { key: {} };
  declare key: string;
  runs: Run[] = [];
  completed: string[] = [];
  failed: unknown[] = [];
  readonly task = new Task(this, {
    args: () => [this.key] as const,
    task: (args, { signal }) =>
      new Promise<string>((resolve, reject) => {
        this.runs.push({ args, signal, resolve, reject });
        signal.addEventListener('abort', () => reject(new Error('aborted')));
      }),
    onComplete: (value) => this.completed.push(value),
    onError: (error) => this.failed.push(error),
  });
  constructor() {
    super();
    this.key = 'a';
  }
  override render() {
    return html`<p>${this.task.render({ initial: () => 'initial', pending: () => 'pending', complete: (v) => `done ${v}`, error: (e) => `error ${(e as Error).message}` })}</p>`;
  }
}
customElements.define('dvc-task-probe', TaskProbe);

class ManualProbe extends LitElement {
  readonly task = new Task(this, { autoRun: false, task: ([n]: readonly [number]) => Promise.resolve(n * 2) });
  override render() {
    return html`<p>${this.task.render({ initial: () => 'initial', complete: (v) => `value ${v}` })}</p>`;
  }
}
customElements.define('dvc-task-manual', ManualProbe);

const text = (el: LitElement) => el.shadowRoot!.querySelector('p')!.textContent;
const settle = async (el: LitElement) => {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

describe('Task (the widgets\' asynchronous jobs)', () => {
  it('runs with its arguments at the first update and renders pending, then the value', async () => {
    const el = await fixture<TaskProbe>(html`<dvc-task-probe></dvc-task-probe>`);
    expect(el.runs.length).to.equal(1);
    expect(el.runs[0].args).to.deep.equal(['a']);
    expect(el.task.status).to.equal(TaskStatus.PENDING);
    expect(text(el)).to.equal('pending');
    el.runs[0].resolve('A');
    await settle(el);
    expect(el.task.status).to.equal(TaskStatus.COMPLETE);
    expect(el.task.value).to.equal('A');
    expect(el.completed).to.deep.equal(['A']);
    expect(text(el)).to.equal('done A');
  });

  it('does not run again while its arguments stay the same', async () => {
    const el = await fixture<TaskProbe>(html`<dvc-task-probe></dvc-task-probe>`);
    el.runs[0].resolve('A');
    await settle(el);
    el.requestUpdate();
    await settle(el);
    expect(el.runs.length).to.equal(1);
  });

  it('aborts the run in flight when the arguments change, and keeps only the latest answer', async () => {
    const el = await fixture<TaskProbe>(html`<dvc-task-probe></dvc-task-probe>`);
    const first = el.runs[0];
    el.key = 'b';
    await el.updateComplete;
    expect(el.runs.length).to.equal(2);
    expect(first.signal.aborted).to.equal(true);
    expect(el.runs[1].signal.aborted).to.equal(false);
    // The first run's rejection arrives after the second run started: it changes nothing.
    await settle(el);
    expect(el.task.status).to.equal(TaskStatus.PENDING);
    expect(el.failed).to.deep.equal([]);
    el.runs[1].resolve('B');
    await settle(el);
    expect(text(el)).to.equal('done B');
    expect(el.completed).to.deep.equal(['B']);
  });

  it('ignores a late answer from an older run', async () => {
    const el = await fixture<TaskProbe>(html`<dvc-task-probe></dvc-task-probe>`);
    const first = el.runs[0];
    el.key = 'b';
    await el.updateComplete;
    el.runs[1].resolve('B');
    first.resolve('A'); // too late: the run was superseded
    await settle(el);
    expect(el.task.value).to.equal('B');
    expect(el.completed).to.deep.equal(['B']);
  });

  it('ends in ERROR with the error, and renders it, when the job fails or is aborted', async () => {
    const el = await fixture<TaskProbe>(html`<dvc-task-probe></dvc-task-probe>`);
    el.runs[0].resolve('A');
    await settle(el);
    void el.task.run();
    await el.updateComplete;
    el.task.abort();
    await settle(el);
    expect(el.task.status).to.equal(TaskStatus.ERROR);
    expect((el.task.error as Error).message).to.equal('aborted');
    expect(el.task.value).to.equal(undefined);
    expect(el.failed.length).to.equal(1);
    expect(text(el)).to.equal('error aborted');
  });

  it('a job that ignores its signal and answers after the abort still ends as an abort: its value is not kept', async () => {
    // As a lookup whose request was answered while a part of the widget was still on its way.
    let answer!: (v: number) => void;
    const el = await fixture<ManualProbe>(html`<dvc-task-manual></dvc-task-manual>`);
    const completed: number[] = [];
    const task = new Task(el, { autoRun: false, task: () => new Promise<number>((r) => (answer = r)), onComplete: (v) => completed.push(v) });
    const run = task.run();
    task.abort();
    answer(42);
    await run;
    expect(task.status).to.equal(TaskStatus.ERROR);
    expect(isAbort(task.error), 'an abort, which the widgets ignore').to.equal(true);
    expect(task.value).to.equal(undefined);
    expect(completed).to.deep.equal([]);
  });

  it('abort does nothing when no run is in flight', async () => {
    const el = await fixture<TaskProbe>(html`<dvc-task-probe></dvc-task-probe>`);
    el.runs[0].resolve('A');
    await settle(el);
    el.task.abort();
    await settle(el);
    expect(el.task.status).to.equal(TaskStatus.COMPLETE);
    expect(el.runs[0].signal.aborted).to.equal(false);
  });

  it('taskComplete settles with the latest run: the one in flight, else the last one', async () => {
    const el = await fixture<TaskProbe>(html`<dvc-task-probe></dvc-task-probe>`);
    const waiting = el.task.taskComplete;
    el.key = 'b';
    await el.updateComplete;
    el.runs[1].resolve('B');
    expect(await waiting).to.equal('B');
    expect(await el.task.taskComplete).to.equal('B');
    void el.task.run();
    const failing = el.task.taskComplete;
    el.runs[2].reject(new Error('down'));
    let error: unknown;
    await failing.catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('down');
    error = undefined;
    await el.task.taskComplete.catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('down');
  });

  it('with autoRun false, runs only when asked, with the arguments given', async () => {
    const el = await fixture<ManualProbe>(html`<dvc-task-manual></dvc-task-manual>`);
    expect(el.task.status).to.equal(TaskStatus.INITIAL);
    expect(text(el)).to.equal('initial');
    await el.task.run([21]);
    await el.updateComplete;
    expect(el.task.value).to.equal(42);
    expect(text(el)).to.equal('value 42');
  });

  it('a failing callback still leaves the task complete', async () => {
    const host = await fixture<ManualProbe>(html`<dvc-task-manual></dvc-task-manual>`);
    const task = new Task(host, {
      autoRun: false,
      task: () => 'x',
      onComplete: () => {
        throw new Error('callback');
      },
    });
    await task.run([]);
    expect(task.status).to.equal(TaskStatus.COMPLETE);
    expect(task.value).to.equal('x');
  });
});
