import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay } from 'msw';
import type { SetupWorker } from 'msw/browser';
import '../../src/components/feedback-form/feedback-form.js';
import type { DvcFeedbackForm } from '../../src/components/feedback-form/feedback-form.js';
import { API, holdModule, useMockApi, until } from '../helpers/mock-api.js';
import { $, choose, feedbackRequests, fill, has, sent, submit, submitButton, SUBMISSION_MODULE, summaryItems } from './feedback-form-helpers.js';

/**
 * The code that sends (checks, body, key, request) is not fetched with the page: the form is first used, then
 * it arrives. What the citizen meets while it is on its way. (Its failure is in
 * feedback-form-submission-failed.test.ts: a browser keeps a module that failed to arrive failed for the page's
 * life, so each case needs a page of its own.)
 */
describe('<dvc-feedback-form>: the code that sends arrives once the form is used', () => {
  let worker: SetupWorker;
  beforeEach(async () => {
    worker = await useMockApi();
  });

  it('is not fetched with the page; focusing the form fetches it; a send made meanwhile waits, keeps what was typed, and sends once', async () => {
    const { asked, release } = holdModule(worker, SUBMISSION_MODULE);
    const wrap = await fixture<HTMLElement>(
      html`<div><button>Trước</button><dvc-feedback-form api-base=${API} procedure="1.001193"></dvc-feedback-form></div>`,
    );
    const el = wrap.querySelector('dvc-feedback-form')!;
    await el.updateComplete;
    await delay(50);
    expect(asked, 'nothing fetched with the page').to.deep.equal([]);
    // The citizen starts: Tab into the form asks for the code that sends.
    wrap.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await until(() => asked.length === 1);
    await choose(el, 'satisfied');
    await fill(el, '#message', 'Cán bộ hướng dẫn tận tình.');
    await submit(el);
    await submit(el);
    await delay(100);
    expect(feedbackRequests(), 'nothing sent before the code that sends is there').to.have.length(0);
    expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Cán bộ hướng dẫn tận tình.');
    expect($<HTMLInputElement>(el, '#rating-satisfied').checked).to.equal(true);
    // Meanwhile the form says it is sending, as for a slow answer: the press was taken (before: the button still
    // said "Gửi đánh giá", nothing was said, and a second press did nothing visible).
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(submitButton(el).textContent!.trim()).to.equal('Đang gửi…');
    expect($(el, '[part="status"]').textContent!.trim()).to.equal('Đang gửi góp ý của bạn…');
    expect($<HTMLTextAreaElement>(el, '#message').readOnly).to.equal(true);
    await expect(el).to.be.accessible();
    release();
    await sent(el);
    expect(feedbackRequests(), 'the two presses send once').to.have.length(1);
    expect(asked, 'fetched once').to.have.length(1);
  });

  it('once there, the checks answer at once: the error summary takes focus', async () => {
    const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form>`);
    await fill(el, '#email', 'khong-phai-email');
    await submit(el);
    await until(() => summaryItems(el).length > 0);
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
    expect(has(el, '[part="success"]')).to.equal(false);
    await until(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'error-summary');
  });
});
