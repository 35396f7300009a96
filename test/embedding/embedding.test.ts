import { expect } from '@open-wc/testing';
import { until } from '../helpers/mock-api.js';

/**
 * The real CDN bundle (dist/cdn/dvc-elements.js, built by `npm test`) in pages served like a webmaster's:
 * from this origin, talking to the mock API on another origin. Each page records CSP violations, errors,
 * unhandled rejections and console warnings (pages/record-page-events.js).
 */
interface PageLog {
  violations: string[];
  errors: string[];
  rejections: string[];
  warnings: string[];
  globalsBefore: string[];
}

async function openPage(name: string): Promise<{ win: Window & { __dvc: PageLog }; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '900px';
  frame.src = `/test/embedding/pages/${name}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { win: frame.contentWindow as Window & { __dvc: PageLog }, doc: frame.contentDocument!, frame };
}

const text = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const levelOf = (el: Element) => el.shadowRoot?.querySelector('[part="badge"]')?.getAttribute('data-level');

/** Waits until every widget on the page has rendered its loaded state. */
async function widgetsReady(doc: Document) {
  const [byCode, byAgency] = [...doc.querySelectorAll('dvc-service-level-badge')];
  await until(() => ['full', 'partial', 'info'].includes(levelOf(byCode)!), 6000);
  await until(() => levelOf(byAgency) === 'stats', 6000);
  for (const tag of ['dvc-procedure-search', 'dvc-dossier-tracker', 'dvc-feedback-form', 'dvc-service-level-badge']) {
    expect(doc.defaultView!.customElements.get(tag) !== undefined, `<${tag}> is defined`).to.equal(true);
  }
  await until(() => text(doc.querySelector('dvc-procedure-search')).includes('Đăng ký khai sinh'), 6000);
  await until(() => text(doc.querySelector('dvc-dossier-tracker')).includes('Đã trả kết quả'), 6000);
  await until(() => text(doc.querySelector('dvc-feedback-form')).includes('Bạn có hài lòng với dịch vụ này không?'), 6000);
}

function expectClean(log: PageLog) {
  expect(log.violations, 'CSP violations').to.deep.equal([]);
  expect(log.errors, 'uncaught errors').to.deep.equal([]);
  expect(log.rejections, 'unhandled rejections').to.deep.equal([]);
}

describe('embedding the CDN bundle', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a plain page: every widget renders and talks to the API on another origin', async () => {
    const { win, doc } = await openPage('plain.html');
    expect(new URL(doc.querySelector<HTMLMetaElement>('meta[name="dvc-api-base"]')!.content).origin).not.to.equal(location.origin);
    await widgetsReady(doc);
    expect(text(doc.querySelector('dvc-service-level-badge'))).to.match(/Toàn trình|Một phần|Cung cấp thông tin/);
    expectClean(win.__dvc);
    expect(win.__dvc.warnings.filter((w) => w.includes('dvc-elements'))).to.deep.equal([]);
  });

  it('the webmaster\'s fallback content shows without the script and is replaced once the widget runs', async () => {
    const bare = await openPage('no-script.html');
    const fallback = bare.doc.querySelector('dvc-procedure-search .fallback a')!;
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
    const { doc } = await openPage('plain.html');
    await widgetsReady(doc);
    const fallbacks = [...doc.querySelectorAll('.fallback')];
    expect(fallbacks.length).to.equal(3);
    for (const f of fallbacks) expect(f.getClientRects().length, f.parentElement!.localName).to.equal(0);
  });

  it('under a strict Content-Security-Policy, everything renders with no violation', async () => {
    const res = await fetch('/test/embedding/pages/csp.html');
    expect(res.headers.get('Content-Security-Policy')).to.contain("default-src 'none'");
    const { win, doc } = await openPage('csp.html');
    await widgetsReady(doc);
    expectClean(win.__dvc);
  });

  it('the bundle loaded twice: no error, no warning, the widgets work', async () => {
    const { win, doc } = await openPage('twice.html');
    await widgetsReady(doc);
    expectClean(win.__dvc);
    expect(win.__dvc.warnings.filter((w) => w.includes('dvc-elements'))).to.deep.equal([]);
  });

  it('two different versions: no error, the first wins, a warning names the clash', async () => {
    const { win, doc } = await openPage('two-versions.html');
    await widgetsReady(doc);
    expectClean(win.__dvc);
    await until(() => win.__dvc.warnings.some((w) => w.includes('0.0.9-other') && w.includes('0.1.0')));
  });

  it('hostile host CSS does not reach inside the widgets', async () => {
    const { win, doc } = await openPage('hostile-css.html');
    await widgetsReady(doc);
    const badge = doc.querySelector('dvc-service-level-badge')!;
    const pill = badge.shadowRoot!.querySelector('[part="badge"]')!;
    expect(win.getComputedStyle(pill).display).to.equal('inline-flex');
    expect(pill.getClientRects().length).to.be.greaterThan(0);
    expectClean(win.__dvc);
  });

  it('adds no global styles and only the documented globals', async () => {
    const { win, doc } = await openPage('plain.html');
    await widgetsReady(doc);
    expect(doc.querySelectorAll('style').length, '<style> elements in the host page').to.equal(0);
    expect(doc.adoptedStyleSheets.length).to.equal(0);
    const added = Object.keys(win).filter((k) => !win.__dvc.globalsBefore.includes(k) && k !== '__dvc');
    // Lit's own bookkeeping globals (documented in README); the library adds none of its own.
    const LIT_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];
    expect(added.filter((k) => !LIT_GLOBALS.includes(k))).to.deep.equal([]);
    expect(added).to.include('litHtmlVersions');
  });
});

