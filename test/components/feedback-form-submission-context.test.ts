import { expect, fixture, html } from '@open-wc/testing';
import { delay } from 'msw';
import '../../src/components/feedback-form/feedback-form.js';
import type { DvcFeedbackForm } from '../../src/components/feedback-form/feedback-form.js';
import { API, holdModule, useMockApi, until } from '../helpers/mock-api.js';
import { $, choose, feedbackRequests, fill, has, submit, submitButton, SUBMISSION_MODULE } from './feedback-form-helpers.js';

/**
 * A press of "Gửi" made while the code that sends is still on its way, and the page moves the form to another
 * procedure before it arrives. (A page of its own: once that code has arrived, it stays for the page's life.)
 */
describe('<dvc-feedback-form>: moved to another procedure while the code that sends is on its way', () => {
  let worker: Awaited<ReturnType<typeof useMockApi>>;
  beforeEach(async () => {
    worker = await useMockApi();
    sessionStorage.clear();
  });

  it('sends nothing: the press was for the other procedure; the words waiting for this one are not sent unasked (axe)', async () => {
    const { asked, release } = holdModule(worker, SUBMISSION_MODULE);
    const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} procedure="1.000894"></dvc-feedback-form>`);
    // Words written for one procedure wait with it (its draft)…
    await choose(el, 'dissatisfied');
    await fill(el, '#message', 'Phải chờ quá lâu.');
    // …the page shows another, and the citizen rates that one and presses "Gửi".
    el.procedure = '1.001193';
    await el.updateComplete;
    await choose(el, 'satisfied');
    await fill(el, '#message', 'Nhanh.');
    await submit(el);
    await until(() => asked.length === 1);
    expect(submitButton(el).textContent!.trim()).to.equal('Đang gửi…');
    // Before the code arrives, the page goes back to the first procedure.
    el.procedure = '1.000894';
    await el.updateComplete;
    release();
    // The code has arrived once the form no longer says it is sending (or has sent); then any request has gone.
    await until(() => !submitButton(el) || submitButton(el).textContent!.trim() !== 'Đang gửi…', 10000);
    await delay(200);
    await el.updateComplete;
    expect(feedbackRequests(), 'sent unasked').to.have.length(0);
    expect(has(el, '[part="error-summary"]'), 'an error summary nobody asked for').to.equal(false);
    expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Phải chờ quá lâu.');
    expect($<HTMLInputElement>(el, '#rating-dissatisfied').checked).to.equal(true);
    expect(submitButton(el).textContent!.trim()).to.equal('Gửi đánh giá');
    await expect(el).to.be.accessible();

    // The other procedure's words are still there, unsent, for when the page shows it again.
    el.procedure = '1.001193';
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Nhanh.');
    expect(feedbackRequests()).to.have.length(0);
  });
});
