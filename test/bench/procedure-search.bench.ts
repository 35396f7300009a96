import '../../src/components/procedure-search/procedure-search.js';
import { startMockApi } from '../../src/mocks/browser.js';
import { makeCatalog, scaledProcedures } from '../../src/mocks/catalog.js';
import { createHandlers } from '../../src/mocks/handlers.js';

const API = 'https://dichvucong.bench/api/v1';
const RUNS = 7;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)] * 10) / 10;
};
const isSearch = (url: string) => new URL(url).pathname.endsWith('/procedures');

type Worker = Awaited<ReturnType<typeof startMockApi>>;

/**
 * `<dvc-procedure-search>` figures:
 * - requests sent while "đăng ký khai sinh" is typed at 100 ms a key (one input event per character);
 * - time from the mocked answer leaving the mock server (`response:mocked`) to the results being in the DOM,
 *   for 10 and 100 results on the 1,671-procedure catalog and on a 20,000-procedure one (median of 7 runs);
 *   `msRequestToDom` adds the time from the request start, for comparison.
 */
export default async function (stage: HTMLElement) {
  const worker = await startMockApi({ catalog: makeCatalog(scaledProcedures(1671)) });
  const typing = await typingRequests(stage, worker);
  const catalog1671 = { results10: await answerToDom(stage, worker, 10), results100: await answerToDom(stage, worker, 100) };
  worker.resetHandlers(...createHandlers({ catalog: makeCatalog(scaledProcedures(20_000)) }));
  const catalog20000 = { results10: await answerToDom(stage, worker, 10), results100: await answerToDom(stage, worker, 100) };
  await worker.stop();
  return { typing, catalog1671, catalog20000 };
}

async function typingRequests(stage: HTMLElement, worker: Worker) {
  const urls: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.url.startsWith(API)) urls.push(request.url);
  };
  worker.events.on('request:start', listener);
  stage.innerHTML = `<dvc-procedure-search api-base="${API}"></dvc-procedure-search>`;
  const el = stage.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  const input = el.shadowRoot!.querySelector('input')!;
  const text = 'đăng ký khai sinh';
  for (const ch of text) {
    input.value += ch;
    input.dispatchEvent(new Event('input'));
    await sleep(100);
  }
  await waitFor(el, () => /^Tìm thấy/.test(statusOf(el)), 5000);
  await sleep(500);
  worker.events.removeListener('request:start', listener);
  stage.innerHTML = '';
  const searches = urls.filter(isSearch);
  return {
    keys: [...text].length,
    msPerKey: 100,
    searchRequests: searches.length,
    allRequests: urls.length,
    lastQuery: new URL(searches.at(-1)!).searchParams.get('q'),
  };
}

async function answerToDom(stage: HTMLElement, worker: Worker, pageSize: number) {
  const answerToDom: number[] = [];
  const requestToDom: number[] = [];
  let total = 0;
  for (let run = 0; run < RUNS; run++) {
    let requestAt = 0;
    let answerAt = 0;
    const onStart = ({ request }: { request: Request }) => {
      if (isSearch(request.url)) requestAt = performance.now();
    };
    const onAnswer = ({ request }: { request: Request }) => {
      if (isSearch(request.url)) answerAt = performance.now();
    };
    worker.events.on('request:start', onStart);
    worker.events.on('response:mocked', onAnswer);
    stage.innerHTML = `<dvc-procedure-search api-base="${API}" page-size="${pageSize}" query="giay phep"></dvc-procedure-search>`;
    const el = stage.firstElementChild as HTMLElement;
    const renderedAt = await new Promise<number>((resolve) => {
      // The results are in the DOM when the last one of the page is: observed as the mutation happens.
      const done = () => el.shadowRoot!.querySelectorAll('[part="result"]').length === pageSize && /^Tìm thấy/.test(statusOf(el));
      const observer = new MutationObserver(() => {
        if (done()) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    });
    worker.events.removeListener('request:start', onStart);
    worker.events.removeListener('response:mocked', onAnswer);
    total = Number(/[\d.]+/.exec(statusOf(el))![0].replace(/\./g, ''));
    answerToDom.push(renderedAt - answerAt);
    requestToDom.push(renderedAt - requestAt);
    stage.innerHTML = '';
    await sleep(50);
  }
  return { results: pageSize, total, msAnswerToDom: median(answerToDom), msRequestToDom: median(requestToDom), runs: RUNS };
}

const statusOf = (el: Element) => el.shadowRoot!.querySelector('[part="status"]')?.textContent?.trim() ?? '';

async function waitFor(el: Element, check: () => boolean, timeout: number) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out; status: ${statusOf(el)}`);
    await sleep(10);
  }
}
