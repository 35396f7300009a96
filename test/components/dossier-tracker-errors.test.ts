import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http } from 'msw';
import { ApiClient, setApiClientFactory } from '../../src/api/client.js';
import { problem } from '../../src/mocks/handlers.js';
import { sampleDossiers } from '../../src/mocks/data/dossiers.js';
import { clearFaults, setFault, type Fault } from '../../src/mocks/faults.js';
import { API, requests, requestUrls, shadowText, until, useMockApi } from '../helpers/mock-api.js';
import {
  $,
  codeInput,
  enterVerifier,
  focused,
  nameOf,
  liveRegion,
  loaded,
  lookUp,
  mount,
  submitButton,
  text,
  verifierInput,
  type Tracker,
} from './dossier-tracker-helpers.js';

const CANONICAL = '000.00.53.H48-220921-0099';
const PROTECTED = sampleDossiers().find((d) => d.verifier)!;
const LABEL = PROTECTED.verifierLabel!;
const RIGHT = PROTECTED.verifier!;

const retryButton = (el: Tracker) => $<HTMLButtonElement>(el, '[part="retry-button"]');
const errorBox = (el: Tracker) => $(el, '[part="error"]');

describe('<dvc-dossier-tracker> failures', () => {
  let worker: Awaited<ReturnType<typeof useMockApi>>;
  beforeEach(async () => {
    worker = await useMockApi();
  });

  describe('not found', () => {
    it('says "Không tìm thấy hồ sơ" and what to check, without a retry, linked to the field, axe', async () => {
      const el = await mount();
      await lookUp(el, '000.00.53.H48-220921-0O99');
      const box = (await until(() => $(el, '[part="not-found"]')))!;
      expect(box.getAttribute('role')).to.equal('alert');
      const t = text(box);
      expect(t).to.contain('Không tìm thấy hồ sơ');
      expect(t).to.contain('Không có hồ sơ nào mang mã 000.00.53.H48-220921-0O99');
      expect(t).to.contain('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
      expect(t).to.contain('số 0 và chữ O');
      expect(!!retryButton(el)).to.equal(false);
      expect(codeInput(el).getAttribute('aria-describedby')!.split(' ')).to.include('not-found-title');
      expect(codeInput(el).value).to.equal('000.00.53.H48-220921-0O99');
      await expect(el).to.be.accessible();
      // Correcting the code finds the dossier.
      await lookUp(el, CANONICAL);
      await loaded(el);
      expect(!!$(el, '[part="not-found"]')).to.equal(false);
      expect(codeInput(el).getAttribute('aria-describedby')).to.equal('code-hint');
    });

    it('in English', async () => {
      const el = await mount({ lang: 'en' });
      await lookUp(el, 'NOPE-1');
      const box = (await until(() => $(el, '[part="not-found"]')))!;
      expect(text(box)).to.contain('Dossier not found');
      expect(text(box)).to.contain('zero (0) and the letter O');
      await expect(el).to.be.accessible();
    });
  });

  describe('each failure kind shows a message and a retry that works', () => {
    const cases: [string, Fault, string][] = [
      ['server error (500)', { kind: 'server-error' }, 'Hệ thống dịch vụ công đang gặp sự cố. Vui lòng thử lại.'],
      ['unavailable (503) with Retry-After', { kind: 'unavailable', retryAfter: 30 }, 'Vui lòng thử lại sau 30 giây.'],
      ['rate limited (429) with Retry-After', { kind: 'rate-limited', retryAfter: 20 }, 'Có quá nhiều yêu cầu gửi đến trong thời gian ngắn. Vui lòng thử lại sau 20 giây.'],
      ['rate limited (429) for minutes', { kind: 'rate-limited', retryAfter: 300 }, 'Vui lòng thử lại sau khoảng 5 phút.'],
      ['network failure', { kind: 'network' }, 'Không kết nối được với hệ thống dịch vụ công.'],
      ['malformed answer', { kind: 'malformed' }, 'trả về dữ liệu không đúng định dạng'],
      ['answer of the wrong shape', { kind: 'wrong-shape' }, 'trả về dữ liệu không đúng định dạng'],
      ['empty answer', { kind: 'empty' }, 'trả về dữ liệu không đúng định dạng'],
    ];
    for (const [what, fault, message] of cases) {
      it(what, async () => {
        setFault('dossier', fault, 1);
        const el = await mount();
        codeInput(el).focus();
        await sendKeys({ type: CANONICAL });
        await sendKeys({ press: 'Enter' });
        const box = (await until(() => errorBox(el)))!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(text(box)).to.contain('Chưa tra cứu được hồ sơ.');
        expect(text(box)).to.contain(message);
        // The code stays; focus goes to the retry button.
        expect(codeInput(el).value).to.equal(CANONICAL);
        await until(() => focused(el) === nameOf(retryButton(el)));
        await expect(el).to.be.accessible();
        await sendKeys({ press: 'Enter' });
        await loaded(el);
        expect(!!errorBox(el)).to.equal(false);
        expect(requests.length).to.equal(2);
        expect(requestUrls()[1]).to.equal(requestUrls()[0]);
        expect(focused(el)).to.equal(nameOf($(el, '[part="result-heading"]')));
      });
    }

    describe('timeout', () => {
      // Long enough for the retry's normal answer through the mock on a busy machine (1 s was not, once, in WebKit
      // during a whole run); the first one hangs, so the test waits this long once.
      beforeEach(() => setApiClientFactory((opts) => new ApiClient({ ...opts, timeoutMs: 3000 })));
      afterEach(() => setApiClientFactory(null));

      it('says the system took too long, and the retry works', async () => {
        setFault('dossier', { kind: 'hang' });
        const el = await mount();
        await lookUp(el, CANONICAL);
        const box = (await until(() => errorBox(el), 10000))!;
        expect(text(box)).to.contain('Hệ thống dịch vụ công phản hồi quá lâu. Vui lòng thử lại.');
        await expect(el).to.be.accessible();
        // The API answers again (a one-time fault could be taken by the retry instead: an engine may never
        // deliver a request aborted on its way to the mock).
        clearFaults();
        retryButton(el)!.click();
        await loaded(el);
        expect(requests.length).to.equal(2);
      });
    });

    it('a server validation answer (422) is shown without a retry', async () => {
      worker.use(http.get(`${API}/dossiers/:code`, () => problem(422, 'urn:dvc:problem:validation', 'Mã không hợp lệ')));
      const el = await mount();
      await lookUp(el, 'ABC');
      const box = (await until(() => errorBox(el)))!;
      expect(text(box)).to.contain('Thông tin gửi đi chưa hợp lệ.');
      expect(!!retryButton(el)).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('while a retry runs, focus waits on the lookup button, not in the text field (which would open a phone keyboard)', async () => {
      setFault('dossier', { kind: 'server-error' }, 1);
      const el = await mount();
      await lookUp(el, CANONICAL);
      await until(() => retryButton(el) && focused(el) === nameOf(retryButton(el)));
      setFault('dossier', { kind: 'slow', ms: 600 }, 1);
      retryButton(el)!.click();
      await until(() => requests.length === 2);
      await el.updateComplete;
      expect(focused(el)).to.equal(nameOf($(el, '[part="submit"]')));
      await loaded(el);
      expect(focused(el)).to.equal(nameOf($(el, '[part="result-heading"]')));
    });

    it('a retry that fails again shows the message again, focused on the new retry button', async () => {
      setFault('dossier', { kind: 'server-error' }, 2);
      const el = await mount();
      await lookUp(el, CANONICAL);
      await until(() => errorBox(el));
      retryButton(el)!.click();
      await until(() => requests.length === 2 && errorBox(el));
      await until(() => focused(el) === nameOf(retryButton(el)));
      retryButton(el)!.click();
      await loaded(el);
      expect(requests.length).to.equal(3);
    });

    it('in English', async () => {
      setFault('dossier', { kind: 'rate-limited', retryAfter: 20 }, 1);
      const el = await mount({ lang: 'en' });
      await lookUp(el, CANONICAL);
      const box = (await until(() => errorBox(el)))!;
      expect(text(box)).to.contain('The dossier could not be looked up.');
      expect(text(box)).to.contain('Please try again in 20 seconds.');
      expect(text(retryButton(el))).to.equal('Try again');
    });
  });

  describe('a language switch the API does not answer', () => {
    /** Every text the live region takes from now on (not the empty ones: clearing it says nothing). */
    const record = (el: Tracker) => {
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(text(liveRegion(el))));
      observer.observe(liveRegion(el), { subtree: true, childList: true, characterData: true });
      return { said: () => (observer.takeRecords(), said.filter(Boolean)), stop: () => observer.disconnect() };
    };

    it('keeps the dossier on screen, says nothing, and leaves focus and the typed code; a quiet note offers a retry (axe)', async () => {
      const el = await mount({ code: CANONICAL });
      await loaded(el);
      expect(text($(el, '[part="status"]'))).to.equal('Trạng thái: Đã trả kết quả');
      // The citizen has started typing another code.
      codeInput(el).focus();
      codeInput(el).select();
      await sendKeys({ type: '000.00.53' });
      const live = record(el);
      setFault('dossier', { kind: 'network' });
      el.parentElement!.lang = 'en';
      await until(() => requests.length === 2 && retryButton(el));
      await el.updateComplete;
      expect(requests[1].headers.get('Accept-Language')).to.equal('en');

      // The dossier stays, its words in English, with a note above it: not the failure of a lookup.
      expect(text($(el, '[part="result-heading"]')), 'the dossier').to.equal(`Dossier ${CANONICAL}`);
      expect(text($(el, '[part="status"]'))).to.equal('Status: Result returned');
      const note = errorBox(el)!;
      expect(text(note)).to.equal(
        "The dossier's details could not be loaded in English. The public-service system could not be reached. Please check your connection. Please try again. Try again",
      );
      expect(note.getAttribute('role')).to.equal('status');
      expect(live.said(), 'the live region').to.deep.equal([]);
      expect(focused(el)).to.equal(nameOf(codeInput(el)));
      expect(codeInput(el).value).to.equal('000.00.53');
      await expect(el).to.be.accessible();
      live.stop();

      // The connection is back: the retry brings the English answer, focus on its heading, and no load event.
      clearFaults();
      const events: unknown[] = [];
      el.addEventListener('dvc-dossier-load', (e) => events.push(e));
      retryButton(el)!.click();
      await until(() => text(liveRegion(el)).startsWith(`Found dossier ${CANONICAL}.`));
      expect(!!errorBox(el)).to.equal(false);
      expect(requests.length).to.equal(3);
      expect(requests[2].headers.get('Accept-Language')).to.equal('en');
      await until(() => focused(el) === nameOf($(el, '[part="result-heading"]')));
      expect(codeInput(el).value).to.equal('000.00.53');
      expect(events.length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('a retry that fails again keeps the dossier, says so and puts focus on the new retry button', async () => {
      const el = await mount({ code: CANONICAL });
      await loaded(el);
      setFault('dossier', { kind: 'server-error' });
      el.parentElement!.lang = 'en';
      await until(() => requests.length === 2 && retryButton(el));
      retryButton(el)!.click();
      await until(() => requests.length === 3 && retryButton(el));
      await until(() => focused(el) === nameOf(retryButton(el)));
      expect(errorBox(el)!.getAttribute('role')).to.equal('alert');
      expect(text($(el, '[part="result-heading"]'))).to.equal(`Dossier ${CANONICAL}`);
      await expect(el).to.be.accessible();
    });
  });

  describe('verifier', () => {
    /** The protected dossier looked up and `wrong` sent as its verifier: "chưa đúng" shown. */
    const refusedOnce = async (wrong: string) => {
      const el = await mount();
      await lookUp(el, PROTECTED.code);
      await until(() => verifierInput(el));
      await enterVerifier(el, wrong);
      await until(() => $(el, '#verifier-error'));
      return el;
    };

    it('missing: a second field appears, labelled by the server, and takes focus (axe)', async () => {
      const el = await mount();
      await lookUp(el, PROTECTED.code);
      const input = (await until(() => verifierInput(el)))!;
      expect(text($(el, 'label[for="verifier"]'))).to.equal(LABEL);
      expect(text($(el, '#verifier-intro'))).to.contain(`hồ sơ ${PROTECTED.code} cần thêm thông tin xác minh`);
      expect(input.getAttribute('aria-describedby')).to.equal('verifier-intro');
      expect(input.getAttribute('autocomplete')).to.equal('off');
      await until(() => focused(el) === nameOf(input));
      expect(!!$(el, '[part="result"]')).to.equal(false);
      expect(!!$(el, '[part="error"]')).to.equal(false);
      expect(requests[0].headers.has('X-Dossier-Verifier')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('empty: asks for it, without a request', async () => {
      const el = await mount();
      await lookUp(el, PROTECTED.code);
      await until(() => verifierInput(el));
      submitButton(el).click();
      await el.updateComplete;
      expect(text($(el, '#verifier-error'))).to.equal(`Nhập ${LABEL}.`);
      expect(verifierInput(el)!.getAttribute('aria-invalid')).to.equal('true');
      expect(requests.length).to.equal(1);
      expect(focused(el)).to.equal(nameOf(verifierInput(el)));
    });

    it('corrected after a send that failed: "Thử lại" sends the verifier the field holds now', async () => {
      const el = await mount();
      await lookUp(el, PROTECTED.code);
      await until(() => verifierInput(el));
      setFault('dossier', { kind: 'network' }, 1);
      await enterVerifier(el, '0000');
      await until(() => retryButton(el));
      const input = verifierInput(el)!;
      expect(input.value).to.equal('0000');
      input.value = RIGHT;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      retryButton(el)!.click();
      await loaded(el);
      expect(requests.map((r) => r.headers.get('X-Dossier-Verifier'))).to.deep.equal([null, '0000', RIGHT]);
      expect(!!$(el, '#verifier-error')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('wrong, then right: message and typed value kept; then the result, the header sent, never in a URL, event or attribute', async () => {
      const el = await mount();
      const events: CustomEvent[] = [];
      el.addEventListener('dvc-dossier-load', (e) => events.push(e as CustomEvent));
      await lookUp(el, PROTECTED.code);
      const input = (await until(() => verifierInput(el)))!;
      await until(() => focused(el) === nameOf(input));

      await sendKeys({ type: '9999' });
      await sendKeys({ press: 'Enter' });
      await until(() => $(el, '#verifier-error'));
      expect(text($(el, '#verifier-error'))).to.equal('Thông tin xác minh chưa đúng. Kiểm tra lại rồi bấm “Tra cứu”.');
      expect(verifierInput(el)!.value).to.equal('9999');
      expect(verifierInput(el)!.getAttribute('aria-invalid')).to.equal('true');
      expect(verifierInput(el)!.getAttribute('aria-describedby')).to.equal('verifier-intro verifier-error');
      expect(focused(el)).to.equal(nameOf(verifierInput(el)));
      // Focus was already on the field, so the live region says it.
      await until(() => text(liveRegion(el)).includes('Thông tin xác minh chưa đúng'));
      expect(requests[1].headers.get('X-Dossier-Verifier')).to.equal('9999');
      await expect(el).to.be.accessible();

      verifierInput(el)!.select();
      await sendKeys({ type: RIGHT });
      const event = oneEvent(el, 'dvc-dossier-load');
      await sendKeys({ press: 'Enter' });
      await event;
      await loaded(el);
      expect(requests[2].headers.get('X-Dossier-Verifier')).to.equal(RIGHT);
      expect(text($(el, 'h2'))).to.equal(`Hồ sơ ${PROTECTED.code}`);
      expect(!!verifierInput(el)).to.equal(false);
      expect(focused(el)).to.equal(nameOf($(el, '[part="result-heading"]')));

      // Nowhere else: URLs, the event, attributes, storage, the live region.
      for (const r of requests) expect(r.url).not.to.contain(RIGHT);
      expect(requestUrls()).to.deep.equal(Array(3).fill(`/dossiers/${encodeURIComponent(PROTECTED.code)}`));
      expect(events.map((e) => e.detail)).to.deep.equal([{ code: PROTECTED.code, status: PROTECTED.status }]);
      expect(JSON.stringify(events[0].detail)).not.to.contain(RIGHT);
      const attrs = [el, ...el.shadowRoot!.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.value));
      expect(attrs.join(' ')).not.to.contain(RIGHT);
      expect(JSON.stringify({ ...localStorage })).not.to.contain(RIGHT);
      expect(JSON.stringify({ ...sessionStorage })).not.to.contain(RIGHT);
      expect(text(liveRegion(el))).not.to.contain(RIGHT);
      expect(shadowText(el)).not.to.contain(RIGHT);
      await expect(el).to.be.accessible();
    });

    it('wrong, then corrected, then the lookup fails for another reason: no "chưa đúng" beside the value never checked (axe)', async () => {
      const el = await refusedOnce('9999');
      expect(verifierInput(el)!.getAttribute('aria-invalid')).to.equal('true');

      setFault('dossier', { kind: 'network' }, 1);
      await enterVerifier(el, RIGHT);
      await until(() => retryButton(el));
      await el.updateComplete;
      expect(requests.map((r) => r.headers.get('X-Dossier-Verifier'))).to.deep.equal([null, '9999', RIGHT]);
      expect(!!$(el, '#verifier-error'), 'the error of the value refused before').to.equal(false);
      expect(verifierInput(el)!.getAttribute('aria-invalid')).to.equal(null);
      expect(verifierInput(el)!.getAttribute('aria-describedby')).to.equal('verifier-intro');
      expect(verifierInput(el)!.value).to.equal(RIGHT);
      expect(text(errorBox(el))).to.contain('Không kết nối được với hệ thống dịch vụ công.');
      await until(() => focused(el) === nameOf(retryButton(el)));
      await expect(el).to.be.accessible();

      retryButton(el)!.click();
      await loaded(el);
      expect(requests.at(-1)!.headers.get('X-Dossier-Verifier')).to.equal(RIGHT);
    });

    it('"empty", then filled, then the lookup fails for another reason: the field carries no error', async () => {
      const el = await mount();
      await lookUp(el, PROTECTED.code);
      await until(() => verifierInput(el));
      submitButton(el).click();
      await until(() => $(el, '#verifier-error'));
      setFault('dossier', { kind: 'rate-limited', retryAfter: 20 }, 1);
      await enterVerifier(el, RIGHT);
      await until(() => retryButton(el));
      await el.updateComplete;
      expect(!!$(el, '#verifier-error')).to.equal(false);
      expect(verifierInput(el)!.getAttribute('aria-invalid')).to.equal(null);
    });

    it('each send is checked anew: no error while the server has not answered, "chưa đúng" again only when it says so', async () => {
      const el = await refusedOnce('9999');
      setFault('dossier', { kind: 'server-error' }, 1);
      await enterVerifier(el, '9999');
      await until(() => retryButton(el));
      await el.updateComplete;
      expect(!!$(el, '#verifier-error'), 'after a failure that checked nothing').to.equal(false);

      retryButton(el)!.click();
      await until(() => $(el, '#verifier-error'));
      expect(requests.map((r) => r.headers.get('X-Dossier-Verifier'))).to.deep.equal([null, '9999', '9999', '9999']);
      expect(text($(el, '#verifier-error'))).to.contain('chưa đúng');
      expect(verifierInput(el)!.getAttribute('aria-invalid')).to.equal('true');
      expect(!!retryButton(el)).to.equal(false);
    });

    it('kept in memory across a language switch: the dossier stays on screen, then shows in English, asked again with the verifier', async () => {
      const el = await mount();
      await lookUp(el, PROTECTED.code);
      await until(() => verifierInput(el));
      await enterVerifier(el, RIGHT);
      await loaded(el);
      const events: CustomEvent[] = [];
      el.addEventListener('dvc-dossier-load', (e) => events.push(e as CustomEvent));

      setFault('dossier', { kind: 'slow', ms: 400 }, 1);
      el.parentElement!.lang = 'en';
      await until(() => requests.length === 3);
      await el.updateComplete;
      // While the English answer is on its way, the dossier stays, and nothing asks for the verifier again.
      expect(text($(el, '[part="result-heading"]'))).to.match(new RegExp(`^(Hồ sơ|Dossier) ${PROTECTED.code.replace(/\./g, '\\.')}$`));
      expect(!!$(el, '[part="loading"]')).to.equal(false);
      expect(!!verifierInput(el)).to.equal(false);
      // The live region holds no sentence of the old language meanwhile (it is read in the page's new one).
      expect(text(liveRegion(el)), 'the live region under the English page').to.equal('');

      // The English answer is in once it is announced (the English words alone show at once).
      await until(() => text(liveRegion(el)).startsWith(`Found dossier ${PROTECTED.code}.`));
      expect(text($(el, '[part="status"]'))).to.equal('Status: In progress');
      expect(text($(el, '[part="result-heading"]'))).to.equal(`Dossier ${PROTECTED.code}`);
      expect(!!verifierInput(el)).to.equal(false);
      expect(requests[2].headers.get('Accept-Language')).to.equal('en');
      expect(requests[2].headers.get('X-Dossier-Verifier')).to.equal(RIGHT);
      expect(requests.length).to.equal(3);
      // Memory only: not in a URL, the event, an attribute, storage or the text.
      expect(events.length).to.equal(0);
      for (const r of requests) expect(r.url).not.to.contain(RIGHT);
      const attrs = [el, ...el.shadowRoot!.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.value));
      expect(attrs.join(' ')).not.to.contain(RIGHT);
      expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.to.contain(RIGHT);
      expect(shadowText(el)).not.to.contain(RIGHT);
      expect(location.href).not.to.contain(RIGHT);
    });

    it('a language switch with no dossier to ask again (the question, a wrong code): the live region keeps no sentence of the old language', async () => {
      for (const [start, said] of [
        [PROTECTED.code, 'xác minh'],
        ['000.00.53.H48 220921', 'dấu cách'],
      ]) {
        const el = await mount({ code: start });
        await until(() => text(liveRegion(el)).includes(said));
        el.parentElement!.lang = 'en';
        await until(() => text($(el, 'label[for="code"]')).startsWith('Dossier'));
        await el.updateComplete;
        expect(text(liveRegion(el)), `${said}: under the English page`).to.equal('');
        await expect(el).to.be.accessible();
      }
    });

    it('the same code looked up again reuses it; another code drops it for good, and no stale copy is sent later', async () => {
      const el = await mount();
      await lookUp(el, PROTECTED.code);
      await until(() => verifierInput(el));
      await enterVerifier(el, RIGHT);
      await loaded(el);
      // "Tra cứu" again on the same dossier: no second question.
      submitButton(el).click();
      await until(() => requests.length === 3);
      await loaded(el);
      expect(requests[2].headers.get('X-Dossier-Verifier')).to.equal(RIGHT);
      expect(!!verifierInput(el)).to.equal(false);

      await lookUp(el, CANONICAL);
      await until(() => text($(el, '[part="result-heading"]')) === `Hồ sơ ${CANONICAL}`);
      el.parentElement!.lang = 'en';
      // The English words show at once over the dossier on screen; the English answer is in when it is announced.
      // Looked up before that, the English request could be cancelled before it is ever sent.
      await until(() => text(liveRegion(el)).startsWith(`Found dossier ${CANONICAL}.`));
      expect(text($(el, '[part="result-heading"]'))).to.equal(`Dossier ${CANONICAL}`);
      await lookUp(el, PROTECTED.code);
      await until(() => verifierInput(el));
      const after = requests.slice(3);
      expect(after.map((r) => r.url.replace(API, ''))).to.deep.equal([
        `/dossiers/${encodeURIComponent(CANONICAL)}`,
        `/dossiers/${encodeURIComponent(CANONICAL)}`,
        `/dossiers/${encodeURIComponent(PROTECTED.code)}`,
      ]);
      for (const r of after) expect(r.headers.has('X-Dossier-Verifier'), r.url).to.equal(false);
    });

    it('without a label from the server: a generic label', async () => {
      worker.use(http.get(`${API}/dossiers/:code`, () => problem(403, 'urn:dvc:problem:verifier-required', 'Cần thông tin xác minh')));
      const el = await mount();
      await lookUp(el, 'HS-1');
      await until(() => verifierInput(el));
      expect(text($(el, 'label[for="verifier"]'))).to.equal('Thông tin xác minh');
      submitButton(el).click();
      await el.updateComplete;
      expect(text($(el, '#verifier-error'))).to.equal('Nhập thông tin xác minh.');
      await expect(el).to.be.accessible();
    });

    it('without a label from the server, opened by the code attribute: says once that it needs verification information', async () => {
      worker.use(http.get(`${API}/dossiers/:code`, () => problem(403, 'urn:dvc:problem:verifier-required', 'Cần thông tin xác minh')));
      for (const [lang, said] of [
        ['vi', 'Hồ sơ cần thêm thông tin xác minh.'],
        ['en', 'This dossier needs verification information.'],
      ]) {
        const el = await mount({ code: 'HS-1', lang });
        await until(() => verifierInput(el));
        // Before: "…thông tin xác minh: thông tin xác minh." (the generic label put where the API's goes).
        await until(() => /xác minh|verification/.test(text(liveRegion(el))));
        expect(text(liveRegion(el)), lang).to.equal(said);
        await expect(el).to.be.accessible();
        el.remove();
      }
    });

    it('is not sent with another code: a new code is looked up without it', async () => {
      const el = await mount();
      await lookUp(el, PROTECTED.code);
      await until(() => verifierInput(el));
      verifierInput(el)!.value = '1234';
      verifierInput(el)!.dispatchEvent(new Event('input'));
      await lookUp(el, CANONICAL);
      await loaded(el);
      expect(requests[1].headers.has('X-Dossier-Verifier')).to.equal(false);
      expect(!!verifierInput(el)).to.equal(false);
    });

    it('through the code attribute: the field appears without stealing focus', async () => {
      const el = await mount({ code: PROTECTED.code });
      await until(() => verifierInput(el));
      expect(focused(el)).to.equal('nothing');
      await until(() => text(liveRegion(el)).includes(`Hồ sơ cần thêm thông tin xác minh: ${LABEL}.`));
      await enterVerifier(el, RIGHT);
      await loaded(el);
    });

    it('in English', async () => {
      const el = await mount({ lang: 'en' });
      await lookUp(el, PROTECTED.code);
      await until(() => verifierInput(el));
      expect(text($(el, '#verifier-intro'))).to.contain('needs verification information');
      await enterVerifier(el, '0000');
      await until(() => $(el, '#verifier-error'));
      expect(text($(el, '#verifier-error'))).to.contain('The verification information is not correct.');
      await expect(el).to.be.accessible();
    });
  });
});
