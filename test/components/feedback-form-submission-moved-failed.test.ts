import { expect, fixture, html } from '@open-wc/testing';
import { delay, HttpResponse } from 'msw';
import '../../src/components/feedback-form/feedback-form.js';
import type { DvcFeedbackForm } from '../../src/components/feedback-form/feedback-form.js';
import { API, holdModule, useMockApi, until } from '../helpers/mock-api.js';
import { $, choose, feedbackRequests, fill, has, submit, submitButton, SUBMISSION_MODULE } from './feedback-form-helpers.js';

/**
 * A press of "Gửi" made while the code that sends is still on its way, the page moves the form to another
 * procedure, and then the code cannot be fetched. (A page of its own: a failed fetch is remembered by the browser.)
 */
describe('<dvc-feedback-form>: moved to another procedure, then the code that sends cannot be fetched', () => {
  it('shows no failure or "Thử lại" over the other procedure, and sends nothing', async () => {
    const worker = await useMockApi();
    sessionStorage.clear();
    const { asked, release: fail } = holdModule(worker, SUBMISSION_MODULE, () => HttpResponse.error());
    const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} procedure="1.000894"></dvc-feedback-form>`);
    await choose(el, 'dissatisfied');
    await fill(el, '#message', 'Phải chờ quá lâu.');
    await submit(el);
    await until(() => asked.length >= 1);
    expect(submitButton(el).textContent!.trim()).to.equal('Đang gửi…');
    // The page shows another procedure, whose words were written earlier; then the code fails to arrive.
    el.procedure = '1.001193';
    await el.updateComplete;
    await fill(el, '#message', 'Nhanh.');
    fail();
    await until(() => submitButton(el).textContent!.trim() !== 'Đang gửi…', 10000);
    await delay(200);
    await el.updateComplete;
    expect(has(el, '[part="error"]'), 'a failure shown over the other procedure').to.equal(false);
    expect(has(el, '[part="retry-button"]'), 'a "Thử lại" that would send the other procedure').to.equal(false);
    expect(feedbackRequests()).to.have.length(0);
    expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Nhanh.');
    await expect(el).to.be.accessible();

    // The first procedure's words are still there.
    el.procedure = '1.000894';
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Phải chờ quá lâu.');
    expect($<HTMLInputElement>(el, '#rating-dissatisfied').checked).to.equal(true);
  });
});
