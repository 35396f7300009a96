import '../../src/components/service-level-badge/service-level-badge.js';
import { startMockApi } from '../../src/mocks/browser.js';
import { PROCEDURES } from '../../src/mocks/data/procedures.js';

const API = 'https://dichvucong.bench/api/v1';

/** 200 procedure badges on one page: requests sent and time until every badge shows its level. */
export default async function (stage: HTMLElement) {
  const worker = await startMockApi();
  let requests = 0;
  worker.events.on('request:start', ({ request }) => {
    if (request.url.startsWith(API)) requests++;
  });
  const codes = Array.from({ length: 200 }, (_, i) => PROCEDURES[i % PROCEDURES.length].code + (i < PROCEDURES.length ? '' : `.${i}`));
  const t0 = performance.now();
  stage.innerHTML = codes.map((c) => `<dvc-service-level-badge api-base="${API}" procedure="${c}"></dvc-service-level-badge>`).join('');
  const badges = [...stage.querySelectorAll('dvc-service-level-badge')];
  await new Promise<void>((resolve) => {
    const check = () => {
      const done = badges.every((b) => {
        const level = b.shadowRoot?.querySelector('[part="badge"]')?.getAttribute('data-level');
        return level && level !== 'loading';
      });
      if (done) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
  const ms = performance.now() - t0;
  await worker.stop();
  return { badges: 200, requests, msToAllRendered: Math.round(ms) };
}
