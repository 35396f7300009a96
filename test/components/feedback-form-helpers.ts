import { http } from 'msw';
import type { FeedbackBody } from '../../src/api/types.js';
import type { DvcFeedbackForm } from '../../src/components/feedback-form/feedback-form.js';
import { problem } from '../../src/mocks/handlers.js';
import { API, requests, until, type useMockApi } from '../helpers/mock-api.js';

/** Shared steps of the feedback-form tests: what a citizen does, and what the tests read back. */

export const $ = <T extends HTMLElement = HTMLElement>(el: DvcFeedbackForm, selector: string): T =>
  el.shadowRoot!.querySelector(selector) as T;

export const $$ = <T extends HTMLElement = HTMLElement>(el: DvcFeedbackForm, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/**
 * A short name for a node ("input#email", "div[part=success]"). Tests compare names, not nodes: a failed
 * assertion on a DOM node makes the runner try to serialise it, and the test page hangs instead of failing.
 */
export const nameOf = (node: Element | null | undefined): string => {
  if (!node) return 'nothing';
  const part = node.getAttribute('part');
  return `${node.localName}${node.id ? `#${node.id}` : ''}${part ? `[part=${part}]` : ''}`;
};

/** The name of the element with focus inside the widget's shadow root. */
export const focused = (el: DvcFeedbackForm): string => nameOf(el.shadowRoot!.activeElement);

/** Whether the widget shows something matching `selector`. */
export const has = (el: DvcFeedbackForm, selector: string): boolean => el.shadowRoot!.querySelector(selector) !== null;

/** Types into a field the way the browser reports it (an `input` event), for texts too long to send as keys. */
export async function fill(el: DvcFeedbackForm, selector: string, value: string): Promise<void> {
  const control = $<HTMLInputElement>(el, selector);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function choose(el: DvcFeedbackForm, rating: string): Promise<void> {
  $<HTMLInputElement>(el, `#rating-${rating}`).click();
  await el.updateComplete;
}

export const submitButton = (el: DvcFeedbackForm) => $<HTMLButtonElement>(el, '[part="submit-button"]');

export async function submit(el: DvcFeedbackForm): Promise<void> {
  submitButton(el).click();
  await el.updateComplete;
}

export const summary = (el: DvcFeedbackForm) => $(el, '[part="error-summary"]');
export const summaryItems = (el: DvcFeedbackForm) =>
  $$(el, '[part="error-summary"] li').map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());

/** The sentence under a field, without the "Lỗi:" that only screen readers hear. */
export const fieldErrorText = (el: DvcFeedbackForm, id: string) =>
  ($(el, `#${id}-error`)?.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/^(Lỗi|Error):\s*/, '');

export const sent = (el: DvcFeedbackForm) => until(() => $(el, '[part="success"]'));

export async function bodyOf(i: number): Promise<FeedbackBody> {
  return (await requests[i].clone().json()) as FeedbackBody;
}

export const keyOf = (i: number) => requests[i].headers.get('Idempotency-Key');

export const feedbackRequests = () => requests.filter((r) => r.method === 'POST' && r.url.endsWith('/feedback'));

/** The request for the module that sends (fetched when the form is first used), as the test server names it. */
export const SUBMISSION_MODULE = /\/feedback-form\/submission\.(ts|js)(\?.*)?$/;

/**
 * The mock API refuses the next feedback as invalid (a 422 validation problem), with what `extra` adds to the
 * problem: `errors` per field, a `detail`, or nothing.
 */
export function refuseFeedback(worker: Awaited<ReturnType<typeof useMockApi>>, extra: Record<string, unknown> = {}): void {
  worker.use(http.post(`${API}/feedback`, () => problem(422, 'urn:dvc:problem:validation', 'Dữ liệu không hợp lệ', extra), { once: true }));
}
