import { expect } from '@open-wc/testing';
import { ENGLISH_MODULE, openFreshPage, type FreshPage } from '../helpers/fresh-page.js';
import { until } from '../helpers/mock-api.js';

/**
 * The built modules (dist/, built by `npm test`): the per-tag modules bundler users import carry Vietnamese
 * only and reach English through dynamic imports; the CDN single file carries both and fetches nothing more.
 */
const TAGS = ['service-level-badge', 'procedure-search', 'dossier-tracker', 'feedback-form'];
/** One sentence of each English catalog. */
const ENGLISH_TEXT = [
  'Try again',
  'Fully online public service',
  'Level unknown',
  'Find an administrative procedure',
  'Look up a dossier',
  'How satisfied are you',
  'Opening the camera',
];

const STATIC_IMPORT = /(?:^|[;\n])\s*(?:import|export)\s*(?:[\w*{}\s,]*?\s*from\s*)?['"](\.{1,2}\/[^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** A module and everything it imports statically, with what each imports dynamically. */
async function staticGraph(entry: string): Promise<Map<string, { code: string; dynamic: string[] }>> {
  const graph = new Map<string, { code: string; dynamic: string[] }>();
  const visit = async (url: string) => {
    if (graph.has(url)) return;
    const res = await fetch(url);
    expect(res.ok, url).to.equal(true);
    const code = await res.text();
    const dynamic = [...code.matchAll(DYNAMIC_IMPORT)].map((m) => new URL(m[1], url).href);
    graph.set(url, { code, dynamic });
    for (const m of code.matchAll(STATIC_IMPORT)) await visit(new URL(m[1], url).href);
  };
  await visit(new URL(entry, location.href).href);
  return graph;
}

describe('the built modules', () => {
  const pages: FreshPage[] = [];
  afterEach(() => pages.splice(0).forEach((p) => p.frame.remove()));

  /** Checks a module's static graph for English and returns the modules it imports dynamically. */
  const withoutEnglish = async (entry: string) => {
    const graph = await staticGraph(entry);
    for (const [url, { code }] of graph) {
      expect(ENGLISH_MODULE.test(url), `${url} is loaded statically`).to.equal(false);
      expect(ENGLISH_TEXT.filter((sentence) => code.includes(sentence)), `English in ${url}`).to.deep.equal([]);
    }
    return [...new Set([...graph.values()].flatMap((m) => m.dynamic))];
  };

  for (const tag of TAGS) {
    it(`dist/${tag}.js carries no English and imports its English chunks only dynamically`, async () => {
      const dynamic = await withoutEnglish(`/dist/${tag}.js`);
      const english = dynamic.filter((url) => ENGLISH_MODULE.test(url));
      expect(english.length, 'English chunks').to.be.greaterThan(1);
      const texts = await Promise.all(english.map(async (url) => (await fetch(url)).text()));
      expect(texts.join('\n')).to.contain('Try again');
      // A part loaded on use (the QR scanner, the catalog search) carries no English either.
      for (const url of dynamic.filter((u) => !ENGLISH_MODULE.test(u))) await withoutEnglish(new URL(url).pathname);
    });
  }

  it('a page of per-tag modules in Vietnamese fetches no English; switched to English, it fetches the tag\'s', async () => {
    const page = await openFreshPage('vi', '/dist/service-level-badge.js');
    pages.push(page);
    page.doc.body.innerHTML = '<dvc-service-level-badge level="full"></dvc-service-level-badge>';
    const badge = page.doc.querySelector('dvc-service-level-badge')!;
    await until(() => !!badge.shadowRoot?.textContent?.includes('Toàn trình'));
    expect(page.englishFetched()).to.deep.equal([]);
    page.doc.documentElement.lang = 'en';
    await until(() => badge.shadowRoot!.textContent!.includes('Fully online'));
    const chunks = page.englishFetched().map((p) => p.split('/').pop()!.replace(/-[\w-]+\.js$/, ''));
    expect(chunks.sort()).to.deep.equal(['badge.en', 'common.en', 'levels.en']);
  });

  it('the CDN single file is self-contained: English at the first render, nothing else fetched', async () => {
    const code = await (await fetch('/dist/cdn/dvc-elements.bundle.js')).text();
    expect(code).not.to.match(/\bimport\s*\(/);
    expect(code).to.contain('Fully online public service');
    const page = await openFreshPage('en', '/dist/cdn/dvc-elements.bundle.js');
    pages.push(page);
    page.doc.body.innerHTML = '<dvc-service-level-badge level="full"></dvc-service-level-badge>';
    const badge = page.doc.querySelector('dvc-service-level-badge') as HTMLElement & { updateComplete: Promise<boolean> };
    await badge.updateComplete;
    expect(badge.shadowRoot!.textContent).to.contain('Fully online');
    const scripts = page.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(scripts.map((p) => p.replace(/^\/__fresh\/[\w.-]+/, ''))).to.deep.equal(['/dist/cdn/dvc-elements.bundle.js']);
  });
});
