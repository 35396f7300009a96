import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/components/procedure-search/procedure-search.js';
import { DEBOUNCE_MS, type DvcProcedureSearch } from '../../src/components/procedure-search/procedure-search.js';
import { PROCEDURES } from '../../src/mocks/data/procedures.js';
import { setFault } from '../../src/mocks/faults.js';
import { API, requests, until, useMockApi } from '../helpers/mock-api.js';
import { pageUrl, restorePageUrl, setPageUrl, travel } from '../helpers/page-url.js';
import { watchUncaught } from '../helpers/uncaught.js';
import { historyEntries } from './history-entries.js';

// `url-state` on the search (SPEC 5.2): the search lives in the page URL as tu-khoa, linh-vuc, co-quan, cap,
// muc-do, trang and thu-tuc. Every test sets the page URL it needs and puts it back afterwards.

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as T | null;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as T[];
const field = (el: Element) => $<HTMLInputElement>(el, 'input#q')!;
const status = (el: Element) => $(el, '[part="status"]')!.textContent!.trim();
const toggles = (el: Element) => $$<HTMLButtonElement>(el, '[part="result-toggle"]');
const names = (el: Element) => toggles(el).map((b) => b.textContent!.trim());
const openNames = (el: Element) => toggles(el).filter((b) => b.getAttribute('aria-expanded') === 'true').map((b) => b.textContent!.trim());
const searchRequests = () => requests.filter((r) => new URL(r.url).pathname.endsWith('/procedures'));
const lastSearch = () => new URL(searchRequests().at(-1)!.url).searchParams;
const activeId = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.id ?? 'nothing';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const settled = async (el: DvcProcedureSearch) => {
  await el.updateComplete;
  return until(() => $(el, '.outcome')!.getAttribute('aria-busy') === 'false' && /^(Tìm thấy|Không tìm thấy)/.test(status(el)));
};

function type(el: Element, text: string) {
  field(el).value = text;
  field(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function submit(el: DvcProcedureSearch, text: string) {
  type(el, text);
  $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
  await settled(el);
}

/** Chooses a filter as a citizen does, and waits for the search it sends once the pause ends. */
async function choose(el: DvcProcedureSearch, key: string, value: string) {
  const select = $<HTMLSelectElement>(el, `select#f-${key}`)!;
  await until(() => select.querySelector(`option[value="${value}"]`));
  select.value = value;
  const sent = searchRequests().length;
  select.dispatchEvent(new Event('change'));
  await until(() => searchRequests().length > sent);
  await settled(el);
}

interface Options {
  urlState?: boolean;
  query?: string;
  tier?: string;
  agency?: string;
  pageSize?: number;
}

async function mount(o: Options = {}): Promise<DvcProcedureSearch> {
  const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search
    api-base=${API}
    ?url-state=${o.urlState ?? true}
    query=${o.query ?? nothing}
    tier=${o.tier ?? nothing}
    agency=${o.agency ?? nothing}
    page-size=${o.pageSize ?? nothing}
  ></dvc-procedure-search>`);
  await el.updateComplete;
  return el;
}

/** "dang ky" searched, its page 2 shown and its first result's details open: a URL with all three. */
async function onPage2WithDetails(el: DvcProcedureSearch): Promise<void> {
  await submit(el, 'dang ky');
  $$<HTMLButtonElement>(el, '[part="pager-button"]')[1].click();
  await until(() => status(el).includes('Trang 2/'));
  toggles(el)[0].click();
  await until(() => new URLSearchParams(location.search).has('thu-tuc'));
}

describe('<dvc-procedure-search url-state>', () => {
  let warnings: unknown[][];
  const warn = console.warn;
  beforeEach(async () => {
    await useMockApi();
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
    restorePageUrl();
  });

  it('typing rewrites the current entry once the pause ends, keeping the page’s parameters, hash and title', async () => {
    setPageUrl('?utm_source=zalo&x=a%20b&flag', '#thu-tuc');
    const title = document.title;
    const entries = historyEntries();
    const el = await mount();
    type(el, 'khai');
    type(el, 'khai sinh');
    // Nothing before the pause: the URL follows the search, not each key.
    expect(pageUrl()).to.equal('?utm_source=zalo&x=a%20b&flag#thu-tuc');
    await sleep(DEBOUNCE_MS + 50);
    await settled(el);
    // Written at the pause, or, when the search's URL code arrives only after it (a slow link), as soon as it does.
    await until(() => pageUrl() === '?utm_source=zalo&x=a%20b&flag&tu-khoa=khai+sinh#thu-tuc');
    expect(historyEntries()).to.equal(entries);
    type(el, 'đăng ký khai sinh');
    await sleep(DEBOUNCE_MS + 50);
    await settled(el);
    expect(pageUrl()).to.equal(`?utm_source=zalo&x=a%20b&flag&tu-khoa=${encodeURIComponent('đăng')}+${encodeURIComponent('ký')}+khai+sinh#thu-tuc`);
    expect(new URLSearchParams(location.search).get('tu-khoa')).to.equal('đăng ký khai sinh');
    expect(historyEntries()).to.equal(entries);
    // Typing everything away: back to the start, the parameter goes.
    type(el, '');
    await sleep(DEBOUNCE_MS + 50);
    expect(pageUrl()).to.equal('?utm_source=zalo&x=a%20b&flag#thu-tuc');
    expect(historyEntries()).to.equal(entries);
    expect(document.title).to.equal(title);
  });

  it('a result opened in the list on screen while a newer search runs: its own button on the new list keeps focus, or the heading when it is not there; the URL names only details shown (axe)', async () => {
    setPageUrl('?p=1');
    const el = await mount();
    const search = async (words: string) => {
      // Slow enough for the citizen to act on the list still on screen.
      setFault('procedures', { kind: 'slow', ms: 800 }, 1);
      type(el, words);
      $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
      await until(() => status(el) === 'Đang tìm thủ tục…');
    };
    const open = (index: number) => {
      toggles(el)[index].focus();
      toggles(el)[index].click();
    };

    // Not on the new list: closed, and focus on the new list's heading (its place now holds another procedure).
    await submit(el, 'khai sinh');
    await search('kết hôn');
    expect(names(el)[0]).to.equal('Đăng ký khai sinh');
    open(0);
    await until(() => names(el)[0] === 'Đăng ký kết hôn');
    await settled(el);
    expect(openNames(el)).to.deep.equal([]);
    await until(() => activeId(el) === 'results-heading');
    expect(new URLSearchParams(location.search).get('tu-khoa')).to.equal('kết hôn');
    expect(new URLSearchParams(location.search).has('thu-tuc'), 'details not shown, in the URL').to.equal(false);

    // On the new list, in another place: open there, and its button has focus.
    await submit(el, 'khai sinh');
    await search('cấp bản sao');
    expect(names(el)[4]).to.contain('Cấp bản sao Trích lục hộ tịch');
    open(4);
    await until(() => names(el).length === 2);
    await settled(el);
    expect(openNames(el)).to.deep.equal([names(el)[0]]);
    expect(names(el)[0]).to.contain('Cấp bản sao Trích lục hộ tịch');
    await until(() => el.shadowRoot!.activeElement === toggles(el)[0]);
    expect(new URLSearchParams(location.search).has('thu-tuc')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('stepping through a filter with the arrow keys adds one entry, for the level the citizen stops on', async () => {
    setPageUrl('?p=1', '#h');
    const el = await mount();
    await submit(el, 'dang ky');
    const entries = historyEntries();
    const select = $<HTMLSelectElement>(el, 'select#f-level')!;
    const sent = searchRequests().length;
    // Chrome and Firefox on Windows: each ArrowDown on the closed select changes its value and fires `change`.
    for (const value of ['full', 'partial', 'info']) {
      select.value = value;
      select.dispatchEvent(new Event('change'));
    }
    await until(() => searchRequests().length > sent);
    await settled(el);
    expect(pageUrl()).to.equal('?p=1&tu-khoa=dang+ky&muc-do=info#h');
    expect(historyEntries()).to.equal(entries + 1);
    expect(searchRequests().length).to.equal(sent + 1);
    // Back returns to the search before the filter was touched.
    await travel(-1);
    await settled(el);
    expect(pageUrl()).to.equal('?p=1&tu-khoa=dang+ky#h');
    expect(select.value).to.equal('');
  });

  it('a submitted search, a filter, a page and opening or closing details each add an entry', async () => {
    setPageUrl('?p=1', '#h');
    const entries = historyEntries();
    const el = await mount({ pageSize: 3 });
    await submit(el, 'dang ky');
    expect(pageUrl()).to.equal('?p=1&tu-khoa=dang+ky#h');
    expect(historyEntries()).to.equal(entries + 1);

    await choose(el, 'tier', 'commune');
    expect(pageUrl()).to.equal('?p=1&tu-khoa=dang+ky&cap=commune#h');
    expect(historyEntries()).to.equal(entries + 2);

    $$<HTMLButtonElement>(el, '[part="pager-button"]')[1].click();
    await until(() => status(el).includes('Trang 2/'));
    expect(pageUrl()).to.equal('?p=1&tu-khoa=dang+ky&cap=commune&trang=2#h');
    expect(historyEntries()).to.equal(entries + 3);

    const code = $(el, '.result dd')!.textContent!.trim();
    toggles(el)[0].click();
    await el.updateComplete;
    expect(pageUrl()).to.equal(`?p=1&tu-khoa=dang+ky&cap=commune&trang=2&thu-tuc=${code}#h`);
    expect(historyEntries()).to.equal(entries + 4);

    toggles(el)[0].click();
    await el.updateComplete;
    expect(pageUrl()).to.equal('?p=1&tu-khoa=dang+ky&cap=commune&trang=2#h');
    expect(historyEntries()).to.equal(entries + 5);

    // Sent again from page 2, the search starts over at page 1: a step. The same search once more is not.
    $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
    await settled(el);
    expect(pageUrl()).to.equal('?p=1&tu-khoa=dang+ky&cap=commune#h');
    expect(historyEntries()).to.equal(entries + 6);
    $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
    await el.updateComplete;
    expect(historyEntries()).to.equal(entries + 6);
  });

  it('Enter in an empty field (every procedure) keeps an empty tu-khoa, so a reload shows the list', async () => {
    setPageUrl();
    const el = await mount();
    await submit(el, '');
    expect(pageUrl()).to.equal('?tu-khoa=');
    el.remove();
    const reloaded = await mount();
    await settled(reloaded);
    expect(status(reloaded)).to.match(/^Tìm thấy \d+ thủ tục/);
  });

  it('Back and Forward restore words, filters, page and details without moving focus', async () => {
    setPageUrl('?p=1');
    const entries = historyEntries();
    const el = await mount({ pageSize: 3 });
    await submit(el, 'khai sinh');
    const firstPage = names(el);
    await choose(el, 'tier', 'commune');
    const communeNames = names(el);
    toggles(el)[0].click();
    await until(() => $(el, '[part="details"]:not([hidden]) h4, [part="details"]:not([hidden]) dl'));
    expect(historyEntries()).to.equal(entries + 3);
    // The citizen is on the first result's toggle when pressing Back (say, with Alt+←).
    toggles(el)[0].focus();
    requests.length = 0;

    await travel(-1);
    await el.updateComplete;
    expect(openNames(el)).to.deep.equal([]);
    expect(pageUrl()).to.equal('?p=1&tu-khoa=khai+sinh&cap=commune');
    // Details closing is not a new search.
    expect(searchRequests().length).to.equal(0);
    expect(el.shadowRoot!.activeElement === toggles(el)[0]).to.equal(true);

    await travel(-1);
    await settled(el);
    expect(field(el).value).to.equal('khai sinh');
    expect($<HTMLSelectElement>(el, '#f-tier')!.value).to.equal('');
    expect(names(el)).to.deep.equal(firstPage);
    expect(lastSearch().has('tier')).to.equal(false);
    // The same toggle is still there: focus has not moved.
    expect(el.shadowRoot!.activeElement === toggles(el)[0]).to.equal(true);

    await travel(1);
    await settled(el);
    expect($<HTMLSelectElement>(el, '#f-tier')!.value).to.equal('commune');
    expect(names(el)).to.deep.equal(communeNames);

    await travel(1);
    await until(() => openNames(el).length === 1);
    expect(openNames(el)).to.deep.equal([communeNames[0]]);
    expect(el.shadowRoot!.activeElement === toggles(el)[0]).to.equal(true);
  });

  it('Back that only closes details sends nothing, whatever order the filters were chosen in (the URL names them in one order)', async () => {
    setPageUrl('?p=1');
    const el = await mount({ pageSize: 3 });
    const events: unknown[] = [];
    el.addEventListener('dvc-search', (e) => events.push(e.detail));
    await submit(el, 'dang ky');
    await choose(el, 'level', 'full');
    await choose(el, 'domain', 'HT');
    expect(pageUrl()).to.equal('?p=1&tu-khoa=dang+ky&linh-vuc=HT&muc-do=full');
    toggles(el)[0].click();
    await until(() => $(el, '[part="details"]:not([hidden]) h4, [part="details"]:not([hidden]) dl'));
    requests.length = 0;
    events.length = 0;
    await travel(-1);
    await until(() => openNames(el).length === 0);
    await sleep(DEBOUNCE_MS);
    expect(searchRequests().length, 'searches sent').to.equal(0);
    expect(events.length, 'dvc-search events').to.equal(0);
    expect(status(el)).to.match(/^Tìm thấy \d+ thủ tục/);
    expect($(el, '.outcome')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('Back to a start that already shows results (an agency’s own list): the details opened since close again', async () => {
    setPageUrl('?p=1');
    const el = await mount({ agency: 'STP' });
    await settled(el);
    const shown = names(el);
    toggles(el)[0].click();
    await until(() => openNames(el).length === 1);
    expect(new URLSearchParams(location.search).has('thu-tuc')).to.equal(true);
    requests.length = 0;
    await travel(-1);
    await el.updateComplete;
    expect(pageUrl()).to.equal('?p=1');
    await until(() => openNames(el).length === 0);
    expect(names(el)).to.deep.equal(shown);
    // The same search: nothing sent again.
    expect(searchRequests().length).to.equal(0);
    await travel(1);
    await until(() => openNames(el).length === 1);
  });

  it('going beyond the presets to the whole province is a step: Back returns to the preset scope, Forward, a reload and a shared link to the whole province (axe)', async () => {
    setPageUrl('?p=1');
    const entries = historyEntries();
    const el = await mount({ agency: 'STP' });
    await settled(el);
    const scope = () => $(el, '[part="scope"]')!.textContent!.trim();
    await submit(el, 'khai sinh');
    expect(status(el)).to.equal('Không tìm thấy thủ tục nào phù hợp. Bạn có thể tìm trong toàn tỉnh.');
    $<HTMLButtonElement>(el, '[part="empty"] button')!.click();
    await settled(el);
    expect(status(el)).to.match(/^Tìm thấy \d+ thủ tục trong toàn tỉnh$/);
    const wideNames = names(el);
    expect(wideNames).to.include('Đăng ký khai sinh');
    expect(pageUrl()).to.equal('?p=1&tu-khoa=khai+sinh&pham-vi=toan-tinh');
    expect(historyEntries()).to.equal(entries + 2);

    requests.length = 0;
    await travel(-1);
    await settled(el);
    expect(pageUrl()).to.equal('?p=1&tu-khoa=khai+sinh');
    expect(status(el)).to.equal('Không tìm thấy thủ tục nào phù hợp. Bạn có thể tìm trong toàn tỉnh.');
    expect(scope()).to.equal('Chỉ tìm trong các thủ tục của Sở Tư pháp tỉnh Quảng Ngãi.');
    expect(lastSearch().get('agency')).to.equal('STP');
    await expect(el).to.be.accessible();

    await travel(1);
    await settled(el);
    expect(status(el)).to.match(/trong toàn tỉnh$/);
    expect(scope()).to.equal('Đang tìm trong toàn tỉnh.');
    expect(lastSearch().has('agency')).to.equal(false);
    // A result of another agency, opened there, is in the link too.
    toggles(el)[wideNames.indexOf('Đăng ký khai sinh')].click();
    await until(() => openNames(el).length === 1);
    const shared = pageUrl();
    expect(shared).to.match(/^\?p=1&tu-khoa=khai\+sinh&thu-tuc=[\d.]+&pham-vi=toan-tinh$/);
    el.remove();

    // The link opened again (a reload, a bookmark, a citizen it was sent to): the whole province, the same result open.
    requests.length = 0;
    const reloaded = await mount({ agency: 'STP' });
    await settled(reloaded);
    expect(status(reloaded)).to.match(/trong toàn tỉnh$/);
    expect(names(reloaded)).to.deep.equal(wideNames);
    expect(openNames(reloaded)).to.deep.equal(['Đăng ký khai sinh']);
    expect(searchRequests()).to.have.length(1);
    expect(lastSearch().has('agency')).to.equal(false);
    expect(pageUrl()).to.equal(shared);
    await expect(reloaded).to.be.accessible();

    // Back to the scope, by its button (once the agency's name is in): a step, and the URL says the scope no more.
    await until(() => $(reloaded, '[part="scope-button"]'));
    $<HTMLButtonElement>(reloaded, '[part="scope-button"]')!.click();
    await settled(reloaded);
    expect(lastSearch().get('agency')).to.equal('STP');
    expect(pageUrl()).to.equal('?p=1&tu-khoa=khai+sinh');
  });

  it('a link to the whole province opened while the preset agency’s name loads: no nameless button meanwhile, then the way back by name (axe)', async () => {
    setPageUrl('?tu-khoa=khai+sinh&pham-vi=toan-tinh');
    setFault('agencies', { kind: 'slow', ms: 2000 }, 1);
    const el = await mount({ agency: 'STP' });
    await settled(el);
    expect(status(el)).to.match(/^Tìm thấy \d+ thủ tục trong toàn tỉnh$/);
    expect($(el, '[part="scope"]')!.textContent!.trim()).to.equal('Đang tìm trong toàn tỉnh.');
    expect($(el, '[part="scope-button"]') === null, 'a button before its name').to.equal(true);
    await expect(el).to.be.accessible();
    await until(() => $(el, '[part="scope-button"]'));
    expect($(el, '[part="scope-button"]')!.textContent!.trim()).to.equal('Chỉ tìm trong các thủ tục của Sở Tư pháp tỉnh Quảng Ngãi');
    await expect(el).to.be.accessible();
  });

  it('a link to the whole province with a tier chosen there: that tier is searched and shown in its filter, over the preset’s', async () => {
    setPageUrl('?tu-khoa=luat+su&cap=province&pham-vi=toan-tinh');
    const el = await mount({ tier: 'commune' });
    await settled(el);
    expect(lastSearch().get('tier')).to.equal('province');
    expect(names(el)).to.include('Đăng ký hành nghề luật sư với tư cách cá nhân');
    await until(() => $<HTMLSelectElement>(el, '#f-tier')?.value === 'province');
  });

  it('reads pham-vi only where presets limit the search: elsewhere a search is the whole province already', async () => {
    setPageUrl('?tu-khoa=khai+sinh&pham-vi=toan-tinh');
    const el = await mount();
    await settled(el);
    expect(status(el)).to.match(/^Tìm thấy \d+ thủ tục$/);
    expect($(el, '[part="scope"]') === null).to.equal(true);
    type(el, 'khai tu');
    $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
    await settled(el);
    expect(pageUrl()).to.equal('?tu-khoa=khai+tu');
  });

  it('writes the page URL on a page whose <base href> is another origin (a CMS template behind a proxy)', async () => {
    setPageUrl('?p=1');
    const entries = historyEntries();
    const el = await mount();
    await submit(el, 'dang ky');
    const base = document.createElement('base');
    base.href = 'https://cms.other.example/';
    document.head.prepend(base);
    try {
      await submit(el, 'khai sinh');
      await until(() => pageUrl() === '?p=1&tu-khoa=khai+sinh');
      expect(historyEntries()).to.equal(entries + 2);
      expect(location.origin).to.equal(new URL(import.meta.url).origin);
    } finally {
      base.remove();
    }
  });

  it('when Back takes away the element that had focus, focus goes to the results heading, and Tab goes on from there', async () => {
    setPageUrl('?p=1');
    const entries = historyEntries();
    const el = await mount({ pageSize: 2 });
    el.insertAdjacentHTML('afterend', '<input id="after" aria-label="Sau" />');
    await submit(el, 'khai sinh');
    await submit(el, 'giấy phép khai thác mỏ vàng');
    expect(status(el)).to.match(/^Không tìm thấy/);
    expect(historyEntries()).to.equal(entries + 2);
    await travel(-1);
    await settled(el);
    // On a result's toggle, Forward to the search that found nothing: the toggle goes with the results.
    toggles(el)[1].focus();
    history.forward();
    await until(() => status(el).startsWith('Không tìm thấy'));
    await until(() => activeId(el) === 'results-heading');
    expect(toggles(el)).to.have.length(0);
    // Nothing focusable follows the heading (nothing found): the next stop is the page's field after the widget,
    // not the search field again.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id ?? 'nothing').to.equal('after');
  });

  it('a new api-base on a second page with a procedure open: the first page of the new source, and the URL says so', async () => {
    setPageUrl('?p=1', '#h');
    const worker = await useMockApi();
    const OTHER = 'https://xa-khac.test/api/v1';
    const asked: string[] = [];
    worker.use(
      http.get(`${OTHER}/procedures`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        asked.push(`${params.get('q')} ${params.get('page')}`);
        return HttpResponse.json({ items: PROCEDURES.slice(0, 2), total: 2, page: 1, pageSize: 3 });
      }),
    );
    const el = await mount({ pageSize: 3 });
    await onPage2WithDetails(el);
    const entries = historyEntries();
    el.setAttribute('api-base', OTHER);
    await until(() => status(el) === 'Tìm thấy 2 thủ tục');
    expect(asked).to.deep.equal(['dang ky 1']);
    // What the URL names is what shows: the words, the first page, no procedure open; no new entry.
    await until(() => pageUrl() === '?p=1&tu-khoa=dang+ky#h');
    expect(historyEntries()).to.equal(entries);
    await expect(el).to.be.accessible();
  });

  it('words the page sets after start replace the search in the URL (its first page, no details open)', async () => {
    setPageUrl('?p=1', '#h');
    const el = await mount({ pageSize: 3 });
    await onPage2WithDetails(el);
    const entries = historyEntries();
    el.query = 'khai sinh';
    await settled(el);
    expect(field(el).value).to.equal('khai sinh');
    await until(() => lastSearch().get('q') === 'khai sinh');
    expect(pageUrl()).to.equal('?p=1&tu-khoa=khai+sinh#h');
    expect(historyEntries()).to.equal(entries);
  });

  it('the same search sent again from a link written otherwise (another order, %20 for a space) adds no entry', async () => {
    // A link a page or a chat app wrote by hand: the same state as the widget's own `?tu-khoa=khai+sinh&cap=province`.
    setPageUrl('?cap=province&tu-khoa=khai%20sinh', '#h');
    const el = await mount();
    await settled(el);
    const entries = historyEntries();
    // The citizen presses "Tìm kiếm" again on what the link shows: nothing new to go Back to.
    $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
    await settled(el);
    await sleep(100);
    expect(historyEntries()).to.equal(entries);
    // A real step still adds its entry, in the widget's own writing.
    await submit(el, 'kết hôn');
    await until(() => historyEntries() === entries + 1);
    expect(new URLSearchParams(location.search).get('tu-khoa')).to.equal('kết hôn');
    expect(new URLSearchParams(location.search).get('cap')).to.equal('province');
  });

  it('a page chosen while a filter’s pause runs: one search, with that filter and that page, and one entry', async () => {
    setPageUrl('?p=1');
    const el = await mount({ pageSize: 3 });
    await submit(el, 'dang ky');
    const entries = historyEntries();
    const sent = searchRequests().length;
    // A level chosen, then at once the next page of the list on screen, before the filter's pause ends.
    const select = $<HTMLSelectElement>(el, 'select#f-level')!;
    select.value = 'full';
    select.dispatchEvent(new Event('change'));
    $$<HTMLButtonElement>(el, '[part="pager-button"]')[1].click();
    await settled(el);
    await sleep(DEBOUNCE_MS + 100);
    await settled(el);
    // What the form showed at the press went, once: the level and the page (before: that page without the level,
    // then the level's first page, and two entries).
    expect(searchRequests().length - sent).to.equal(1);
    expect(lastSearch().get('level')).to.equal('full');
    expect(lastSearch().get('page')).to.equal('2');
    expect(status(el)).to.include('Trang 2/');
    expect(historyEntries()).to.equal(entries + 1);
    expect(new URLSearchParams(location.search).get('muc-do')).to.equal('full');
    expect(new URLSearchParams(location.search).get('trang')).to.equal('2');
  });

  it('a reload (a new page on the same URL) shows the same search, page and open details', async () => {
    setPageUrl('?p=1', '#h');
    const el = await mount({ pageSize: 3 });
    await submit(el, 'dang ky');
    await choose(el, 'level', 'full');
    $$<HTMLButtonElement>(el, '[part="pager-button"]')[1].click();
    await until(() => status(el).includes('Trang 2/'));
    toggles(el)[1].click();
    await el.updateComplete;
    const url = pageUrl();
    const shown = names(el);
    const open = openNames(el);
    el.remove();
    requests.length = 0;

    const reloaded = await mount({ pageSize: 3 });
    await settled(reloaded);
    expect(field(reloaded).value).to.equal('dang ky');
    expect($<HTMLSelectElement>(reloaded, '#f-level')!.value).to.equal('full');
    expect(status(reloaded)).to.include('Trang 2/');
    expect(names(reloaded)).to.deep.equal(shown);
    await until(() => openNames(reloaded).length === 1);
    expect(openNames(reloaded)).to.deep.equal(open);
    await until(() => $(reloaded, '[part="details"]:not([hidden]) h4'));
    expect(lastSearch().get('q')).to.equal('dang ky');
    expect(lastSearch().get('level')).to.equal('full');
    expect(lastSearch().get('page')).to.equal('2');
    // Reading the URL is not a step: nothing new in the history, the URL as it was.
    expect(pageUrl()).to.equal(url);
    // Nothing but the search and the details: no second search to "correct" the first.
    expect(searchRequests().length).to.equal(1);
    expect(document.activeElement === document.body).to.equal(true);
  });

  it('a preset filter wins over the URL’s, and the URL’s words win over the query attribute', async () => {
    setPageUrl('?tu-khoa=ket+hon&cap=province&co-quan=STP&muc-do=4');
    const el = await mount({ tier: 'commune', query: 'khai sinh' });
    await settled(el);
    expect(field(el).value).to.equal('ket hon');
    expect(lastSearch().get('q')).to.equal('ket hon');
    expect(lastSearch().get('tier')).to.equal('commune');
    expect(lastSearch().get('agency')).to.equal('STP');
    // `muc-do=4` is the old "Mức độ 4": read as fully online.
    expect(lastSearch().get('level')).to.equal('full');
    // The preset's control is not offered, and the preset never goes into the URL.
    expect($(el, '#f-tier') === null).to.equal(true);
    type(el, 'ket hon cap xa');
    $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
    await settled(el);
    expect(pageUrl()).to.equal('?tu-khoa=ket+hon+cap+xa&co-quan=STP&muc-do=full');
  });

  it('a link’s agency stays when the citizen picks a tier while the agency list could not be loaded (axe)', async () => {
    setPageUrl('?tu-khoa=ket+hon&co-quan=STP');
    setFault('agencies', { kind: 'network' });
    const el = await mount();
    await settled(el);
    expect(lastSearch().get('agency')).to.equal('STP');
    await until(() => $(el, '#f-agency-error'));
    // Nobody can tell STP's tier now: the choice stays, and the agency select still shows it.
    await choose(el, 'tier', 'province');
    expect(lastSearch().get('tier')).to.equal('province');
    expect(lastSearch().get('agency'), 'the agency the link chose').to.equal('STP');
    expect($<HTMLSelectElement>(el, '#f-agency')!.value).to.equal('STP');
    expect(pageUrl()).to.equal('?tu-khoa=ket+hon&co-quan=STP&cap=province');
    await expect(el).to.be.accessible();
  });

  it('ignores values that mean nothing (an unknown tier, page "abc")', async () => {
    setPageUrl('?tu-khoa=khai+sinh&cap=huyen-cu&trang=abc');
    const el = await mount();
    await settled(el);
    expect(lastSearch().get('q')).to.equal('khai sinh');
    expect(lastSearch().has('tier')).to.equal(false);
    expect(lastSearch().get('page')).to.equal('1');
  });

  for (const page of ['Infinity', '1e400', '1e21', '9007199254740993', '2.5'])
    it(`reads trang=${page}, not a page a search has, as page 1`, async () => {
      setPageUrl(`?tu-khoa=dang+ky&trang=${page}`);
      const el = await mount({ pageSize: 3 });
      await until(() => searchRequests().length > 0 && $(el, '.outcome')!.getAttribute('aria-busy') === 'false' && (status(el) || $(el, '[part="error"]')));
      expect(lastSearch().get('page')).to.equal('1');
      expect(status(el)).to.equal('Tìm thấy 23 thủ tục. Trang 1/8');
      expect(searchRequests()).to.have.length(1);
    });

  it('a bookmark to a page the search no longer has shows its last page, and rewrites the entry', async () => {
    setPageUrl('?p=1&tu-khoa=dang+ky&trang=999', '#h');
    const entries = historyEntries();
    const el = await mount({ pageSize: 3 });
    await until(() => $(el, '.outcome')!.getAttribute('aria-busy') === 'false' && /^Tìm thấy/.test(status(el)));
    expect(status(el)).to.equal('Tìm thấy 23 thủ tục. Trang 8/8');
    expect(names(el)).to.have.length(2);
    expect($(el, '[part="empty"]')).to.equal(null);
    expect($(el, '[part="pager"]')!.textContent).to.contain('Trang 8/8');
    expect(searchRequests().map((r) => new URL(r.url).searchParams.get('page'))).to.deep.equal(['999', '8']);
    await until(() => pageUrl() === '?p=1&tu-khoa=dang+ky&trang=8#h');
    expect(historyEntries()).to.equal(entries);
    expect(document.activeElement === document.body).to.equal(true);
    await expect(el).to.be.accessible();
    // From there, the pages as usual: the one before is a step.
    $$<HTMLButtonElement>(el, '[part="pager-button"]')[0].click();
    await until(() => status(el).includes('Trang 7/8'));
    expect(pageUrl()).to.equal('?p=1&tu-khoa=dang+ky&trang=7#h');
    expect(historyEntries()).to.equal(entries + 1);
  });

  describe('a link whose search does not come through', () => {
    const uncaught = watchUncaught();

    it('the API unreachable: the error with a retry, the link’s words kept, nothing thrown at the page', async () => {
      setFault('procedures', { kind: 'network' }, 1);
      setPageUrl('?tu-khoa=khai+sinh');
      const el = await mount();
      const error = (await until(() => $(el, '.results [part="error"]')))!;
      await sleep(100); // a rejection nobody handles is reported once the microtasks have run
      expect(uncaught).to.deep.equal([]);
      expect(error.textContent).to.contain('Chưa tìm được thủ tục.');
      expect(error.textContent).to.contain('Không kết nối được');
      expect(field(el).value).to.equal('khai sinh');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
      await settled(el);
      expect(names(el)).to.include('Đăng ký khai sinh');
      expect(uncaught).to.deep.equal([]);
    });

    it('the widget removed while that search is on its way: nothing thrown at the page', async () => {
      setFault('procedures', { kind: 'hang' }, 1);
      setPageUrl('?tu-khoa=khai+sinh');
      const el = await mount();
      await until(() => searchRequests().length === 1);
      el.remove();
      await sleep(100);
      expect(uncaught).to.deep.equal([]);
    });
  });

  it('without url-state, reads nothing from the URL and writes nothing to it', async () => {
    setPageUrl('?tu-khoa=ket+hon&cap=commune', '#h');
    const entries = historyEntries();
    const el = await mount({ urlState: false, pageSize: 3 });
    await sleep(100);
    expect(field(el).value).to.equal('');
    expect(searchRequests().length).to.equal(0);
    type(el, 'dang');
    await sleep(DEBOUNCE_MS + 50);
    await submit(el, 'dang ky');
    await choose(el, 'tier', 'province');
    $$<HTMLButtonElement>(el, '[part="pager-button"]')[1].click();
    await until(() => status(el).includes('Trang 2/'));
    toggles(el)[0].click();
    await el.updateComplete;
    expect(pageUrl()).to.equal('?tu-khoa=ket+hon&cap=commune#h');
    expect(historyEntries()).to.equal(entries);
  });

  it('two searches with url-state: the first owns the URL, the second warns once and neither reads nor writes it', async () => {
    setPageUrl('?tu-khoa=ket+hon');
    const wrap = await fixture<HTMLElement>(html`<div>
      <dvc-procedure-search api-base=${API} url-state></dvc-procedure-search>
      <dvc-procedure-search api-base=${API} url-state></dvc-procedure-search>
    </div>`);
    const [first, second] = [...wrap.querySelectorAll('dvc-procedure-search')];
    await settled(first);
    expect(field(first).value).to.equal('ket hon');
    expect(field(second).value).to.equal('');
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0][0])).to.contain('<dvc-procedure-search url-state>');
    const entries = historyEntries();
    await submit(second, 'khai sinh');
    expect(pageUrl()).to.equal('?tu-khoa=ket+hon');
    expect(historyEntries()).to.equal(entries);
    await submit(first, 'khai tu');
    expect(pageUrl()).to.equal('?tu-khoa=khai+tu');
    expect(warnings.length).to.equal(1);
  });
});
