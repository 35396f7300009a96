import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import '../../src/components/procedure-search/procedure-search.js';
import type { DvcProcedureSearch } from '../../src/components/procedure-search/procedure-search.js';
import { buildSearchIndex, searchIndex } from '../../src/catalog/search-index.js';
import { catalogIndexOf } from '../../src/mocks/catalog-folder.js';
import { sampleCatalog } from '../../src/mocks/catalog.js';
import { AGENCIES } from '../../src/mocks/data/agencies.js';
import { DOMAINS } from '../../src/mocks/data/procedures.js';
import { setFault, type Fault } from '../../src/mocks/faults.js';
import { API, requests, shadowText, until } from '../helpers/mock-api.js';
import { pageUrl, restorePageUrl, setPageUrl } from '../helpers/page-url.js';
import { CATALOG, catalogRequests, detailRequests, indexRequests, useMockCatalog } from '../helpers/mock-catalog.js';
import { watchUncaught } from '../helpers/uncaught.js';

// <dvc-procedure-search> reading a static catalog folder: what the citizen sees is what the API mode shows.

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as T | null;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as T[];
const field = (el: Element) => $<HTMLInputElement>(el, 'input#q')!;
const status = (el: Element) => $(el, '[part="status"]')!.textContent!.trim();
const toggles = (el: Element) => $$<HTMLButtonElement>(el, '[part="result-toggle"]');
const names = (el: Element) => toggles(el).map((b) => b.textContent!.trim());
const marks = (el: Element, index: number) => [...toggles(el)[index].querySelectorAll('mark')].map((m) => m.textContent);
const activeInside = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const resultsError = (el: Element) => $(el, '.results [part="error"]');
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const settled = async (el: DvcProcedureSearch) => {
  await el.updateComplete;
  return until(
    () =>
      $(el, '.outcome')!.getAttribute('aria-busy') === 'false' &&
      (/^(Tìm thấy|Không tìm thấy|Found|No procedure)/.test(status(el)) || !!resultsError(el)),
  );
};

async function searchFor(el: DvcProcedureSearch, words: string) {
  const input = field(el);
  input.value = words;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
  await settled(el);
}

const inCatalog = () => fixture<DvcProcedureSearch>(html`<dvc-procedure-search catalog=${CATALOG}></dvc-procedure-search>`);
const inApi = () => fixture<DvcProcedureSearch>(html`<dvc-procedure-search api-base=${API}></dvc-procedure-search>`);

// What the catalog holds, searched the same way: the counts the widget must announce.
const sample = catalogIndexOf(sampleCatalog());
const sampleIndex = buildSearchIndex(sample.procedures);
const countFor = (q: string) => searchIndex(sampleIndex, q).length;

describe('<dvc-procedure-search catalog>', () => {
  // Nothing thrown at the host page, whatever the catalog holds.
  watchUncaught();
  let worker: SetupWorker;
  beforeEach(async () => {
    worker = await useMockCatalog();
  });

  describe('starting state', () => {
    it('offers the filters built from the index, after one index request and no API request', async () => {
      const el = await inCatalog();
      await until(() => $$(el, '#f-domain option').length > 1 && $$(el, '#f-agency option').length > 1);
      expect($$(el, '#f-domain option').slice(1).map((o) => o.textContent)).to.deep.equal(DOMAINS.map((d) => d.name));
      expect($$<HTMLOptionElement>(el, '#f-agency option').slice(1).map((o) => o.value)).to.deep.equal(AGENCIES.map((a) => a.code));
      expect(indexRequests()).to.deep.equal([`${CATALOG}index.json`]);
      expect(requests).to.have.length(0);
      expect(status(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('reads the page-wide <meta name="dvc-catalog">, and its own attribute wins over it', async () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'dvc-catalog', content: 'https://tinh-khac.test/thu-tuc/' });
      document.head.append(meta);
      try {
        const byMeta = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search query="khai sinh"></dvc-procedure-search>`);
        await settled(byMeta);
        expect(names(byMeta)[0]).to.equal('Đăng ký khai sinh');
        expect(indexRequests()).to.deep.equal(['https://tinh-khac.test/thu-tuc/index.json']);
        const own = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search catalog=${CATALOG} query="ket hon"></dvc-procedure-search>`);
        await settled(own);
        expect(indexRequests()).to.deep.equal(['https://tinh-khac.test/thu-tuc/index.json', `${CATALOG}index.json`]);
        expect(requests).to.have.length(0);
      } finally {
        // Widgets first: one updating after the meta is gone would find no catalog.
        fixtureCleanup();
        await new Promise((r) => setTimeout(r));
        meta.remove();
      }
    });
  });

  describe('searching', () => {
    it('typing "dang ky khai sinh" key by key shows and announces the count, best matches first, with no API request', async () => {
      const el = await inCatalog();
      const events: CustomEvent[] = [];
      el.addEventListener('dvc-search', (e) => events.push(e));
      field(el).focus();
      for (const ch of 'dang ky khai sinh') await sendKeys({ type: ch });
      await settled(el);
      await until(() => events.at(-1)?.detail.query === 'dang ky khai sinh');
      expect(status(el)).to.equal(`Tìm thấy ${countFor('dang ky khai sinh')} thủ tục`);
      expect($(el, '[part="status"]')!.getAttribute('role')).to.equal('status');
      expect(names(el).slice(0, 4)).to.deep.equal([
        'Đăng ký khai sinh',
        'Đăng ký khai sinh có yếu tố nước ngoài',
        'Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con',
        'Đăng ký lại khai sinh',
      ]);
      expect(events.at(-1)!.detail).to.deep.equal({ query: 'dang ky khai sinh', filters: {}, total: countFor('dang ky khai sinh') });
      expect(field(el).value).to.equal('dang ky khai sinh');
      expect(indexRequests()).to.have.length(1);
      expect(requests).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('a refined search with the same count is said again: the catalog answers at once, so the live region must change', async () => {
      const el = await inCatalog();
      expect(countFor('dang ky khai sin')).to.equal(countFor('dang ky khai sinh'));
      await searchFor(el, 'dang ky khai sin');
      const live = $(el, '[part="status"]')!;
      const before = live.textContent;
      const events: CustomEvent[] = [];
      el.addEventListener('dvc-search', (e) => events.push(e));
      field(el).focus();
      await sendKeys({ type: 'h' });
      await until(() => events.length === 1);
      await settled(el);
      // What a screen reader reads is the same sentence; the region's content is not the same as before, so it is said.
      expect(status(el)).to.equal(before!.trim());
      expect(live.textContent === before, 'the live region unchanged').to.equal(false);
      // The next search's answer differs from this one again (the same sentence as the first).
      await sendKeys({ press: 'Backspace' });
      await until(() => events.length === 2);
      await settled(el);
      expect(live.textContent).to.equal(before);
      await expect(el).to.be.accessible();
    });

    it('finds by code, by partial words and by the words of a domain or agency', async () => {
      const el = await inCatalog();
      await searchFor(el, '1.001193');
      expect(names(el)).to.deep.equal(['Đăng ký khai sinh']);
      await searchFor(el, 'chung thuc ban');
      expect(names(el)[0]).to.equal('Chứng thực bản sao từ bản chính giấy tờ, văn bản');
      await searchFor(el, 'ĐẤT');
      expect(status(el)).to.equal(`Tìm thấy ${countFor('dat')} thủ tục`);
      await searchFor(el, 'cẩm thành'.normalize('NFD'));
      expect(status(el)).to.equal(`Tìm thấy ${countFor('cam thanh')} thủ tục`);
      expect(indexRequests()).to.have.length(1);
    });

    it('a query that matches nothing says so and suggests fewer words', async () => {
      const el = await inCatalog();
      await searchFor(el, 'inh'); // inside "sinh", at the start of no word
      expect(status(el)).to.equal('Không tìm thấy thủ tục nào phù hợp.');
      expect(text($(el, '[part="empty"]'))).to.contain('dùng ít từ hơn');
      await expect(el).to.be.accessible();
    });
  });

  describe('highlighting what matched: word starts only', () => {
    const cases: [string, string, string[]][] = [
      ['dang ky', 'Đăng ký khai sinh', ['Đăng', 'ký']],
      ['ĐĂNG KÝ KHAI SINH', 'Đăng ký khai sinh', ['Đăng', 'ký', 'khai', 'sinh']],
      ['đất', 'Tách thửa đất, hợp thửa đất', ['đất', 'đất']],
      ['ket ho', 'Đăng ký kết hôn', ['kết', 'hô']],
      // "an" starts "an toàn" only; the "an" inside "toàn" is not marked (an API search would mark it).
      ['an', 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', ['an']],
      ['khai sinh', 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh', ['khai', 'sinh']],
    ];
    for (const [query, name, marked] of cases) {
      it(`"${query}" marks ${marked.join(', ')} in "${name}"`, async () => {
        const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search catalog=${CATALOG} page-size="100"></dvc-procedure-search>`);
        await searchFor(el, query);
        const index = names(el).indexOf(name);
        expect(index, `${name} in ${names(el).join(' | ')}`).to.be.at.least(0);
        expect(marks(el, index)).to.deep.equal(marked);
      });
    }

    it('a name copied with a soft hyphen inside a word is found and marked whole, the hyphen kept', async () => {
      // A name pasted from a word processor into the catalog's source: "si\u00adnh" shows as "sinh".
      const index = structuredClone(sample);
      const name = 'Đăng ký khai si\u00adnh lưu động';
      index.procedures[0].name = name;
      worker.use(http.get('*/thu-tuc/index.json', () => HttpResponse.json(index)));
      const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search catalog=${CATALOG} page-size="100"></dvc-procedure-search>`);
      await searchFor(el, 'khai sinh luu dong');
      expect(names(el)[0]).to.equal(name);
      expect(marks(el, 0)).to.deep.equal(['khai', 'si\u00adnh', 'lưu', 'động']);
    });

    it('found through the domain only: nothing in the name is marked', async () => {
      const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search catalog=${CATALOG} page-size="100"></dvc-procedure-search>`);
      await searchFor(el, 'dat');
      const index = names(el).indexOf('Cấp lại Giấy chứng nhận do bị mất');
      expect(index).to.be.at.least(0);
      expect(marks(el, index)).to.deep.equal([]);
    });
  });

  describe('filters and paging', () => {
    it('a chosen filter narrows the results at once, and presets hide their control', async () => {
      const el = await inCatalog();
      await until(() => $$(el, '#f-domain option').length > 1);
      await searchFor(el, 'dang ky');
      const domain = $<HTMLSelectElement>(el, '#f-domain')!;
      domain.value = 'CUTRU';
      domain.dispatchEvent(new Event('change'));
      await until(() => status(el) === `Tìm thấy ${searchIndex(sampleIndex, 'dang ky', { domain: 'CUTRU' }).length} thủ tục`);
      expect(names(el)).to.deep.equal(['Đăng ký tạm trú', 'Đăng ký thường trú', 'Xóa đăng ký thường trú']);
      const preset = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search catalog=${CATALOG} tier="commune" level="full"></dvc-procedure-search>`);
      await searchFor(preset, '');
      expect($(preset, '#f-tier') === null, 'no tier control').to.equal(true);
      await until(() => $$(preset, '#f-agency option').length > 1);
      // The agencies offered are those of the preset tier.
      expect($$<HTMLOptionElement>(preset, '#f-agency option').slice(1).map((o) => o.value)).to.deep.equal(
        AGENCIES.filter((a) => a.tier === 'commune').map((a) => a.code),
      );
      const expected = sample.procedures.filter((p) => p.tier === 'commune' && p.level === 'full');
      expect(expected.length).to.be.within(2, 10);
      expect(status(preset)).to.equal(`Tìm thấy ${expected.length} thủ tục`);
      expect(names(preset)).to.deep.equal(expected.map((p) => p.name));
      expect(requests).to.have.length(0);
      expect(indexRequests()).to.have.length(1);
    });

    it('pages through every result, moving focus to the results heading', async () => {
      const total = countFor('dang ky');
      const pages = Math.ceil(total / 4);
      const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search catalog=${CATALOG} page-size="4"></dvc-procedure-search>`);
      await searchFor(el, 'dang ky');
      const seen = [...names(el)];
      for (let page = 2; page <= pages; page++) {
        const next = $$<HTMLButtonElement>(el, '[part="pager-button"]').find((b) => b.textContent!.includes('Trang sau'))!;
        next.click();
        await until(() => status(el) === `Tìm thấy ${total} thủ tục. Trang ${page}/${pages}`);
        await el.updateComplete;
        expect(activeInside(el)!.id).to.equal('results-heading');
        seen.push(...names(el));
      }
      expect(seen).to.have.length(total);
      expect(new Set(seen).size).to.equal(total);
      expect($(el, 'nav')!.getAttribute('aria-label')).to.equal('Phân trang kết quả');
      await expect(el).to.be.accessible();
    });
  });

  describe('details from procedures/{code}.json', () => {
    it('open in place from the procedure\'s own file, fetched once', async () => {
      const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search catalog=${CATALOG} query="1.001193"></dvc-procedure-search>`);
      await settled(el);
      toggles(el)[0].click();
      await until(() => shadowText(el).includes('Trình tự thực hiện'));
      expect(detailRequests()).to.deep.equal([`${CATALOG}procedures/1.001193.json`]);
      expect(text($(el, '[part="details"]'))).to.contain('Tờ khai đăng ký khai sinh');
      await expect(el).to.be.accessible();
      toggles(el)[0].click();
      await el.updateComplete;
      toggles(el)[0].click();
      await until(() => shadowText(el).includes('Trình tự thực hiện'));
      expect(detailRequests()).to.have.length(1);
      expect(requests).to.have.length(0);
    });

    it('a missing file shows the details\' own error, and its retry fetches the file again', async () => {
      setFault('catalog-procedure', { kind: 'missing' }, 1);
      const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search catalog=${CATALOG} query="ket hon"></dvc-procedure-search>`);
      await settled(el);
      toggles(el)[0].click();
      await until(() => $(el, '[part="details"] [part="error"]'));
      const error = $(el, '[part="details"] [part="error"]')!;
      expect(text(error)).to.equal('Chưa tải được thông tin chi tiết của thủ tục. Hệ thống dịch vụ công đang gặp sự cố. Vui lòng thử lại. Thử lại');
      // Only the details failed: the results stay, with no error of their own.
      expect($$(el, '[part="error"]')).to.have.length(1);
      expect(status(el)).to.equal(`Tìm thấy ${countFor('ket hon')} thủ tục`);
      expect(names(el)[0]).to.equal('Đăng ký kết hôn');
      await expect(el).to.be.accessible();
      error.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await until(() => shadowText(el).includes('Trình tự thực hiện'));
      expect(detailRequests()).to.deep.equal([`${CATALOG}procedures/1.000894.json`, `${CATALOG}procedures/1.000894.json`]);
      expect(activeInside(el)!.getAttribute('part')).to.equal('result-toggle');
    });

    it('a code with characters a file name cannot hold is fetched by the catalog\'s file-name rule', async () => {
      const code = 'H48/ĐB 01';
      const summary = { ...sample.procedures[0], code, name: 'Thủ tục có mã lạ' };
      const files: string[] = [];
      worker.use(
        http.get('*/thu-tuc/index.json', () => HttpResponse.json({ ...sample, procedures: [summary] })),
        http.get('*/thu-tuc/procedures/:file', ({ params }) => {
          files.push(String(params.file));
          return HttpResponse.json({ ...summary, steps: ['Bước một'] });
        }),
      );
      const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search catalog=${CATALOG} query="ma la"></dvc-procedure-search>`);
      await settled(el);
      toggles(el)[0].click();
      await until(() => shadowText(el).includes('Bước một'));
      expect(files).to.deep.equal(['H48~2F~C4~90B~2001.json']);
    });

    it('a file that holds another procedure is refused, not shown', async () => {
      worker.use(http.get('*/thu-tuc/procedures/:file', () => HttpResponse.json({ ...sample.procedures[1], steps: ['Bước của thủ tục khác'] })));
      const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search catalog=${CATALOG} query="1.001193"></dvc-procedure-search>`);
      await settled(el);
      toggles(el)[0].click();
      await until(() => $(el, '[part="details"] [part="error"]'));
      expect(shadowText(el)).not.to.contain('Bước của thủ tục khác');
      expect(text($(el, '[part="details"] [part="error"]'))).to.contain('không đúng định dạng');
    });
  });

  describe('a catalog that cannot be read: the message and retry of a failing API', () => {
    const invalid = (body: unknown) => () => worker.use(http.get('*/thu-tuc/index.json', () => HttpResponse.json(body as Record<string, unknown>), { once: true }));
    const withIndex = (change: (index: Record<string, unknown>) => void) => {
      const index = structuredClone(sample) as unknown as Record<string, unknown>;
      change(index);
      return invalid(index);
    };
    const SERVER = 'Hệ thống dịch vụ công đang gặp sự cố. Vui lòng thử lại.';
    const BAD = 'Hệ thống dịch vụ công trả về dữ liệu không đúng định dạng. Vui lòng thử lại.';
    // case → how the catalog fails, the API failure it must look like, the sentence both show.
    const cases: [string, () => void, Fault, string][] = [
      ['index.json missing (404)', () => setFault('catalog-index', { kind: 'missing' }, 1), { kind: 'server-error' }, SERVER],
      ['unreachable', () => setFault('catalog-index', { kind: 'network' }, 1), { kind: 'network' }, 'Không kết nối được với hệ thống dịch vụ công. Vui lòng kiểm tra kết nối mạng. Vui lòng thử lại.'],
      ['not JSON', () => setFault('catalog-index', { kind: 'malformed' }, 1), { kind: 'malformed' }, BAD],
      ['an empty answer', () => setFault('catalog-index', { kind: 'empty' }, 1), { kind: 'empty' }, BAD],
      ['version 2', withIndex((i) => (i.version = 2)), { kind: 'wrong-shape' }, BAD],
      ['no version', withIndex((i) => delete i.version), { kind: 'wrong-shape' }, BAD],
      ['no procedures', withIndex((i) => delete i.procedures), { kind: 'wrong-shape' }, BAD],
      ['a procedure without a name', withIndex((i) => delete (i.procedures as Record<string, unknown>[])[3].name), { kind: 'wrong-shape' }, BAD],
      ['a procedure with an unknown level', withIndex((i) => ((i.procedures as Record<string, unknown>[])[0].level = 'max')), { kind: 'wrong-shape' }, BAD],
      ['domains that are not a list', withIndex((i) => (i.domains = 'Hộ tịch')), { kind: 'wrong-shape' }, BAD],
      ['an agency without a tier', withIndex((i) => delete (i.agencies as Record<string, unknown>[])[0].tier), { kind: 'wrong-shape' }, BAD],
      ['503 with Retry-After', () => setFault('catalog-index', { kind: 'unavailable', retryAfter: 120 }, 1), { kind: 'unavailable', retryAfter: 120 }, 'Hệ thống dịch vụ công đang tạm ngừng hoặc quá tải. Vui lòng thử lại sau khoảng 2 phút.'],
    ];
    for (const [name, breakCatalog, apiFault, sentence] of cases) {
      it(`${name}: the same message as the API failing, the words kept, and a retry that fetches the index again`, async () => {
        setFault('procedures', apiFault, 1);
        const api = await inApi();
        await searchFor(api, 'khai sinh');
        const apiMessage = text(resultsError(api));
        api.remove();

        breakCatalog();
        const el = await inCatalog();
        await searchFor(el, 'khai sinh');
        const error = resultsError(el)!;
        expect(text(error)).to.equal(apiMessage);
        expect(text(error)).to.contain(`Chưa tìm được thủ tục. ${sentence}`);
        expect(error.getAttribute('role')).to.equal('alert');
        expect(field(el).value).to.equal('khai sinh');
        await expect(el).to.be.accessible();
        error.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
        await settled(el);
        expect(status(el)).to.equal(`Tìm thấy ${countFor('khai sinh')} thủ tục`);
        expect(activeInside(el)!.id).to.equal('results-heading');
        expect(indexRequests()).to.have.length(2);
      });
    }

    it('the filter lists say they could not be loaded, and their retry loads them', async () => {
      setFault('catalog-index', { kind: 'server-error' }, 1);
      const el = await inCatalog();
      await until(() => $$(el, '.filter [part="error"]').length === 2);
      expect(text($$(el, '.filter [part="error"]')[0])).to.contain('Không tải được danh sách lĩnh vực.');
      await expect(el).to.be.accessible();
      $(el, '.filter [part="retry-button"]')!.click();
      await until(() => $$(el, '#f-domain option').length > 1);
      expect(indexRequests()).to.have.length(2);
    });
  });

  describe('the same keyboard use, states and announcements as with the API', () => {
    /** Keyboard only: Tab in, type, Enter, Tab to the first result, open it, next page; what is focused and said at each step. */
    async function keyboardTrace(source: { catalog?: string; api?: string }): Promise<string[]> {
      const wrap = await fixture<HTMLElement>(html`<div>
        <button>before</button>
        <dvc-procedure-search catalog=${source.catalog ?? ''} api-base=${source.api ?? ''} domain="HT" tier="commune" level="full" page-size="1"></dvc-procedure-search>
      </div>`);
      const el = wrap.querySelector('dvc-procedure-search') as DvcProcedureSearch;
      const trace: string[] = [];
      const focused = () => {
        const a = activeInside(el);
        if (!a) return 'outside';
        // Results are ranked differently (the catalog ranks, the mock API keeps its order): name the position.
        const what = a.getAttribute('part') === 'result-toggle' ? `result ${toggles(el).indexOf(a as HTMLButtonElement) + 1}` : a.textContent!.trim();
        return `${a.localName}#${a.id}[${a.getAttribute('part') ?? ''}] ${a.getAttribute('aria-expanded') ?? ''} ${what}`;
      };
      const note = async (step: string) => {
        await el.updateComplete;
        trace.push(`${step} → ${focused()} | ${status(el)}`);
      };
      await until(() => $$(el, '#f-agency option').length > 1);
      wrap.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await note('Tab');
      await sendKeys({ type: 'dang ky' });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      await note('Enter');
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        await note('Tab');
      }
      await sendKeys({ press: 'Enter' });
      await until(() => shadowText(el).includes('Trình tự thực hiện'));
      await note('Enter on a result');
      await sendKeys({ press: 'Space' });
      await note('Space');
      const next = $$<HTMLButtonElement>(el, '[part="pager-button"]').find((b) => b.textContent!.includes('Trang sau'))!;
      next.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      await note('Enter on next page');
      wrap.remove();
      return trace;
    }

    it('gives the same trace of focus, expanded states and live-region text as the API mode', async () => {
      const api = await keyboardTrace({ api: API });
      const catalog = await keyboardTrace({ catalog: CATALOG });
      expect(catalog).to.deep.equal(api);
      expect(catalog.join('\n')).to.contain('result-toggle');
      expect(catalogRequests.length).to.be.greaterThan(0);
    });
  });

  describe('with a catalog and an API base', () => {
    it('search, filters and details come from the catalog; the API is never asked', async () => {
      const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search catalog=${CATALOG} api-base=${API} query="khai tu"></dvc-procedure-search>`);
      await settled(el);
      await until(() => $$(el, '#f-domain option').length > 1);
      toggles(el)[0].click();
      await until(() => shadowText(el).includes('Trình tự thực hiện'));
      expect(indexRequests()).to.have.length(1);
      expect(detailRequests()).to.have.length(1);
      expect(requests.map((r) => r.url)).to.deep.equal([]);
    });
  });

  describe('with url-state', () => {
    afterEach(() => restorePageUrl());

    it('a shared link opens the same search and details from the catalog, and a new search writes the URL', async () => {
      setPageUrl('?tu-khoa=ket%20hon&thu-tuc=1.000894');
      const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search catalog=${CATALOG} url-state></dvc-procedure-search>`);
      await settled(el);
      expect(field(el).value).to.equal('ket hon');
      expect(names(el)[0]).to.equal('Đăng ký kết hôn');
      await until(() => shadowText(el).includes('Trình tự thực hiện'));
      expect(detailRequests()).to.deep.equal([`${CATALOG}procedures/1.000894.json`]);
      await searchFor(el, 'khai tu');
      await until(() => pageUrl() === '?tu-khoa=khai+tu' || pageUrl() === '?tu-khoa=khai%20tu');
      expect(indexRequests()).to.have.length(1);
      expect(requests).to.have.length(0);
    });

    it('a bookmark to a page the search no longer has shows its last page, and rewrites the entry', async () => {
      const total = countFor('dang ky');
      const pages = Math.ceil(total / 4);
      setPageUrl('?tu-khoa=dang+ky&trang=999');
      const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search catalog=${CATALOG} url-state page-size="4"></dvc-procedure-search>`);
      await settled(el);
      expect(status(el)).to.equal(`Tìm thấy ${total} thủ tục. Trang ${pages}/${pages}`);
      expect(names(el)).to.have.length(total - (pages - 1) * 4);
      expect($(el, '[part="empty"]')).to.equal(null);
      expect($(el, '[part="pager"]')).to.exist;
      await until(() => pageUrl() === `?tu-khoa=dang+ky&trang=${pages}`);
      expect(requests).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('in English', () => {
    it('speaks English around the catalog\'s text, and a failure reads as the API\'s does', async () => {
      const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search lang="en" catalog=${CATALOG} query="khai sinh"></dvc-procedure-search>`);
      await settled(el);
      expect(status(el)).to.equal(`Found ${countFor('khai sinh')} procedures`);
      setFault('catalog-procedure', { kind: 'missing' }, 1);
      toggles(el)[0].click();
      await until(() => $(el, '[part="details"] [part="error"]'));
      expect(text($(el, '[part="details"] [part="error"]'))).to.equal(
        'The details of this procedure could not be loaded. The public-service system has a problem. Please try again. Try again',
      );
    });
  });
});
