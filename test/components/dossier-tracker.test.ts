import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { Dossier, DossierStatus } from '../../src/api/types.js';
import { dossierCodeFor, sampleDossiers, vnIso } from '../../src/mocks/data/dossiers.js';
import { setFault } from '../../src/mocks/faults.js';
import { API, requests, requestUrls, shadowText, until, useMockApi } from '../helpers/mock-api.js';
import { itNeeds, lacks } from '../helpers/engines.js';
import { colourSchemes, expectFallbackLooksLight, expectReadableIn } from '../helpers/schemes.js';
import { expectVisible } from '../helpers/visibility.js';
import {
  $,
  $$,
  codeInput,
  factsText,
  focused,
  nameOf,
  liveRegion,
  loaded,
  loadedCode,
  lookUp,
  mount,
  statusOf,
  submitButton,
  text,
  type Tracker,
} from './dossier-tracker-helpers.js';

const LABELS: Record<DossierStatus, [string, string]> = {
  1: ['Mới đăng ký', 'Submitted'],
  2: ['Được tiếp nhận', 'Accepted'],
  3: ['Không được tiếp nhận', 'Not accepted'],
  4: ['Đang xử lý', 'In progress'],
  5: ['Yêu cầu bổ sung giấy tờ', 'Documents requested'],
  6: ['Yêu cầu thực hiện nghĩa vụ tài chính', 'Payment requested'],
  7: ['Công dân yêu cầu rút hồ sơ', 'Withdrawn by applicant'],
  8: ['Dừng xử lý', 'Processing stopped'],
  9: ['Đã xử lý xong', 'Completed'],
  10: ['Đã trả kết quả', 'Result returned'],
};

const sample = (status: DossierStatus) => sampleDossiers().find((d) => d.status === status)!;
const CANONICAL = '000.00.53.H48-220921-0099';

/** Answers GET /dossiers/{code} with `dossier` for any code. */
function answer(worker: Awaited<ReturnType<typeof useMockApi>>, dossier: Dossier) {
  worker.use(http.get(`${API}/dossiers/:code`, () => HttpResponse.json(dossier)));
}

describe('<dvc-dossier-tracker>', () => {
  let worker: Awaited<ReturnType<typeof useMockApi>>;
  beforeEach(async () => {
    worker = await useMockApi();
  });

  describe('the form', () => {
    it('has a labelled code field with a hint, a button, sends nothing yet, and passes axe', async () => {
      const el = await mount();
      const input = codeInput(el);
      const label = $(el, 'label[for="code"]')!;
      expect(text(label)).to.equal('Mã hồ sơ');
      expect(input.getAttribute('aria-describedby')).to.contain('code-hint');
      expect(text($(el, '#code-hint'))).to.contain('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
      expect(text(submitButton(el))).to.equal('Tra cứu');
      expect($(el, 'form')!.getAttribute('role')).to.equal('search');
      expect(requests.length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('looks up with Enter, keyboard only: URL-encoded code, focus on the result heading, announcement, event', async () => {
      const el = await mount();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(nameOf(codeInput(el)));
      await sendKeys({ type: CANONICAL });
      const event = oneEvent(el, 'dvc-dossier-load');
      await sendKeys({ press: 'Enter' });
      const { detail } = await event;
      await loaded(el);
      expect(detail).to.deep.equal({ code: CANONICAL, status: 10 });
      expect(requestUrls()).to.deep.equal([`/dossiers/${encodeURIComponent(CANONICAL)}`]);
      expect(focused(el)).to.equal(nameOf($(el, '[part="result-heading"]')));
      expect(text($(el, 'h2'))).to.equal(`Hồ sơ ${CANONICAL}`);
      await until(() => text(liveRegion(el)).includes('Trạng thái: Đã trả kết quả'));
      expect(text(liveRegion(el))).to.contain(`Đã tìm thấy hồ sơ ${CANONICAL}`);
    });

    it('Tab after a lookup moves forward from the result heading, out of the widget, never back to the field', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div lang="vi"><input id="before" aria-label="Trước" /><dvc-dossier-tracker api-base=${API}></dvc-dossier-tracker><input id="after" aria-label="Sau" /></div>`,
      );
      const el = wrap.querySelector('dvc-dossier-tracker')!;
      codeInput(el).focus();
      await sendKeys({ type: CANONICAL });
      await sendKeys({ press: 'Enter' });
      await loaded(el);
      const heading = $(el, '[part="result-heading"]')!;
      await until(() => focused(el) === nameOf(heading));
      // The result holds nothing focusable: the next stop is the page's field after the widget.
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id ?? 'nothing').to.equal('after');
      // Coming back, the heading is no tab stop of its own: focus lands on a control of the form.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement === el).to.equal(true);
      expect(focused(el)).not.to.equal(nameOf(heading));
      expect(heading.getAttribute('tabindex')).to.equal('-1');
    });

    it('looks up with the button, reached by Tab', async () => {
      const el = await mount();
      codeInput(el).focus();
      await sendKeys({ type: dossierCodeFor(4) });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(nameOf(submitButton(el)));
      await sendKeys({ press: 'Enter' });
      await loaded(el);
      expect(statusOf(el)).to.contain('Đang xử lý');
      expect(focused(el)).to.equal(nameOf($(el, '[part="result-heading"]')));
    });

    it('accepts a pasted code with surrounding spaces, line breaks and invisible characters', async () => {
      const el = await mount();
      await lookUp(el, `  \u00a0${CANONICAL}\u200b \n`);
      await loaded(el);
      expect(requestUrls()).to.deep.equal([`/dossiers/${encodeURIComponent(CANONICAL)}`]);
      expect(codeInput(el).value).to.equal(CANONICAL);
      expect(!!$(el, '#code-error')).to.equal(false);
      // The same code pasted again, with its spaces: the field shows it as it is looked up again.
      await lookUp(el, ` ${CANONICAL} `);
      await until(() => requests.length === 2);
      await loaded(el);
      expect(codeInput(el).value).to.equal(CANONICAL);
    });

    it('drops a soft hyphen (U+00AD) and other invisible characters, and reads hyphen look-alikes as the hyphen', async () => {
      // Pasted from a word processor, a PDF or a chat: a soft hyphen where a line may break; the non-breaking
      // hyphen (U+2011), hyphen (U+2010), figure and en dashes, minus sign, full-width hyphen-minus.
      const pasted = [
        `000.00.53.H48-220921-\u00ad0099`,
        `000.00.53.H48\u2011220921\u20110099`,
        `000.00.53.H48\u2010220921\u22120099`,
        `000.00.53.H48\u2012220921\u20130099`,
        `\u200e000.00.53.H48\uff0d220921\u2060-0099\u200f`,
      ];
      const el = await mount();
      for (const [i, value] of pasted.entries()) {
        await lookUp(el, value);
        await until(() => requests.length === i + 1);
        expect(requestUrls()[i], JSON.stringify(value)).to.equal(`/dossiers/${encodeURIComponent(CANONICAL)}`);
        expect(!!$(el, '#code-error'), JSON.stringify(value)).to.equal(false);
        await loaded(el);
        expect(codeInput(el).value).to.equal(CANONICAL);
      }
    });

    it('never names an invisible character in its message: only the visible one to remove', async () => {
      const el = await mount();
      await lookUp(el, '000.00.53.H48#\u00ad220921\u200e');
      expect(text($(el, '#code-error'))).to.equal('Mã hồ sơ chỉ gồm chữ cái, chữ số và các dấu . - _ /. Hãy bỏ ký tự “#”.');
      expect(requests.length).to.equal(0);
    });

    it('keeps the code a string and URL-encodes it in the path', async () => {
      const el = await mount();
      await lookUp(el, 'HS/2024/000123');
      await until(() => $(el, '[part="not-found"]'));
      expect(requestUrls()).to.deep.equal(['/dossiers/HS%2F2024%2F000123']);
      await lookUp(el, '0012');
      await until(() => requests.length === 2 && $(el, '[part="not-found"]'));
      expect(requestUrls()[1]).to.equal('/dossiers/0012');
      expect(shadowText(el)).to.contain('mã 0012');
    });

    const invalid: [string, string, string][] = [
      ['an empty field', '   ', 'Nhập mã hồ sơ.'],
      ['a character that cannot be in a code', '000.00.53.H48#220921', 'Hãy bỏ ký tự “#”.'],
      ['spaces inside the code', '000.00.53.H48 220921 0099', 'Hãy bỏ dấu cách trong mã.'],
      ['markup', '<b>1</b>', 'Hãy bỏ ký tự “<”, “>”.'],
    ];
    for (const [what, value, message] of invalid) {
      it(`rejects ${what} without a request: inline error linked to the field, focus kept on it, axe`, async () => {
        const el = await mount();
        codeInput(el).focus();
        await sendKeys({ type: value.length ? value : ' ' });
        if (!value.trim()) codeInput(el).value = value;
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        const error = $(el, '#code-error')!;
        expect(text(error)).to.contain(message);
        if (value.trim()) expect(text(error)).to.contain('chữ cái, chữ số và các dấu . - _ /');
        const input = codeInput(el);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('code-error');
        expect(focused(el)).to.equal(nameOf(input));
        // Focus did not move, so the message is also spoken by the live region.
        expect(text(liveRegion(el))).to.contain(message);
        expect(requests.length).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }

    it('says the same message again when Enter is pressed again on the same mistake (a live region speaks only on change)', async () => {
      const el = await mount();
      codeInput(el).focus();
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(liveRegion(el).textContent ?? ''));
      observer.observe(liveRegion(el), { subtree: true, childList: true, characterData: true });
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
      observer.takeRecords();
      observer.disconnect();
      // Three presses, three changes of the region's text, each the whole message.
      const texts = said.filter((t, i) => t.trim() && t !== said[i - 1]);
      expect(texts.length).to.equal(3);
      expect(texts.map((t) => t.trim())).to.deep.equal(['Nhập mã hồ sơ.', 'Nhập mã hồ sơ.', 'Nhập mã hồ sơ.']);
    });

    it('moves focus back to the field when the button was used, and clears the error once the code is fixed', async () => {
      const el = await mount();
      await lookUp(el, 'abc$');
      expect(focused(el)).to.equal(nameOf(codeInput(el)));
      expect(text($(el, '#code-error'))).to.contain('“$”');
      await lookUp(el, CANONICAL);
      expect(!!$(el, '#code-error')).to.equal(false);
      expect(codeInput(el).hasAttribute('aria-invalid')).to.equal(false);
      await loaded(el);
    });

    it('accepts other provinces’ formats: letters, digits, . - _ /', async () => {
      const el = await mount();
      for (const [i, code] of ['CNTBD.181121.00334', 'H56_2025/00012', 'hs-2025-1'].entries()) {
        await lookUp(el, code);
        expect(!!$(el, '#code-error'), code).to.equal(false);
        // Sent before the next lookup replaces it: Firefox and WebKit drop a request cancelled that early before
        // the mock API (a service worker) sees it.
        await until(() => requests.length === i + 1);
      }
    });
  });

  describe('the code attribute', () => {
    it('fills the field and looks up at once, without taking focus from the page', async () => {
      const code = dossierCodeFor(2);
      const el = await mount({ code });
      expect(codeInput(el).value).to.equal(code);
      await loaded(el);
      expect(requestUrls()).to.deep.equal([`/dossiers/${encodeURIComponent(code)}`]);
      expect(statusOf(el)).to.contain('Được tiếp nhận');
      expect(focused(el)).to.equal('nothing');
      await until(() => text(liveRegion(el)).includes('Được tiếp nhận'));
    });

    it('looks up again when it changes', async () => {
      const el = await mount({ code: dossierCodeFor(2) });
      await loaded(el);
      el.setAttribute('code', dossierCodeFor(6));
      await loadedCode(el, dossierCodeFor(6));
      expect(statusOf(el)).to.contain('Yêu cầu thực hiện nghĩa vụ tài chính');
      expect(requests.length).to.equal(2);
    });

    it('set again to the code it holds, after the citizen looked up another: shows that dossier again', async () => {
      // A page's "Xem hồ sơ" button sets the tracker's code; in between, the citizen typed another code.
      const [mine, theirs] = [dossierCodeFor(2), dossierCodeFor(6)];
      const el = await mount({ code: mine });
      await loadedCode(el, mine);
      await lookUp(el, theirs);
      await loadedCode(el, theirs);
      el.code = mine;
      await loadedCode(el, mine);
      expect(codeInput(el).value).to.equal(mine);
      // The attribute written again with the value it already has (a page's script).
      await lookUp(el, theirs);
      await loadedCode(el, theirs);
      el.setAttribute('code', mine);
      await loadedCode(el, mine);
      expect(requestUrls()).to.deep.equal([mine, theirs, mine, theirs, mine].map((c) => `/dossiers/${encodeURIComponent(c)}`));
      expect(statusOf(el)).to.contain('Được tiếp nhận');
    });

    it('set again to the code on screen while the citizen types another: the field shows that code again', async () => {
      const code = dossierCodeFor(2);
      const el = await mount({ code });
      await loadedCode(el, code);
      codeInput(el).value = 'HS-DANG-GO';
      codeInput(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      el.code = code;
      await until(() => requests.length === 2);
      await loadedCode(el, code);
      expect(codeInput(el).value, 'the field').to.equal(code);
      expect(requestUrls()).to.deep.equal([code, code].map((c) => `/dossiers/${encodeURIComponent(c)}`));
    });

    it('set again to a blank code: what the citizen typed stays', async () => {
      const el = await mount();
      el.code = '';
      await el.updateComplete;
      codeInput(el).value = 'HS-TYPED';
      codeInput(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      el.code = '';
      el.setAttribute('code', '');
      await el.updateComplete;
      expect(codeInput(el).value).to.equal('HS-TYPED');
      expect(requests.length).to.equal(0);
    });

    it('an invalid code in the attribute shows the error and sends nothing', async () => {
      const el = await mount({ code: 'abc def' });
      expect(text($(el, '#code-error'))).to.contain('dấu cách');
      expect(requests.length).to.equal(0);
    });
  });

  describe('each status', () => {
    for (const status of Object.keys(LABELS).map(Number) as DossierStatus[]) {
      it(`status ${status}: "${LABELS[status][0]}" with an icon, next steps, event and axe`, async () => {
        const code = dossierCodeFor(status);
        const el = await mount();
        const event = oneEvent(el, 'dvc-dossier-load');
        await lookUp(el, code);
        const { detail } = await event;
        await loaded(el);
        expect(detail).to.deep.equal({ code, status });
        const badge = $(el, '[part="status"]')!;
        expect(badge.dataset.status).to.equal(String(status));
        expect(text(badge)).to.equal(`Trạng thái: ${LABELS[status][0]}`);
        expect(badge.querySelector('svg[aria-hidden="true"]')).to.exist;
        expect(text($(el, '[part="next"] h3'))).to.equal('Bạn cần làm gì tiếp theo');
        await expect(el).to.be.accessible();
      });
    }

    it('shows the facts of the dossier exactly as the server sent them, applicant masked by the server', async () => {
      const d = sample(4);
      const el = await mount({ code: d.code });
      await loaded(el);
      const facts = factsText(el);
      expect(facts).to.contain(`Mã hồ sơ ${d.code}`);
      expect(facts).to.contain(`Thủ tục ${d.procedure.name} (${d.procedure.code})`);
      expect(facts).to.contain(`Cơ quan tiếp nhận ${d.agency.name}`);
      expect(facts).to.contain(`Người nộp ${d.applicant}`);
      expect(facts).to.contain('Hình thức nộp Trực tiếp');
      const times = $$(el, '[part="facts"] time');
      const [recv, due] = times;
      expect(recv.getAttribute('datetime')).to.equal(d.receivedAt.slice(0, 16) + '+07:00');
      expect(text(recv)).to.equal(`${d.receivedAt.slice(8, 10)}/${d.receivedAt.slice(5, 7)}/${d.receivedAt.slice(0, 4)} 08:20`);
      expect(due.getAttribute('datetime')).to.equal(d.dueAt!.slice(0, 16) + '+07:00');
      // No finished or returned date for an open dossier.
      expect(facts).not.to.contain('Ngày giải quyết xong');
      expect(facts).not.to.contain('Ngày trả kết quả');
    });

    it('shows finished and returned dates when present, in Vietnam time', async () => {
      const el = await mount({ code: CANONICAL });
      await loaded(el);
      const facts = factsText(el);
      expect(facts).to.contain('Ngày tiếp nhận 21/09/2022 08:30');
      expect(facts).to.contain('Hạn trả kết quả 22/09/2022 17:00');
      expect(facts).to.contain('Ngày giải quyết xong 21/09/2022 15:10');
      expect(facts).to.contain('Ngày trả kết quả 22/09/2022 09:00');
      expect($$(el, '[part="facts"] time').map((t) => t.getAttribute('datetime'))).to.deep.equal([
        '2022-09-21T08:30+07:00',
        '2022-09-22T17:00+07:00',
        '2022-09-21T15:10+07:00',
        '2022-09-22T09:00+07:00',
      ]);
    });

    it('status 5: the reason and the list of documents requested, and to send them', async () => {
      const d = sample(5);
      const el = await mount({ code: d.code });
      await loaded(el);
      const box = $(el, '[part="supplement"]')!;
      expect(text(box.querySelector('h3'))).to.equal('Giấy tờ cần bổ sung');
      expect(text(box)).to.contain(d.supplement!.reason);
      expect([...box.querySelectorAll('ul li')].map(text)).to.deep.equal(d.supplement!.documents);
      expect(text($(el, '[part="next"]'))).to.contain(`Hãy nộp các giấy tờ cơ quan yêu cầu cho ${d.agency.name}`);
      expect(text($(el, '[part="next"]'))).to.contain(`Ghi rõ mã hồ sơ ${d.code}`);
    });

    it('no supplement box for a status other than 5', async () => {
      const d = { ...sample(4), supplement: { requestedAt: vnIso(Date.now(), -1), reason: 'Cũ', documents: ['Giấy cũ'] } };
      answer(worker, d);
      const el = await mount({ code: d.code });
      await loaded(el);
      expect(!!$(el, '[part="supplement"]')).to.equal(false);
    });

    const next: [DossierStatus, string][] = [
      [1, 'Bạn chưa cần làm gì'],
      [2, 'Hãy giữ Giấy tiếp nhận hồ sơ và hẹn trả kết quả'],
      [3, 'nộp hồ sơ mới'],
      [4, 'Bạn chưa cần làm gì'],
      [6, 'Bạn cần nộp phí, lệ phí hoặc thực hiện nghĩa vụ tài chính'],
      [7, 'Hồ sơ đã được rút theo yêu cầu của người nộp'],
      [8, 'Cơ quan đã dừng giải quyết hồ sơ này'],
      [9, 'Hãy đến nhận kết quả tại Bộ phận Một cửa của'],
      [10, 'Bạn có thể đánh giá mức độ hài lòng'],
    ];
    for (const [status, advice] of next) {
      it(`status ${status}: what to do next says "${advice}"`, async () => {
        const el = await mount({ code: dossierCodeFor(status) });
        await loaded(el);
        expect(text($(el, '[part="next"]'))).to.contain(advice);
      });
    }

    it('an open dossier past its due day says the office owes an apology and a new date', async () => {
      const overdue = sampleDossiers().find((d) => d.status === 4 && d.dueAt && Date.parse(d.dueAt) < Date.now())!;
      const el = await mount({ code: overdue.code });
      await loaded(el);
      expect(text($(el, '[part="next"]'))).to.contain('Phiếu xin lỗi và hẹn lại ngày trả kết quả');
    });
  });

  describe('the history', () => {
    it('is an ordered list, oldest first, with dates, units and notes', async () => {
      const d = sample(3);
      answer(worker, { ...d, history: [...d.history].reverse() });
      const el = await mount({ code: d.code });
      await loaded(el);
      const list = $(el, '[part="history"] ol')!;
      expect(text($(el, '[part="history"] h3'))).to.equal('Quá trình xử lý');
      const items = [...list.querySelectorAll('li')];
      expect(items.map((li) => text(li.querySelector('.action')))).to.deep.equal(d.history.map((h) => h.action));
      expect(items[0].querySelector('time')!.getAttribute('datetime')).to.equal(d.history[0].at.slice(0, 16) + '+07:00');
      expect(text(items[1])).to.contain(`Đơn vị: ${d.history[1].unit}`);
      expect(text(items[1])).to.contain(`Ghi chú: ${d.history[1].note}`);
    });

    it('says so when there is no step yet', async () => {
      answer(worker, { ...sample(1), history: [] });
      const el = await mount({ code: dossierCodeFor(1) });
      await loaded(el);
      expect(text($(el, '[part="history"]'))).to.contain('Chưa có bước xử lý nào được ghi lại.');
      await expect(el).to.be.accessible();
    });
  });

  describe('untrusted text from the API', () => {
    it('shows markup as text and creates no element from it', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const d: Dossier = {
        ...sample(5),
        code: evil,
        procedure: { code: evil, name: evil },
        agency: { code: 'X', name: evil },
        applicant: evil,
        channel: evil,
        history: [{ at: vnIso(Date.now(), -1), action: evil, unit: evil, note: evil }],
        supplement: { requestedAt: vnIso(Date.now(), -1), reason: evil, documents: [evil] },
      };
      answer(worker, d);
      const el = await mount({ code: 'HS-1' });
      await loaded(el);
      expect(!!el.shadowRoot!.querySelector('img')).to.equal(false);
      expect(!!document.querySelector('img')).to.equal(false);
      expect(text($(el, 'h2'))).to.equal(`Hồ sơ ${evil}`);
      expect(factsText(el)).to.contain(`Người nộp ${evil}`);
      expect(text($(el, '[part="supplement"] li'))).to.equal(evil);
      expect(text($(el, '[part="history"] .note'))).to.equal(`Ghi chú: ${evil}`);
    });
  });

  describe('loading and a newer lookup', () => {
    it('shows what is being looked up while waiting (axe), then the result', async () => {
      setFault('dossier', { kind: 'slow', ms: 400 }, 1);
      const el = await mount();
      await lookUp(el, CANONICAL);
      const loading = $(el, '[part="loading"]')!;
      expect(text(loading)).to.equal(`Đang tra cứu hồ sơ ${CANONICAL}…`);
      expect(text(liveRegion(el))).to.equal(`Đang tra cứu hồ sơ ${CANONICAL}…`);
      await expect(el).to.be.accessible();
      await loaded(el);
      expect(!!$(el, '[part="loading"]')).to.equal(false);
    });

    it('a citizen who goes on to another field while a slow answer comes keeps their place; the answer is announced', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="vi">
        <dvc-dossier-tracker api-base=${API}></dvc-dossier-tracker>
        <label>Ghi chú <input id="outside" /></label>
      </div>`);
      const el = page.querySelector('dvc-dossier-tracker')!;
      const outside = page.querySelector<HTMLInputElement>('#outside')!;
      await el.updateComplete;
      // Each answer waits until the citizen has gone on.
      let answer = () => {};
      let answered = Promise.resolve();
      let failing = false;
      worker.use(
        http.get(`${API}/dossiers/:code`, async () => {
          await answered;
          return failing ? HttpResponse.json({ type: 'about:blank', title: 'Unavailable', status: 503 }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } }) : undefined;
        }),
      );
      for (const [ending, code] of [['found', dossierCodeFor(2)], ['failed', dossierCodeFor(6)]]) {
        failing = ending === 'failed';
        answered = new Promise((resolve) => (answer = resolve));
        codeInput(el).focus();
        await sendKeys({ type: code });
        await sendKeys({ press: 'Enter' });
        await until(() => requests.length > 0);
        outside.focus();
        await sendKeys({ type: 'a' });
        answer();
        if (ending === 'found') {
          await loaded(el);
          await until(() => text(liveRegion(el)).includes('Được tiếp nhận'));
        } else {
          await until(() => $(el, '[part="retry-button"]'));
        }
        await el.updateComplete;
        expect(document.activeElement === outside, `${ending}: focus stays where the citizen went`).to.equal(true);
        expect(outside.value.startsWith('a')).to.equal(true);
        codeInput(el).value = '';
        requests.length = 0;
      }
      await expect(el).to.be.accessible();
    });

    it('a new lookup aborts the previous one: only the newer result and one event', async () => {
      setFault('dossier', { kind: 'slow', ms: 600 }, 1);
      const el = await mount();
      const events: unknown[] = [];
      el.addEventListener('dvc-dossier-load', (e) => events.push((e as CustomEvent).detail));
      await lookUp(el, dossierCodeFor(1));
      await until(() => requests.length === 1);
      await lookUp(el, dossierCodeFor(9));
      await loadedCode(el, dossierCodeFor(9));
      await new Promise((r) => setTimeout(r, 800));
      expect(text($(el, 'h2'))).to.equal(`Hồ sơ ${dossierCodeFor(9)}`);
      expect(events).to.deep.equal([{ code: dossierCodeFor(9), status: 9 }]);
    });

    it('a newer code that cannot be sent ends the lookup on its way: its answer never takes the field being corrected', async () => {
      setFault('dossier', { kind: 'slow', ms: 600 }, 1);
      const el = await mount();
      const events: unknown[] = [];
      el.addEventListener('dvc-dossier-load', (e) => events.push(e));
      codeInput(el).focus();
      await sendKeys({ type: CANONICAL });
      await sendKeys({ press: 'Enter' });
      await until(() => requests.length === 1);
      // A typo while the first answer is on its way: a space in the middle of the code.
      codeInput(el).select();
      await sendKeys({ type: '000.00.53.H48 220921-0099' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      // Longer than the slow answer: had the first lookup gone on, its dossier would show meanwhile.
      await new Promise((r) => setTimeout(r, 900));
      await el.updateComplete;
      expect(focused(el), 'focus stays on the field being corrected').to.equal(nameOf(codeInput(el)));
      expect(codeInput(el).value).to.equal('000.00.53.H48 220921-0099');
      expect(!!$(el, '[part="result"]'), 'no dossier under a code that was not looked up').to.equal(false);
      expect(!!$(el, '[part="loading"]')).to.equal(false);
      expect(events.length).to.equal(0);
      expect(text($(el, '#code-error'))).to.contain('dấu cách');
      expect(text(liveRegion(el))).to.contain('dấu cách');
      await expect(el).to.be.accessible();
    });

    it('removed while looking up: the request is cancelled; added back: it looks up again', async () => {
      setFault('dossier', { kind: 'slow', ms: 500 }, 1);
      const el = await mount({ code: CANONICAL });
      await until(() => requests.length === 1);
      const events: unknown[] = [];
      el.addEventListener('dvc-dossier-load', (e) => events.push(e));
      const parent = el.parentElement!;
      el.remove();
      // Longer than the slow answer: had the lookup not been cancelled, its result would render meanwhile.
      await new Promise((r) => setTimeout(r, 800));
      expect(!!$(el, '[part="result"]')).to.equal(false);
      expect(events.length).to.equal(0);
      parent.append(el);
      await loaded(el);
      expect(requests.length).to.equal(2);
      expect(focused(el)).to.equal('nothing');
    });

    it('moved in the page while looking up (removed and added back at once): the lookup still completes', async () => {
      // The first lookup never answers by itself, so it is surely still open when the tracker moves, however slow
      // the machine.
      setFault('dossier', { kind: 'hang' }, 1);
      const el = await mount({ code: CANONICAL });
      await until(() => requests.length === 1);
      const other = await fixture<HTMLElement>(html`<section></section>`);
      other.append(el);
      await loaded(el);
      expect(requests.length).to.equal(2);
      expect(text(liveRegion(el))).to.contain('Đã tìm thấy hồ sơ');
    });

    it('an api-base set after the code: looks up once it is there', async () => {
      const el = await fixture<Tracker>(html`<dvc-dossier-tracker code=${CANONICAL}></dvc-dossier-tracker>`);
      expect(requests.length).to.equal(0);
      el.setAttribute('api-base', API);
      await loaded(el);
      expect(requestUrls()).to.deep.equal([`/dossiers/${encodeURIComponent(CANONICAL)}`]);
    });

    it('a new api-base while a dossier shows: the same code looked up again, from the new source (axe)', async () => {
      // A page that serves several provinces points the tracker at another one's API.
      const OTHER = 'https://xa-khac.test/api/v1';
      const asked: string[] = [];
      worker.use(
        http.get(`${OTHER}/dossiers/:code`, ({ params }) => {
          asked.push(String(params.code));
          return HttpResponse.json({ ...sample(9), code: CANONICAL });
        }),
      );
      const el = await mount();
      await lookUp(el, CANONICAL);
      await loadedCode(el, CANONICAL);
      expect(statusOf(el)).to.not.contain('Đã xử lý xong');
      el.setAttribute('api-base', OTHER);
      await until(() => statusOf(el).includes('Đã xử lý xong'));
      expect(asked).to.deep.equal([CANONICAL]);
      expect(codeInput(el).value).to.equal(CANONICAL);
      await until(() => text(liveRegion(el)).includes('Đã xử lý xong'));
      await expect(el).to.be.accessible();
    });

    it('the event bubbles out of the shadow root and crosses shadow boundaries', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const el = document.createElement('dvc-dossier-tracker') as Tracker;
      el.setAttribute('api-base', API);
      el.setAttribute('code', CANONICAL);
      const event = oneEvent(host, 'dvc-dossier-load');
      shadow.append(el);
      const e = await event;
      expect(e.bubbles).to.equal(true);
      expect(e.composed).to.equal(true);
      expect(Object.keys(e.detail).sort()).to.deep.equal(['code', 'status']);
    });
  });

  describe('layout', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('fits 320 px without horizontal scrolling, the button full width', async () => {
      await setViewport({ width: 320, height: 640 });
      const wrap = await fixture<HTMLElement>(html`<div style="width: 320px"><dvc-dossier-tracker api-base=${API}></dvc-dossier-tracker></div>`);
      const el = wrap.firstElementChild as Tracker;
      await lookUp(el, dossierCodeFor(5));
      await loaded(el);
      expect(el.scrollWidth).to.be.at.most(320);
      for (const node of $$(el, '.result, dl, ol, [part="form"]')) expect(node.scrollWidth, node.className).to.be.at.most(node.clientWidth + 1);
      const button = submitButton(el).getBoundingClientRect();
      expect(button.height).to.be.at.least(44);
      expect(Math.round(button.width)).to.equal(Math.round(codeInput(el).getBoundingClientRect().width));
    });

    const expectPrintLayout = (el: Tracker) => {
      expect(getComputedStyle($(el, 'form')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="result"]')!).display).to.equal('block');
      expect(getComputedStyle($(el, '[part="status"]')!).color).to.equal('rgb(0, 0, 0)');
    };

    itNeeds(
      'print-media',
      'prints the dossier without the form or buttons',
      async () => {
        const el = await mount({ code: dossierCodeFor(5) });
        await loaded(el);
        await emulateMedia({ media: 'print' });
        expectPrintLayout(el);
      },
      {
        check: 'the tracker’s own print rules, applied on screen, hide the form and keep the result in black',
        run: async () => {
          const el = await mount({ code: dossierCodeFor(5) });
          await loaded(el);
          const printRules = new CSSStyleSheet();
          for (const sheet of el.shadowRoot!.adoptedStyleSheets) {
            for (const rule of sheet.cssRules) {
              if (!(rule instanceof CSSMediaRule) || !rule.media.mediaText.includes('print')) continue;
              for (const inner of rule.cssRules) printRules.insertRule(inner.cssText, printRules.cssRules.length);
            }
          }
          expect(printRules.cssRules.length, 'print rules').to.be.above(0);
          el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, printRules];
          expectPrintLayout(el);
        },
      },
    );

    after(async () => {
      if (!lacks('print-media')) await emulateMedia({ media: 'screen' });
    });
  });

  describe('in English', () => {
    it('labels, statuses, time limits and next steps, axe', async () => {
      const el = await mount({ lang: 'en' });
      expect(text($(el, 'label[for="code"]'))).to.equal('Dossier code');
      expect(text(submitButton(el))).to.equal('Look up');
      await lookUp(el, dossierCodeFor(2));
      await loaded(el);
      expect(text($(el, 'h2'))).to.equal(`Dossier ${dossierCodeFor(2)}`);
      expect(statusOf(el)).to.equal('Status: Accepted');
      expect(text($(el, '[part="timeliness"]'))).to.equal('Time limit: 3 days left');
      expect(text($(el, '[part="next"] h3'))).to.equal('What to do next');
      expect(factsText(el)).to.contain('Submitted via In person');
      expect(text($(el, '[part="history"] h3'))).to.equal('History');
      await until(() => text(liveRegion(el)).includes('Status: Accepted. 3 days left.'));
      await expect(el).to.be.accessible();
    });

    for (const status of Object.keys(LABELS).map(Number) as DossierStatus[]) {
      it(`status ${status}: "${LABELS[status][1]}"`, async () => {
        const el = await mount({ lang: 'en', code: dossierCodeFor(status) });
        await loaded(el);
        expect(statusOf(el)).to.equal(`Status: ${LABELS[status][1]}`);
      });
    }

    it('a language switch while a lookup is pending is honoured: the answer shows in the new language, one event, focus on the result', async () => {
      setFault('dossier', { kind: 'slow', ms: 500 }, 1);
      const el = await mount();
      const events: unknown[] = [];
      el.addEventListener('dvc-dossier-load', (e) => events.push((e as CustomEvent).detail));
      codeInput(el).focus();
      await sendKeys({ type: dossierCodeFor(9) });
      await sendKeys({ press: 'Enter' });
      await until(() => requests.length === 1);
      el.parentElement!.lang = 'en';
      await until(() => statusOf(el) === 'Status: Completed');
      expect(requests.at(-1)!.headers.get('Accept-Language')).to.equal('en');
      // The Vietnamese answer, had it not been replaced, would have arrived by now.
      await new Promise((r) => setTimeout(r, 600));
      expect(statusOf(el)).to.equal('Status: Completed');
      expect(events).to.deep.equal([{ code: dossierCodeFor(9), status: 9 }]);
      expect(focused(el)).to.equal(nameOf($(el, '[part="result-heading"]')));
      await until(() => text(liveRegion(el)).includes('Status: Completed'));
    });

    it('follows a language change of the page', async () => {
      const el = await mount({ code: dossierCodeFor(9) });
      await loaded(el);
      expect(statusOf(el)).to.contain('Đã xử lý xong');
      el.parentElement!.lang = 'en';
      await until(() => statusOf(el) === 'Status: Completed');
      expect(text($(el, '[part="timeliness"]'))).to.equal('Time limit: 2 days early');
    });
  });

  it('without an API address: tells the webmaster, sends nothing', async () => {
    const errors: unknown[] = [];
    const orig = console.error;
    console.error = (m: unknown) => errors.push(m);
    try {
      const el = await fixture<Tracker>(html`<dvc-dossier-tracker code=${CANONICAL}></dvc-dossier-tracker>`);
      expect(text($(el, '[part="config-error"]'))).to.contain('api-base');
      expect(requests.length).to.equal(0);
      await expect(el).to.be.accessible();
    } finally {
      console.error = orig;
    }
  });
});

// ─── colour schemes and older browsers ────────────────────────────────────────────────────────────────────

const SCHEMES = await colourSchemes();

/**
 * Two results after a control to Tab from: documents requested (the warning colours, the supplement box) and
 * processing stopped (the danger colours).
 */
async function trackersWithResults(containerStyle = '') {
  const wrap = await fixture<HTMLElement>(
    html`<div style=${containerStyle}>
      <button>Trước</button>
      <dvc-dossier-tracker api-base=${API} code=${dossierCodeFor(5)}></dvc-dossier-tracker>
      <dvc-dossier-tracker api-base=${API} code=${dossierCodeFor(8)}></dvc-dossier-tracker>
    </div>`,
  );
  const [el, stopped] = [...wrap.querySelectorAll('dvc-dossier-tracker')];
  await loaded(el);
  await loaded(stopped);
  expect($(el, '[part="supplement"]'), 'the supplement box').to.exist;
  return { el, stopped, before: wrap.querySelector('button')! };
}

describe('<dvc-dossier-tracker> in each colour scheme', () => {
  beforeEach(() => useMockApi());

  for (const scheme of SCHEMES) {
    it(`${scheme.title}: a result is readable, the focus ring shows, axe-clean`, async () => {
      await scheme.enter();
      try {
        const { el, stopped, before } = await trackersWithResults(scheme.containerStyle);
        await expectReadableIn(scheme, el, before);
        expectVisible(stopped);
        await expect(stopped).to.be.accessible();
      } finally {
        await scheme.leave();
      }
    });
  }

  it('without light-dark() (Safari 16.4–17.4, Chrome 111–122, Firefox 115–119): the light colours, text, buttons, borders and the focus ring stay visible', async () => {
    await expectFallbackLooksLight(['dvc-dossier-tracker'], () => trackersWithResults(), SCHEMES[0]);
  });
});
