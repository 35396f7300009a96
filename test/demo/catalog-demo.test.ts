import { expect } from '@open-wc/testing';
import { expectPageAccessible } from '../helpers/axe-page.js';
import { until } from '../helpers/mock-api.js';

/**
 * The demo page of a commune with no API (demo/xa-binh-son.html), with the built CDN file and the catalog folder
 * that the real `catalog` command wrote from the mock API (test/demo/catalog-demo-server.js): what a visitor of
 * `npm start` sees.
 */
const text = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

async function openDemo(): Promise<{ win: Window; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1100px';
  frame.style.height = '900px';
  frame.src = '/demo/xa-binh-son.html';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { win: frame.contentWindow!, doc: frame.contentDocument! };
}

describe('demo: a commune with no API, reading the catalog folder built by the command', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('searches, shows levels and the province figures, and asks nothing but the catalog files', async () => {
    const { win, doc } = await openDemo();
    const search = doc.querySelector('dvc-procedure-search')!;
    // Its code arrives through the loader after the page has loaded.
    await until(() => !!search.shadowRoot?.querySelector('input'), 8000);
    const input = search.shadowRoot!.querySelector('input')!;
    input.value = 'dang ky khai sinh';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    search.shadowRoot!.querySelector('form')!.requestSubmit();
    await until(() => /Tìm thấy \d+ thủ tục/.test(text(search)), 8000);
    expect(text(search)).to.contain('Đăng ký khai sinh');

    const [province, ...byCode] = [...doc.querySelectorAll('dvc-service-level-badge')];
    const levelOf = (el: Element) => el.shadowRoot?.querySelector('[part="badge"]')?.getAttribute('data-level');
    await until(() => byCode.every((b) => ['full', 'partial', 'info'].includes(levelOf(b) ?? '')), 8000);
    await until(() => levelOf(province) === 'stats', 8000);
    expect(text(province)).to.match(/thủ tục trực tuyến/);

    // Only files of the folder: one index for the whole page, and no API anywhere.
    const fetched = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.initiatorType === 'fetch')
      .map((e) => new URL(e.name).pathname);
    expect(fetched.length).to.be.greaterThan(0);
    expect(fetched.every((p) => p.startsWith('/dist/demo/thu-tuc/')), fetched.join(', ')).to.equal(true);
    expect(fetched.filter((p) => p.endsWith('/index.json'))).to.have.length(1);
    await expectPageAccessible(win, doc);
  });
});
