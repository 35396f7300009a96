import { expect, fixture, html } from '@open-wc/testing';
import { delay } from 'msw';
import '../../src/components/feedback-form/feedback-form.js';
import { API, holdModule, useMockApi, until } from '../helpers/mock-api.js';
import { $, choose, feedbackRequests, fill, sent, submit, submitButton, SUBMISSION_MODULE } from './feedback-form-helpers.js';

/**
 * A press of "Gửi" made while the code that sends is still on its way, and the page takes the form out (a CMS
 * moving it between tabs) before that code arrives. (A page of its own: once that code has arrived, it stays for
 * the page's life.)
 */
describe('<dvc-feedback-form>: taken off the page while the code that sends is on its way', () => {
  let worker: Awaited<ReturnType<typeof useMockApi>>;
  beforeEach(async () => {
    worker = await useMockApi();
    sessionStorage.clear();
  });

  it('sends nothing while away, and sends once when put back, where the confirmation is seen (axe)', async () => {
    const { asked, release } = holdModule(worker, SUBMISSION_MODULE);
    const wrap = await fixture<HTMLElement>(html`<div><dvc-feedback-form api-base=${API} procedure="1.001193"></dvc-feedback-form></div>`);
    const el = wrap.querySelector('dvc-feedback-form')!;
    await el.updateComplete;
    await choose(el, 'satisfied');
    await fill(el, '#message', 'Cán bộ hướng dẫn tận tình.');
    await submit(el);
    await until(() => asked.length === 1);
    expect(submitButton(el).textContent!.trim()).to.equal('Đang gửi…');
    el.remove();
    release();
    // The code has arrived once the form no longer says it is sending (or has sent); then any request has gone.
    await until(() => !submitButton(el) || submitButton(el).textContent!.trim() !== 'Đang gửi…', 10000);
    await delay(200);
    expect(feedbackRequests(), 'sent from a form no one sees').to.have.length(0);
    expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Cán bộ hướng dẫn tận tình.');

    wrap.append(el);
    await sent(el);
    expect(feedbackRequests(), 'sent once, on return').to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
