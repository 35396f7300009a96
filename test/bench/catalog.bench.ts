import '../../src/components/procedure-search/procedure-search.js';
import { forgetCatalogs, loadCatalog } from '../../src/catalog/catalog-store.js';
import { catalogIndex } from '../../src/catalog/check.js';
import { buildSearchIndex, searchIndex } from '../../src/catalog/search-index.js';
import { startMockApi } from '../../src/mocks/browser.js';
import { stripBidiControlsDeep } from '../../src/text/bidi.js';
import { makeCatalog, scaledProcedures } from '../../src/mocks/catalog.js';
import { createHandlers } from '../../src/mocks/handlers.js';

const CATALOG = 'https://tinh.bench/thu-tuc/';
const RUNS = 7;
/** What citizens type: whole and partial words, without diacritics, one letter, a code. */
const QUERIES = ['giay phep', 'cap lai', 'dang ky khai sinh', 'd', 'chứng nhận quyền sử dụng đất', 'xe o to', 'gia han giay', '9.1001'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (x: number) => Math.round(x * 10) / 10;
const median = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
const statusOf = (el: Element) => el.shadowRoot!.querySelector('[part="status"]')?.textContent?.trim() ?? '';

type Worker = Awaited<ReturnType<typeof startMockApi>>;
type Gc = { gc?: () => void };
type Memory = { memory?: { usedJSHeapSize: number } };

/**
 * The static catalog, searched in the browser (SPEC 5.3):
 * - `msIndexToReady`: from `index.json` arriving (MSW's `response:mocked`) to the catalog being ready to search
 *   (read, parsed, checked, sanitised, indexed), median of 7, for 1,671 and 20,000 procedures; with the same
 *   steps timed alone on the JSON text (`parseAndCheck`, `buildIndex`);
 * - `msSearchToDom` on 20,000: from the moment a search starts (Enter: what the end of the debounce does) to
 *   the results and the count being on screen, per query (median of 7), and the matcher alone (`msMatch`);
 * - `heapMB`: heap held by the loaded catalog (the index's objects and the search structures), and by the
 *   search structures alone, after garbage collection.
 */
export default async function (stage: HTMLElement) {
  const worker = await startMockApi({ catalog: makeCatalog(scaledProcedures(1671)) });
  const catalog1671 = { ready: await readyTimes(worker), heap: await heap() };
  worker.resetHandlers(...createHandlers({ catalog: makeCatalog(scaledProcedures(20_000)) }));
  const catalog20000 = { ready: await readyTimes(worker), heap: await heap(), search: await searchToDom(stage) };
  await worker.stop();
  return { catalog1671, catalog20000 };
}

async function readyTimes(worker: Worker) {
  const ready: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    forgetCatalogs();
    let arrived = 0;
    const onAnswer = ({ request }: { request: Request }) => {
      if (request.url.endsWith('/index.json')) arrived = performance.now();
    };
    worker.events.on('response:mocked', onAnswer);
    await loadCatalog(CATALOG);
    ready.push(performance.now() - arrived);
    worker.events.removeListener('response:mocked', onAnswer);
    await sleep(50);
  }
  // The same steps on the text alone: parse, sanitise and check (what the client does), then index.
  const text = await (await fetch(`${CATALOG}index.json`)).text();
  const parse: number[] = [];
  const build: number[] = [];
  let procedures = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const index = catalogIndex(stripBidiControlsDeep(JSON.parse(text)));
    const t1 = performance.now();
    buildSearchIndex(index.procedures);
    build.push(performance.now() - t1);
    parse.push(t1 - t0);
    procedures = index.procedures.length;
  }
  return { procedures, indexKB: Math.round(text.length / 1024), msIndexToReady: median(ready), parseAndCheck: median(parse), buildIndex: median(build), runs: RUNS };
}

async function heap() {
  const used = async () => {
    (window as Gc).gc?.();
    await sleep(100);
    (window as Gc).gc?.();
    return (performance as Memory).memory?.usedJSHeapSize ?? NaN;
  };
  forgetCatalogs();
  const before = await used();
  const loaded = await loadCatalog(CATALOG);
  const withCatalog = await used();
  // More search indexes over the same procedures, kept alive: what the search structures alone hold, on average
  // over several (one alone is within the heap's noise for small catalogs).
  const extra = Array.from({ length: 4 }, () => buildSearchIndex(loaded.index.procedures));
  const withMoreIndexes = await used();
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100;
  return {
    catalogMB: mb(withCatalog - before),
    searchStructuresMB: mb((withMoreIndexes - withCatalog) / extra.length),
    vocabulary: extra[0].vocab.length,
  };
}

async function searchToDom(stage: HTMLElement) {
  const loaded = await loadCatalog(CATALOG);
  stage.innerHTML = `<dvc-procedure-search catalog="${CATALOG}"></dvc-procedure-search>`;
  const el = stage.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  const input = el.shadowRoot!.querySelector('input')!;
  const submit = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!;
  const perQuery: Record<string, { total: number; msSearchToDom: number; msMatch: number }> = {};
  for (const q of QUERIES) {
    const times: number[] = [];
    const match: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Another query first, so that each run searches anew (the last ranking is kept for paging).
      input.value = run % 2 ? 'zzz' : 'yyy';
      input.dispatchEvent(new Event('input'));
      submit.click();
      await waitFor(() => /^Không tìm thấy/.test(statusOf(el)));
      input.value = q;
      input.dispatchEvent(new Event('input'));
      const start = performance.now();
      submit.click();
      const shown = await new Promise<number>((resolve) => {
        const done = () => /^Tìm thấy/.test(statusOf(el)) && el.shadowRoot!.querySelectorAll('[part="result"]').length > 0;
        const observer = new MutationObserver(() => {
          if (done()) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      });
      times.push(shown - start);
      const m0 = performance.now();
      searchIndex(loaded.search, q);
      match.push(performance.now() - m0);
    }
    perQuery[q] = { total: Number(/[\d.]+/.exec(statusOf(el))![0].replace(/\./g, '')), msSearchToDom: median(times), msMatch: median(match) };
  }
  stage.innerHTML = '';
  const all = Object.values(perQuery);
  return {
    perQuery,
    medianMsSearchToDom: median(all.map((r) => r.msSearchToDom)),
    maxMsSearchToDom: Math.max(...all.map((r) => r.msSearchToDom)),
    maxMsMatch: Math.max(...all.map((r) => r.msMatch)),
    runs: RUNS,
  };
}

async function waitFor(check: () => boolean, timeout = 5000) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('timed out');
    await sleep(5);
  }
}
