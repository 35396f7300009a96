import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/procedure-search/procedure-search.js';
import '../../src/components/service-level-badge/service-level-badge.js';
import '../../src/components/dossier-tracker/dossier-tracker.js';
import '../../src/components/feedback-form/feedback-form.js';
import { API, shadowText, until, useMockApi } from '../helpers/mock-api.js';

// The catalog's code is fetched only by pages that use a catalog. This file imports nothing from src/catalog/
// (nor the catalog test helper, which does), so whatever of it the page loads, a widget loaded.

// The test page loads hundreds of modules: room for every one (the default buffer keeps only the first 250).
performance.setResourceTimingBufferSize(100_000);

const catalogModulesLoaded = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/src/catalog/'))
    // The catalog's file-name rule is also read by the mock catalog folder this test page serves.
    .filter((p) => p !== '/src/catalog/file-name.ts');

/** Every module a built file imports, statically or dynamically, followed through the static imports. */
async function importGraph(entry: string): Promise<{ eager: string[]; lazy: string[] }> {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = async (url: string) => {
    if (eager.has(url)) return;
    eager.add(url);
    const code = await (await fetch(url)).text();
    const base = new URL(url, location.href);
    const specifiers = (re: RegExp) => [...code.matchAll(re)].map((m) => new URL(m[1], base).pathname);
    for (const dep of specifiers(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) await visit(dep);
    for (const dep of specifiers(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) lazy.add(dep);
  };
  await visit(entry);
  return { eager: [...eager], lazy: [...lazy].filter((l) => !eager.has(l)) };
}

describe('the catalog chunk', () => {
  beforeEach(async () => {
    await useMockApi();
  });

  it('is not downloaded by a page whose widgets have no catalog, and is once one has', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <dvc-procedure-search api-base=${API} query="khai sinh"></dvc-procedure-search>
      <dvc-service-level-badge api-base=${API} procedure="1.001193"></dvc-service-level-badge>
      <dvc-service-level-badge api-base=${API} agency="STP"></dvc-service-level-badge>
      <dvc-dossier-tracker api-base=${API}></dvc-dossier-tracker>
      <dvc-feedback-form api-base=${API}></dvc-feedback-form>
    </div>`);
    const search = wrap.querySelector('dvc-procedure-search')!;
    await until(() => /^Tìm thấy/.test(shadowText(search)) || shadowText(search).includes('Tìm thấy'));
    await until(() => wrap.querySelectorAll('dvc-service-level-badge')[1].shadowRoot!.querySelector('[part="breakdown"]'));
    expect(catalogModulesLoaded()).to.deep.equal([]);

    // The same detector sees it as soon as a widget reads a catalog.
    const withCatalog = await fixture<HTMLElement>(html`<dvc-procedure-search catalog="https://tinh.test/thu-tuc/" query="khai sinh"></dvc-procedure-search>`);
    await until(() => shadowText(withCatalog).includes('Tìm thấy'));
    expect(catalogModulesLoaded()).to.include('/src/catalog/catalog-api.ts');
  });

  describe('in the built files (npm run build)', () => {
    for (const tag of ['procedure-search', 'service-level-badge']) {
      it(`dist/${tag}.js imports it only dynamically`, async () => {
        const { eager, lazy } = await importGraph(`/dist/${tag}.js`);
        expect(eager.filter((f) => f.includes('catalog'))).to.deep.equal([]);
        // The other dynamic imports are the English texts (chunks named *.en-*), the page URL's code of `url-state`
        // (the search's, and the writing of it), and the views fetched when first shown (the search's results, a
        // procedure's details, an agency's figures).
        const catalog = lazy.filter((f) => !/\.en-[\w-]+\.js$/.test(f) && !/\/(url-history|search-url|results|procedure-details|agency-figures)-[\w-]+\.js$/.test(f));
        expect(catalog).to.have.length(1);
        expect(catalog[0]).to.match(/^\/dist\/chunks\/catalog-api-[\w-]+\.js$/);
        expect((await fetch(catalog[0])).ok).to.equal(true);
      });
    }

    for (const tag of ['dossier-tracker', 'feedback-form']) {
      it(`dist/${tag}.js does not even refer to it`, async () => {
        const { eager, lazy } = await importGraph(`/dist/${tag}.js`);
        expect([...eager, ...lazy].filter((f) => f.includes('catalog'))).to.deep.equal([]);
      });
    }

    it('dist/cdn/dvc-elements.bundle.js, the single file a webmaster uploads, carries it inside: nothing to fetch beside it', async () => {
      const { eager, lazy } = await importGraph('/dist/cdn/dvc-elements.bundle.js');
      expect(eager).to.deep.equal(['/dist/cdn/dvc-elements.bundle.js']);
      expect(lazy).to.deep.equal([]);
      expect(await (await fetch('/dist/cdn/dvc-elements.bundle.js')).text()).to.contain('index.json');
    });

    it("the loader's map fetches it beside search and badges only for a widget that reads a catalog", async () => {
      const map = (await (await fetch('/dist/cdn-files.json')).json()) as { dir: string; tags: Record<string, { js: string[]; catalog: string[] }> };
      for (const tag of ['dvc-procedure-search', 'dvc-service-level-badge']) {
        expect(map.tags[tag].js.filter((f) => f.includes('catalog')), tag).to.deep.equal([]);
        expect(map.tags[tag].catalog.filter((f) => f.startsWith(`${map.dir}/catalog-api`)), tag).to.have.length(1);
      }
      for (const tag of ['dvc-dossier-tracker', 'dvc-feedback-form']) expect(map.tags[tag].catalog, tag).to.deep.equal([]);
    });
  });
});
