import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/feedback-form/feedback-form.js';
import type { DvcFeedbackForm } from '../../src/components/feedback-form/feedback-form.js';
import { isEmail, isPhone } from '../../src/components/feedback-form/validation.js';
import { API, requests, shadowText, until, useMockApi } from '../helpers/mock-api.js';
import { colourSchemes, expectFallbackLooksLight, expectReadableIn } from '../helpers/schemes.js';
import {
  $,
  $$,
  bodyOf,
  choose,
  feedbackRequests,
  fieldErrorText,
  fill,
  focused,
  has,
  nameOf,
  sent,
  submit,
  submitButton,
  summary,
  summaryItems,
} from './feedback-form-helpers.js';

const satisfaction = () => fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API}></dvc-feedback-form>`);
const petition = () => fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form>`);

describe('<dvc-feedback-form>', () => {
  beforeEach(async () => {
    await useMockApi();
    sessionStorage.clear();
  });

  describe('satisfaction (the default kind)', () => {
    it('asks with a real radio group of the three levels and an optional comment, and passes axe', async () => {
      const el = await satisfaction();
      const fieldset = $(el, 'fieldset');
      expect(fieldset.querySelector('legend')!.textContent).to.equal('Bạn có hài lòng với dịch vụ này không?');
      const radios = $$<HTMLInputElement>(el, 'fieldset input[type="radio"]');
      expect(radios.map((r) => r.name)).to.deep.equal(['rating', 'rating', 'rating']);
      expect(radios.map((r) => r.checked)).to.deep.equal([false, false, false]);
      expect(radios.map((r) => r.labels![0].textContent)).to.deep.equal(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
      const comment = $<HTMLTextAreaElement>(el, 'textarea');
      expect(comment.labels![0].textContent).to.equal('Ý kiến thêm (không bắt buộc)');
      expect(comment.required).to.equal(false);
      expect(has(el, '#email')).to.equal(false);
      expect(has(el, '#consent')).to.equal(false);
      expect(submitButton(el).textContent!.trim()).to.equal('Gửi đánh giá');
      await expect(el).to.be.accessible();
    });

    it('moves between ratings with the arrow keys, as native radios do', async () => {
      const el = await satisfaction();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('input#rating-very-satisfied');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal('input#rating-satisfied');
      expect($<HTMLInputElement>(el, '#rating-satisfied').checked).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      expect($<HTMLInputElement>(el, '#rating-dissatisfied').checked).to.equal(true);
      await sendKeys({ press: 'ArrowUp' });
      expect($<HTMLInputElement>(el, '#rating-satisfied').checked).to.equal(true);
    });

    it('can be filled and sent with the keyboard alone', async () => {
      const el = await satisfaction();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('textarea#message');
      await sendKeys({ type: 'Cán bộ tận tình' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('button[part=submit-button]');
      await sendKeys({ press: 'Enter' });
      await sent(el);
      expect(await bodyOf(0)).to.include({ kind: 'satisfaction', rating: 'satisfied', message: 'Cán bộ tận tình' });
      expect(focused(el)).to.equal('div[part=success]');
    });
  });

  describe('validation and the error summary', () => {
    it('without a rating: a focused summary that links to the radios, a message at the field, nothing sent, axe-clean', async () => {
      const el = await satisfaction();
      await submit(el);
      await until(() => focused(el) === 'div[part=error-summary]');
      expect(summary(el).getAttribute('role')).to.equal('alert');
      expect(summary(el).querySelector('h2')!.textContent).to.equal('Có lỗi cần sửa');
      expect(summaryItems(el)).to.deep.equal(['Chọn mức độ hài lòng của bạn']);
      expect(fieldErrorText(el, 'rating')).to.equal('Chọn mức độ hài lòng của bạn');
      expect($(el, 'fieldset').getAttribute('aria-describedby')).to.equal('rating-error');
      expect($$(el, 'input[name="rating"]').every((r) => r.getAttribute('aria-invalid') === 'true')).to.equal(true);
      expect(requests.length).to.equal(0);
      await expect(el).to.be.accessible();

      // The link (clicked, or Enter from the keyboard) puts focus on the first radio.
      summary(el).querySelector('a')!.click();
      expect(focused(el)).to.equal('input#rating-very-satisfied');
      // The summary was a Tab stop only while it held focus.
      expect(summary(el).getAttribute('tabindex')).to.equal('-1');
    });

    it("a petition's summary lists each problem in form order; each link, followed with Enter, focuses its field", async () => {
      const el = await petition();
      await fill(el, '#email', 'ten@example');
      await fill(el, '#phone', '12345');
      await submit(el);
      await until(() => focused(el) === 'div[part=error-summary]');
      expect(summaryItems(el)).to.deep.equal([
        'Nhập nội dung phản ánh, kiến nghị',
        'Nhập địa chỉ email đúng dạng, ví dụ: ten@example.com',
        'Nhập số điện thoại đúng dạng, ví dụ: 0912 345 678 hoặc +84 912 345 678',
        'Đánh dấu vào ô đồng ý để gửi kèm thông tin liên hệ, hoặc xóa thông tin liên hệ',
      ]);
      for (const [i, id] of ['message', 'email', 'phone', 'consent'].entries()) {
        const control = $(el, `#${id}`);
        expect(control.getAttribute('aria-invalid'), id).to.equal('true');
        expect(control.getAttribute('aria-describedby'), id).to.contain(`${id}-error`);
        expect(fieldErrorText(el, id)).to.equal(summaryItems(el)[i]);
        summary(el).querySelectorAll('a')[i].focus();
        await sendKeys({ press: 'Enter' });
        expect(focused(el), id).to.equal(nameOf(control));
      }
      expect(location.hash).to.equal('');
      expect(requests.length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('clears the problems once they are fixed and sent', async () => {
      const el = await satisfaction();
      await submit(el);
      await choose(el, 'very-satisfied');
      await submit(el);
      await sent(el);
      expect(has(el, '[part="error-summary"]')).to.equal(false);
    });

    it('checks email and phone (mobile or landline) for form only, and sends the phone as digits', async () => {
      for (const ok of ['0912345678', '+84912345678', '84912345678', '0912 345 678', '0912.345.678', '+84 912 345 678', '(+84) 912-345-678', '0356123456', '02553822123', '024 3825 1234', '+842553822123']) {
        expect(isPhone(ok), ok).to.equal(true);
      }
      for (const bad of ['12345', '091234567', '09123456789', '0112345678', '0255382212', '+1 202 555 0123', 'không có', '0912-345-67a']) {
        expect(isPhone(bad), bad).to.equal(false);
      }
      for (const ok of ['ten@example.com', 'nguyen.van.a@quangngai.gov.vn', ' a@b.vn ']) expect(isEmail(ok), ok).to.equal(true);
      for (const bad of ['ten@example', 'ten example@x.vn', '@x.vn', 'ten@']) expect(isEmail(bad), bad).to.equal(false);

      const el = await petition();
      await fill(el, '#message', 'Đường vào trụ sở xã bị ngập.');
      await fill(el, '#email', 'ten@example');
      await fill(el, '#phone', '0912.345.678');
      $<HTMLInputElement>(el, '#consent').click();
      await submit(el);
      expect(summaryItems(el)).to.deep.equal(['Nhập địa chỉ email đúng dạng, ví dụ: ten@example.com']);
      await fill(el, '#email', 'ten@example.com');
      await submit(el);
      await sent(el);
      expect((await bodyOf(0)).contact).to.deep.equal({ email: 'ten@example.com', phone: '0912345678' });
    });
  });

  describe('the character count', () => {
    it('counts as the citizen types, and announces the count politely once typing pauses', async () => {
      const el = await petition();
      const count = $(el, '[part="character-count"]');
      const live = $(el, '[aria-live="polite"]');
      expect(count.textContent).to.equal('Còn 2.000 ký tự');
      expect(live.textContent!.trim()).to.equal('');
      expect($(el, '#message').getAttribute('aria-describedby')).to.contain('message-limit');
      expect($(el, '#message-limit').textContent).to.equal('Tối đa 2.000 ký tự.');
      $(el, '#message').focus();
      await sendKeys({ type: 'Xin chào' });
      await el.updateComplete;
      expect(count.textContent).to.equal('Còn 1.992 ký tự');
      // Not on every keystroke: the live region waits for a pause.
      expect(live.textContent!.trim()).to.equal('');
      await until(() => live.textContent!.trim() === 'Còn 1.992 ký tự', 2500);
    });

    it('a language switch leaves no count of the old language in the live region; the next pause says it in the new one', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="en"><dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form></div>`);
      const el = wrap.firstElementChild as DvcFeedbackForm;
      await until(() => $(el, '[part="character-count"]')?.textContent === 'You have 2,000 characters remaining');
      const live = $(el, '[aria-live="polite"]');
      $(el, '#message').focus();
      await sendKeys({ type: 'Xin chào' });
      await until(() => live.textContent!.trim() === 'You have 1,992 characters remaining', 2500);
      wrap.lang = 'vi';
      await until(() => $(el, '[part="character-count"]').textContent === 'Còn 1.992 ký tự');
      await el.updateComplete;
      expect(live.textContent!.trim(), 'the English count under the Vietnamese page').to.equal('');
      await sendKeys({ type: '!' });
      await until(() => live.textContent!.trim() === 'Còn 1.991 ký tự', 2500);
    });

    it('counts composed Vietnamese letters once, even when typed decomposed', async () => {
      const el = await petition();
      await fill(el, '#message', 'Hồ sơ'.normalize('NFD'));
      expect($(el, '[part="character-count"]').textContent).to.equal('Còn 1.995 ký tự');
    });

    it('over 2,000 characters: says by how much, refuses to send, and never cuts the text', async () => {
      const el = await petition();
      const long = 'a'.repeat(2010);
      await fill(el, '#message', long);
      const count = $(el, '[part="character-count"]');
      expect(count.textContent).to.equal('Thừa 10 ký tự');
      expect(count.classList.contains('over')).to.equal(true);
      await submit(el);
      expect(summaryItems(el)).to.deep.equal(['Nội dung chỉ được có tối đa 2.000 ký tự']);
      expect(fieldErrorText(el, 'message')).to.equal('Nội dung chỉ được có tối đa 2.000 ký tự');
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal(long);
      expect(requests.length).to.equal(0);
      await fill(el, '#message', 'a'.repeat(2000));
      expect(count.textContent).to.equal('Còn 0 ký tự');
      await submit(el);
      await sent(el);
      expect((await bodyOf(0)).message!.length).to.equal(2000);
    });
  });

  describe('contact details and consent', () => {
    it('shows a plain statement of use, and the consent box is unticked', async () => {
      const el = await petition();
      expect($(el, 'fieldset legend').textContent).to.equal('Thông tin liên hệ (không bắt buộc)');
      expect(shadowText(el)).to.contain(
        'Thông tin liên hệ chỉ được dùng để trả lời góp ý này, không chia sẻ cho bên khác và không lưu giữ lâu hơn thời gian cần thiết.',
      );
      const consent = $<HTMLInputElement>(el, '#consent');
      expect(consent.checked).to.equal(false);
      expect(consent.getAttribute('aria-describedby')).to.contain('consent-statement');
      expect($<HTMLInputElement>(el, '#email').type).to.equal('email');
      expect($<HTMLInputElement>(el, '#phone').autocomplete).to.equal('tel');
      await expect(el).to.be.accessible();
    });

    it('no contact details: no consent needed, and no `contact` in the body', async () => {
      const el = await petition();
      await fill(el, '#message', 'Đề nghị niêm yết thêm biểu mẫu.');
      await submit(el);
      await sent(el);
      const body = await bodyOf(0);
      expect(body).to.not.have.property('contact');
      expect(body.consent).to.equal(false);
    });

    it('contact details without consent: an error, nothing sent; with consent: sent with consent true', async () => {
      const el = await petition();
      await fill(el, '#message', 'Đề nghị niêm yết thêm biểu mẫu.');
      await fill(el, '#name', ' Nguyễn Văn A ');
      await submit(el);
      expect(summaryItems(el)).to.deep.equal(['Đánh dấu vào ô đồng ý để gửi kèm thông tin liên hệ, hoặc xóa thông tin liên hệ']);
      expect(requests.length).to.equal(0);
      $<HTMLInputElement>(el, '#consent').click();
      await submit(el);
      await sent(el);
      const body = await bodyOf(0);
      expect(body.consent).to.equal(true);
      expect(body.contact).to.deep.equal({ name: 'Nguyễn Văn A' });
    });

    it('contact details removed again: sent without them, even with the box ticked', async () => {
      const el = await petition();
      await fill(el, '#message', 'Nội dung.');
      await fill(el, '#phone', '0912345678');
      await fill(el, '#phone', '');
      $<HTMLInputElement>(el, '#consent').click();
      await submit(el);
      await sent(el);
      const body = await bodyOf(0);
      expect(body).to.not.have.property('contact');
      expect(body.consent).to.equal(false);
    });
  });

  describe('the body', () => {
    it('carries the procedure, dossier and agency codes, the language, and the page without query or hash', async () => {
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?token=secret&q=khai+sinh#phan-anh`);
      try {
        const el = await fixture<DvcFeedbackForm>(
          html`<dvc-feedback-form
            api-base=${API}
            procedure="1.001193"
            dossier="000.00.53.H48-220921-0099"
            agency="STP"
          ></dvc-feedback-form>`,
        );
        const context = $$(el, '[part="context"] > *').map((n) => `${n.tagName} ${n.textContent}`);
        expect(context).to.deep.equal(['DT Thủ tục', 'DD 1.001193', 'DT Hồ sơ', 'DD 000.00.53.H48-220921-0099']);
        await choose(el, 'dissatisfied');
        await submit(el);
        await sent(el);
        expect(await bodyOf(0)).to.deep.equal({
          kind: 'satisfaction',
          rating: 'dissatisfied',
          procedureCode: '1.001193',
          dossierCode: '000.00.53.H48-220921-0099',
          agencyCode: 'STP',
          consent: false,
          lang: 'vi',
          page: location.origin + location.pathname,
        });
        expect((await bodyOf(0)).page).to.not.contain('secret');
        expect(requests[0].headers.get('Content-Type')).to.equal('application/json');
      } finally {
        history.replaceState(null, '', before);
      }
    });
  });

  describe('English', () => {
    it('speaks English throughout, and says so in the body', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="en"><dvc-feedback-form api-base=${API}></dvc-feedback-form></div>`);
      const el = wrap.firstElementChild as DvcFeedbackForm;
      // Its first render waits for English (fetched for the first widget that speaks it).
      await el.updateComplete;
      expect($(el, 'legend').textContent).to.equal('How satisfied are you with this service?');
      expect($$(el, 'label[for^="rating-"]').map((l) => l.textContent)).to.deep.equal(['Very satisfied', 'Satisfied', 'Dissatisfied']);
      expect($(el, '[part="character-count"]').textContent).to.equal('You have 2,000 characters remaining');
      await submit(el);
      expect(summary(el).querySelector('h2')!.textContent).to.equal('There is a problem');
      expect(summaryItems(el)).to.deep.equal(['Select how satisfied you are']);
      expect($(el, '#rating-error').textContent).to.contain('Error:');
      await expect(el).to.be.accessible();
      await fill(el, '#message', 'x'.repeat(1999));
      expect($(el, '[part="character-count"]').textContent).to.equal('You have 1 character remaining');
      await choose(el, 'very-satisfied');
      await submit(el);
      await sent(el);
      expect(shadowText(el)).to.contain('Rating sent');
      expect(shadowText(el)).to.contain('Your reference number:');
      expect($(el, '[part="start-again-button"]').textContent).to.equal('Send more feedback');
      expect((await bodyOf(0)).lang).to.equal('en');
      expect(requests[0].headers.get('Accept-Language')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('a petition in English', async () => {
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form lang="en" api-base=${API} kind="petition"></dvc-feedback-form>`);
      expect($(el, '#message').closest('.field')!.querySelector('label')!.textContent).to.equal('Your feedback or suggestion');
      expect(shadowText(el)).to.contain('Your contact details are used only to answer this feedback.');
      await fill(el, '#phone', '123');
      await submit(el);
      expect(summaryItems(el)).to.deep.equal([
        'Enter your feedback or suggestion',
        'Enter a phone number in the correct format, like 0912 345 678 or +84 912 345 678',
        'Tick the box to agree to send your contact details, or remove them',
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('layout and configuration', () => {
    it('fits a 320px screen without sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await petition();
        await submit(el);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        for (const node of $$(el, 'input:not(#website), textarea, button, [part="error-summary"]')) {
          expect(node.getBoundingClientRect().right, node.id || node.tagName).to.be.at.most(321);
        }
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('tells the webmaster when no API address is configured', async () => {
      const orig = console.error;
      console.error = () => {};
      try {
        const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form></dvc-feedback-form>`);
        expect($(el, '[part="config-error"]').textContent).to.contain('api-base');
        expect(has(el, 'form')).to.equal(false);
      } finally {
        console.error = orig;
      }
    });

    it('is not fooled by an unknown kind: it asks for a rating', async () => {
      const el = await fixture<DvcFeedbackForm>(html`<dvc-feedback-form api-base=${API} kind="survey"></dvc-feedback-form>`);
      expect($$(el, 'input[name="rating"]').length).to.equal(3);
      expect(feedbackRequests().length).to.equal(0);
    });
  });
});


// ─── colour schemes and older browsers ────────────────────────────────────────────────────────────────────

const SCHEMES = await colourSchemes();

/** A petition sent with its message missing and a malformed email and phone: the error summary and the field errors. */
async function petitionWithErrors(containerStyle = '') {
  const wrap = await fixture<HTMLElement>(
    html`<div style=${containerStyle}><button>Trước</button><dvc-feedback-form api-base=${API} kind="petition" procedure="1.001193"></dvc-feedback-form></div>`,
  );
  const el = wrap.querySelector('dvc-feedback-form')!;
  await el.updateComplete;
  await fill(el, '#email', 'ten@example');
  await fill(el, '#phone', '12345');
  await submit(el);
  await until(() => focused(el) === 'div[part=error-summary]');
  expect(summaryItems(el).length, 'problems listed').to.be.at.least(3);
  return { el, before: wrap.querySelector('button')! };
}

describe('<dvc-feedback-form> in each colour scheme', () => {
  beforeEach(async () => {
    await useMockApi();
    sessionStorage.clear();
  });

  for (const scheme of SCHEMES) {
    it(`${scheme.title}: the form with its errors is readable, the focus ring shows, axe-clean`, async () => {
      await scheme.enter();
      try {
        const { el, before } = await petitionWithErrors(scheme.containerStyle);
        await expectReadableIn(scheme, el, before);
      } finally {
        await scheme.leave();
      }
    });
  }

  it('without light-dark() (Safari 16.4–17.4, Chrome 111–122, Firefox 115–119): the light colours, text, buttons, borders and the focus ring stay visible', async () => {
    await expectFallbackLooksLight(['dvc-feedback-form'], () => petitionWithErrors(), SCHEMES[0]);
  });
});
