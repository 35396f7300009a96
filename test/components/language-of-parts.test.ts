import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { DossierStatus } from '../../src/api/types.js';
import type { DvcFeedbackForm } from '../../src/components/feedback-form/feedback-form.js';
import { dossierCodeFor, sampleDossiers } from '../../src/mocks/data/dossiers.js';
import { API, shadowText, until, useMockApi } from '../helpers/mock-api.js';
import { fieldErrorText, fill, refuseFeedback, submit, summary } from './feedback-form-helpers.js';

/**
 * The language of parts (WCAG 3.1.2) in a widget speaking English. The province's API often answers in
 * Vietnamese only (names, steps, history, its own error messages; the mock API does too), and the English texts
 * quote a few Vietnamese words (the receipt's title, search examples). A screen reader reads each text in the
 * language its element is marked with: every Vietnamese text must be inside an element with lang="vi", or it
 * is read with an English voice. English text must not be: it stays in the widget's language.
 */

// Letters of Vietnamese (with their diacritics) that English never writes.
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** Each text of the widget's shadow root with the language it would be read in (its nearest lang, or the page's). */
function textsWithLang(el: Element): { text: string; lang: string }[] {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const out: { text: string; lang: string }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    if (!text || node.parentElement?.localName === 'style') continue;
    const marked = node.parentElement?.closest('[lang]');
    out.push({ text, lang: marked ? marked.getAttribute('lang')! : (el.closest('[lang]')?.getAttribute('lang') ?? '') });
  }
  return out;
}

/** Vietnamese text that a screen reader would read in English. */
const readInEnglish = (el: Element) => textsWithLang(el).filter((t) => VIETNAMESE.test(t.text) && t.lang !== 'vi').map((t) => t.text);
/** Text marked Vietnamese that has none of its letters: English marked wrongly (codes and numbers are neither). */
const englishMarkedVietnamese = (el: Element) =>
  textsWithLang(el).filter((t) => t.lang === 'vi' && !VIETNAMESE.test(t.text) && /\b(the|of|and|for|to|or|in)\b/i.test(t.text)).map((t) => t.text);

// Vietnamese our English quotes that has no letter with a diacritic: the search's examples (typed without accents
// on purpose, in the field's hint).
const QUOTED_WITHOUT_DIACRITICS = ['khai sinh', 'dang ky ket hon'];

/**
 * Elements marked Vietnamese with no Vietnamese letter anywhere in them: a label or sentence of ours (however
 * short, "Status") marked wrongly. Text from the API is marked only when it has such a letter.
 */
const markedWithoutVietnamese = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[lang="vi"]')]
    .map((e) => e.textContent!.trim())
    .filter((text) => !VIETNAMESE.test(text) && !QUOTED_WITHOUT_DIACRITICS.includes(text));

const expectLanguagesMarked = (el: Element, what: string) => {
  expect(readInEnglish(el), `${what}: Vietnamese read with an English voice`).to.deep.equal([]);
  expect(englishMarkedVietnamese(el), `${what}: English marked as Vietnamese`).to.deep.equal([]);
  expect(markedWithoutVietnamese(el), `${what}: marked Vietnamese without a Vietnamese letter`).to.deep.equal([]);
};

describe('the language of parts in a widget speaking English', () => {
  beforeEach(() => useMockApi());

  it('the search: results, filters, details, and the advice when nothing is found', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><dvc-procedure-search api-base=${API} query="khai sinh"></dvc-procedure-search></div>`);
    const el = wrap.firstElementChild!;
    await until(() => /^Found/.test(el.shadowRoot!.querySelector('[part="status"]')?.textContent?.trim() ?? ''), 6000);
    await until(() => el.shadowRoot!.querySelectorAll('#f-domain option').length > 1 && el.shadowRoot!.querySelectorAll('#f-agency option').length > 1);
    // Vietnamese names really are on screen, marked: the test looks at what it means to.
    const name = el.shadowRoot!.querySelector('[part="result-toggle"]')!;
    expect(VIETNAMESE.test(name.textContent!)).to.equal(true);
    expectLanguagesMarked(el, 'results and filters');
    // The field's hint quotes Vietnamese typed without accents: no diacritic to find it by, marked all the same.
    const hintExamples = [...el.shadowRoot!.querySelectorAll('#q-hint [lang="vi"]')].map((e) => e.textContent);
    expect(hintExamples).to.deep.equal(['khai sinh', 'dang ky ket hon']);
    (name as HTMLButtonElement).click();
    await until(() => shadowText(el).includes('Steps'));
    expectLanguagesMarked(el, 'details');
    await expect(el).to.be.accessible();
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('input#q')!;
    field.value = 'đăng ký qqqq';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
    await until(() => shadowText(el).includes('No procedure matches your search.'));
    await until(() => shadowText(el).includes('for example'));
    expectLanguagesMarked(el, 'nothing found');
    await expect(el).to.be.accessible();
  });

  it("the search in a webmaster's scope: the agency's name in our sentences, and the citizen's words", async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><dvc-procedure-search api-base=${API} agency="STP" level="full"></dvc-procedure-search></div>`);
    const el = wrap.firstElementChild!;
    const scope = () => el.shadowRoot!.querySelector('[part="scope"]')?.textContent?.replace(/\s+/g, ' ').trim();
    await until(() => scope() === 'Searching only procedures of Sở Tư pháp tỉnh Quảng Ngãi, fully online.');
    expectLanguagesMarked(el, 'the scope');
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('input#q')!;
    field.value = 'đăng ký kết hôn';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
    await until(() => shadowText(el).includes('Search the whole province for “đăng ký kết hôn”'));
    expectLanguagesMarked(el, 'nothing found in the scope');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="empty"] button')!.click();
    await until(() => el.shadowRoot!.querySelector('[part="scope-button"]'));
    expect(el.shadowRoot!.querySelector('[part="scope-button"]')!.textContent!.trim()).to.equal('Search only procedures of Sở Tư pháp tỉnh Quảng Ngãi, fully online');
    expectLanguagesMarked(el, 'the whole province');
    await expect(el).to.be.accessible();
  });

  for (const status of [2, 5, 6] as DossierStatus[]) {
    it(`the tracker: a dossier with status ${status}, its facts, history and what to do`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="en"><dvc-dossier-tracker api-base=${API} code=${dossierCodeFor(status)}></dvc-dossier-tracker></div>`);
      const el = wrap.firstElementChild!;
      await until(() => el.shadowRoot!.querySelector('[part="result"]'), 6000);
      expect(VIETNAMESE.test(el.shadowRoot!.querySelector('[part="history"]')!.textContent!)).to.equal(true);
      expectLanguagesMarked(el, `status ${status}`);
      await expect(el).to.be.accessible();
    });
  }

  it('the tracker: the form, a dossier not found, and the verifier the API asks for', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><dvc-dossier-tracker api-base=${API}></dvc-dossier-tracker></div>`);
    const el = wrap.firstElementChild!;
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowText(el)).to.contain('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
    expectLanguagesMarked(el, 'the form');
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('input#code')!;
    const lookUp = async (code: string) => {
      field.value = code;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    };
    await lookUp('000.00.53.H48-990101-0001');
    await until(() => shadowText(el).includes('Dossier not found'));
    expectLanguagesMarked(el, 'not found');
    await lookUp(sampleDossiers().find((d) => d.verifier)!.code);
    await until(() => shadowText(el).includes('4 số cuối CCCD của người nộp'));
    expectLanguagesMarked(el, 'verifier');
    await expect(el).to.be.accessible();
    // Looking up without it: the message at the field names the API's label.
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => el.shadowRoot!.querySelector('#verifier-error'));
    expect(el.shadowRoot!.querySelector('#verifier-error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Enter the 4 số cuối CCCD của người nộp.');
    expectLanguagesMarked(el, 'verifier left empty');
    await expect(el).to.be.accessible();
  });

  it('the tracker started with a dossier that needs a verifier: the announcement names the label', async () => {
    const code = sampleDossiers().find((d) => d.verifier)!.code;
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><dvc-dossier-tracker api-base=${API} code=${code}></dvc-dossier-tracker></div>`);
    const el = wrap.firstElementChild!;
    const said = () => el.shadowRoot!.querySelector('[role="status"].announcer')?.textContent?.replace(/\s+/g, ' ').trim();
    await until(() => said() === 'This dossier needs verification information: 4 số cuối CCCD của người nộp.', 6000);
    expectLanguagesMarked(el, 'verifier announced');
    await expect(el).to.be.accessible();
  });

  it("the badge: an agency's figures and its name", async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><dvc-service-level-badge api-base=${API} agency="STP"></dvc-service-level-badge></div>`);
    const el = wrap.firstElementChild!;
    await until(() => el.shadowRoot!.querySelector('details'), 6000);
    el.shadowRoot!.querySelector('details')!.open = true;
    expect(VIETNAMESE.test(shadowText(el))).to.equal(true);
    expectLanguagesMarked(el, 'figures');
    await expect(el).to.be.accessible();
  });

  it("the form: the API's own messages for what it refused", async () => {
    refuseFeedback(await useMockApi(), {
      errors: [
        { field: 'message', message: 'Nội dung có từ ngữ không phù hợp.' },
        { field: 'kind', message: 'Loại góp ý không hợp lệ.' },
      ],
    });
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><dvc-feedback-form api-base=${API} kind="petition"></dvc-feedback-form></div>`);
    const el = wrap.firstElementChild as DvcFeedbackForm;
    await el.updateComplete;
    expectLanguagesMarked(el, 'the form');
    await fill(el, '#message', 'Thủ tục rườm rà');
    await submit(el);
    await until(() => summary(el) && fieldErrorText(el, 'message'), 6000);
    expect(shadowText(el)).to.contain('Loại góp ý không hợp lệ.');
    expectLanguagesMarked(el, "the API's messages");
    await expect(el).to.be.accessible();
  });
});
