import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { english, openFreshPage, recordTexts, type FreshPage } from '../helpers/fresh-page.js';
import { API, requests, until, useMockApi } from '../helpers/mock-api.js';

/** Changing `lang` at run time: labels switch, and server text is asked for again in the new language. */
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

describe('language switched at run time', () => {
  beforeEach(() => useMockApi());

  it('the search asks again in the new language and keeps the query', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="vi"><dvc-procedure-search api-base=${API} query="khai sinh"></dvc-procedure-search></div>`);
    const el = wrap.firstElementChild!;
    await until(() => /^Tìm thấy/.test($(el, '[part="status"]')?.textContent?.trim() ?? ''));
    const before = requests.filter((r) => r.url.includes('/procedures?')).length;
    wrap.lang = 'en';
    // The count on screen says so in English at once (the results stay while they are asked again).
    await until(() => /^Found/.test($(el, '[part="status"]')?.textContent?.trim() ?? ''));
    await until(() => requests.filter((r) => r.url.includes('/procedures?')).length > before);
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    const searches = requests.filter((r) => r.url.includes('/procedures?'));
    expect(searches.length).to.equal(before + 1);
    expect(searches.at(-1)!.headers.get('Accept-Language')).to.equal('en');
    expect(($(el, 'input#q') as HTMLInputElement).value).to.equal('khai sinh');
  });

  it('the search asked again in the new language fires no second dvc-search: the citizen searched once', async () => {
    const events: { query: string; total: number }[] = [];
    const listen = (e: Event) => events.push((e as CustomEvent).detail);
    document.addEventListener('dvc-search', listen);
    try {
      const wrap = await fixture<HTMLElement>(html`<div lang="vi"><dvc-procedure-search api-base=${API} query="khai sinh"></dvc-procedure-search></div>`);
      const el = wrap.firstElementChild!;
      await until(() => /^Tìm thấy/.test($(el, '[part="status"]')?.textContent?.trim() ?? ''));
      await until(() => events.length === 1);
      const before = requests.filter((r) => r.url.includes('/procedures?')).length;
      wrap.lang = 'en';
      await until(() => requests.filter((r) => r.url.includes('/procedures?')).length > before);
      await until(() => /^Found/.test($(el, '[part="status"]')?.textContent?.trim() ?? '') && $(el, '.outcome')?.getAttribute('aria-busy') === 'false');
      await new Promise((r) => setTimeout(r, 100));
      expect(events.length).to.equal(1);
      // A search the citizen sends afterwards is one: its event comes.
      const field = $(el, 'input#q') as HTMLInputElement;
      field.value = 'kết hôn';
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      ($(el, '[part="submit-button"]') as HTMLButtonElement).click();
      await until(() => events.length === 2);
      expect(events[1].query).to.equal('kết hôn');
    } finally {
      document.removeEventListener('dvc-search', listen);
    }
  });

  it('the tracker reloads the dossier in the new language without a second load event', async () => {
    const events: unknown[] = [];
    const listen = (e: Event) => events.push((e as CustomEvent).detail);
    document.addEventListener('dvc-dossier-load', listen);
    try {
      const wrap = await fixture<HTMLElement>(html`<div lang="vi"><dvc-dossier-tracker api-base=${API} code="000.00.53.H48-220921-0099"></dvc-dossier-tracker></div>`);
      const el = wrap.firstElementChild!;
      await until(() => text(el).includes('Đã trả kết quả'));
      await until(() => events.length === 1);
      wrap.lang = 'en';
      await until(() => text(el).includes('Result returned'));
      await until(() => requests.filter((r) => r.url.includes('/dossiers/')).length === 2);
      expect(requests.at(-1)!.headers.get('Accept-Language')).to.equal('en');
      await new Promise((r) => setTimeout(r, 100));
      expect(events.length).to.equal(1);
    } finally {
      document.removeEventListener('dvc-dossier-load', listen);
    }
  });

  it('a widget moved into a part of the page in another language speaks that language', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <section lang="vi"><dvc-service-level-badge level="full"></dvc-service-level-badge></section>
      <section lang="en"></section>
    </div>`);
    const badge = wrap.querySelector('dvc-service-level-badge')!;
    expect(text(badge)).to.contain('Toàn trình');
    wrap.querySelector('section[lang="en"]')!.append(badge);
    await until(() => text(badge).includes('Fully online'));
  });

  it('a widget two shadow roots deep (a card inside an app, both the page’s components) follows a lang set in either', async () => {
    // The app's shadow root holds a section with its lang and the card; the card's holds the badge.
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shell = host.appendChild(document.createElement('div'));
    shell.attachShadow({ mode: 'open' }).innerHTML = '<section lang="vi"><div class="card"></div></section>';
    const section = shell.shadowRoot!.querySelector('section')!;
    const card = section.querySelector('.card')!;
    card.attachShadow({ mode: 'open' }).innerHTML = '<dvc-service-level-badge level="full"></dvc-service-level-badge>';
    const badge = card.shadowRoot!.querySelector('dvc-service-level-badge')!;
    await until(() => text(badge).includes('Toàn trình'));
    section.lang = 'en';
    await until(() => text(badge).includes('Fully online'));
    // On the card itself, the host of the badge's shadow root.
    card.setAttribute('lang', 'vi');
    await until(() => text(badge).includes('Toàn trình'));
  });
});

/**
 * English is fetched only when a widget speaks it. Each test runs in a page of its own (a fresh module graph,
 * English not loaded yet); the test server can hold the English modules back or fail them.
 */
describe('English, fetched when a widget first speaks it', () => {
  const DOSSIER = '000.00.53.H48-220921-0099';
  // Words only the Vietnamese text has (the English quotes a few Vietnamese names, never these).
  const VIETNAMESE = /Toàn trình|Tra cứu|Tìm kiếm|Tìm thấy|Bạn có hài lòng|Đang tải|Đang tra cứu|Mã hồ sơ|Đã trả kết quả/;
  const pages: FreshPage[] = [];
  const open = async (lang: string, module?: string) => {
    const page = await openFreshPage(lang, module);
    pages.push(page);
    return page;
  };
  /** The four widgets, with a fallback link in the tracker as a webmaster would write it. */
  const addWidgets = (page: FreshPage) => {
    page.doc.body.insertAdjacentHTML(
      'beforeend',
      `<dvc-service-level-badge level="full"></dvc-service-level-badge>
      <dvc-procedure-search api-base="${API}" query="khai sinh"></dvc-procedure-search>
      <dvc-dossier-tracker api-base="${API}" code="${DOSSIER}"><a class="fallback" href="https://dichvucong.test/tra-cuu">Look up a dossier on the portal</a></dvc-dossier-tracker>
      <dvc-feedback-form api-base="${API}" procedure="1.001193"></dvc-feedback-form>`,
    );
    const [badge, search, tracker, form] = ['dvc-service-level-badge', 'dvc-procedure-search', 'dvc-dossier-tracker', 'dvc-feedback-form'].map(
      (tag) => page.doc.querySelector(tag)!,
    );
    return { badge, search, tracker, form, all: [badge, search, tracker, form] };
  };
  const statusLine = (search: Element) => $(search, '[part="status"]')?.textContent?.trim() ?? '';
  const inVietnamese = async (w: ReturnType<typeof addWidgets>) => {
    await until(() => text(w.badge).includes('Toàn trình'));
    await until(() => /^Tìm thấy/.test(statusLine(w.search)), 6000);
    await until(() => text(w.tracker).includes('Đã trả kết quả'), 6000);
    await until(() => text(w.form).includes('Bạn có hài lòng với dịch vụ này không?'));
  };
  const inEnglish = async (w: ReturnType<typeof addWidgets>) => {
    await until(() => text(w.badge).includes('Fully online'), 6000);
    await until(() => /^Found/.test(statusLine(w.search)), 6000);
    await until(() => text(w.tracker).includes('Result returned'), 6000);
    await until(() => text(w.form).includes('How satisfied are you with this service?'));
  };
  // The page's own requests, never an earlier test's page's (see FreshPage.requests).
  const searches = (page: FreshPage) => page.requests.filter((r) => r.url.includes('/procedures?q='));
  const lookups = (page: FreshPage) => page.requests.filter((r) => r.url.includes('/dossiers/'));
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  /** No language is being fetched for the widget (its controller's wait is over, in success or failure). */
  const settled = (el: Element) => (el as unknown as { langController: { loading?: Promise<void> } }).langController.loading === undefined;
  const dvcWarnings = (page: FreshPage) => page.warnings.filter((args) => String(args[0]).startsWith('dvc-elements'));

  beforeEach(() => useMockApi());
  afterEach(async () => {
    await english('normal');
    pages.splice(0).forEach((p) => p.frame.remove());
  });

  it('a page in Vietnamese downloads no English, with every widget working', async () => {
    const page = await open('vi');
    const w = addWidgets(page);
    await inVietnamese(w);
    expect(page.englishFetched()).to.deep.equal([]);
    expect(dvcWarnings(page)).to.deep.equal([]);
  });

  it('widgets switched to English fetch each English module once, however many widgets use it', async () => {
    const page = await open('vi');
    const w = addWidgets(page);
    page.doc.body.insertAdjacentHTML('beforeend', '<dvc-service-level-badge level="partial"></dvc-service-level-badge>');
    await inVietnamese(w);
    page.doc.documentElement.lang = 'en';
    await inEnglish(w);
    await until(() => text(page.doc.querySelectorAll('dvc-service-level-badge')[1]).includes('Partly online'));
    const fetched = page.englishFetched().map((path) => path.split('/').pop());
    // The tracker shows a dossier: the dossier view's words too. No procedure is open: not the details' words.
    expect([...fetched].sort()).to.deep.equal(['badge.en.ts', 'common.en.ts', 'dossier-view.en.ts', 'dossier.en.ts', 'feedback.en.ts', 'levels.en.ts', 'search.en.ts']);
  });

  it('a widget in English from the start shows English at its first render, never Vietnamese, and the page\'s fallback meanwhile', async () => {
    const page = await open('en');
    await english('hold');
    const w = addWidgets(page);
    const recorders = w.all.map(recordTexts);
    const fallback = page.doc.querySelector('.fallback')!;
    await pause(400);
    // English is on its way: no widget has rendered anything, and the webmaster's fallback is still there.
    for (const el of w.all) expect(text(el), el.localName).to.equal('');
    expect(fallback.getClientRects().length, 'fallback visible').to.be.greaterThan(0);
    await english('release');
    await inEnglish(w);
    expect(fallback.getClientRects().length, 'fallback replaced').to.equal(0);
    recorders.forEach((r) => r.stop());
    const seen = recorders.flatMap((r) => r.texts);
    expect(seen.filter((t) => VIETNAMESE.test(t))).to.deep.equal([]);
    expect(searches(page).at(-1)!.headers.get('Accept-Language')).to.equal('en');
    expect(lookups(page).map((r) => r.headers.get('Accept-Language'))).to.deep.equal(['en']);
  });

  it('a live switch keeps the old language on screen until English arrives, then switches; search and tracker ask again once', async () => {
    const page = await open('vi');
    const w = addWidgets(page);
    await inVietnamese(w);
    const [searchesBefore, lookupsBefore] = [searches(page).length, lookups(page).length];
    await english('hold');
    const recorders = [w.search, w.tracker].map(recordTexts);
    page.doc.documentElement.lang = 'en';
    await pause(400);
    // Still Vietnamese, whole and usable, and nothing asked again yet.
    expect(statusLine(w.search)).to.match(/^Tìm thấy/);
    expect(text(w.tracker)).to.contain('Đã trả kết quả');
    expect(text(w.badge)).to.contain('Toàn trình');
    expect([searches(page).length, lookups(page).length]).to.deep.equal([searchesBefore, lookupsBefore]);
    await english('release');
    await inEnglish(w);
    // The tracker's English words show over the dossier at once: its English request may still be on its way.
    await until(() => searches(page).length > searchesBefore && lookups(page).length > lookupsBefore);
    await pause(150);
    expect(searches(page).length).to.equal(searchesBefore + 1);
    expect(lookups(page).length).to.equal(lookupsBefore + 1);
    expect(searches(page).at(-1)!.headers.get('Accept-Language')).to.equal('en');
    expect(lookups(page).at(-1)!.headers.get('Accept-Language')).to.equal('en');
    // Never an empty widget on the way (the search's list may be replaced, its form never is).
    recorders.forEach((r) => r.stop());
    for (const r of recorders) expect(r.texts.filter((t) => t === '')).to.deep.equal([]);
    // Back to Vietnamese: at once, nothing to fetch.
    const fetched = page.englishFetched().length;
    page.doc.documentElement.lang = 'vi';
    await Promise.resolve();
    await (w.badge as Element & { updateComplete: Promise<boolean> }).updateComplete;
    expect(text(w.badge)).to.contain('Toàn trình');
    expect(page.englishFetched().length).to.equal(fetched);
  });

  it('English that cannot be fetched leaves the widgets working in Vietnamese, with one warning; the next switch tries again', async () => {
    const page = await open('vi');
    const w = addWidgets(page);
    await inVietnamese(w);
    const searchesBefore = searches(page).length;
    await english('fail');
    page.doc.documentElement.lang = 'en';
    await until(() => dvcWarnings(page).length > 0);
    await pause(300);
    expect(dvcWarnings(page).length).to.equal(1);
    expect(text(w.badge)).to.contain('Toàn trình');
    expect(searches(page).length).to.equal(searchesBefore);
    // Still usable: a new search, answered and shown in Vietnamese.
    const field = $(w.search, 'input#q') as HTMLInputElement;
    field.value = 'kết hôn';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    ($(w.search, '[part="submit-button"]') as HTMLButtonElement).click();
    await until(() => searches(page).some((r) => new URL(r.url).searchParams.get('q') === 'kết hôn'));
    expect(searches(page).at(-1)!.headers.get('Accept-Language')).to.equal('vi');
    await until(() => /^Tìm thấy/.test(statusLine(w.search)) && text(w.search).includes('Đăng ký kết hôn'));
    // A widget that appears in English meanwhile renders, in Vietnamese, rather than waiting for ever.
    page.doc.body.insertAdjacentHTML('beforeend', '<section lang="en"><dvc-service-level-badge level="partial"></dvc-service-level-badge></section>');
    await until(() => text(page.doc.querySelector('section[lang="en"] dvc-service-level-badge')!).includes('Một phần'));
    expect(dvcWarnings(page).length).to.equal(1);
  });

  /** A page whose English failed once (one warning), then the network is back and the citizen switches again. */
  const switchAgainAfterFailure = async () => {
    const page = await open('vi');
    const w = addWidgets(page);
    await inVietnamese(w);
    await english('fail');
    page.doc.documentElement.lang = 'en';
    await until(() => dvcWarnings(page).length > 0);
    // Every widget's attempt has failed before the network is back: a switch made while a failing fetch is still
    // on its way shares that fetch, and its failure (the next switch tries again).
    await until(() => w.all.every(settled));
    await english('normal');
    page.doc.documentElement.lang = 'vi';
    await pause(50);
    page.doc.documentElement.lang = 'en';
    return { page, w };
  };

  // Firefox keeps a failed module fetch by its address for the page's life: the switch asks under a new address
  // (src/base/refetchable.ts), so this holds in every engine.
  it('with the network back, the next switch fetches English again, without another warning', async () => {
    const { page, w } = await switchAgainAfterFailure();
    await inEnglish(w);
    expect(dvcWarnings(page).length).to.equal(1);
  });
});
