import '../../src/components/dossier-tracker/dossier-tracker.js';
import type { DvcDossierTracker } from '../../src/components/dossier-tracker/dossier-tracker.js';
import { startMockApi } from '../../src/mocks/browser.js';
import { sampleDossiers } from '../../src/mocks/data/dossiers.js';

const API = 'https://dichvucong.bench/api/v1';
const LOOKUPS = 50;

function heapMB(): number | null {
  (window as unknown as { gc?: () => void }).gc?.();
  const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return mem ? Math.round((mem.usedJSHeapSize / 1048576) * 100) / 100 : null;
}

/**
 * 50 dossier lookups in a row on one widget, as a citizen would make them: put a code in the field, submit, wait
 * until its result is on screen. Codes cycle through the sample dossiers that need no verifier (every status).
 */
export default async function (stage: HTMLElement) {
  const worker = await startMockApi();
  const codes = sampleDossiers()
    .filter((d) => !d.verifier)
    .map((d) => d.code);
  stage.innerHTML = `<dvc-dossier-tracker api-base="${API}"></dvc-dossier-tracker>`;
  const el = stage.firstElementChild as DvcDossierTracker;
  await el.updateComplete;
  const root = el.shadowRoot!;
  const input = root.querySelector<HTMLInputElement>('#code')!;
  const button = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;

  const heapBefore = heapMB();
  const times: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < LOOKUPS; i++) {
    const code = codes[i % codes.length];
    const start = performance.now();
    input.value = code;
    input.dispatchEvent(new Event('input'));
    button.click();
    await new Promise<void>((resolve) => {
      const check = () => {
        if (root.querySelector('[part="result-heading"]')?.textContent?.endsWith(code)) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    times.push(performance.now() - start);
  }
  const total = performance.now() - t0;
  const heapAfter = heapMB();
  await worker.stop();
  stage.innerHTML = '';
  times.sort((a, b) => a - b);
  return {
    lookups: LOOKUPS,
    totalMs: Math.round(total),
    meanMsPerLookup: Math.round((total / LOOKUPS) * 10) / 10,
    medianMs: Math.round(times[Math.floor(LOOKUPS / 2)] * 10) / 10,
    maxMs: Math.round(times[LOOKUPS - 1] * 10) / 10,
    heapUsedMBBefore: heapBefore,
    heapUsedMBAfter: heapAfter,
  };
}
