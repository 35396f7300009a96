import { getResponse } from 'msw';
import '../../src/index.js';
import { setApiClientFactory, type DvcApi } from '../../src/api/client.js';
import { createHandlers } from '../../src/mocks/handlers.js';

const API = 'https://dichvucong.bench/api/v1';
const CYCLES = Number(new URLSearchParams(location.search).get("cycles") ?? 1000);

type PerfMemory = { usedJSHeapSize: number };
const heap = async (): Promise<number> => {
  for (let i = 0; i < 3; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((r) => setTimeout(r, 20));
  }
  return (performance as unknown as { memory: PerfMemory }).memory.usedJSHeapSize;
};

const WIDGETS: [string, Record<string, string>][] = [
  ['dvc-service-level-badge', { level: 'full' }],
  ['dvc-service-level-badge', { procedure: '1.001193' }],
  ['dvc-procedure-search', { 'page-size': '5' }],
  ['dvc-dossier-tracker', {}],
  ['dvc-feedback-form', {}],
];

/**
 * The mock API's handlers answered in the page, without the service worker: MSW's worker keeps every request it
 * saw (about 2–13 KB each, more for aborted ones), which would hide what the widgets themselves leave behind.
 */
function inPageMockApi(): DvcApi {
  const handlers = createHandlers();
  return {
    async request(path, check, opts, init) {
      const response = await getResponse(handlers, new Request(API + path, { ...init, signal: opts?.signal }));
      return check(await response!.json());
    },
  };
}

/**
 * Every widget created, rendered and removed 1,000 times: the JS heap after, compared with before, shows
 * whether removed widgets leave anything behind (listeners, timers, observers, caches).
 */
export default async function (stage: HTMLElement) {
  setApiClientFactory(inPageMockApi);
  const results: Record<string, { cycles: number; heapBeforeKB: number; heapAfterKB: number; growthKB: number; ms: number }> = {};
  for (const [tag, attrs] of WIDGETS) {
    if (!customElements.get(tag)) throw new Error(`<${tag}> is not defined`);
    const name = `${tag}${Object.keys(attrs).length ? `[${Object.keys(attrs).join(',')}]` : ''}`;
    // Warm up: the first instances fill caches that are meant to stay (styles, templates, batched levels).
    for (let i = 0; i < 20; i++) await cycle(stage, tag, attrs);
    const before = await heap();
    const t0 = performance.now();
    for (let i = 0; i < CYCLES; i++) await cycle(stage, tag, attrs);
    const ms = performance.now() - t0;
    const after = await heap();
    results[name] = {
      cycles: CYCLES,
      heapBeforeKB: Math.round(before / 1024),
      heapAfterKB: Math.round(after / 1024),
      growthKB: Math.round((after - before) / 1024),
      ms: Math.round(ms),
    };
  }
  setApiClientFactory(null);
  return results;
}

async function cycle(stage: HTMLElement, tag: string, attrs: Record<string, string>) {
  const el = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
  el.setAttribute('api-base', API);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  stage.append(el);
  await el.updateComplete;
  el.remove();
}
