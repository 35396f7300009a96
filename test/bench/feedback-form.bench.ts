import '../../src/components/feedback-form/feedback-form.js';
import type { DvcFeedbackForm } from '../../src/components/feedback-form/feedback-form.js';
import { startMockApi } from '../../src/mocks/browser.js';

const API = 'https://dichvucong.bench/api/v1';
const RUNS = 20;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)] * 10) / 10;
};

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * A petition form, median of 20 runs: time from insertion to a rendered form; time for a failed check (empty
 * message) to show the error summary with focus; time from pressing send on a valid petition until the reference
 * number is shown (mock API, no added latency); and a keystroke in a 2,000-character message (count update).
 */
export default async function (stage: HTMLElement) {
  const worker = await startMockApi();
  let requests = 0;
  worker.events.on('request:start', ({ request }) => {
    if (request.url.startsWith(API)) requests++;
  });
  const firstRender: number[] = [];
  const validate: number[] = [];
  const submit: number[] = [];
  const keystroke: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    sessionStorage.clear();
    let t0 = performance.now();
    stage.innerHTML = `<dvc-feedback-form api-base="${API}" kind="petition" procedure="1.001193"></dvc-feedback-form>`;
    const el = stage.firstElementChild as DvcFeedbackForm;
    await el.updateComplete;
    firstRender.push(performance.now() - t0);
    const root = el.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('[part="submit-button"]')!;

    t0 = performance.now();
    button.click();
    await el.updateComplete;
    if (root.activeElement !== root.querySelector('[part="error-summary"]')) throw new Error('summary not focused');
    validate.push(performance.now() - t0);

    const message = root.querySelector<HTMLTextAreaElement>('#message')!;
    message.value = 'Đường vào bộ phận một cửa bị ngập. '.repeat(57);
    t0 = performance.now();
    message.dispatchEvent(new Event('input'));
    await el.updateComplete;
    keystroke.push(performance.now() - t0);

    t0 = performance.now();
    button.click();
    while (!root.querySelector('[part="reference"]')) await nextFrame();
    submit.push(performance.now() - t0);
  }
  stage.innerHTML = '';
  await worker.stop();
  return {
    runs: RUNS,
    requests,
    msFirstRender: median(firstRender),
    msValidateToFocusedSummary: median(validate),
    msKeystrokeIn2000Chars: median(keystroke),
    msSubmitToReference: median(submit),
  };
}
