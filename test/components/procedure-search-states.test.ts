import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import '../../src/components/procedure-search/procedure-search.js';
import type { DvcProcedureSearch } from '../../src/components/procedure-search/procedure-search.js';
import { PROCEDURES } from '../../src/mocks/data/procedures.js';
import { clearFaults, setFault, type Fault } from '../../src/mocks/faults.js';
import { pressOn } from '../helpers/keys.js';
import { API, requests, shadowText, until, useMockApi } from '../helpers/mock-api.js';

// Details, empty results, loading, every error and its retry, keyboard-only use, English.

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as T | null;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as T[];
const field = (el: Element) => $<HTMLInputElement>(el, 'input#q')!;
const status = (el: Element) => $(el, '[part="status"]')!.textContent!.trim();
const toggles = (el: Element) => $$<HTMLButtonElement>(el, '[part="result-toggle"]');
const toggleFor = (el: Element, name: string) => toggles(el).find((b) => b.textContent!.trim() === name)!;
const searchRequests = () => requests.filter((r) => new URL(r.url).pathname.endsWith('/procedures'));
const activeInside = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const resultsError = (el: Element) => $(el, '.results [part="error"]');

const settled = async (el: DvcProcedureSearch) => {
  await el.updateComplete;
  return until(
    () =>
      $(el, '.outcome')!.getAttribute('aria-busy') === 'false' &&
      (/^(Tìm thấy|Không tìm thấy|Found|No procedure)/.test(status(el)) || !!resultsError(el)),
  );
};

async function searchFor(el: DvcProcedureSearch, text: string) {
  const input = field(el);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
  await settled(el);
}

const plain = () => fixture<DvcProcedureSearch>(html`<dvc-procedure-search api-base=${API}></dvc-procedure-search>`);
const detailsOf = (el: Element, toggle: HTMLButtonElement) => $(el, `#${toggle.getAttribute('aria-controls')}`)!;

describe('<dvc-procedure-search> states', () => {
  let worker: SetupWorker;
  beforeEach(async () => {
    worker = await useMockApi();
  });

  describe('details', () => {
    it('a result opens in place with steps, documents and forms, time and fee per channel, conditions, legal basis', async () => {
      const p = PROCEDURES.find((x) => x.code === '1.001193')!;
      const el = await plain();
      await searchFor(el, 'khai sinh');
      const selected: unknown[] = [];
      el.addEventListener('dvc-procedure-select', (e) => selected.push(e.detail.procedure));
      const toggle = toggleFor(el, p.name);
      const panel = detailsOf(el, toggle);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.equal(false);
      expect(panel.textContent).to.contain('Đang tải thông tin chi tiết…');
      expect((selected[0] as { code: string }).code).to.equal(p.code);
      await until(() => panel.textContent!.includes('Trình tự thực hiện'));
      expect(requests.map((r) => new URL(r.url).pathname).filter((u) => u.includes('/procedures/'))).to.deep.equal([
        '/api/v1/procedures/1.001193',
      ]);
      const text = panel.textContent!.replace(/\s+/g, ' ');
      for (const s of [
        'Cách thực hiện, thời hạn và phí',
        'Nộp trực tiếp',
        'Nộp trực tuyến',
        'Qua dịch vụ bưu chính công ích',
        'Miễn lệ phí; người yêu cầu trả cước dịch vụ bưu chính',
        p.steps![0],
        'Thành phần hồ sơ',
        'Tờ khai đăng ký khai sinh (01 bản chính)',
        'Điều kiện thực hiện',
        p.conditions!,
        'Căn cứ pháp lý',
        '60/2014/QH13: Luật Hộ tịch',
      ]) {
        expect(text).to.contain(s);
      }
      expect(panel.querySelectorAll(':scope ol li')).to.have.length(p.steps!.length);
      const form = panel.querySelector<HTMLAnchorElement>('a[part="form-link"]')!;
      expect(form.href).to.equal(p.documents![0].formUrl);
      expect(form.textContent).to.contain('Tải mẫu');
      expect(form.textContent).to.contain('Tờ khai đăng ký khai sinh');
      await expect(el).to.be.accessible();
      // Closing and opening again uses what was loaded.
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
      toggle.click();
      await el.updateComplete;
      expect(panel.textContent).to.contain('Trình tự thực hiện');
      expect(requests.filter((r) => r.url.includes('/procedures/'))).to.have.length(1);
    });

    /** Searches, opens "Đăng ký kết hôn" and waits for its details' error message. */
    async function detailsFailing() {
      const el = await plain();
      await searchFor(el, 'ket hon');
      const toggle = toggleFor(el, 'Đăng ký kết hôn');
      toggle.click();
      const panel = detailsOf(el, toggle);
      await until(() => panel.querySelector('[part="error"]'));
      return { el, toggle, panel };
    }

    it('shows a failure to load details with a retry that works, keeping focus on the procedure', async () => {
      setFault('procedure', { kind: 'unavailable', retryAfter: 30 }, 1);
      const { el, toggle, panel } = await detailsFailing();
      expect(panel.textContent).to.contain('Chưa tải được thông tin chi tiết của thủ tục.');
      expect(panel.textContent).to.contain('Vui lòng thử lại sau 30 giây.');
      expect(panel.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
      panel.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await until(() => panel.textContent!.includes('Trình tự thực hiện'));
      expect(activeInside(el) === toggle, 'focus stays on this procedure').to.equal(true);
      expect(requests.filter((r) => r.url.includes('/procedures/'))).to.have.length(2);
    });

    // A whole procedure's answer is checked by the code that shows it (it comes with the details' view): an
    // answer that is not a procedure is refused there, as every other answer is.
    it('refuses details that are not a procedure: the malformed-answer message and a retry, nothing of the answer shown', async () => {
      worker.use(http.get(`${API}/procedures/:code`, () => HttpResponse.json({ code: '1.000894', name: '<b>Không phải thủ tục</b>', steps: 'Bước 1' }), { once: true }));
      const { el, panel } = await detailsFailing();
      expect(panel.textContent).to.contain('Chưa tải được thông tin chi tiết của thủ tục.');
      expect(panel.textContent).to.contain('Hệ thống dịch vụ công trả về dữ liệu không đúng định dạng.');
      expect(panel.textContent).not.to.contain('Bước 1');
      expect(panel.textContent).not.to.contain('Không phải thủ tục');
      await expect(el).to.be.accessible();
      panel.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await until(() => panel.textContent!.includes('Trình tự thực hiện'));
    });

    it('says when a procedure has no details yet', async () => {
      worker.use(
        http.get(`${API}/procedures/:code`, ({ params }) =>
          HttpResponse.json({ ...PROCEDURES[0], code: params.code, steps: undefined, documents: undefined, channels: undefined, conditions: undefined, legalBasis: undefined, result: undefined, applicants: undefined }),
        ),
      );
      const el = await plain();
      await searchFor(el, 'khai tu');
      toggles(el)[0].click();
      await until(() => shadowText(el).includes('Chưa có thông tin chi tiết cho thủ tục này.'));
    });
  });

  describe('empty results', () => {
    it('says nothing was found and suggests fewer words', async () => {
      const el = await plain();
      await searchFor(el, 'xyz không có thủ tục này');
      expect(status(el)).to.equal('Không tìm thấy thủ tục nào phù hợp.');
      const empty = $(el, '[part="empty"]')!;
      expect(empty.textContent).to.contain('dùng ít từ hơn');
      expect(empty.querySelector('button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('with a filter chosen, offers to remove the filters, which searches again', async () => {
      const el = await plain();
      await until(() => $$(el, '#f-domain option').length > 1);
      const domain = $<HTMLSelectElement>(el, '#f-domain')!;
      domain.value = 'BC';
      domain.dispatchEvent(new Event('change'));
      await searchFor(el, 'khai sinh');
      expect(status(el)).to.equal('Không tìm thấy thủ tục nào phù hợp.');
      const empty = $(el, '[part="empty"]')!;
      expect(empty.textContent).to.contain('Bỏ bớt bộ lọc đang chọn.');
      await expect(el).to.be.accessible();
      const clear = empty.querySelector('button')!;
      expect(clear.textContent).to.equal('Bỏ tất cả bộ lọc');
      clear.click();
      await settled(el);
      expect(status(el)).to.match(/^Tìm thấy \d+ thủ tục/);
      const last = new URL(searchRequests().at(-1)!.url).searchParams;
      expect(last.get('domain')).to.equal(null);
      expect(last.get('q')).to.equal('khai sinh');
      expect(domain.value).to.equal('');
      expect(activeInside(el)!.id).to.equal('results-heading');
      expect(field(el).value).to.equal('khai sinh');
    });
  });

  describe('a preset scope', () => {
    const scopeLine = (el: Element) => $(el, '[part="scope"]')?.textContent!.replace(/\s+/g, ' ').trim() ?? '(no scope line)';
    const hint = (el: Element) => $(el, '#q-hint')!.textContent!;
    const scoped = async (attrs: ReturnType<typeof html>) => {
      const wrap = await fixture<HTMLElement>(attrs);
      const el = wrap.querySelector('dvc-procedure-search') as DvcProcedureSearch;
      await settled(el);
      return el;
    };

    it("is shown with the agency's name from the API, linked to the field, and the hint suggests no example the scope cannot find", async () => {
      const el = await scoped(html`<div><dvc-procedure-search api-base=${API} agency="STP"></dvc-procedure-search></div>`);
      await until(() => scopeLine(el) === 'Chỉ tìm trong các thủ tục của Sở Tư pháp tỉnh Quảng Ngãi.');
      expect(requests.some((r) => new URL(r.url).pathname.endsWith('/agencies')), 'the agency list is loaded for the name').to.equal(true);
      expect(field(el).getAttribute('aria-describedby')!.split(' ')).to.include($(el, '[part="scope"]')!.id);
      expect(hint(el)).to.equal('Gõ tên thủ tục, có dấu hoặc không dấu.');
      expect(hint(el)).not.to.match(/khai sinh|ket hon|Ví dụ/);
      await expect(el).to.be.accessible();
    });

    it('names every kind of preset: lĩnh vực (from the API), tier and level', async () => {
      const el = await scoped(html`<div><dvc-procedure-search api-base=${API} domain="HT" tier="commune" level="4"></dvc-procedure-search></div>`);
      await until(() => scopeLine(el) === 'Chỉ tìm trong các thủ tục lĩnh vực Hộ tịch, cấp xã, dịch vụ công trực tuyến toàn trình.');
    });

    it('without a preset there is no scope line, and the hint keeps its examples', async () => {
      const el = await plain();
      expect($(el, '[part="scope"]')).to.equal(null);
      expect(hint(el)).to.contain('Ví dụ: khai sinh');
    });

    it('finding nothing in the scope offers one action, the same words over the whole province; the results say so, and the citizen can go back', async () => {
      const el = await scoped(html`<div><dvc-procedure-search api-base=${API} agency="STP"></dvc-procedure-search></div>`);
      const events: { query: string; filters: object }[] = [];
      el.addEventListener('dvc-search', (e) => events.push(e.detail));
      await searchFor(el, 'khai sinh');
      expect(status(el)).to.equal('Không tìm thấy thủ tục nào phù hợp. Bạn có thể tìm trong toàn tỉnh.');
      const empty = $(el, '[part="empty"]')!;
      expect(empty.textContent).not.to.contain('khai sinh” thay cho');
      const buttons = [...empty.querySelectorAll('button')];
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Tìm “khai sinh” trong toàn tỉnh']);
      await expect(el).to.be.accessible();

      // By keyboard: the button, Enter.
      buttons[0].focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      const wide = new URL(searchRequests().at(-1)!.url).searchParams;
      expect(wide.get('q')).to.equal('khai sinh');
      expect(wide.get('agency')).to.equal(null);
      expect(status(el)).to.match(/^Tìm thấy \d+ thủ tục trong toàn tỉnh$/);
      expect(toggles(el).map((b) => b.textContent!.trim())).to.include('Đăng ký khai sinh');
      // Focus on the heading that names the new scope; the live region says the count.
      await until(() => activeInside(el)?.id === 'results-heading');
      expect($(el, '#results-heading')!.textContent).to.equal('Kết quả tìm kiếm trong toàn tỉnh');
      expect(scopeLine(el)).to.equal('Đang tìm trong toàn tỉnh.');
      expect(events.at(-1)!.filters).to.deep.equal({});
      expect(field(el).value).to.equal('khai sinh');
      await expect(el).to.be.accessible();

      // Further searches stay province-wide until the citizen goes back.
      await searchFor(el, 'ket hon');
      expect(new URL(searchRequests().at(-1)!.url).searchParams.get('agency')).to.equal(null);
      const back = $<HTMLButtonElement>(el, '[part="scope-button"]')!;
      expect(back.textContent!.trim()).to.equal('Chỉ tìm trong các thủ tục của Sở Tư pháp tỉnh Quảng Ngãi');
      back.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      const again = new URL(searchRequests().at(-1)!.url).searchParams;
      expect([again.get('q'), again.get('agency')]).to.deep.equal(['ket hon', 'STP']);
      await until(() => activeInside(el)?.id === 'results-heading');
      expect($(el, '#results-heading')!.textContent).to.equal('Kết quả tìm kiếm');
      expect(scopeLine(el)).to.equal('Chỉ tìm trong các thủ tục của Sở Tư pháp tỉnh Quảng Ngãi.');
      expect($(el, '[part="scope-button"]')).to.equal(null);
    });

    it('over the whole province, the preset filter is offered and the agencies are every tier’s; back in the scope, neither (axe)', async () => {
      const el = await scoped(html`<div><dvc-procedure-search api-base=${API} tier="commune"></dvc-procedure-search></div>`);
      const agencies = () => [...el.shadowRoot!.querySelectorAll('#f-agency option')].map((o) => o.textContent!.trim());
      await until(() => agencies().includes('UBND phường Cẩm Thành'));
      expect($(el, '#f-tier')).to.equal(null);
      await searchFor(el, 'luat su');
      $<HTMLButtonElement>(el, '[part="empty"] button')!.click();
      await settled(el);
      expect(toggles(el).map((b) => b.textContent!.trim())).to.include('Đăng ký hành nghề luật sư với tư cách cá nhân');
      expect($<HTMLSelectElement>(el, '#f-tier')?.labels[0].textContent, 'the tier filter').to.equal('Cấp thực hiện');
      await until(() => agencies().includes('Sở Tư pháp tỉnh Quảng Ngãi'));
      expect(agencies()).to.include('UBND phường Cẩm Thành');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part="scope-button"]')!.click();
      await settled(el);
      expect($(el, '#f-tier')).to.equal(null);
      await until(() => !agencies().includes('Sở Tư pháp tỉnh Quảng Ngãi'));
      expect(agencies()).to.include('UBND phường Cẩm Thành');
    });

    it('in English', async () => {
      const el = await scoped(html`<div lang="en"><dvc-procedure-search api-base=${API} agency="STP" level="full"></dvc-procedure-search></div>`);
      await until(() => scopeLine(el) === 'Searching only procedures of Sở Tư pháp tỉnh Quảng Ngãi, fully online.');
      await searchFor(el, 'khai sinh');
      expect(status(el)).to.equal('No procedure matches your search. You can search the whole province.');
      $<HTMLButtonElement>(el, '[part="empty"] button')!.click();
      await settled(el);
      expect(status(el)).to.match(/^Found \d+ procedures? in the whole province$/);
      expect(scopeLine(el)).to.equal('Searching the whole province.');
      expect($(el, '[part="scope-button"]')!.textContent!.trim()).to.equal('Search only procedures of Sở Tư pháp tỉnh Quảng Ngãi, fully online');
    });
  });

  describe('loading', () => {
    it('says it is searching while the API has not answered', async () => {
      setFault('procedures', { kind: 'hang' });
      const el = await plain();
      const input = field(el);
      input.value = 'khai sinh';
      input.dispatchEvent(new Event('input'));
      $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('Đang tìm thủ tục…');
      expect($(el, '.outcome')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '#results-heading')!.textContent).to.equal('Kết quả tìm kiếm');
      await expect(el).to.be.accessible();
      // The hanging request has reached the mock API before the next test sets its own faults (on a busy
      // machine Firefox and WebKit can hand it to the service worker after this test has ended).
      await until(() => searchRequests().length === 1);
    });
  });

  describe('errors', () => {
    const cases: [string, Fault, string][] = [
      ['network', { kind: 'network' }, 'Không kết nối được với hệ thống dịch vụ công. Vui lòng kiểm tra kết nối mạng. Vui lòng thử lại.'],
      ['500', { kind: 'server-error' }, 'Hệ thống dịch vụ công đang gặp sự cố. Vui lòng thử lại.'],
      ['503 with Retry-After', { kind: 'unavailable', retryAfter: 120 }, 'Hệ thống dịch vụ công đang tạm ngừng hoặc quá tải. Vui lòng thử lại sau khoảng 2 phút.'],
      ['429 with Retry-After', { kind: 'rate-limited', retryAfter: 20 }, 'Có quá nhiều yêu cầu gửi đến trong thời gian ngắn. Vui lòng thử lại sau 20 giây.'],
      ['malformed answer', { kind: 'malformed' }, 'Hệ thống dịch vụ công trả về dữ liệu không đúng định dạng. Vui lòng thử lại.'],
      ['answer of the wrong shape', { kind: 'wrong-shape' }, 'Hệ thống dịch vụ công trả về dữ liệu không đúng định dạng. Vui lòng thử lại.'],
    ];
    for (const [name, fault, sentence] of cases) {
      it(`${name}: says what happened and when to try again, keeps the words, and the retry works`, async () => {
        setFault('procedures', fault, 1);
        const el = await plain();
        await searchFor(el, 'khai sinh');
        const error = resultsError(el)!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.textContent).to.contain('Chưa tìm được thủ tục.');
        expect(error.textContent!.replace(/\s+/g, ' ')).to.contain(sentence);
        expect(field(el).value).to.equal('khai sinh');
        expect(status(el)).to.equal('');
        await expect(el).to.be.accessible();
        error.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
        await settled(el);
        expect(status(el)).to.match(/^Tìm thấy \d+ thủ tục/);
        expect(resultsError(el)).to.equal(null);
        expect(searchRequests()).to.have.length(2);
        expect(activeInside(el)!.id).to.equal('results-heading');
      });
    }

    it('typing on while the API cannot be reached says so once, not at each pause; Thử lại says it anew', async () => {
      setFault('procedures', { kind: 'network' });
      const el = await plain();
      const alerts: Element[] = [];
      const observer = new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes) if (n instanceof Element) alerts.push(...(n.matches('[role="alert"]') ? [n] : n.querySelectorAll('[role="alert"]')));
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      const input = field(el);
      input.focus();
      for (const [i, words] of ['khai', 'khai sinh', 'khai sinh con'].entries()) {
        input.value = words;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await until(() => searchRequests().length === i + 1);
        await settled(el);
        expect(resultsError(el)!.textContent).to.contain('Không kết nối được');
      }
      expect(alerts).to.have.length(1);
      expect(activeInside(el)).to.equal(input);
      await expect(el).to.be.accessible();
      resultsError(el)!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await until(() => searchRequests().length === 4);
      await settled(el);
      observer.disconnect();
      expect(alerts).to.have.length(2);
      expect(alerts[1].isConnected).to.equal(true);
    });

    it('a failed search is sent again by Enter, even with the same words', async () => {
      setFault('procedures', { kind: 'server-error' }, 1);
      const el = await plain();
      await searchFor(el, 'khai sinh');
      expect(resultsError(el)).to.exist;
      field(el).focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(status(el)).to.match(/^Tìm thấy/);
      expect(searchRequests()).to.have.length(2);
    });
  });

  describe('removed from the page', () => {
    it('stops waiting for a search when removed mid-request, and searches again when put back', async () => {
      setFault('procedures', { kind: 'hang' }, 1);
      const el = await plain();
      const parent = el.parentElement!;
      const input = field(el);
      input.value = 'khai sinh';
      input.dispatchEvent(new Event('input'));
      $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
      await until(() => searchRequests().length === 1);
      el.remove();
      parent.append(el);
      await settled(el);
      expect(searchRequests()).to.have.length(2);
      expect(status(el)).to.match(/^Tìm thấy \d+ thủ tục/);
      expect(field(el).value).to.equal('khai sinh');
    });

    it('cancels an open procedure\'s details request when removed, and loads them again when put back', async () => {
      const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search api-base=${API} query="khai sinh"></dvc-procedure-search>`);
      await settled(el);
      setFault('procedure', { kind: 'hang' }, 1);
      toggles(el)[0].click();
      const detailRequests = () => requests.filter((r) => /\/procedures\/[^?]+$/.test(new URL(r.url).pathname));
      await until(() => detailRequests().length === 1);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await until(() => shadowText(el).includes('Trình tự thực hiện'));
      expect(detailRequests()).to.have.length(2);
    });
  });

  describe('details across a language switch', () => {
    it('the request in the old language is aborted, the details asked again in the new one, and nothing more', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="vi"><dvc-procedure-search api-base=${API} query="khai sinh"></dvc-procedure-search></div>`);
      const el = wrap.firstElementChild as DvcProcedureSearch;
      await settled(el);
      const details: { lang: string | null; signal: AbortSignal }[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        if (/\/procedures\/[^?]+$/.test(new URL(String(input)).pathname)) {
          details.push({ lang: new Headers(init?.headers).get('Accept-Language'), signal: init!.signal! });
        }
        return realFetch(input, init);
      };
      try {
        setFault('procedure', { kind: 'hang' }, 1);
        toggleFor(el, 'Đăng ký khai sinh').click();
        // The hanging request has reached the mock API (and taken the fault) before the switch: in WebKit an
        // aborted request can otherwise never reach it, and the fault would hang the English one instead.
        await until(() => requests.some((r) => /\/procedures\/[^/]+$/.test(new URL(r.url).pathname)));
        expect(details.length).to.equal(1);
        wrap.lang = 'en';
        await until(() => details.length === 2);
        expect(details.map((d) => d.lang)).to.deep.equal(['vi', 'en']);
        expect(details[0].signal.aborted, 'the Vietnamese request').to.equal(true);
        await until(() => shadowText(el).includes('Steps'));
        expect(details[1].signal.aborted, 'the English request').to.equal(false);
        await new Promise((r) => setTimeout(r, 200));
        expect(details.length).to.equal(2);
      } finally {
        window.fetch = realFetch;
      }
    });
  });

  describe('a language switch the API does not answer', () => {
    /** What the live status line takes from now on, and every alert added. */
    const record = (el: Element) => {
      const said: string[] = [];
      const alerts: Element[] = [];
      const observer = new MutationObserver((records) => {
        said.push(status(el));
        for (const r of records)
          for (const n of r.addedNodes) if (n instanceof Element) alerts.push(...(n.matches('[role="alert"]') ? [n] : n.querySelectorAll('[role="alert"]')));
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      return {
        said: () => {
          observer.takeRecords();
          return [...new Set(said)];
        },
        alerts,
        stop: () => observer.disconnect(),
      };
    };
    const switched = async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="vi"><dvc-procedure-search api-base=${API} query="khai sinh"></dvc-procedure-search></div>`);
      const el = wrap.firstElementChild as DvcProcedureSearch;
      await settled(el);
      const names = toggles(el).map((b) => b.textContent!.trim());
      const count = names.length;
      expect(status(el)).to.equal(`Tìm thấy ${count} thủ tục`);
      // A result open, and focus on it.
      const toggle = toggleFor(el, 'Đăng ký khai sinh');
      toggle.click();
      await until(() => detailsOf(el, toggle).textContent!.includes('Trình tự thực hiện'));
      toggle.focus();
      const live = record(el);
      setFault('procedures', { kind: 'network' });
      setFault('procedure', { kind: 'network' });
      const asked = searchRequests().length;
      wrap.lang = 'en';
      await until(() => searchRequests().length === asked + 1 && resultsError(el));
      await el.updateComplete;
      expect(searchRequests().at(-1)!.headers.get('Accept-Language')).to.equal('en');
      return { el, names, count, toggle, live };
    };

    it('keeps the results and open details on screen, says nothing new, leaves focus and the words; a quiet note offers a retry (axe)', async () => {
      const { el, names, count, toggle, live } = await switched();
      // The widget's words in English, the API's texts as they came.
      expect($(el, '#results-heading')!.textContent).to.equal('Search results');
      expect(toggles(el).map((b) => b.textContent!.trim()), 'the results').to.deep.equal(names);
      expect(toggleFor(el, 'Đăng ký khai sinh'), 'the same result, not a new one').to.equal(toggle);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const details = detailsOf(el, toggle).textContent!;
      expect(details, 'the open details').to.contain('Steps');
      expect(details).to.contain('Tờ khai đăng ký khai sinh');
      const note = resultsError(el)!;
      expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'The results could not be loaded again in English. The public-service system could not be reached. Please check your connection. Please try again. Try again',
      );
      expect(note.getAttribute('role')).to.equal('status');
      expect(note.compareDocumentPosition($(el, '[part="result"]')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'the note above the results').to.not.equal(0);
      // The count on screen, in the page's new language: nothing searched, nothing failed, said.
      expect(live.said(), 'the live region').to.deep.equal([`Found ${count} procedures`]);
      expect(live.alerts, 'alerts').to.deep.equal([]);
      expect(activeInside(el)).to.equal(toggle);
      expect(field(el).value).to.equal('khai sinh');
      await expect(el).to.be.accessible();
      live.stop();

      // The connection is back: the retry brings the results in English.
      clearFaults();
      note.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await settled(el);
      expect(resultsError(el)).to.equal(null);
      expect(status(el)).to.equal(`Found ${count} procedures`);
      expect(searchRequests().at(-1)!.headers.get('Accept-Language')).to.equal('en');
      expect(field(el).value).to.equal('khai sinh');
      await expect(el).to.be.accessible();
    });

    it('a retry that fails again keeps the results and says so; a new search by the citizen ends that state', async () => {
      const { el, names, live } = await switched();
      live.stop();
      const asked = searchRequests().length;
      resultsError(el)!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await until(() => searchRequests().length === asked + 1 && resultsError(el)?.getAttribute('role') === 'alert');
      expect(toggles(el).map((b) => b.textContent!.trim())).to.deep.equal(names);
      await expect(el).to.be.accessible();
      clearFaults();
      await searchFor(el, 'kết hôn');
      expect(resultsError(el)).to.equal(null);
      expect(status(el)).to.match(/^Found \d+ procedures?$/);
      expect(toggles(el).map((b) => b.textContent!.trim())).to.include('Đăng ký kết hôn');
    });

    it('answered, says only the count in the new language; the next search says it is searching', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="vi"><dvc-procedure-search api-base=${API} query="khai sinh"></dvc-procedure-search></div>`);
      const el = wrap.firstElementChild as DvcProcedureSearch;
      await settled(el);
      const count = toggles(el).length;
      const live = record(el);
      wrap.lang = 'en';
      await until(() => searchRequests().length === 2);
      await settled(el);
      expect(live.said()).to.deep.equal([`Found ${count} procedures`]);
      live.stop();
      setFault('procedures', { kind: 'slow', ms: 400 }, 1);
      const input = field(el);
      input.value = 'kết hôn';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
      await until(() => status(el) === 'Searching for procedures…');
      await settled(el);
    });
  });

  describe('keyboard only', () => {
    it('Tab to the field, type, Enter, Tab to a result, Enter and Space open and close it', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <button>before</button>
        <dvc-procedure-search api-base=${API} domain="HT" agency="XA-CAMTHANH" tier="commune" level="full"></dvc-procedure-search>
      </div>`);
      const el = wrap.querySelector('dvc-procedure-search') as DvcProcedureSearch;
      await settled(el);
      wrap.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(activeInside(el) === field(el), 'focus in the search field').to.equal(true);
      await sendKeys({ type: 'khai sinh' });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(field(el).value).to.equal('khai sinh');
      await sendKeys({ press: 'Tab' }); // the search button
      expect(activeInside(el)!.getAttribute('part')).to.equal('submit-button');
      await sendKeys({ press: 'Tab' }); // the first result (no filter controls: all preset)
      const toggle = activeInside(el)!;
      expect(toggle.getAttribute('part')).to.equal('result-toggle');
      expect(toggle.textContent!.trim()).to.equal('Đăng ký khai sinh');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await until(() => detailsOf(el, toggle as HTMLButtonElement).textContent!.includes('Trình tự thực hiện'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      // Next, the portal link of that result, then into the opened details.
      await sendKeys({ press: 'Tab' });
      expect(activeInside(el)!.getAttribute('part')).to.equal('portal-link');
      await sendKeys({ press: 'Tab' });
      expect(activeInside(el)!.getAttribute('part')).to.equal('form-link');
    });

    it('the filters are reachable and operable from the keyboard', async () => {
      const el = await plain();
      await until(() => $$(el, '#f-level option').length > 1);
      const select = $<HTMLSelectElement>(el, '#f-level')!;
      await pressOn(select, 'ArrowDown', () => select.value !== '');
      await settled(el);
      // The level chosen with the keyboard is the one searched for (the second level if a key was pressed again).
      expect(['full', 'partial']).to.include(select.value);
      await until(() => new URL(searchRequests().at(-1)!.url).searchParams.get('level') === select.value);
    });
  });

  describe('in English', () => {
    it('speaks English, with plural counts', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="en"><dvc-procedure-search api-base=${API}></dvc-procedure-search></div>`);
      const el = wrap.firstElementChild as DvcProcedureSearch;
      // Its first render waits for English (fetched for the first widget that speaks it).
      await el.updateComplete;
      expect(field(el).labels![0].textContent).to.equal('Find an administrative procedure');
      expect($(el, '[part="submit-button"]')!.textContent).to.equal('Search');
      await searchFor(el, '1.001193');
      expect(status(el)).to.equal('Found 1 procedure');
      expect($(el, '[part="portal-link"]')!.textContent).to.contain('Apply online');
      expect(shadowText(el)).to.contain('Procedure code');
      await searchFor(el, 'dang ky khai sinh');
      expect(status(el)).to.match(/^Found \d+ procedures$/);
      toggleFor(el, 'Đăng ký khai sinh').click();
      await until(() => shadowText(el).includes('Steps'));
      expect(shadowText(el)).to.contain('In person');
      expect(shadowText(el)).to.contain('Legal basis');
      await expect(el).to.be.accessible();
      await searchFor(el, 'qqqq');
      expect(status(el)).to.equal('No procedure matches your search.');
      await expect(el).to.be.accessible();
    });

    it('English errors and pages', async () => {
      setFault('procedures', { kind: 'rate-limited', retryAfter: 1 }, 1);
      const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search lang="en" page-size="5" api-base=${API}></dvc-procedure-search>`);
      await searchFor(el, 'dang ky');
      expect(resultsError(el)!.textContent).to.contain('Please try again in 1 second.');
      expect(resultsError(el)!.textContent).to.contain('The search did not work.');
      await expect(el).to.be.accessible();
      resultsError(el)!.querySelector('button')!.click();
      await settled(el);
      expect(status(el)).to.match(/^Found \d+ procedures\. Page 1 of \d+$/);
      expect($(el, 'nav')!.getAttribute('aria-label')).to.equal('Result pages');
      await expect(el).to.be.accessible();
    });

    it('keeps what was typed when the language changes', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="vi"><dvc-procedure-search api-base=${API}></dvc-procedure-search></div>`);
      const el = wrap.firstElementChild as DvcProcedureSearch;
      field(el).value = 'chung thuc';
      field(el).dispatchEvent(new Event('input'));
      wrap.lang = 'en';
      await until(() => field(el).labels![0].textContent === 'Find an administrative procedure');
      expect(field(el).value).to.equal('chung thuc');
    });
  });

  describe('at 320 px wide', () => {
    it('needs no horizontal scrolling, and its buttons are at least 44 px high', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="width: 320px"><dvc-procedure-search api-base=${API} page-size="3"></dvc-procedure-search></div>`);
      const el = wrap.firstElementChild as DvcProcedureSearch;
      await searchFor(el, 'dang ky');
      toggles(el)[0].click();
      await until(() => shadowText(el).includes('Trình tự thực hiện'));
      expect(el.scrollWidth).to.be.at.most(320);
      for (const node of $$(el, '*')) expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 80)).to.be.at.most(wrap.getBoundingClientRect().right + 0.5);
      for (const b of $$(el, 'button, input, select')) expect(b.getBoundingClientRect().height, b.outerHTML.slice(0, 60)).to.be.at.least(44);
    });
  });
});
