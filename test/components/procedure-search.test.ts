import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import '../../src/components/procedure-search/procedure-search.js';
import { DEBOUNCE_MS, type DvcProcedureSearch } from '../../src/components/procedure-search/procedure-search.js';
import { PROCEDURES } from '../../src/mocks/data/procedures.js';
import { AGENCIES } from '../../src/mocks/data/agencies.js';
import { clearFaults, setFault } from '../../src/mocks/faults.js';
import { API, requests, shadowText, until, useMockApi } from '../helpers/mock-api.js';
import { colourSchemes, expectFallbackLooksLight, expectReadableIn } from '../helpers/schemes.js';

// ─── helpers: what a citizen sees and does ────────────────────────────────────────────────────────────────

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as T | null;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as T[];
const field = (el: Element) => $<HTMLInputElement>(el, 'input#q')!;
const status = (el: Element) => $(el, '[part="status"]')!.textContent!.trim();
const toggles = (el: Element) => $$<HTMLButtonElement>(el, '[part="result-toggle"]');
const names = (el: Element) => toggles(el).map((b) => b.textContent!.trim());
const searchRequests = () => requests.filter((r) => new URL(r.url).pathname.endsWith('/procedures'));
const lastSearch = () => new URL(searchRequests().at(-1)!.url).searchParams;
const marks = (el: Element, index = 0) => [...toggles(el)[index].querySelectorAll('mark')].map((m) => m.textContent);
const activeInside = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Waits until a search has finished: a count, "nothing found", or an error is on screen. */
const settled = async (el: DvcProcedureSearch) => {
  await el.updateComplete;
  return until(
    () =>
      $(el, '.outcome')!.getAttribute('aria-busy') === 'false' &&
      (/^(Tìm thấy|Không tìm thấy|Found|No procedure)/.test(status(el)) || !!$(el, '.results [part="error"]')),
  );
};

/** Sets the field as a paste would (one input event). */
function fill(el: Element, text: string) {
  const input = field(el);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Fills the field and presses the search button: an immediate search. */
async function searchFor(el: DvcProcedureSearch, text: string) {
  fill(el, text);
  $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
  await settled(el);
}

/** The mock server's own count for a query, asked directly (and left out of the request log). */
async function totalFor(query: string): Promise<number> {
  const body = await (await fetch(`${API}/procedures?${query}&pageSize=1`)).json();
  requests.length = 0;
  return body.total;
}

/**
 * Holds the timers `act` starts (the typing pause) instead of starting them: `end()` runs those not cancelled
 * meanwhile, as if their time had come. Only timers started inside `act` are held; cancelling them works until
 * `restore()`.
 */
function holdTimers(act: () => void) {
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  const held = new Map<number, () => void>();
  const delays: number[] = [];
  let next = -1;
  window.setTimeout = ((fn: () => void, ms = 0) => {
    held.set(next, fn);
    delays.push(ms);
    return next--;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => (id !== undefined && held.delete(id) ? undefined : realClear(id))) as typeof window.clearTimeout;
  try {
    act();
  } finally {
    window.setTimeout = realSet;
  }
  return {
    delays,
    end: () => {
      for (const [id, fn] of [...held]) {
        held.delete(id);
        fn();
      }
    },
    restore: () => {
      window.clearTimeout = realClear;
    },
  };
}

const mount = (markup: ReturnType<typeof html>) => fixture<DvcProcedureSearch>(markup);
const plain = () => mount(html`<dvc-procedure-search api-base=${API}></dvc-procedure-search>`);

describe('<dvc-procedure-search>', () => {
  let worker: SetupWorker;
  beforeEach(async () => {
    worker = await useMockApi();
  });

  describe('starting state', () => {
    it('is a labelled search landmark with a labelled field and a hint, and searches nothing yet', async () => {
      const el = await plain();
      const form = $(el, 'form')!;
      expect(form.getAttribute('role')).to.equal('search');
      expect($(el, `#${form.getAttribute('aria-labelledby')}`)!.textContent).to.equal('Tìm thủ tục hành chính');
      expect(field(el).labels![0].textContent).to.equal('Tìm thủ tục hành chính');
      expect($(el, `#${field(el).getAttribute('aria-describedby')}`)!.textContent).to.contain('không dấu');
      expect(status(el)).to.equal('');
      expect($(el, '[part="status"]')!.getAttribute('role')).to.equal('status');
      expect(toggles(el)).to.have.length(0);
      await until(() => $$(el, 'select#f-domain option').length > 1);
      expect(searchRequests()).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('tells the webmaster when no API address is configured', async () => {
      const orig = console.error;
      console.error = () => {};
      try {
        const el = await mount(html`<dvc-procedure-search></dvc-procedure-search>`);
        expect($(el, '[role="alert"]')!.textContent).to.contain('api-base');
        expect(requests).to.have.length(0);
        await expect(el).to.be.accessible();
      } finally {
        console.error = orig;
      }
    });
  });

  describe('searching as the citizen types', () => {
    it('typing "dang ky khai sinh" key by key sends 1 request, then shows and announces the count', async () => {
      const expected = await totalFor('q=dang%20ky%20khai%20sinh');
      const el = await plain();
      field(el).focus();
      let keystrokes = 0;
      field(el).addEventListener('input', () => keystrokes++);
      // One command types the 17 keys one after another at typing speed: no pause in it reaches the debounce.
      // (A command per key would add a round trip to the test runner between keys, pauses no citizen makes.)
      await sendKeys({ type: 'dang ky khai sinh' });
      expect(keystrokes).to.equal(17);
      await settled(el);
      await new Promise((r) => setTimeout(r, 400)); // nothing more is sent once typing stops
      expect(searchRequests().length).to.equal(1);
      expect(lastSearch().get('q')).to.equal('dang ky khai sinh');
      expect(status(el)).to.equal(`Tìm thấy ${expected} thủ tục`);
      expect(names(el)).to.include('Đăng ký khai sinh');
      expect(field(el).value).to.equal('dang ky khai sinh');
      await expect(el).to.be.accessible();
    });

    it('searches at once on Enter, without a second request when the pause ends', async () => {
      const el = await plain();
      field(el).focus();
      // The words arrive as one input (as a paste would). The typing pause that input starts is held by the test
      // until after Enter: on a busy machine a real 300 ms pause could end before the key arrives, and then the
      // pause, not Enter, would have searched.
      const pause = holdTimers(() => fill(el, 'ket hon'));
      try {
        expect(pause.delays).to.deep.equal([DEBOUNCE_MS]);
        await sendKeys({ press: 'Enter' });
        await until(() => searchRequests().length === 1);
        expect(lastSearch().get('q')).to.equal('ket hon');
        pause.end();
        await settled(el);
        await new Promise((r) => setTimeout(r, 400));
        expect(searchRequests()).to.have.length(1);
        expect(names(el)).to.include('Đăng ký kết hôn');
      } finally {
        pause.restore();
      }
    });

    it('words typed just before the page moves the widget are searched once it is back, not while it is away (axe)', async () => {
      const el = await plain();
      const parent = el.parentElement!;
      field(el).focus();
      // Within the typing pause, as a page that re-renders its layout would: out of the page, later back in it.
      fill(el, 'ket hon');
      el.remove();
      await new Promise((r) => setTimeout(r, DEBOUNCE_MS + 200));
      expect(searchRequests(), 'sent while away').to.have.length(0);
      parent.append(el);
      await until(() => searchRequests().length === 1);
      expect(lastSearch().get('q')).to.equal('ket hon');
      await settled(el);
      expect(field(el).value).to.equal('ket hon');
      expect(names(el)).to.include('Đăng ký kết hôn');
      expect(status(el)).to.match(/^Tìm thấy \d+ thủ tục/);
      await new Promise((r) => setTimeout(r, DEBOUNCE_MS + 100));
      expect(searchRequests(), 'sent once').to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('a result opened before the typing pause ends stays open once the words typed are searched, when they find it', async () => {
      const el = await plain();
      await searchFor(el, 'khai sinh');
      const sent = searchRequests().length;
      fill(el, 'dang ky khai sinh');
      toggles(el)[names(el).indexOf('Đăng ký khai sinh')].click();
      await until(() => searchRequests().length > sent);
      await settled(el);
      await new Promise((r) => setTimeout(r, DEBOUNCE_MS + 100));
      await settled(el);
      expect(searchRequests().map((r) => new URL(r.url).searchParams.get('q')).slice(sent)).to.deep.equal(['dang ky khai sinh']);
      const open = toggles(el).filter((b) => b.getAttribute('aria-expanded') === 'true');
      expect(open.map((b) => b.textContent!.trim()), 'open details').to.deep.equal(['Đăng ký khai sinh']);
      await until(() => shadowText(el).includes('Trình tự thực hiện'));
    });

    it('discards a slow first answer that arrives after a fast second one', async () => {
      worker.use(
        http.get(`${API}/procedures`, async ({ request }) => {
          if (new URL(request.url).searchParams.get('q') === 'khai sinh') await delay(700);
          // Falls through to the normal mock handler.
        }),
      );
      const el = await plain();
      const searches: string[] = [];
      el.addEventListener('dvc-search', (e) => searches.push(e.detail.query));
      fill(el, 'khai sinh');
      $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
      await until(() => searchRequests().length === 1);
      fill(el, 'ket hon');
      $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
      await settled(el);
      await new Promise((r) => setTimeout(r, 900)); // the slow answer has had time to arrive
      expect(searchRequests().map((r) => new URL(r.url).searchParams.get('q'))).to.deep.equal(['khai sinh', 'ket hon']);
      expect(names(el)).to.include('Đăng ký kết hôn');
      expect(names(el)).not.to.include('Đăng ký khai sinh');
      expect(searches).to.deep.equal(['ket hon']);
    });

    it('aborts the request in flight when a newer search starts', async () => {
      setFault('procedures', { kind: 'hang' }, 1);
      const signals: AbortSignal[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        if (String(input).includes('/procedures?')) signals.push(init!.signal!);
        return realFetch(input, init);
      };
      try {
        const el = await plain();
        fill(el, 'khai tu');
        $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
        await until(() => searchRequests().length === 1);
        expect(signals[0].aborted).to.equal(false);
        await searchFor(el, 'tam tru');
        expect(signals[0].aborted).to.equal(true);
        expect(names(el)).to.include('Đăng ký tạm trú');
      } finally {
        window.fetch = realFetch;
      }
    });

    it('returns to the starting state when the field is emptied', async () => {
      const el = await plain();
      await searchFor(el, 'khai sinh');
      fill(el, '');
      await until(() => status(el) === '' && toggles(el).length === 0, 1000);
      expect($(el, '#results-heading')).to.equal(null);
    });

    it('fires dvc-search { query, filters, total }, bubbling out of the shadow root', async () => {
      const expected = await totalFor('q=khai%20sinh&domain=HT');
      const wrap = await fixture<HTMLElement>(html`<div><dvc-procedure-search api-base=${API} domain="HT"></dvc-procedure-search></div>`);
      const el = wrap.firstElementChild as DvcProcedureSearch;
      await settled(el);
      const events: CustomEvent[] = [];
      wrap.addEventListener('dvc-search', (e) => events.push(e as CustomEvent));
      await searchFor(el, 'khai sinh');
      expect(events).to.have.length(1);
      expect(events[0].detail).to.deep.equal({ query: 'khai sinh', filters: { domain: 'HT' }, total: expected });
      expect(events[0].composed).to.equal(true);
    });
  });

  describe('attributes', () => {
    it('query pre-fills the field and searches on load', async () => {
      const el = await mount(html`<dvc-procedure-search api-base=${API} query="khai tử"></dvc-procedure-search>`);
      expect(field(el).value).to.equal('khai tử');
      await settled(el);
      expect(lastSearch().get('q')).to.equal('khai tử');
      expect(names(el)).to.include('Đăng ký khai tử');
    });

    it('presets apply their filter, are sent, and remove their control', async () => {
      const el = await mount(
        html`<dvc-procedure-search api-base=${API} domain="HT" tier="commune" level="4"></dvc-procedure-search>`,
      );
      await settled(el);
      expect($(el, '#f-domain')).to.equal(null);
      expect($(el, '#f-tier')).to.equal(null);
      expect($(el, '#f-level')).to.equal(null);
      expect($(el, '#f-agency')).to.exist;
      const p = lastSearch();
      expect([p.get('domain'), p.get('tier'), p.get('level')]).to.deep.equal(['HT', 'commune', 'full']);
      // The lĩnh vực list names the preset one (its control is not shown); the agencies are those of the preset tier.
      await until(() => $$(el, '#f-agency option').length > 1);
      const paths = requests.map((r) => new URL(r.url).pathname + new URL(r.url).search);
      expect(paths.some((u) => u.endsWith('/domains'))).to.equal(true);
      expect(paths.some((u) => u.endsWith('/agencies?tier=commune'))).to.equal(true);
      const agencyOptions = $$<HTMLOptionElement>(el, '#f-agency option').slice(1).map((o) => o.value);
      expect(agencyOptions).to.deep.equal(AGENCIES.filter((a) => a.tier === 'commune').map((a) => a.code));
      await searchFor(el, 'khai sinh');
      expect(lastSearch().get('domain')).to.equal('HT');
      const levels = $$(el, '[part="result"] [part="badge"]');
      expect(levels).to.have.length(toggles(el).length);
      for (const level of levels) {
        expect(level.querySelector('span[aria-hidden="true"]')!.textContent).to.equal('Toàn trình');
        expect(level.querySelector('.visually-hidden')!.textContent).to.equal('Dịch vụ công trực tuyến toàn trình');
      }
      await expect(el).to.be.accessible();
    });

    it('with every filter preset, shows no filter controls at all', async () => {
      const el = await mount(
        html`<dvc-procedure-search api-base=${API} domain="HT" agency="XA-CAMTHANH" tier="commune" level="full"></dvc-procedure-search>`,
      );
      await settled(el);
      expect($(el, 'fieldset')).to.equal(null);
      expect(lastSearch().get('agency')).to.equal('XA-CAMTHANH');
      // Besides the search, only the lists that name the preset agency and lĩnh vực (both named once they are in).
      await until(() => $(el, '[part="scope"]')!.textContent!.includes('của UBND phường Cẩm Thành, lĩnh vực Hộ tịch, cấp xã'));
      const paths = new Set(requests.map((r) => new URL(r.url).pathname.replace(/.*\/api\/v1/, '') + new URL(r.url).search.replace(/\?q.*/, '')));
      expect([...paths].filter((u) => !u.startsWith('/procedures')).sort()).to.deep.equal(['/agencies?tier=commune', '/domains']);
    });

    it('a new api-base while results show: the same search again, from the new source', async () => {
      const OTHER = 'https://xa-khac.test/api/v1';
      const theirs = { ...PROCEDURES[0], code: '2.002000', name: 'Đăng ký khai sinh có yếu tố nước ngoài tại xã khác' };
      const asked: string[] = [];
      worker.use(
        http.get(`${OTHER}/procedures`, ({ request }) => {
          asked.push(new URL(request.url).searchParams.get('q')!);
          return HttpResponse.json({ items: [theirs], total: 1, page: 1, pageSize: 10 });
        }),
      );
      const el = await plain();
      await searchFor(el, 'khai sinh');
      expect(names(el)).to.not.include(theirs.name);
      el.setAttribute('api-base', OTHER);
      await until(() => names(el).join() === theirs.name);
      expect(asked).to.deep.equal(['khai sinh']);
      await until(() => status(el) === 'Tìm thấy 1 thủ tục');
      expect(field(el).value).to.equal('khai sinh');
      await expect(el).to.be.accessible();
    });

    it('a new api-base while every procedure is listed (Enter in the empty field): every procedure of the new source', async () => {
      const OTHER = 'https://xa-khac.test/api/v1';
      const asked: URLSearchParams[] = [];
      worker.use(
        http.get(`${OTHER}/procedures`, ({ request }) => {
          asked.push(new URL(request.url).searchParams);
          return HttpResponse.json({ items: PROCEDURES.slice(0, 3), total: 3, page: 1, pageSize: 10 });
        }),
      );
      const el = await plain();
      await searchFor(el, '');
      expect(status(el)).to.match(/^Tìm thấy [\d.]+ thủ tục/);
      el.setAttribute('api-base', OTHER);
      await until(() => asked.length === 1);
      await settled(el);
      expect(asked[0].get('q') ?? '').to.equal('');
      await until(() => status(el) === 'Tìm thấy 3 thủ tục');
      expect(names(el)).to.deep.equal(PROCEDURES.slice(0, 3).map((p) => p.name));
      await expect(el).to.be.accessible();
    });

    it('a new api-base whose agencies lack the one chosen: the select shows that agency by its code, as the search is filtered, not "all" (axe)', async () => {
      const OTHER = 'https://xa-khac.test/api/v1';
      const sent: (string | null)[] = [];
      worker.use(
        http.get(`${OTHER}/domains`, () => HttpResponse.json({ items: [{ code: 'HT', name: 'Hộ tịch' }] })),
        http.get(`${OTHER}/agencies`, () => HttpResponse.json({ items: [{ code: 'XA-KHAC', name: 'UBND xã Khác', tier: 'commune' }] })),
        http.get(`${OTHER}/procedures`, ({ request }) => {
          sent.push(new URL(request.url).searchParams.get('agency'));
          return HttpResponse.json({ items: [PROCEDURES[0]], total: 1, page: 1, pageSize: 10 });
        }),
      );
      const el = await plain();
      const agency = $<HTMLSelectElement>(el, '#f-agency')!;
      await until(() => agency.querySelector('option[value="STP"]'));
      agency.value = 'STP';
      agency.dispatchEvent(new Event('change'));
      await until(() => searchRequests().length > 0 && lastSearch().get('agency') === 'STP');
      await settled(el);
      el.setAttribute('api-base', OTHER);
      // The new source's list is in: it does not hold STP.
      await until(() => agency.querySelector('option[value="XA-KHAC"]'));
      await until(() => status(el) === 'Tìm thấy 1 thủ tục');
      expect(sent).to.deep.equal(['STP']);
      expect(agency.value, 'the select shows what the results are filtered by').to.equal('STP');
      expect(agency.selectedOptions[0].textContent).to.equal('STP');
      await expect(el).to.be.accessible();
      // "All" is one choice away, and then the search has no agency.
      agency.value = '';
      agency.dispatchEvent(new Event('change'));
      await until(() => sent.length === 2);
      expect(sent[1]).to.equal(null);
      await settled(el);
      expect([...agency.options].map((o) => o.value)).to.deep.equal(['', 'XA-KHAC']);
    });

    it('a new api-base: details opened again come from the new source, not from what the old one sent (axe)', async () => {
      const OTHER = 'https://xa-khac.test/api/v1';
      const { confirmed: _confirmed, ...ours } = PROCEDURES.find((p) => p.name === 'Đăng ký khai sinh')!;
      const theirSteps = ['Nộp tờ khai tại Bộ phận Một cửa của UBND xã khác.', 'Nhận Giấy khai sinh trong ngày.'];
      const asked: string[] = [];
      worker.use(
        http.get(`${OTHER}/procedures`, () => HttpResponse.json({ items: [{ ...ours, steps: undefined, documents: undefined }], total: 1, page: 1, pageSize: 10 })),
        http.get(`${OTHER}/procedures/:code`, ({ params }) => {
          asked.push(String(params.code));
          return HttpResponse.json({ ...ours, steps: theirSteps });
        }),
      );
      const el = await plain();
      await searchFor(el, 'khai sinh');
      const steps = () => [...el.shadowRoot!.querySelectorAll('[part="details"]:not([hidden]) ol li')].map((li) => li.textContent!.trim());
      toggles(el)[names(el).indexOf('Đăng ký khai sinh')].click();
      await until(() => steps().length > 0);
      expect(steps()).to.deep.equal(ours.steps);
      el.setAttribute('api-base', OTHER);
      await until(() => names(el).join() === 'Đăng ký khai sinh' && $(el, '.outcome')!.getAttribute('aria-busy') === 'false');
      toggles(el)[0].click();
      await until(() => asked.length === 1);
      await until(() => steps().join() === theirSteps.join());
      expect(asked).to.deep.equal([ours.code]);
      await expect(el).to.be.accessible();
    });

    it('a new page-size while every procedure is listed (Enter in the empty field): every procedure, in pages of that size', async () => {
      const el = await plain();
      await searchFor(el, '');
      el.pageSize = 3;
      await el.updateComplete;
      expect(status(el), 'the list stays').to.not.equal('');
      await until(() => lastSearch().get('pageSize') === '3');
      await settled(el);
      expect(status(el)).to.match(/^Tìm thấy [\d.]+ thủ tục\. Trang 1\//);
      expect(toggles(el)).to.have.length(3);
      expect(lastSearch().get('q') ?? '').to.equal('');
    });

    it('page-size sets the page size (default 10)', async () => {
      const el = await plain();
      await searchFor(el, 'dang ky');
      expect(lastSearch().get('pageSize')).to.equal('10');
      const small = await mount(html`<dvc-procedure-search api-base=${API} page-size="3" query="dang ky"></dvc-procedure-search>`);
      await settled(small);
      expect(lastSearch().get('pageSize')).to.equal('3');
      expect(toggles(small)).to.have.length(3);
    });
  });

  describe('filters', () => {
    it('offers lĩnh vực and cơ quan from the API, and sends the chosen ones at once', async () => {
      const el = await plain();
      await until(() => $$(el, '#f-domain option').length > 1 && $$(el, '#f-agency option').length > 1);
      const domain = $<HTMLSelectElement>(el, '#f-domain')!;
      expect($(el, 'label[for="f-domain"]')!.textContent).to.equal('Lĩnh vực');
      expect(domain.options[0].textContent).to.equal('Tất cả lĩnh vực');
      expect([...domain.options].map((o) => o.textContent)).to.include('Hộ tịch');
      domain.value = 'HT';
      domain.dispatchEvent(new Event('change'));
      await until(() => searchRequests().length > 0 && lastSearch().get('domain') === 'HT');
      await settled(el);
      const level = $<HTMLSelectElement>(el, '#f-level')!;
      expect([...level.options].map((o) => o.textContent)).to.deep.equal(['Tất cả mức độ', 'Toàn trình', 'Một phần', 'Chỉ cung cấp thông tin']);
      level.value = 'partial';
      level.dispatchEvent(new Event('change'));
      await until(() => lastSearch().get('level') === 'partial');
      await settled(el);
      expect(lastSearch().get('domain')).to.equal('HT');
      await expect(el).to.be.accessible();
    });

    it('a filter taken back to "all" shows every procedure again, said in the live region, as before the filter', async () => {
      const el = await plain();
      await until(() => $$(el, '#f-level option').length > 1);
      // "Tìm kiếm" with nothing typed: every procedure.
      await searchFor(el, '');
      const everything = status(el);
      expect(everything).to.match(/^Tìm thấy \d+ thủ tục/);
      const level = $<HTMLSelectElement>(el, '#f-level')!;
      for (const value of ['full', '']) {
        level.value = value;
        level.dispatchEvent(new Event('change'));
        await until(() => (lastSearch().get('level') ?? '') === value && status(el) !== 'Đang tìm…' && status(el) !== '');
        await settled(el);
      }
      expect(status(el)).to.equal(everything);
      expect($(el, '#results-heading'), 'the results are still there').to.not.equal(null);
      expect(toggles(el).length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('searches once the citizen pauses, not at each arrow key that steps a closed select', async () => {
      const el = await plain();
      await until(() => $$(el, '#f-level option').length > 1);
      const level = $<HTMLSelectElement>(el, '#f-level')!;
      const before = searchRequests().length;
      const statuses: string[] = [];
      const watch = new MutationObserver(() => statuses.push(status(el)));
      watch.observe($(el, '[part="status"]')!, { childList: true, characterData: true, subtree: true });
      // Chrome and Firefox on Windows: each ArrowDown on the closed select changes its value and fires `change`.
      for (const value of ['full', 'partial', 'info']) {
        level.value = value;
        level.dispatchEvent(new Event('change'));
      }
      await until(() => searchRequests().length > before);
      await settled(el);
      watch.disconnect();
      // One search, for the level the citizen stopped on, and one result announced.
      expect(searchRequests().slice(before).map((r) => new URL(r.url).searchParams.get('level'))).to.deep.equal(['info']);
      expect(status(el)).to.match(/^Tìm thấy \d+ thủ tục/);
      expect(statuses.filter((s) => s.startsWith('Tìm thấy'))).to.have.length(1);
      expect(level.value).to.equal('info');
      await expect(el).to.be.accessible();
    });

    it('narrows the agencies to the chosen tier', async () => {
      const el = await plain();
      await until(() => $$(el, '#f-agency option').length > 1);
      const tier = $<HTMLSelectElement>(el, '#f-tier')!;
      tier.value = 'province';
      tier.dispatchEvent(new Event('change'));
      await until(() => searchRequests().length > 0 && lastSearch().get('tier') === 'province');
      await settled(el);
      const shown = $$<HTMLOptionElement>(el, '#f-agency option').slice(1).map((o) => o.value);
      expect(shown).to.deep.equal(AGENCIES.filter((a) => a.tier === 'province').map((a) => a.code));
      expect(lastSearch().get('tier')).to.equal('province');
    });

    it('keeps a chosen agency of the chosen tier on screen, and shows "Tất cả cơ quan" again when the tier drops it', async () => {
      const el = await plain();
      await until(() => $$(el, '#f-agency option').length > 1);
      const agency = $<HTMLSelectElement>(el, '#f-agency')!;
      const tier = $<HTMLSelectElement>(el, '#f-tier')!;
      const shownAgency = () => agency.selectedOptions[0].textContent!.trim();
      const choose = async (select: HTMLSelectElement, value: string) => {
        select.value = value;
        const sent = searchRequests().length;
        select.dispatchEvent(new Event('change'));
        await until(() => searchRequests().length > sent);
        await settled(el);
      };
      await choose(agency, 'XA-NGHIALO');
      // The list narrows around the chosen agency, which moves up in it and stays the one shown.
      await choose(tier, 'commune');
      expect(agency.value).to.equal('XA-NGHIALO');
      expect(shownAgency()).to.equal('UBND phường Nghĩa Lộ');
      expect(lastSearch().get('agency')).to.equal('XA-NGHIALO');
      // An agency of another tier would find nothing: dropped, and the select says so.
      await choose(tier, 'province');
      expect(agency.value).to.equal('');
      expect(shownAgency()).to.equal('Tất cả cơ quan');
      expect(lastSearch().has('agency')).to.equal(false);
      expect(lastSearch().get('tier')).to.equal('province');
      await choose(agency, 'STP');
      await choose(tier, '');
      expect(shownAgency()).to.equal('Sở Tư pháp tỉnh Quảng Ngãi');
      expect(tier.selectedOptions[0].textContent!.trim()).to.equal('Tất cả các cấp');
    });

    it('says when a filter list cannot be loaded, and its retry loads it; focus stays on the filter', async () => {
      setFault('domains', { kind: 'server-error' }, 1);
      const el = await plain();
      const error = (await until(() => $(el, '.filter [part="error"]')))!;
      expect(shadowText(el)).to.contain('Không tải được danh sách lĩnh vực.');
      // The list's select says so too: a screen reader tabbing to it hears why it holds only "all".
      const select = $<HTMLSelectElement>(el, '#f-domain')!;
      const describedBy = (select.getAttribute('aria-describedby') ?? '').split(' ');
      expect(describedBy.map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '').join(' ')).to.contain('Không tải được danh sách lĩnh vực.');
      expect(describedBy).to.include(error.parentElement!.id);
      await expect(el).to.be.accessible();
      // Retried from the keyboard: the button goes with the message, and focus goes to the list's select, not to
      // the page (before: document.body, and the next Tab started from the top of the page).
      $<HTMLButtonElement>(el, '.filter [part="retry-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => $$(el, '#f-domain option').length > 1);
      expect($(el, '.filter [part="error"]')).to.equal(null);
      expect(activeInside(el)?.id).to.equal('f-domain');
      expect(select.hasAttribute('aria-describedby')).to.equal(false);
    });

    it('a list that fails when asked again (a language switch) still shows the choice that applies to the results', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="vi"><dvc-procedure-search api-base=${API}></dvc-procedure-search></div>`);
      const el = wrap.firstElementChild as DvcProcedureSearch;
      await until(() => $$(el, '#f-agency option').length > 1);
      const agency = $<HTMLSelectElement>(el, '#f-agency')!;
      agency.value = 'STP';
      agency.dispatchEvent(new Event('change'));
      await until(() => lastSearch().get('agency') === 'STP');
      await settled(el);
      setFault('agencies', { kind: 'server-error' }, 1);
      wrap.lang = 'en';
      await until(() => $(el, '.filter [part="error"]') && /^Found/.test(status(el)));
      // The results are still Sở Tư pháp's: the select says so (by the agency's code), not "All agencies".
      expect(lastSearch().get('agency')).to.equal('STP');
      expect(agency.value).to.equal('STP');
      expect(agency.selectedOptions[0].textContent!.trim()).to.equal('STP');
      await expect(el).to.be.accessible();
      // Its retry brings the names back, the choice kept.
      $<HTMLButtonElement>(el, '.filter [part="retry-button"]')!.click();
      await until(() => $$(el, '#f-agency option').length > 2);
      expect(agency.value).to.equal('STP');
      expect(agency.selectedOptions[0].textContent!.trim()).to.equal('Sở Tư pháp tỉnh Quảng Ngãi');
    });

    it('a list’s retry, after one lost connection failed the lists and the search, brings back all three', async () => {
      setFault('*', { kind: 'network' });
      const el = await mount(html`<dvc-procedure-search api-base=${API} query="khai sinh"></dvc-procedure-search>`);
      await until(() => $$(el, '.filter [part="error"]').length === 2 && $(el, '.results [part="error"]'));
      clearFaults();
      // The first retry a keyboard or screen reader user meets: the lĩnh vực list's, above the results.
      $<HTMLButtonElement>(el, '.filter [part="retry-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(status(el)).to.match(/^Tìm thấy \d+ thủ tục/);
      expect(names(el)).to.include('Đăng ký khai sinh');
      await until(() => $$(el, '#f-domain option').length > 1 && $$(el, '#f-agency option').length > 1);
      expect($$(el, '[part="error"]')).to.have.length(0);
      expect(activeInside(el)?.id).to.equal('f-domain');
      expect(field(el).value).to.equal('khai sinh');
      await expect(el).to.be.accessible();
    });
  });

  describe('results', () => {
    it('show name, code, lĩnh vực, cơ quan, level (no request, no Tab stop, full name for screen readers), time, fee and the portal link', async () => {
      const el = await plain();
      await searchFor(el, '1.001193');
      const p = PROCEDURES.find((x) => x.code === '1.001193')!;
      expect(status(el)).to.equal('Tìm thấy 1 thủ tục');
      const item = $(el, '[part="result"]')!;
      const text = item.textContent!.replace(/\s+/g, ' ');
      for (const s of [p.name, 'Mã thủ tục', p.code, p.domain.name, p.agency.name, p.processingTime!, p.fee!]) expect(text).to.contain(s);
      expect(p.level).to.equal('full');
      // The level as the badge shows it: its short name on screen, the full official name read instead; no hover label.
      const level = item.querySelector<HTMLElement>('[part="badge"]')!;
      expect(level.querySelector('span[aria-hidden="true"]')!.textContent).to.equal('Toàn trình');
      expect(level.querySelector('.visually-hidden')!.textContent).to.equal('Dịch vụ công trực tuyến toàn trình');
      expect(level.querySelector('svg[aria-hidden="true"]')).to.exist;
      expect(level.tabIndex).to.equal(-1);
      expect(level.querySelector('[tabindex]')).to.equal(null);
      expect(item.querySelector('[part="tooltip"]')).to.equal(null);
      const link = item.querySelector<HTMLAnchorElement>('a[part="portal-link"]')!;
      expect(link.href).to.equal(p.url);
      expect(link.textContent).to.contain('Nộp hồ sơ trực tuyến');
      await new Promise((r) => setTimeout(r, 50));
      expect(requests.filter((r) => r.url.includes('codes='))).to.have.length(0);
      expect($(el, 'nav')).to.equal(null);
    });

    it('link only to http(s) addresses from the API, and following one fires dvc-procedure-select', async () => {
      const base = PROCEDURES[0];
      const item = (code: string, url: string) => ({ ...base, code, name: `Thủ tục ${code}`, url, steps: undefined });
      worker.use(
        http.get(`${API}/procedures`, () =>
          HttpResponse.json({
            items: [item('a', 'javascript:alert(1)'), item('b', 'https://dichvucong.gov.vn/p/b'), item('c', 'data:text/html,x')],
            total: 3,
            page: 1,
            pageSize: 10,
          }),
        ),
      );
      const el = await plain();
      await searchFor(el, 'x');
      const links = $$<HTMLAnchorElement>(el, 'a[part="portal-link"]');
      expect(links.map((a) => a.href)).to.deep.equal(['https://dichvucong.gov.vn/p/b']);
      const selected: string[] = [];
      el.addEventListener('dvc-procedure-select', (e) => selected.push(e.detail.procedure.code));
      links[0].addEventListener('click', (e) => e.preventDefault());
      links[0].click();
      expect(selected).to.deep.equal(['b']);
    });

    describe('highlight the words of the query, whatever the diacritics', () => {
      const cases: [string, string, string[]][] = [
        ['dang ky', 'Đăng ký khai sinh', ['Đăng', 'ký']],
        ['đăng ký', 'Đăng ký khai sinh', ['Đăng', 'ký']],
        ['ĐĂNG KÝ KHAI SINH', 'Đăng ký khai sinh', ['Đăng', 'ký', 'khai', 'sinh']],
        ['dat dai', 'Hòa giải tranh chấp đất đai', ['đất', 'đai']],
        ['đất', 'Tách thửa đất, hợp thửa đất', ['đất', 'đất']],
        ['ket hon', 'Đăng ký kết hôn', ['kết', 'hôn']],
      ];
      for (const [query, name, marked] of cases) {
        it(`"${query}" marks ${marked.join(', ')} in "${name}"`, async () => {
          const el = await plain();
          await searchFor(el, query);
          const index = names(el).indexOf(name);
          expect(index, `${name} in ${names(el).join(' | ')}`).to.be.at.least(0);
          expect(marks(el, index)).to.deep.equal(marked);
          expect(toggles(el)[index].querySelector('mark')!.getAttribute('part')).to.equal('highlight');
        });
      }
    });
  });

  describe('paging', () => {
    it('pages through all results in a labelled nav, moving focus to the results heading', async () => {
      const total = await totalFor('q=dang%20ky');
      const pages = Math.ceil(total / 4);
      const el = await mount(html`<dvc-procedure-search api-base=${API} page-size="4"></dvc-procedure-search>`);
      await searchFor(el, 'dang ky');
      const nav = $(el, 'nav[part="pager"]')!;
      expect(nav.getAttribute('aria-label')).to.equal('Phân trang kết quả');
      expect(nav.textContent).to.contain(`Trang 1/${pages}`);
      expect(status(el)).to.equal(`Tìm thấy ${total} thủ tục. Trang 1/${pages}`);
      const [prev, next] = $$<HTMLButtonElement>(el, '[part="pager-button"]');
      expect(prev.disabled).to.equal(true);
      const first = names(el);
      next.click();
      await until(() => status(el).endsWith(`Trang 2/${pages}`));
      expect(lastSearch().get('page')).to.equal('2');
      expect(lastSearch().get('q')).to.equal('dang ky');
      expect(names(el)).not.to.deep.equal(first);
      expect(activeInside(el)!.id).to.equal('results-heading');
      expect(activeInside(el)!.textContent).to.equal('Kết quả tìm kiếm');
      await expect(el).to.be.accessible();
      // Walk to the last page and back: every result is reachable.
      const seen = new Set(first.concat(names(el)));
      for (let p = 3; p <= pages; p++) {
        $$<HTMLButtonElement>(el, '[part="pager-button"]')[1].click();
        await until(() => status(el).endsWith(`Trang ${p}/${pages}`));
        names(el).forEach((n) => seen.add(n));
      }
      expect($$<HTMLButtonElement>(el, '[part="pager-button"]')[1].disabled).to.equal(true);
      expect(seen.size).to.equal(total);
      $$<HTMLButtonElement>(el, '[part="pager-button"]')[0].click();
      await until(() => status(el).endsWith(`Trang ${pages - 1}/${pages}`));
    });
  });
});

// ─── colour schemes and older browsers ────────────────────────────────────────────────────────────────────

const SCHEMES = await colourSchemes();

/** Results for "khai sinh" with the words marked and the first result opened, after a control to Tab from. */
async function searchWithResults(containerStyle = '') {
  const wrap = await fixture<HTMLElement>(
    html`<div style=${containerStyle}><button>Trước</button><dvc-procedure-search api-base=${API} query="khai sinh"></dvc-procedure-search></div>`,
  );
  const el = wrap.querySelector('dvc-procedure-search')!;
  await settled(el);
  toggles(el)[0].click();
  await until(() => $(el, '[part="details"]'));
  expect(marks(el).length, 'highlighted words').to.be.greaterThan(0);
  return { el, before: wrap.querySelector('button')! };
}

describe('<dvc-procedure-search> in each colour scheme', () => {
  beforeEach(() => useMockApi());

  for (const scheme of SCHEMES) {
    it(`${scheme.title}: results with highlights and an opened result are readable, the focus ring shows, axe-clean`, async () => {
      await scheme.enter();
      try {
        const { el, before } = await searchWithResults(scheme.containerStyle);
        await expectReadableIn(scheme, el, before);
      } finally {
        await scheme.leave();
      }
    });
  }

  it('without light-dark() (Safari 16.4–17.4, Chrome 111–122, Firefox 115–119): the light colours, text, buttons, borders and the focus ring stay visible', async () => {
    await expectFallbackLooksLight(['dvc-procedure-search'], () => searchWithResults(), SCHEMES[0]);
  });
});
