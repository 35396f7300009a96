import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http } from 'msw';
import '../../src/components/feedback-form/feedback-form.js';
import type { DvcFeedbackForm } from '../../src/components/feedback-form/feedback-form.js';
import { draftClock } from '../../src/components/feedback-form/draft-store.js';
import { newKey } from '../../src/components/feedback-form/idempotency.js';
import { setFault } from '../../src/mocks/faults.js';
import { problem, receivedFeedback } from '../../src/mocks/handlers.js';
import { API, requests, shadowText, until, useMockApi } from '../helpers/mock-api.js';
import {
  $,
  bodyOf,
  choose,
  feedbackRequests,
  fieldErrorText,
  fill,
  focused,
  has,
  keyOf,
  nameOf,
  refuseFeedback,
  sent,
  submit,
  submitButton,
  summary,
  summaryItems,
} from './feedback-form-helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const alertOf = (el: DvcFeedbackForm) => $(el, '[part="error"]');

/**
 * A petition about 1.001193 on its way; meanwhile the page shows procedure `next` in the same form (rendered) and
 * the citizen writes `words` about it.
 */
async function sendThenShow(el: DvcFeedbackForm, next: string, words: string): Promise<void> {
  await fill(el, '#message', 'Về thủ tục khai sinh.');
  await submit(el);
  await until(() => feedbackRequests().length === 1);
  el.procedure = next;
  await el.updateComplete;
  await fill(el, '#message', words);
}

describe('<dvc-feedback-form> sending', () => {
  let worker: Awaited<ReturnType<typeof useMockApi>>;
  beforeEach(async () => {
    worker = await useMockApi();
    sessionStorage.clear();
  });

  describe('success', () => {
    it('shows, announces and focuses the reference number, fires dvc-feedback-submit, and can start again', async () => {
      const container = await fixture<HTMLElement>(html`<div><dvc-feedback-form api-base=${API} procedure="1.001193"></dvc-feedback-form></div>`);
      const el = container.firstElementChild as DvcFeedbackForm;
      const events: CustomEvent[] = [];
      container.addEventListener('dvc-feedback-submit', (e) => events.push(e as CustomEvent));
      await choose(el, 'very-satisfied');
      await fill(el, '#message', 'Nhanh gọn.');
      await submit(el);
      const success = await sent(el);
      const id = receivedFeedback.find((f) => f.key === keyOf(0))!.id;
      expect(id).to.match(/^PAKN-\d{4}-\d{6}$/);
      expect($(el, '[part="reference"]').textContent).to.equal(id);
      // Announced once, by focus: the confirmation is not also inside the live region.
      expect($(el, '[role="status"]').contains(success)).to.equal(false);
      expect(success.textContent).to.contain('Đã gửi đánh giá');
      expect(success.textContent!.replace(/\s+/g, ' ')).to.contain(`Mã số đánh giá của bạn: ${id}`);
      expect(focused(el)).to.equal('div[part=success]');
      expect(events.length).to.equal(1);
      expect(events[0].detail).to.deep.equal({ id });
      expect(events[0].bubbles && events[0].composed).to.equal(true);
      expect(has(el, 'form')).to.equal(false);
      await expect(el).to.be.accessible();
      // A Tab stop only while it holds focus (so that Tab continues from it), a plain element once focus leaves.
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('button[part=start-again-button]');
      expect(success.getAttribute('tabindex')).to.equal('-1');

      // Start again: an empty form, focus on the first question, and a new Idempotency-Key for the next one.
      $(el, '[part="start-again-button"]').click();
      await el.updateComplete;
      expect(focused(el)).to.equal('input#rating-very-satisfied');
      expect($<HTMLInputElement>(el, '#rating-very-satisfied').checked).to.equal(false);
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('');
      await choose(el, 'very-satisfied');
      await fill(el, '#message', 'Nhanh gọn.');
      await submit(el);
      await sent(el);
      expect(keyOf(0)).to.match(UUID);
      expect(keyOf(1)).to.match(UUID);
      expect(keyOf(1)).to.not.equal(keyOf(0));
      expect(events.length).to.equal(2);
    });
  });

  describe('the confirmation says what was sent', () => {
    const confirmation = (el: DvcFeedbackForm) => $(el, '[part="success"]').textContent!.replace(/\s+/g, ' ').trim();

    it('a rating: thanked, with its number, and told it gets no reply', async () => {
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} procedure="1.001193"></dvc-feedback-form>`);
      await choose(el, 'satisfied');
      await submit(el);
      await sent(el);
      const id = receivedFeedback.at(-1)!.id;
      expect($(el, '[part="success"] h2').textContent).to.equal('Đã gửi đánh giá');
      expect(confirmation(el)).to.contain(`Mã số đánh giá của bạn: ${id}`);
      expect(confirmation(el)).to.contain('Cảm ơn bạn đã đánh giá.');
      expect(confirmation(el)).to.contain('không trả lời riêng từng đánh giá');
      expect(confirmation(el)).not.to.contain('theo dõi việc trả lời');
      await expect(el).to.be.accessible();
    });

    it('a petition: thanked, with the number to follow up its reply', async () => {
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} kind="petition" agency="STP"></dvc-feedback-form>`);
      await fill(el, '#message', 'Bộ phận một cửa không có chỗ ngồi chờ.');
      await submit(el);
      await sent(el);
      const id = receivedFeedback.at(-1)!.id;
      expect($(el, '[part="success"] h2').textContent).to.equal('Đã gửi phản ánh, kiến nghị');
      expect(confirmation(el)).to.contain(`Mã số phản ánh, kiến nghị của bạn: ${id}`);
      expect(confirmation(el)).to.contain('Hãy ghi lại mã số này để theo dõi việc trả lời.');
      expect(confirmation(el)).to.contain('sẽ xem xét và trả lời');
      await expect(el).to.be.accessible();
    });

    it('in English, each for what it is', async () => {
      const rating = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form lang="en" api-base=${API}></dvc-feedback-form>`);
      await choose(rating, 'very-satisfied');
      await submit(rating);
      await sent(rating);
      expect($(rating, '[part="success"] h2').textContent).to.equal('Rating sent');
      expect(confirmation(rating)).to.contain('does not reply to each one');
      expect(confirmation(rating)).not.to.contain('follow up');
      const petition = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form lang="en" api-base=${API} kind="petition"></dvc-feedback-form>`);
      await fill(petition, '#message', 'No seats in the waiting area.');
      await submit(petition);
      await sent(petition);
      expect($(petition, '[part="success"] h2').textContent).to.equal('Feedback sent');
      expect(confirmation(petition)).to.contain('Keep this number to follow up on the reply.');
    });

    it('says what was sent even if the kind changes while sending', async () => {
      setFault('feedback', { kind: 'slow', ms: 300 }, 1);
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form>`);
      await fill(el, '#message', 'Cần thêm chỗ để xe.');
      await submit(el);
      el.setAttribute('kind', 'satisfaction');
      await sent(el);
      expect($(el, '[part="success"] h2').textContent).to.equal('Đã gửi phản ánh, kiến nghị');
    });
  });

  describe('submit once', () => {
    it('a double click sends one request', async () => {
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API}></dvc-feedback-form>`);
      await choose(el, 'satisfied');
      submitButton(el).click();
      submitButton(el).click();
      submitButton(el).dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
      await sent(el);
      await sleep(100);
      expect(feedbackRequests().length).to.equal(1);
    });

    it('while sending, the button says so, is aria-disabled, keeps focus, and ignores clicks and Enter; axe-clean', async () => {
      setFault('feedback', { kind: 'slow', ms: 600 }, 1);
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API}></dvc-feedback-form>`);
      await choose(el, 'satisfied');
      submitButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await until(() => submitButton(el).getAttribute('aria-disabled') === 'true');
      expect(submitButton(el).textContent!.trim()).to.equal('Đang gửi…');
      expect($(el, '[role="status"]').textContent).to.contain('Đang gửi góp ý của bạn…');
      expect(focused(el)).to.equal('button[part=submit-button]');
      await sendKeys({ press: 'Enter' });
      submitButton(el).click();
      await expect(el).to.be.accessible();
      await sent(el);
      await sleep(100);
      expect(feedbackRequests().length).to.equal(1);
    });

    it('while sending, the fields are read-only: nothing typed then is dropped with the confirmation', async () => {
      setFault('feedback', { kind: 'slow', ms: 600 }, 1);
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form>`);
      await fill(el, '#message', 'Đèn đường thôn 2 không sáng.');
      await submit(el);
      await until(() => submitButton(el).getAttribute('aria-disabled') === 'true');
      const fields = ['#message', '#name', '#email', '#phone'].map((s) => $<HTMLInputElement>(el, s));
      expect(fields.map((f) => f.readOnly)).to.deep.equal([true, true, true, true]);
      // The citizen adds a phone number while the petition is on its way: the field takes none, so none is lost.
      fields[3].focus();
      await sendKeys({ type: '0912' });
      expect(fields[3].value).to.equal('');
      expect(focused(el)).to.equal('input#phone');
      await expect(el).to.be.accessible();
      await sent(el);
      expect((await bodyOf(0)).message).to.equal('Đèn đường thôn 2 không sáng.');
      $(el, '[part="start-again-button"]').click();
      await el.updateComplete;
      expect(['#message', '#name', '#email', '#phone'].map((s) => $<HTMLInputElement>(el, s).readOnly)).to.deep.equal([false, false, false, false]);
    });

    it('while sending, the rating and the consent stay as they were sent: a key, a click or a label changes neither', async () => {
      setFault('feedback', { kind: 'slow', ms: 800 }, 2);
      const rating = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API}></dvc-feedback-form>`);
      const radio = (r: string) => $<HTMLInputElement>(rating, `#rating-${r}`);
      const checked = () => ['very-satisfied', 'satisfied', 'dissatisfied'].filter((r) => radio(r).checked);
      await choose(rating, 'satisfied');
      await submit(rating);
      await until(() => submitButton(rating).getAttribute('aria-disabled') === 'true');
      radio('satisfied').focus();
      // The arrow moves to the choice before, which it would otherwise choose.
      await sendKeys({ press: 'ArrowUp' });
      radio('dissatisfied').click();
      $(rating, 'label[for="rating-very-satisfied"]').click();
      await rating.updateComplete;
      expect(checked()).to.deep.equal(['satisfied']);
      await expect(rating).to.be.accessible();
      await sent(rating);
      expect((await feedbackRequests()[0].clone().json()).rating).to.equal('satisfied');

      const petition = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form>`);
      const consent = $<HTMLInputElement>(petition, '#consent');
      await fill(petition, '#message', 'Đèn đường thôn 2 không sáng.');
      await fill(petition, '#email', 'an@example.vn');
      consent.click();
      await submit(petition);
      await until(() => submitButton(petition).getAttribute('aria-disabled') === 'true');
      consent.focus();
      await sendKeys({ press: 'Space' });
      consent.click();
      $(petition, 'label[for="consent"]').click();
      await petition.updateComplete;
      expect(consent.checked).to.equal(true);
      await sent(petition);
      expect((await feedbackRequests()[1].clone().json()).consent).to.equal(true);
    });

    it('a citizen who goes on to another part of the page while sending keeps their place; the answer and its reference number are said', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="vi">
        <dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form>
        <label>Ghi chú <input id="outside" /></label>
      </div>`);
      const el = page.querySelector('dvc-feedback-form')!;
      const outside = page.querySelector<HTMLInputElement>('#outside')!;
      const status = () => ($(el, '[part="status"]').textContent ?? '').trim();
      // Each answer waits until the citizen has gone on.
      let answer = () => {};
      let answered = Promise.resolve();
      worker.use(
        http.post(`${API}/feedback`, async () => {
          await answered;
          return undefined;
        }),
      );
      const sendThenLeave = async () => {
        answered = new Promise((resolve) => (answer = resolve));
        const before = feedbackRequests().length;
        await submit(el);
        await until(() => feedbackRequests().length > before);
        outside.focus();
        await sendKeys({ type: 'a' });
        answer();
      };
      // Refused (422): the error summary is an alert, heard where the citizen is; focus stays there.
      await fill(el, '#message', 'Đèn đường thôn 2 không sáng.');
      refuseFeedback(worker, { errors: [{ field: 'message', message: 'Nội dung có từ ngữ không phù hợp.' }] });
      await sendThenLeave();
      await until(() => summary(el));
      await el.updateComplete;
      expect(document.activeElement === outside, 'refused: focus stays where the citizen went').to.equal(true);
      expect(summary(el).getAttribute('role')).to.equal('alert');
      // Received: the confirmation is shown and said by the live region, not focused.
      await sendThenLeave();
      const success = await sent(el);
      await el.updateComplete;
      expect(document.activeElement === outside, 'received: focus stays where the citizen went').to.equal(true);
      expect(outside.value).to.equal('aa');
      // The reference number too: it is what the citizen needs, and they should not have to come back to read it.
      const reference = ($(el, '[part="reference"]').textContent ?? '').trim();
      expect(reference).to.match(/\S/);
      expect(status()).to.equal(`Đã gửi phản ánh, kiến nghị. Mã số phản ánh, kiến nghị của bạn: ${reference}`);
      expect(success.textContent).to.contain('Đã gửi phản ánh, kiến nghị');
      await expect(el).to.be.accessible();
      // Back in the form, a citizen who stays is taken to the confirmation, which the live region does not repeat.
      const again = $(el, '[part="start-again-button"]');
      again.focus();
      again.click();
      await until(() => focused(el) === 'textarea#message');
      await fill(el, '#message', 'Cảm ơn.');
      answered = Promise.resolve();
      await submit(el);
      await until(() => focused(el) === 'div[part=success]');
      expect(status()).to.equal('');
    });

    it('moved in the page while sending: sent again with the same key, one petition, the confirmation shown', async () => {
      setFault('feedback', { kind: 'slow', ms: 400 }, 1);
      const wrap = await fixture<HTMLElement>(html`<div><dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form></div>`);
      const el = wrap.firstElementChild as DvcFeedbackForm;
      await fill(el, '#message', 'Đèn đường thôn 2 không sáng.');
      await submit(el);
      await until(() => feedbackRequests().length === 1);
      const other = await fixture<HTMLElement>(html`<section></section>`);
      other.append(el);
      await sent(el);
      await until(() => feedbackRequests().length === 2);
      expect(keyOf(1)).to.equal(keyOf(0));
      expect(receivedFeedback.filter((f) => f.key === keyOf(0)).length).to.equal(1);
      expect($(el, '[part="reference"]').textContent).to.match(/^PAKN-/);
    });

    it('moved while sending and given another procedure on the way: nothing is sent for the new one, and the words wait with their own', async () => {
      setFault('feedback', { kind: 'slow', ms: 400 }, 1);
      const wrap = await fixture<HTMLElement>(html`<div><dvc-feedback-form api-base=${API} kind="petition" procedure="1.001193"></dvc-feedback-form></div>`);
      const el = wrap.firstElementChild as DvcFeedbackForm;
      await fill(el, '#message', 'Đèn đường thôn 2 không sáng.');
      await submit(el);
      await until(() => feedbackRequests().length === 1);
      // A single-page app shows another procedure in the same form: taken out, its context changed, put back, all
      // in one go (before the form has rendered the new procedure).
      const other = await fixture<HTMLElement>(html`<section></section>`);
      el.remove();
      el.procedure = '2.000986';
      other.append(el);
      await el.updateComplete;
      await sleep(600);
      // The send was about the first procedure: not sent again with the second one's (empty) form, no error shown.
      expect(feedbackRequests().length).to.equal(1);
      expect(has(el, '[part="error-summary"]')).to.equal(false);
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
      // Back on the first procedure, its words are there to send.
      el.procedure = '1.001193';
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Đèn đường thôn 2 không sáng.');
    });

    it('given another procedure while sending, then moved: the new procedure’s words are not sent unasked', async () => {
      setFault('feedback', { kind: 'slow', ms: 400 }, 1);
      const wrap = await fixture<HTMLElement>(html`<div><dvc-feedback-form api-base=${API} kind="petition" procedure="1.001193"></dvc-feedback-form></div>`);
      const el = wrap.firstElementChild as DvcFeedbackForm;
      // Then the page moves the form, while the first petition is still on its way.
      await sendThenShow(el, '2.000986', 'Hồ sơ chậm.');
      const other = await fixture<HTMLElement>(html`<section></section>`);
      other.append(el);
      await el.updateComplete;
      await sleep(600);
      await el.updateComplete;
      expect(feedbackRequests().length, 'nothing sent that was not asked for').to.equal(1);
      expect(has(el, '[part="error-summary"]')).to.equal(false);
      expect(has(el, '[part="success"]')).to.equal(false);
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Hồ sơ chậm.');
      await expect(el).to.be.accessible();
      // Back on the first procedure, its words are there to send.
      el.procedure = '1.001193';
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Về thủ tục khai sinh.');
    });

    it('moved by the page when it hears of the sending: the confirmation stays, nothing is sent again', async () => {
      const wrap = await fixture<HTMLElement>(html`<div><dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form></div>`);
      const el = wrap.firstElementChild as DvcFeedbackForm;
      const other = await fixture<HTMLElement>(html`<section></section>`);
      // A page that moves the form to a "thank you" panel of its own when the feedback is received.
      el.addEventListener('dvc-feedback-submit', () => other.append(el), { once: true });
      await fill(el, '#message', 'Đèn đường thôn 2 không sáng.');
      await submit(el);
      await until(() => el.parentElement === other);
      await sleep(300);
      await el.updateComplete;
      expect(feedbackRequests().length).to.equal(1);
      expect(has(el, '[part="success"]'), 'the confirmation').to.equal(true);
      expect($(el, '[part="reference"]').textContent).to.match(/^PAKN-/);
      expect(has(el, '[part="error-summary"]')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('a hung request leaves the form sending, with everything kept', async () => {
      setFault('feedback', { kind: 'hang' });
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form>`);
      await fill(el, '#message', 'Chưa có phản hồi.');
      await submit(el);
      await until(() => feedbackRequests().length === 1);
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Chưa có phản hồi.');
      await expect(el).to.be.accessible();
    });
  });

  describe('failure keeps everything', () => {
    it('a retry after a 503 carries the same Idempotency-Key and then succeeds, filing one petition', async () => {
      setFault('feedback', { kind: 'unavailable', retryAfter: 5 }, 1);
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form>`);
      await fill(el, '#message', 'Đèn đường thôn 3 bị hỏng.');
      await fill(el, '#email', 'ten@example.com');
      $<HTMLInputElement>(el, '#consent').click();
      await submit(el);
      const alert = await until(() => alertOf(el));
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('Chưa gửi được góp ý. Nội dung bạn nhập vẫn được giữ nguyên.');
      expect(alert.textContent).to.contain('Vui lòng thử lại sau 5 giây.');
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Đèn đường thôn 3 bị hỏng.');
      expect($<HTMLInputElement>(el, '#email').value).to.equal('ten@example.com');
      expect($<HTMLInputElement>(el, '#consent').checked).to.equal(true);
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
      await expect(el).to.be.accessible();

      $(el, '[part="retry-button"]').click();
      await el.updateComplete;
      expect(focused(el)).to.equal('button[part=submit-button]');
      await sent(el);
      expect(feedbackRequests().length).to.equal(2);
      expect(keyOf(0)).to.match(UUID);
      expect(keyOf(1)).to.equal(keyOf(0));
      expect(receivedFeedback.filter((f) => f.key === keyOf(0)).length).to.equal(1);
      expect(await bodyOf(1)).to.deep.equal(await bodyOf(0));
    });

    it('a retry after the page switched language is the same submission: the same key and body, one petition', async () => {
      setFault('feedback', { kind: 'unavailable', retryAfter: 5 }, 1);
      const wrap = await fixture<HTMLElement>(html`<div lang="vi"><dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form></div>`);
      const el = wrap.firstElementChild as DvcFeedbackForm;
      await fill(el, '#message', 'Đèn đường thôn 3 bị hỏng.');
      await submit(el);
      await until(() => alertOf(el));
      wrap.lang = 'en';
      await until(() => alertOf(el)?.textContent?.includes('has not been sent'));
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Đèn đường thôn 3 bị hỏng.');
      $(el, '[part="retry-button"]').click();
      await sent(el);
      expect(feedbackRequests().length).to.equal(2);
      expect(keyOf(1)).to.equal(keyOf(0));
      expect(await bodyOf(1)).to.deep.equal(await bodyOf(0));
      expect(receivedFeedback.filter((f) => f.key === keyOf(0)).length).to.equal(1);
    });

    it('keys are random UUID v4, also where crypto.randomUUID is missing (pages served over plain http)', async () => {
      expect(newKey()).to.match(UUID);
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      try {
        const keys = new Set(Array.from({ length: 50 }, newKey));
        expect(keys.size).to.equal(50);
        for (const k of keys) expect(k).to.match(UUID);
      } finally {
        delete (crypto as { randomUUID?: unknown }).randomUUID;
      }
      expect(typeof crypto.randomUUID).to.equal('function');
    });

    it('a timeout answered late: the retry with the same key gets the same reference, not a second petition', async () => {
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API}></dvc-feedback-form>`);
      await choose(el, 'dissatisfied');
      await submit(el);
      const first = (await sent(el), $(el, '[part="reference"]').textContent);
      // The same key again (as a retry would send it) is answered with the first receipt.
      const replay = await fetch(`${API}/feedback`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': keyOf(0)! },
        body: await requests[0].clone().text(),
      });
      expect((await replay.json()).id).to.equal(first);
    });

    for (const [fault, sentence] of [
      [{ kind: 'server-error' }, 'Hệ thống dịch vụ công đang gặp sự cố. Vui lòng thử lại.'],
      [{ kind: 'network' }, 'Không kết nối được với hệ thống dịch vụ công.'],
      [{ kind: 'rate-limited', retryAfter: 120 }, 'Vui lòng thử lại sau khoảng 2 phút.'],
    ] as const) {
      it(`${fault.kind}: says what happened and when to try again, keeps the rating and comment, and retries`, async () => {
        setFault('feedback', fault, 1);
        const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API}></dvc-feedback-form>`);
        await choose(el, 'satisfied');
        await fill(el, '#message', 'Ổn.');
        await submit(el);
        const alert = await until(() => alertOf(el));
        expect(alert.textContent).to.contain(sentence);
        expect($<HTMLInputElement>(el, '#rating-satisfied').checked).to.equal(true);
        expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Ổn.');
        await expect(el).to.be.accessible();
        $(el, '[part="retry-button"]').click();
        await sent(el);
        expect(keyOf(1)).to.equal(keyOf(0));
      });
    }

    it('changed content after a failure is a new submission with a new key', async () => {
      setFault('feedback', { kind: 'server-error' }, 1);
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API}></dvc-feedback-form>`);
      await choose(el, 'satisfied');
      await submit(el);
      await until(() => alertOf(el));
      await choose(el, 'very-satisfied');
      await submit(el);
      await sent(el);
      expect(keyOf(1)).to.not.equal(keyOf(0));
    });

    it("422: the server's field errors reach their fields and the summary, which takes focus", async () => {
      refuseFeedback(worker, {
        errors: [
          { field: 'phone', message: 'Số điện thoại không đúng định dạng.' },
          { field: 'message', message: 'Nội dung có từ ngữ không phù hợp.' },
          { field: 'kind', message: 'Loại góp ý không hợp lệ.' },
        ],
      });
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form>`);
      await fill(el, '#message', 'Nội dung <b>đậm</b>');
      await fill(el, '#phone', '0912345678');
      $<HTMLInputElement>(el, '#consent').click();
      await submit(el);
      await until(() => summary(el) && focused(el) === 'div[part=error-summary]');
      expect(summaryItems(el)).to.deep.equal([
        'Nội dung có từ ngữ không phù hợp.',
        'Số điện thoại không đúng định dạng.',
        'Loại góp ý không hợp lệ.',
      ]);
      expect(fieldErrorText(el, 'message')).to.equal('Nội dung có từ ngữ không phù hợp.');
      expect(fieldErrorText(el, 'phone')).to.equal('Số điện thoại không đúng định dạng.');
      expect($(el, '#phone').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#message').getAttribute('aria-invalid')).to.equal('true');
      // A field the form does not have is listed, but not as a link.
      expect(summary(el).querySelectorAll('a').length).to.equal(2);
      expect(has(el, '[part="error"]')).to.equal(false);
      // Everything kept, and text from the API stays text.
      expect($<HTMLInputElement>(el, '#phone').value).to.equal('0912345678');
      expect(has(el, 'b')).to.equal(false);
      await expect(el).to.be.accessible();

      summary(el).querySelectorAll('a')[1].click();
      expect(focused(el)).to.equal('input#phone');
      await fill(el, '#message', 'Nội dung đã sửa');
      await submit(el);
      await sent(el);
      expect(keyOf(1)).to.not.equal(keyOf(0));
    });

    it('422 naming contact details by their place in the body (contact.email, /contact/phone, contact[name]): at their fields', async () => {
      refuseFeedback(worker, {
        errors: [
          { field: 'contact.email', message: 'Địa chỉ email không tồn tại.' },
          { field: '/contact/phone', message: 'Số điện thoại không đúng định dạng.' },
          { field: 'contact[name]', message: 'Họ và tên quá dài.' },
          { field: 'contact', message: 'Thông tin liên hệ không hợp lệ.' },
        ],
      });
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form>`);
      await fill(el, '#message', 'Đèn đường thôn 2 không sáng.');
      await fill(el, '#name', 'Nguyễn Văn An');
      await fill(el, '#email', 'an@example.vn');
      await fill(el, '#phone', '0912345678');
      $<HTMLInputElement>(el, '#consent').click();
      await submit(el);
      await until(() => summary(el) && focused(el) === 'div[part=error-summary]');
      // In the form's order, each at its field and linked from the summary; what names no field of the form, last.
      expect(summaryItems(el)).to.deep.equal([
        'Họ và tên quá dài.',
        'Địa chỉ email không tồn tại.',
        'Số điện thoại không đúng định dạng.',
        'Thông tin liên hệ không hợp lệ.',
      ]);
      expect(['name', 'email', 'phone'].map((f) => fieldErrorText(el, f))).to.deep.equal([
        'Họ và tên quá dài.',
        'Địa chỉ email không tồn tại.',
        'Số điện thoại không đúng định dạng.',
      ]);
      expect(['#name', '#email', '#phone'].map((s) => $(el, s).getAttribute('aria-invalid'))).to.deep.equal(['true', 'true', 'true']);
      expect(summary(el).querySelectorAll('a').length).to.equal(3);
      await expect(el).to.be.accessible();
      summary(el).querySelectorAll('a')[1].click();
      expect(focused(el)).to.equal('input#email');
    });

    it("422 with the server's reason but no field errors: the reason in the summary, which takes focus; the words kept", async () => {
      refuseFeedback(worker, { detail: 'Nội dung góp ý có đường liên kết, hệ thống không nhận.' });
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form>`);
      await fill(el, '#message', 'Xem thêm tại http://example.com/anh-chup');
      await submit(el);
      await until(() => summary(el) && focused(el) === 'div[part=error-summary]');
      expect(summaryItems(el)).to.deep.equal(['Nội dung góp ý có đường liên kết, hệ thống không nhận.']);
      // It names no field, so it links to none; and it is said once, by the summary, not by a second alert.
      expect(summary(el).querySelectorAll('a').length).to.equal(0);
      expect(has(el, '[part="error"]')).to.equal(false);
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Xem thêm tại http://example.com/anh-chup');
      await expect(el).to.be.accessible();

      await fill(el, '#message', 'Ảnh chụp tôi gửi kèm qua thư điện tử.');
      await submit(el);
      await sent(el);
      expect(feedbackRequests().length).to.equal(2);
    });

    it('422 with neither field errors nor a reason: the general message, no summary', async () => {
      refuseFeedback(worker);
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API}></dvc-feedback-form>`);
      await choose(el, 'satisfied');
      await submit(el);
      const alert = await until(() => alertOf(el));
      expect(alert.textContent).to.contain('Thông tin gửi đi chưa hợp lệ.');
      expect(has(el, '[part="error-summary"]')).to.equal(false);
    });
  });

  describe('drafts', () => {
    const storedText = () => Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`).join('\n');

    /** A form added to `page` as after a reload: a new element with the same attributes. */
    const addForm = (page: HTMLElement, attributes: Record<string, string>) => {
      const el = document.createElement('dvc-feedback-form');
      el.setAttribute('api-base', API);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      page.append(el);
      return el.updateComplete.then(() => el);
    };

    it('a reload restores the rating and message, but not the contact details, which are never stored', async () => {
      const page = await fixture<HTMLElement>(html`<div></div>`);
      const make = (kind: string) => addForm(page, { kind, procedure: '1.001193' });
      let el = await make('petition');
      // Contact first, then the message: the draft saves that follow must not carry contact details.
      await fill(el, '#name', 'Trần Thị Bình');
      await fill(el, '#email', 'binh@example.com');
      await fill(el, '#phone', '0912 345 678');
      $<HTMLInputElement>(el, '#consent').click();
      await fill(el, '#message', 'Thủ tục quá nhiều');
      await fill(el, '#message', 'Thủ tục quá nhiều giấy tờ.');
      expect(storedText()).to.contain('Thủ tục quá nhiều giấy tờ.');
      for (const secret of ['Trần Thị Bình', 'binh@example.com', '0912', '345 678']) expect(storedText()).to.not.contain(secret);

      el.remove();
      el = await make('petition');
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Thủ tục quá nhiều giấy tờ.');
      expect($(el, '[part="character-count"]').textContent).to.equal('Còn 1.974 ký tự');
      expect($<HTMLInputElement>(el, '#name').value).to.equal('');
      expect($<HTMLInputElement>(el, '#email').value).to.equal('');
      expect($<HTMLInputElement>(el, '#phone').value).to.equal('');
      expect($<HTMLInputElement>(el, '#consent').checked).to.equal(false);

      // A satisfaction form on the same page keeps its own draft.
      const rating = await make('satisfaction');
      expect($<HTMLTextAreaElement>(rating, '#message').value).to.equal('');
      await choose(rating, 'dissatisfied');
      await fill(rating, '#message', 'Phải chờ lâu.');
      rating.remove();
      const again = await make('satisfaction');
      expect($<HTMLInputElement>(again, '#rating-dissatisfied').checked).to.equal(true);
      expect($<HTMLTextAreaElement>(again, '#message').value).to.equal('Phải chờ lâu.');

      // Sent: the draft is gone, and the next reload starts empty.
      await submit(again);
      await sent(again);
      expect(storedText()).to.not.contain('Phải chờ lâu.');
      again.remove();
      const fresh = await make('satisfaction');
      expect($<HTMLInputElement>(fresh, '#rating-dissatisfied').checked).to.equal(false);
      expect($<HTMLTextAreaElement>(fresh, '#message').value).to.equal('');
      // The petition draft is still there for its own form.
      expect(storedText()).to.contain('Thủ tục quá nhiều giấy tờ.');
    });

    it('a reload during a slow send, then a send of the restored words: the same submission, one petition', async () => {
      const page = await fixture<HTMLElement>(html`<div></div>`);
      setFault('feedback', { kind: 'slow', ms: 300 }, 1);
      let el = await addForm(page, { kind: 'petition' });
      await fill(el, '#message', 'Đèn đường thôn 2 không sáng.');
      await submit(el);
      await until(() => feedbackRequests().length === 1);
      // The citizen gives up waiting and reloads, now in English; the petition reaches the province all the same.
      el.remove();
      await until(() => receivedFeedback.some((f) => f.key === keyOf(0)));
      el = await addForm(page, { kind: 'petition', lang: 'en' });
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Đèn đường thôn 2 không sáng.');
      await submit(el);
      await sent(el);
      // The same key and the same body (its language too): the province files it once, and gives its number again.
      expect(keyOf(1)).to.equal(keyOf(0));
      expect(await bodyOf(1)).to.deep.equal(await bodyOf(0));
      const filed = receivedFeedback.filter((f) => f.key === keyOf(0));
      expect(filed.length).to.equal(1);
      expect($(el, '[part="reference"]').textContent).to.equal(filed[0].id);
      // Sent: nothing of it is left in the page's storage.
      expect(storedText()).to.equal('');
    });

    it('a reload after a lost answer, then the words changed: a new submission, with a new key', async () => {
      const page = await fixture<HTMLElement>(html`<div></div>`);
      setFault('feedback', { kind: 'network' }, 1);
      let el = await addForm(page, { kind: 'petition' });
      await fill(el, '#message', 'Đèn đường thôn 2 không sáng.');
      await submit(el);
      await until(() => alertOf(el));
      el.remove();
      el = await addForm(page, { kind: 'petition' });
      await fill(el, '#message', 'Đèn đường thôn 2 và thôn 3 không sáng.');
      await submit(el);
      await sent(el);
      expect(keyOf(1)).to.match(UUID);
      expect(keyOf(1)).to.not.equal(keyOf(0));
    });

    it('with contact details, the key of a lost send is not kept: nothing that stands for the person is stored', async () => {
      const page = await fixture<HTMLElement>(html`<div></div>`);
      setFault('feedback', { kind: 'network' }, 1);
      let el = await addForm(page, { kind: 'petition' });
      await fill(el, '#message', 'Đèn đường thôn 2 không sáng.');
      await fill(el, '#email', 'binh@example.com');
      $<HTMLInputElement>(el, '#consent').click();
      await submit(el);
      await until(() => alertOf(el));
      // The words are kept as a draft; the key is not, for it stands for a body that holds the email.
      expect(storedText()).to.contain('Đèn đường thôn 2 không sáng.');
      for (const secret of ['binh@example.com', 'binh', keyOf(0)!]) expect(storedText()).to.not.contain(secret);
      el.remove();
      el = await addForm(page, { kind: 'petition' });
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Đèn đường thôn 2 không sáng.');
      expect($<HTMLInputElement>(el, '#email').value).to.equal('');
    });

    for (const [attr, first, second] of [
      ['procedure', '1.001193', '1.000894'],
      ['dossier', '000.00.53.H48-220921-0099', '000.00.53.H48-220921-0100'],
    ] as const) {
      it(`${attr} changed on a live form: the message stays with the first ${attr}, never saved under or sent with the second`, async () => {
        const draftOf = (code: string) =>
          Object.keys(sessionStorage)
            .filter((k) => k.includes(JSON.stringify(code)))
            .map((k) => JSON.parse(sessionStorage.getItem(k)!).message as string);
        const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form>`);
        el.setAttribute(attr, first);
        await el.updateComplete;
        await fill(el, '#message', 'Về hồ sơ thứ nhất.');
        await fill(el, '#name', 'Trần Thị Bình');
        $<HTMLInputElement>(el, '#consent').click();
        await el.updateComplete;
        expect($<HTMLInputElement>(el, '#consent').checked).to.equal(true);

        el.setAttribute(attr, second);
        await el.updateComplete;
        expect($<HTMLTextAreaElement>(el, '#message').value, 'the second starts without the first one’s words').to.equal('');
        expect($(el, '[part="context"]').textContent).to.contain(second);
        expect(draftOf(first)).to.deep.equal(['Về hồ sơ thứ nhất.']);
        expect(draftOf(second)).to.deep.equal([]);
        // The person is the same: their contact details stay on the form (never stored).
        expect($<HTMLInputElement>(el, '#name').value).to.equal('Trần Thị Bình');
        // Their consent was to answer the first petition: this one asks for it anew (unticked).
        expect($<HTMLInputElement>(el, '#consent').checked, 'consent').to.equal(false);

        await fill(el, '#message', 'Về hồ sơ thứ hai.');
        expect(draftOf(first)).to.deep.equal(['Về hồ sơ thứ nhất.']);
        expect(draftOf(second)).to.deep.equal(['Về hồ sơ thứ hai.']);
        await fill(el, '#name', '');
        await submit(el);
        await sent(el);
        const body = await bodyOf(0);
        expect([body[`${attr}Code`], body.message]).to.deep.equal([second, 'Về hồ sơ thứ hai.']);
        // Sent: the second's draft is gone, the first's is kept and comes back with its context.
        expect(draftOf(second)).to.deep.equal([]);
        expect(draftOf(first)).to.deep.equal(['Về hồ sơ thứ nhất.']);
        el.setAttribute(attr, first);
        $(el, '[part="start-again-button"]').click();
        await el.updateComplete;
        expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Về hồ sơ thứ nhất.');
      });
    }

    it('a change of context while sending: the draft cleared is the one sent, not the new context’s', async () => {
      setFault('feedback', { kind: 'slow', ms: 300 }, 1);
      const page = await fixture<HTMLElement>(html`<div></div>`);
      const first = document.createElement('dvc-feedback-form');
      Object.assign(first, { apiBase: API, kind: 'petition', procedure: '1.000894' });
      page.append(first);
      await first.updateComplete;
      await fill(first, '#message', 'Về thủ tục kết hôn.');
      first.remove();
      const el = document.createElement('dvc-feedback-form');
      Object.assign(el, { apiBase: API, kind: 'petition', procedure: '1.001193' });
      page.append(el);
      await el.updateComplete;
      await fill(el, '#message', 'Về thủ tục khai sinh.');
      await submit(el);
      el.setAttribute('procedure', '1.000894');
      await sent(el);
      expect((await bodyOf(0)).procedureCode).to.equal('1.001193');
      expect(storedText()).to.contain('Về thủ tục kết hôn.');
      expect(storedText()).not.to.contain('Về thủ tục khai sinh.');
      $(el, '[part="start-again-button"]').click();
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Về thủ tục kết hôn.');
    });

    for (const answer of ['503', '422'] as const) {
      it(`a change of context while sending, then a ${answer}: the other procedure's failure is not shown over this one, and its words wait with their own`, async () => {
        // The request fails only after the page has moved the form to another procedure.
        let fail!: () => void;
        const failed = new Promise<void>((resolve) => (fail = resolve));
        worker.use(
          http.post(
            `${API}/feedback`,
            async () => {
              await failed;
              return answer === '503'
                ? problem(503, 'about:blank', 'Service Unavailable')
                : problem(422, 'urn:dvc:problem:validation', 'Dữ liệu không hợp lệ', { errors: [{ field: 'message', message: 'Nội dung quá ngắn.' }] });
            },
            { once: true },
          ),
        );
        const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} kind="petition" procedure="1.001193"></dvc-feedback-form>`);
        await sendThenShow(el, '1.000894', 'Về thủ tục kết hôn.');
        fail();
        await until(() => submitButton(el).getAttribute('aria-disabled') === 'false');
        await el.updateComplete;
        // Nothing about the first procedure's send on the second's form: no failure, no summary, no field error.
        expect(has(el, '[part="error"]'), 'failure shown').to.equal(false);
        expect(has(el, '[part="error-summary"]'), 'summary shown').to.equal(false);
        expect(has(el, '[part="retry-button"]'), 'retry offered').to.equal(false);
        expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Về thủ tục kết hôn.');
        await expect(el).to.be.accessible();
        // Back on the first procedure, its words are there, unsent, and go with it.
        el.procedure = '1.001193';
        await el.updateComplete;
        expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Về thủ tục khai sinh.');
        await submit(el);
        await sent(el);
        expect(feedbackRequests().length).to.equal(2);
        const body = await bodyOf(1);
        expect([body.procedureCode, body.message]).to.deep.equal(['1.001193', 'Về thủ tục khai sinh.']);
      });
    }

    it('a draft untouched for 30 minutes is cleared (shared kiosks); one touched in time stays', async () => {
      const MINUTE = 60_000;
      const start = Date.now();
      let now = start;
      const realNow = draftClock.now;
      draftClock.now = () => now;
      try {
        const page = await fixture<HTMLElement>(html`<div></div>`);
        const reload = async () => {
          page.replaceChildren();
          const el = document.createElement('dvc-feedback-form');
          Object.assign(el, { apiBase: API, kind: 'petition' });
          page.append(el);
          await el.updateComplete;
          return el;
        };
        const message = (el: DvcFeedbackForm) => $<HTMLTextAreaElement>(el, '#message').value;
        let el = await reload();
        await fill(el, '#message', 'Đường vào bộ phận một cửa bị ngập.');

        now = start + 29 * MINUTE;
        el = await reload();
        expect(message(el), 'kept after 29 minutes').to.equal('Đường vào bộ phận một cửa bị ngập.');
        await fill(el, '#message', 'Đường vào bộ phận một cửa bị ngập. Xin sửa sớm.');

        now = start + 58 * MINUTE;
        el = await reload();
        expect(message(el), '29 minutes after the last change').to.equal('Đường vào bộ phận một cửa bị ngập. Xin sửa sớm.');

        now = start + 29 * MINUTE + 30 * MINUTE + 1000;
        el = await reload();
        expect(message(el), 'just over 30 minutes untouched').to.equal('');
        expect(storedText(), 'removed from storage, not only hidden').not.to.contain('Đường vào');
      } finally {
        draftClock.now = realNow;
      }
    });

    it('a draft belongs to its context: another procedure does not get it', async () => {
      const a = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} procedure="1.001193"></dvc-feedback-form>`);
      await choose(a, 'satisfied');
      const b = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} procedure="1.000894"></dvc-feedback-form>`);
      expect($<HTMLInputElement>(b, '#rating-satisfied').checked).to.equal(false);
    });

    it('a single-page site changing the address keeps a half-written form: only another kind or context is a new one', async () => {
      const before = location.href;
      try {
        const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} kind="petition" procedure="1.001193"></dvc-feedback-form>`);
        await fill(el, '#message', 'Thủ tục quá nhiều giấy tờ.');
        $<HTMLInputElement>(el, '#consent').click();
        await el.updateComplete;
        // The site's own navigation (another tab of the page) moves the address; the form stays where it is.
        history.pushState(null, '', '/khac');
        await fill(el, '#name', 'Trần Thị Bình');
        expect($<HTMLTextAreaElement>(el, '#message').value, 'the message').to.equal('Thủ tục quá nhiều giấy tờ.');
        expect($<HTMLInputElement>(el, '#consent').checked, 'consent').to.equal(true);
        // Moved by the site within the page, under the new address: still the same form.
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
        await fill(el, '#phone', '0912 345 678');
        expect($<HTMLTextAreaElement>(el, '#message').value, 'the message, after the move').to.equal('Thủ tục quá nhiều giấy tờ.');
        await fill(el, '#message', 'Thủ tục quá nhiều giấy tờ, phải đi lại nhiều lần.');
        await submit(el);
        await sent(el);
        expect((await bodyOf(0)).message).to.equal('Thủ tục quá nhiều giấy tờ, phải đi lại nhiều lần.');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('works without session storage', async () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
      try {
        const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API}></dvc-feedback-form>`);
        await choose(el, 'satisfied');
        await submit(el);
        await sent(el);
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });
  });

  describe('spam', () => {
    it('the honeypot is hidden from people and assistive technology, and out of the tab order', async () => {
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API}></dvc-feedback-form>`);
      const trap = $(el, '#website');
      const box = trap.closest('[aria-hidden="true"]') as HTMLElement;
      expect(box !== null, 'aria-hidden wrapper').to.equal(true);
      expect(box.hasAttribute('inert')).to.equal(true);
      expect(box.hasAttribute('style')).to.equal(false);
      expect(trap.getAttribute('tabindex')).to.equal('-1');
      expect(trap.getAttribute('autocomplete')).to.equal('off');
      expect(box.getBoundingClientRect().right).to.be.below(0);
      // Tabbing through the whole form never lands on it.
      const seen: string[] = [];
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        seen.push(focused(el));
      }
      expect(seen).to.not.include('input#website');
      expect(seen).to.include('button[part=submit-button]');
    });

    it('a filled honeypot sends nothing and acts as if it succeeded', async () => {
      const container = await fixture<HTMLElement>(html`<div><dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form></div>`);
      const el = container.firstElementChild as DvcFeedbackForm;
      let events = 0;
      container.addEventListener('dvc-feedback-submit', () => events++);
      await fill(el, '#message', 'Mua thuốc giá rẻ tại đây');
      $<HTMLInputElement>(el, '#website').value = 'https://spam.example';
      await submit(el);
      const success = await sent(el);
      expect(success.textContent).to.contain('Đã gửi phản ánh, kiến nghị');
      expect(has(el, '[part="reference"]')).to.equal(false);
      expect(focused(el)).to.equal('div[part=success]');
      await sleep(100);
      expect(requests.length).to.equal(0);
      expect(events).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('the challenge hook: its token is sent as X-Challenge-Token, asked again for a retry', async () => {
      setFault('feedback', { kind: 'server-error' }, 1);
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API}></dvc-feedback-form>`);
      let n = 0;
      el.challenge = async () => `token-${++n}`;
      await choose(el, 'satisfied');
      await submit(el);
      await until(() => alertOf(el));
      $(el, '[part="retry-button"]').click();
      await sent(el);
      expect(requests.map((r) => r.headers.get('X-Challenge-Token'))).to.deep.equal(['token-1', 'token-2']);
      expect(keyOf(1)).to.equal(keyOf(0));
    });

    it('a synchronous challenge works too; without one no header is sent', async () => {
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API}></dvc-feedback-form>`);
      await choose(el, 'satisfied');
      await submit(el);
      await sent(el);
      expect(requests[0].headers.has('X-Challenge-Token')).to.equal(false);
      $(el, '[part="start-again-button"]').click();
      await el.updateComplete;
      el.challenge = () => 'plain-token';
      await choose(el, 'satisfied');
      await submit(el);
      await sent(el);
      expect(requests[1].headers.get('X-Challenge-Token')).to.equal('plain-token');
    });

    it('a challenge that fails again at once says so again: its alert is shown anew, so it is announced again', async () => {
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API}></dvc-feedback-form>`);
      // A page whose check answers synchronously, and throws when the citizen has not solved it.
      el.challenge = () => {
        throw new Error('not solved');
      };
      await choose(el, 'satisfied');
      await submit(el);
      type Marked = HTMLElement & { seen?: boolean };
      const first = (await until(() => alertOf(el))) as Marked;
      expect(first.textContent).to.contain('bước kiểm tra chống thư rác không thành công');
      first.seen = true;
      await submit(el);
      // A new alert element: an alert already on screen whose text does not change is not read again.
      await until(() => alertOf(el) && !(alertOf(el) as Marked).seen);
      expect(alertOf(el).textContent).to.contain('bước kiểm tra chống thư rác không thành công');
      expect(requests.length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('a check that never answers (a captcha closed without calling back) holds nothing up: the form stays usable, and the next press asks the check again', async () => {
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API}></dvc-feedback-form>`);
      // The page's captcha: each call opens it; the citizen closes the first one, which then never calls back.
      const answers: ((token: string) => void)[] = [];
      el.challenge = () => new Promise<string>((resolve) => answers.push(resolve));
      await choose(el, 'satisfied');
      await fill(el, '#message', 'Nhanh.');
      await submit(el);
      await until(() => answers.length === 1);
      await el.updateComplete;
      // Waiting for the check, not sending: said so, and nothing is locked.
      expect(($(el, '[part="status"]').textContent ?? '').trim()).to.equal('Đang chờ kiểm tra chống thư rác…');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
      expect(submitButton(el).textContent!.trim()).to.equal('Gửi đánh giá');
      expect($<HTMLTextAreaElement>(el, '#message').readOnly).to.equal(false);
      await expect(el).to.be.accessible();
      // Words added while the check is open go with what is sent.
      await fill(el, '#message', 'Nhanh, cán bộ hướng dẫn tận tình.');
      await submit(el);
      await until(() => answers.length === 2);
      answers[1]('token-2');
      await sent(el);
      expect(feedbackRequests().length).to.equal(1);
      expect(requests[0].headers.get('X-Challenge-Token')).to.equal('token-2');
      expect((await bodyOf(0)).message).to.equal('Nhanh, cán bộ hướng dẫn tận tình.');
      // The first check, answered late after all, sends nothing more.
      answers[0]('token-1');
      await sleep(100);
      expect(feedbackRequests().length).to.equal(1);
    });

    it('a check that answers while the citizen types on makes what cannot go an alert, and leaves them in their field: no key is lost (axe)', async () => {
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form>`);
      let answer!: (token: string) => void;
      el.challenge = () => new Promise<string>((resolve) => (answer = resolve));
      await fill(el, '#message', 'Bãi xe chật, không có chỗ để xe máy.');
      await submit(el);
      await until(() => answer);
      // While the check runs, the citizen goes on to add an e-mail address.
      const email = $<HTMLInputElement>(el, '#email');
      email.focus();
      await sendKeys({ type: 'an@' });
      answer('token-1');
      const shown = await until(() => summary(el));
      expect(shown.getAttribute('role')).to.equal('alert');
      // What cannot go as it stands when the check answers: the half-typed address, and contact details without consent.
      expect(summaryItems(el)).to.deep.equal([
        'Nhập địa chỉ email đúng dạng, ví dụ: ten@example.com',
        'Đánh dấu vào ô đồng ý để gửi kèm thông tin liên hệ, hoặc xóa thông tin liên hệ',
      ]);
      await el.updateComplete;
      expect(focused(el)).to.equal(nameOf(email));
      await sendKeys({ type: 'gmail.com' });
      expect(email.value).to.equal('an@gmail.com');
      expect(feedbackRequests().length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('a check answered after the page moved the form to another procedure sends nothing: it was for the other one', async () => {
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} procedure="1.001193"></dvc-feedback-form>`);
      let answer!: (token: string) => void;
      el.challenge = () => new Promise<string>((resolve) => (answer = resolve));
      await choose(el, 'dissatisfied');
      await fill(el, '#message', 'Chờ lâu quá.');
      await submit(el);
      await until(() => answer);
      el.procedure = '2.000986';
      await el.updateComplete;
      expect(($(el, '[part="status"]').textContent ?? '').trim(), 'no longer waiting for that check').to.equal('');
      answer('token-1');
      await sleep(100);
      expect(feedbackRequests().length).to.equal(0);
      // The form shows the new procedure's own (empty) draft, ready to send.
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
    });

    it('a challenge that throws: a localized error, nothing sent, everything kept', async () => {
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} lang="en"></dvc-feedback-form>`);
      el.challenge = () => Promise.reject(new Error('captcha closed'));
      await choose(el, 'satisfied');
      await fill(el, '#message', 'Good.');
      await submit(el);
      const alert = await until(() => alertOf(el));
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('the anti-spam check did not work');
      expect(requests.length).to.equal(0);
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Good.');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
      await expect(el).to.be.accessible();
      el.challenge = () => 'ok';
      await submit(el);
      await sent(el);
      expect(shadowText(el)).to.contain('Your reference number:');
      expect(has(el, '[part="error"]')).to.equal(false);
    });
  });
});
