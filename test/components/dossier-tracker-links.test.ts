import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import '../../src/components/dossier-tracker/dossier-tracker.js';
import { dossierCodeFor, sampleDossiers } from '../../src/mocks/data/dossiers.js';
import { setFault } from '../../src/mocks/faults.js';
import { API, requests, requestUrls, until, useMockApi } from '../helpers/mock-api.js';
import { pageUrl, restorePageUrl, setPageUrl, travel } from '../helpers/page-url.js';
import { historyEntries } from './history-entries.js';
import { $, codeInput, focused, lookUp, loadedCode, nameOf, text, type Tracker } from './dossier-tracker-helpers.js';

// Deep links (SPEC 5.2): a receipt's QR code opens a page with `?ma-ho-so=…`; with `url-state` each lookup is
// a history entry. Every test sets the page URL it needs and puts it back afterwards.

const CANONICAL = '000.00.53.H48-220921-0099';
const PROTECTED = sampleDossiers().find((d) => d.verifier)!;
const lookupUrl = (code: string) => `/dossiers/${encodeURIComponent(code)}`;

interface Options {
  code?: string;
  codeParam?: string;
  urlState?: boolean;
}

async function mount(o: Options = {}): Promise<Tracker> {
  const wrap = await fixture<HTMLElement>(html`<div lang="vi">
    <dvc-dossier-tracker api-base=${API} code=${o.code ?? nothing} code-param=${o.codeParam ?? nothing} ?url-state=${!!o.urlState}></dvc-dossier-tracker>
  </div>`);
  const el = wrap.querySelector('dvc-dossier-tracker')!;
  await el.updateComplete;
  return el;
}

const resultHeading = (el: Tracker) => text($(el, '[part="result-heading"]'));

describe('<dvc-dossier-tracker> deep links', () => {
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

  describe('a receipt link (?ma-ho-so=…)', () => {
    it('fills the field and looks the dossier up at once, keeps focus where it is, and writes nothing', async () => {
      setPageUrl(`?nguon=zalo&ma-ho-so=${CANONICAL}`, '#tra-cuu');
      const entries = historyEntries();
      const el = await mount();
      expect(codeInput(el).value).to.equal(CANONICAL);
      await loadedCode(el, CANONICAL);
      expect(requestUrls()).to.deep.equal([lookupUrl(CANONICAL)]);
      expect(text($(el, '[part="status"]'))).to.contain('Đã trả kết quả');
      // Opening a page is not the citizen's step: focus is not pulled into the widget.
      expect(el.shadowRoot!.activeElement === null).to.equal(true);
      expect(pageUrl()).to.equal(`?nguon=zalo&ma-ho-so=${CANONICAL}#tra-cuu`);
      expect(historyEntries()).to.equal(entries);
    });

    it('reads a code as a typed one: spaces, line breaks and invisible characters around it are dropped', async () => {
      setPageUrl(`?ma-ho-so=++${encodeURIComponent(`\u200b${CANONICAL}\n`)}+`);
      const el = await mount();
      await loadedCode(el, CANONICAL);
      expect(codeInput(el).value).to.equal(CANONICAL);
      expect(requestUrls()).to.deep.equal([lookupUrl(CANONICAL)]);
    });

    it('shows an impossible code in the field with its message, and sends nothing', async () => {
      setPageUrl(`?ma-ho-so=${encodeURIComponent('000.00.53.H48#220921 0099')}`);
      const el = await mount();
      await until(() => $(el, '[part="field-error"]'));
      expect(codeInput(el).value).to.equal('000.00.53.H48#220921 0099');
      expect(codeInput(el).getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '[part="field-error"]'))).to.equal(
        'Mã hồ sơ chỉ gồm chữ cái, chữ số và các dấu . - _ /. Hãy bỏ dấu cách trong mã. Hãy bỏ ký tự “#”.',
      );
      expect(codeInput(el).getAttribute('aria-describedby')).to.contain('code-error');
      await new Promise((r) => setTimeout(r, 100));
      expect(requests.length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('asks for the verifier as usual; it is sent only as a header and never read from or written to the URL', async () => {
      // Even a link that carries something like a verifier: it is not read.
      setPageUrl(`?ma-ho-so=${PROTECTED.code}&xac-minh=${PROTECTED.verifier}&verifier=${PROTECTED.verifier}`);
      const el = await mount({ urlState: true });
      const field = (await until(() => $<HTMLInputElement>(el, 'input#verifier')))!;
      expect(field.value).to.equal('');
      expect(text($(el, 'label[for="verifier"]'))).to.equal('4 số cuối CCCD của người nộp');
      expect(requests[0].headers.has('X-Dossier-Verifier')).to.equal(false);
      setPageUrl(`?ma-ho-so=${PROTECTED.code}`);
      field.value = PROTECTED.verifier!;
      field.dispatchEvent(new Event('input'));
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await loadedCode(el, PROTECTED.code);
      expect(requests.at(-1)!.headers.get('X-Dossier-Verifier')).to.equal(PROTECTED.verifier);
      expect(pageUrl()).to.equal(`?ma-ho-so=${PROTECTED.code}`);
      expect(location.href).not.to.contain(PROTECTED.verifier);
    });

    it('lets the code attribute win over the link', async () => {
      setPageUrl(`?ma-ho-so=${CANONICAL}`);
      const other = dossierCodeFor(4);
      const el = await mount({ code: other });
      await loadedCode(el, other);
      await new Promise((r) => setTimeout(r, 100));
      expect(requestUrls()).to.deep.equal([lookupUrl(other)]);
    });

    it('reads the link when the code attribute is there but empty (a page template with no code to give)', async () => {
      setPageUrl(`?ma-ho-so=${CANONICAL}`);
      for (const code of ['', '  ']) {
        requests.length = 0;
        const el = await mount({ code });
        expect(codeInput(el).value).to.equal(CANONICAL);
        await loadedCode(el, CANONICAL);
        expect(requestUrls()).to.deep.equal([lookupUrl(CANONICAL)]);
        expect(codeInput(el).getAttribute('aria-invalid')).to.equal(null);
      }
    });

    it('reads the parameter code-param names, and none when code-param is empty', async () => {
      setPageUrl(`?ma-ho-so=${CANONICAL}&hs=${dossierCodeFor(2)}`);
      const named = await mount({ codeParam: 'hs' });
      await loadedCode(named, dossierCodeFor(2));
      expect(requestUrls()).to.deep.equal([lookupUrl(dossierCodeFor(2))]);

      requests.length = 0;
      const off = await mount({ codeParam: '' });
      await new Promise((r) => setTimeout(r, 150));
      expect(codeInput(off).value).to.equal('');
      expect(requests.length).to.equal(0);
    });
  });

  describe('url-state', () => {
    it('without url-state, a lookup writes nothing to the URL', async () => {
      setPageUrl('?trang-chu=1', '#tra-cuu');
      const entries = historyEntries();
      const el = await mount();
      await lookUp(el, CANONICAL);
      await loadedCode(el, CANONICAL);
      expect(pageUrl()).to.equal('?trang-chu=1#tra-cuu');
      expect(historyEntries()).to.equal(entries);
    });

    it('a lookup adds a history entry with its code; the page’s parameters, hash and title are kept', async () => {
      setPageUrl('?utm_source=zalo&x=a%20b&flag', '#tra-cuu');
      const title = document.title;
      const entries = historyEntries();
      const el = await mount({ urlState: true });
      await lookUp(el, CANONICAL);
      await loadedCode(el, CANONICAL);
      expect(pageUrl()).to.equal(`?utm_source=zalo&x=a%20b&flag&ma-ho-so=${CANONICAL}`.concat('#tra-cuu'));
      expect(historyEntries()).to.equal(entries + 1);
      const second = dossierCodeFor(4);
      await lookUp(el, second);
      await loadedCode(el, second);
      expect(pageUrl()).to.equal(`?utm_source=zalo&x=a%20b&flag&ma-ho-so=${encodeURIComponent(second)}#tra-cuu`);
      expect(historyEntries()).to.equal(entries + 2);
      // The same lookup again is not a new step.
      await lookUp(el, second);
      expect(historyEntries()).to.equal(entries + 2);
      expect(document.title).to.equal(title);
    });

    it('Back and Forward show each entry’s dossier without moving focus; focus goes to the field when the result goes', async () => {
      setPageUrl('?p=1', '#h');
      const entries = historyEntries();
      const el = await mount({ urlState: true });
      const first = dossierCodeFor(2);
      const second = dossierCodeFor(5);
      await lookUp(el, first);
      await loadedCode(el, first);
      await lookUp(el, second);
      await loadedCode(el, second);
      expect(focused(el)).to.equal(nameOf($(el, '[part="result-heading"]')));
      // Two entries of this test to go back through (never further: that would leave the test page).
      expect(historyEntries()).to.equal(entries + 2);
      requests.length = 0;

      await travel(-1);
      await loadedCode(el, first);
      expect(codeInput(el).value).to.equal(first);
      expect(pageUrl()).to.equal(`?p=1&ma-ho-so=${first}#h`);
      // The heading that had focus was replaced while the other dossier loaded: focus is on the new heading.
      expect(focused(el)).to.equal(nameOf($(el, '[part="result-heading"]')));

      await travel(-1);
      await until(() => !$(el, '[part="result"]'));
      expect(codeInput(el).value).to.equal('');
      expect(pageUrl()).to.equal('?p=1#h');
      await until(() => focused(el) === nameOf(codeInput(el)));

      await travel(1);
      await loadedCode(el, first);
      expect(focused(el)).to.equal(nameOf(codeInput(el)));
      expect(requestUrls()).to.deep.equal([lookupUrl(first), lookupUrl(first)]);
    });

    it('Back with a slow answer: a citizen who went on to another part of the page meanwhile keeps focus there; the dossier is announced', async () => {
      setPageUrl('?p=1');
      const el = await mount({ urlState: true });
      const outside = document.createElement('input');
      outside.setAttribute('aria-label', 'Tìm trong trang');
      el.parentElement!.after(outside);
      try {
        const [first, second] = [dossierCodeFor(2), dossierCodeFor(5)];
        await lookUp(el, first);
        await loadedCode(el, first);
        await lookUp(el, second);
        await loadedCode(el, second);
        expect(focused(el)).to.equal(nameOf($(el, '[part="result-heading"]')));

        setFault('dossier', { kind: 'slow', ms: 400 }, 1);
        requests.length = 0;
        await travel(-1);
        // The heading that had focus goes with the dossier; the citizen goes on to the page's own field and types.
        await until(() => requests.length === 1);
        await el.updateComplete;
        outside.focus();
        await sendKeys({ type: 'abc' });
        await loadedCode(el, first);
        await until(() => text($(el, '[role="status"].announcer')).startsWith(`Đã tìm thấy hồ sơ ${first}.`));
        // Past the moment focus would have moved (after the restore's render).
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        expect(document.activeElement === outside, 'focus in the page’s field').to.equal(true);
        expect(focused(el)).to.equal('nothing');
        expect(outside.value).to.equal('abc');
      } finally {
        outside.remove();
      }
    });

    it('with the code attribute, Back to the first entry shows that code’s dossier again, field filled (axe)', async () => {
      setPageUrl('?x=1');
      const el = await mount({ code: CANONICAL, urlState: true });
      await loadedCode(el, CANONICAL);
      const other = dossierCodeFor(4);
      await lookUp(el, other);
      await loadedCode(el, other);
      expect(pageUrl()).to.equal(`?x=1&ma-ho-so=${encodeURIComponent(other)}`);
      requests.length = 0;

      await travel(-1);
      expect(pageUrl()).to.equal('?x=1');
      await el.updateComplete;
      expect(codeInput(el).value, 'the field').to.equal(CANONICAL);
      await loadedCode(el, CANONICAL);
      expect(requestUrls()).to.deep.equal([lookupUrl(CANONICAL)]);
      // The heading that had focus was replaced while the dossier loaded: focus is on the new heading.
      expect(focused(el)).to.equal(nameOf($(el, '[part="result-heading"]')));
      await expect(el).to.be.accessible();

      await travel(1);
      await loadedCode(el, other);
      expect(codeInput(el).value).to.equal(other);
    });

    it('Back to a link whose code is impossible shows that code with its message and no dossier; Forward shows the dossier (axe)', async () => {
      // A mangled receipt link, then the citizen corrects the code and looks it up.
      const mangled = '000.00.53.H48#220921 0099';
      setPageUrl(`?ma-ho-so=${encodeURIComponent(mangled)}`);
      const el = await mount({ urlState: true });
      await until(() => $(el, '[part="field-error"]'));
      await lookUp(el, CANONICAL);
      await loadedCode(el, CANONICAL);
      expect(pageUrl()).to.equal(`?ma-ho-so=${CANONICAL}`);
      requests.length = 0;

      await travel(-1);
      await until(() => $(el, '[part="field-error"]'));
      await el.updateComplete;
      expect(codeInput(el).value, 'the field').to.equal(mangled);
      expect(!!$(el, '[part="result"]'), 'a dossier under the impossible code').to.equal(false);
      expect(text($(el, '[role="status"].announcer'))).to.contain('Hãy bỏ ký tự “#”.');
      expect(requests.length).to.equal(0);
      await expect(el).to.be.accessible();

      await travel(1);
      await loadedCode(el, CANONICAL);
      expect(codeInput(el).value).to.equal(CANONICAL);
      expect(!!$(el, '[part="field-error"]')).to.equal(false);
      expect(requestUrls()).to.deep.equal([lookupUrl(CANONICAL)]);
    });

    it('a code the page sets after start is a lookup like the citizen’s: a history entry with its code, and Back shows the one before', async () => {
      // The page's own "Xem hồ sơ" button sets the tracker's code.
      setPageUrl('?p=1');
      const entries = historyEntries();
      const el = await mount({ urlState: true });
      const [mine, theirs] = [dossierCodeFor(2), dossierCodeFor(6)];
      await lookUp(el, mine);
      await loadedCode(el, mine);
      el.code = theirs;
      await loadedCode(el, theirs);
      await until(() => pageUrl() === `?p=1&ma-ho-so=${theirs}`);
      expect(historyEntries()).to.equal(entries + 2);
      requests.length = 0;

      await travel(-1);
      await loadedCode(el, mine);
      expect(pageUrl()).to.equal(`?p=1&ma-ho-so=${mine}`);
      expect(codeInput(el).value).to.equal(mine);
      expect(requestUrls()).to.deep.equal([lookupUrl(mine)]);
    });

    it('a page that starts with a code and sets another: Back shows the code it started with, Forward the other', async () => {
      setPageUrl('?x=1');
      const entries = historyEntries();
      const el = await mount({ code: CANONICAL, urlState: true });
      await loadedCode(el, CANONICAL);
      const theirs = dossierCodeFor(6);
      el.code = theirs;
      await loadedCode(el, theirs);
      await until(() => pageUrl() === `?x=1&ma-ho-so=${theirs}`);
      expect(historyEntries()).to.equal(entries + 1);
      requests.length = 0;

      await travel(-1);
      expect(pageUrl()).to.equal('?x=1');
      await loadedCode(el, CANONICAL);
      expect(codeInput(el).value).to.equal(CANONICAL);
      expect(requestUrls()).to.deep.equal([lookupUrl(CANONICAL)]);
      await expect(el).to.be.accessible();

      await travel(1);
      await loadedCode(el, theirs);
      expect(codeInput(el).value).to.equal(theirs);
    });

    it('a reload (a new page on the same URL) shows the same dossier', async () => {
      setPageUrl('?p=1');
      const el = await mount({ urlState: true });
      const code = dossierCodeFor(9);
      await lookUp(el, code);
      await loadedCode(el, code);
      el.remove();
      requests.length = 0;
      const reloaded = await mount({ urlState: true });
      await loadedCode(reloaded, code);
      expect(codeInput(reloaded).value).to.equal(code);
      expect(requestUrls()).to.deep.equal([lookupUrl(code)]);
    });

    it('a popstate that changes only the host’s part of the URL is left alone', async () => {
      setPageUrl('?p=1');
      const el = await mount({ urlState: true });
      await lookUp(el, CANONICAL);
      await loadedCode(el, CANONICAL);
      history.pushState(null, '', `${location.pathname}${location.search}#muc-2`);
      requests.length = 0;
      await travel(-1);
      await new Promise((r) => setTimeout(r, 100));
      expect(requests.length).to.equal(0);
      expect(resultHeading(el)).to.equal(`Hồ sơ ${CANONICAL}`);
    });

    it('two trackers with url-state: the first owns the URL, the second warns once and writes nothing', async () => {
      setPageUrl('?p=1');
      const wrap = await fixture<HTMLElement>(html`<div>
        <dvc-dossier-tracker api-base=${API} url-state></dvc-dossier-tracker>
        <dvc-dossier-tracker api-base=${API} url-state></dvc-dossier-tracker>
      </div>`);
      const [first, second] = [...wrap.querySelectorAll('dvc-dossier-tracker')];
      await Promise.all([first.updateComplete, second.updateComplete]);
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0][0])).to.contain('<dvc-dossier-tracker url-state>');
      const entries = historyEntries();
      await lookUp(second, CANONICAL);
      await loadedCode(second, CANONICAL);
      await lookUp(second, dossierCodeFor(4));
      expect(pageUrl()).to.equal('?p=1');
      expect(historyEntries()).to.equal(entries);
      expect(warnings.length).to.equal(1);
      await lookUp(first, dossierCodeFor(2));
      expect(pageUrl()).to.equal(`?p=1&ma-ho-so=${dossierCodeFor(2)}`);
    });
  });
});
