import { expect } from '@open-wc/testing';
import { until } from '../helpers/mock-api.js';

/**
 * The real CDN files (dist/cdn/, built by `npm test`) in pages served like a webmaster's: from this origin, talking
 * to the mock API on another origin. Every test runs against both files a webmaster can choose: the loader
 * (dvc-elements.js, which fetches each tag's code beside it) and the single file (dvc-elements.bundle.js). Each
 * page records CSP violations, errors, unhandled rejections and console warnings (pages/record-page-events.js).
 */
interface PageLog {
  violations: string[];
  errors: string[];
  rejections: string[];
  warnings: string[];
  globalsBefore: string[];
}

type CdnFile = 'loader' | 'bundle';

async function openPage(file: CdnFile, name: string): Promise<{ win: Window & { __dvc: PageLog }; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '900px';
  frame.src = `/test/embedding/pages/${file}/${name}.html`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { win: frame.contentWindow as Window & { __dvc: PageLog }, doc: frame.contentDocument!, frame };
}

const text = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const levelOf = (el: Element) => el.shadowRoot?.querySelector('[part="badge"]')?.getAttribute('data-level');
const dvcWarnings = (log: PageLog) => log.warnings.filter((w) => w.includes('dvc-elements'));

/** Waits until every widget on the page has rendered its loaded state. */
async function widgetsReady(doc: Document) {
  const [byCode, byAgency] = [...doc.querySelectorAll('dvc-service-level-badge')];
  await until(() => ['full', 'partial', 'info'].includes(levelOf(byCode)!), 8000);
  await until(() => levelOf(byAgency) === 'stats', 8000);
  for (const tag of ['dvc-procedure-search', 'dvc-dossier-tracker', 'dvc-feedback-form', 'dvc-service-level-badge']) {
    await until(() => doc.defaultView!.customElements.get(tag) !== undefined, 8000);
  }
  await until(() => text(doc.querySelector('dvc-procedure-search')).includes('Đăng ký khai sinh'), 8000);
  await until(() => text(doc.querySelector('dvc-dossier-tracker')).includes('Đã trả kết quả'), 8000);
  await until(() => text(doc.querySelector('dvc-feedback-form')).includes('Bạn có hài lòng với dịch vụ này không?'), 8000);
}

function expectClean(log: PageLog) {
  expect(log.violations, 'CSP violations').to.deep.equal([]);
  expect(log.errors, 'uncaught errors').to.deep.equal([]);
  expect(log.rejections, 'unhandled rejections').to.deep.equal([]);
}

/** The page's own scripts and links: what the webmaster wrote, and nothing the library added. */
const pageTags = (doc: Document) => [...doc.querySelectorAll('script, link, style')].map((e) => e.outerHTML);

for (const file of ['loader', 'bundle'] as const) {
  describe(`embedding the CDN ${file === 'loader' ? 'loader (dvc-elements.js)' : 'single file (dvc-elements.bundle.js)'}`, () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

    it('a plain page: every widget renders and talks to the API on another origin', async () => {
      const { win, doc } = await openPage(file, 'plain');
      expect(new URL(doc.querySelector<HTMLMetaElement>('meta[name="dvc-api-base"]')!.content).origin).not.to.equal(location.origin);
      await widgetsReady(doc);
      expect(text(doc.querySelector('dvc-service-level-badge'))).to.match(/Toàn trình|Một phần|Chỉ cung cấp thông tin/);
      expectClean(win.__dvc);
      expect(dvcWarnings(win.__dvc)).to.deep.equal([]);
    });

    it('from a CDN on another origin, in a sub-folder, under a CSP whose script-src names only that origin', async () => {
      const res = await fetch(`/test/embedding/pages/${file}/other-origin.html`);
      const policy = res.headers.get('Content-Security-Policy')!;
      expect(policy).to.contain("default-src 'none'");
      const { win, doc } = await openPage(file, 'other-origin');
      const src = new URL(doc.querySelector<HTMLScriptElement>('script[type="module"]')!.src);
      expect(src.origin).not.to.equal(location.origin);
      expect(src.pathname).to.match(/^\/thu-vien\/dvc-elements\/[\d.]+\/dvc-elements(\.bundle)?\.js$/);
      expect(policy).to.contain(`script-src 'self' ${src.origin};`);
      await widgetsReady(doc);
      // Every file the library fetched came from beside the script (the others are the page's own recorder and
      // the test server's reload script).
      const scripts = win.performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).initiatorType !== 'fetch')
        .map((e) => new URL(e.name))
        .filter((u) => u.pathname.endsWith('.js') && u.origin !== location.origin);
      expect(scripts.length).to.be.greaterThan(file === 'loader' ? 2 : 0);
      for (const u of scripts) expect(u.href.startsWith(src.href.replace(/[^/]+$/, '')), u.href).to.equal(true);
      expectClean(win.__dvc);
    });

    it("the webmaster's fallback content shows without the script and is replaced once the widget runs", async () => {
      const bare = await openPage(file, 'no-script');
      const fallback = bare.doc.querySelector('dvc-procedure-search .fallback a')!;
      expect(fallback.getClientRects().length).to.be.greaterThan(0);
      const { doc } = await openPage(file, 'plain');
      await widgetsReady(doc);
      const fallbacks = [...doc.querySelectorAll('.fallback')];
      expect(fallbacks.length).to.equal(3);
      for (const f of fallbacks) expect(f.getClientRects().length, f.parentElement!.localName).to.equal(0);
    });

    it('under a strict Content-Security-Policy, everything renders with no violation', async () => {
      const res = await fetch(`/test/embedding/pages/${file}/csp.html`);
      expect(res.headers.get('Content-Security-Policy')).to.contain("default-src 'none'");
      const { win, doc } = await openPage(file, 'csp');
      await widgetsReady(doc);
      expectClean(win.__dvc);
    });

    it('loaded twice: no error, no warning, the widgets work', async () => {
      const { win, doc } = await openPage(file, 'twice');
      await widgetsReady(doc);
      expectClean(win.__dvc);
      expect(dvcWarnings(win.__dvc)).to.deep.equal([]);
    });

    it('two different versions: no error, the first wins, a warning names the clash', async () => {
      const { win, doc } = await openPage(file, 'two-versions');
      await widgetsReady(doc);
      expectClean(win.__dvc);
      await until(() => win.__dvc.warnings.some((w) => w.includes('0.0.9-other') && w.includes('0.1.0')));
    });

    it('hostile host CSS does not reach inside the widgets', async () => {
      const { win, doc } = await openPage(file, 'hostile-css');
      await widgetsReady(doc);
      const badge = doc.querySelector('dvc-service-level-badge')!;
      const pill = badge.shadowRoot!.querySelector('[part="badge"]')!;
      expect(win.getComputedStyle(pill).display).to.equal('inline-flex');
      expect(pill.getClientRects().length).to.be.greaterThan(0);
      expectClean(win.__dvc);
    });

    it('adds nothing to the page: no script, link or style element, no global styles, only the documented globals', async () => {
      const { win, doc } = await openPage(file, 'plain');
      const before = pageTags(doc);
      await widgetsReady(doc);
      expect(pageTags(doc)).to.deep.equal(before);
      expect(doc.querySelectorAll('style').length, '<style> elements in the host page').to.equal(0);
      expect(doc.adoptedStyleSheets.length).to.equal(0);
      const added = Object.keys(win).filter((k) => !win.__dvc.globalsBefore.includes(k) && k !== '__dvc');
      // Lit's own bookkeeping globals (documented in README); the library adds none of its own.
      const LIT_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];
      expect(added.filter((k) => !LIT_GLOBALS.includes(k))).to.deep.equal([]);
      expect(added).to.include('litHtmlVersions');
    });
  });
}

describe('the loader and the single file on one page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('no error; every tag keeps its first definition; one console warning names both files', async () => {
    const { win, doc } = await openPage('loader', 'loader-and-bundle');
    await widgetsReady(doc);
    expectClean(win.__dvc);
    // Whichever copy defined a tag first, the other found it defined and left it.
    const copies = ['dvc-procedure-search', 'dvc-dossier-tracker', 'dvc-feedback-form', 'dvc-service-level-badge'].map(
      (tag) => (win.customElements.get(tag) as unknown as { dvcCopy: object }).dvcCopy,
    );
    expect(copies.every((c) => c !== undefined)).to.equal(true);
    // Both copies have run (the page's load event came after the single file ran) and the loader's code has come:
    // its `discover()` settles once every tag it found has its code.
    const evaluate = (win as unknown as { eval(code: string): Promise<unknown> }).eval;
    await evaluate(`import(${JSON.stringify(doc.querySelector<HTMLScriptElement>('script[src$="dvc-elements.js"]')!.src)}).then((m) => m.discover())`);
    expect(dvcWarnings(win.__dvc)).to.have.length(1);
    expect(dvcWarnings(win.__dvc)[0]).to.contain('dvc-elements.js').and.to.contain('dvc-elements.bundle.js');
    // Code written for one file works with the other: the single file has the loader's `discover` too.
    const bundle = doc.querySelector<HTMLScriptElement>('script[src$="dvc-elements.bundle.js"]')!.src;
    expect(await evaluate(`import(${JSON.stringify(bundle)}).then((m) => m.discover(document)).then(() => 'settled')`)).to.equal('settled');
  });
});
