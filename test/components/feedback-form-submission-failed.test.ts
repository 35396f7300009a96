import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/components/feedback-form/feedback-form.js';
import type { DvcFeedbackForm } from '../../src/components/feedback-form/feedback-form.js';
import { API, useMockApi, until } from '../helpers/mock-api.js';
import { $, choose, feedbackRequests, fill, has, submit, SUBMISSION_MODULE } from './feedback-form-helpers.js';

/** The code that sends cannot be fetched (offline meanwhile, or a release replaced the files). */
describe('<dvc-feedback-form>: the code that sends cannot be fetched', () => {
  it('says the connection failed, as for the API, sends nothing and keeps everything typed', async () => {
    const worker = await useMockApi();
    worker.use(http.get(SUBMISSION_MODULE, () => HttpResponse.error()));
    const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} procedure="1.001193"></dvc-feedback-form>`);
    await choose(el, 'dissatisfied');
    await fill(el, '#message', 'Phải chờ quá lâu.');
    await submit(el);
    await until(() => has(el, '[part="error"]'));
    expect($(el, '[part="error"]').textContent).to.contain('Không kết nối được với hệ thống dịch vụ công.');
    expect(feedbackRequests()).to.have.length(0);
    expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Phải chờ quá lâu.');
    expect($<HTMLInputElement>(el, '#rating-dissatisfied').checked).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
