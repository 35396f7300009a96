import { expect } from '@open-wc/testing';
import { delay } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { holdModule, requests, useMockApi, until } from '../helpers/mock-api.js';
import { $, DOSSIER_VIEW, liveRegion, loadedCode, lookUp, mount, text } from './dossier-tracker-helpers.js';

/**
 * A lookup cancelled while the dossier view is still on its way, after the API has answered (the first lookup on
 * a slow phone). A page of its own: once the view has arrived, it stays for the page's life.
 */
const CODE = '000.00.53.H48-220921-0099';

describe('<dvc-dossier-tracker>: a lookup cancelled while its view arrives', () => {
  let worker: SetupWorker;
  beforeEach(async () => {
    worker = await useMockApi();
  });

  it('taken out of the page meanwhile: nothing lands in the detached widget; put back, it looks up once and says so once', async () => {
    const { asked, release } = holdModule(worker, DOSSIER_VIEW);
    const el = await mount();
    const wrap = el.parentElement!;
    const events: CustomEvent[] = [];
    el.addEventListener('dvc-dossier-load', (e) => events.push(e as CustomEvent));
    await lookUp(el, CODE);
    await until(() => asked.length === 1 && requests.some((r) => r.url.includes('/dossiers/')));
    // The API has answered; the view has not arrived. A CMS moves the widget to another tab.
    await delay(100);
    el.remove();
    release();
    await delay(300);
    expect(events.length, 'a lookup nobody saw announced to the page').to.equal(0);
    expect(text(liveRegion(el)), 'said in a detached widget').not.to.contain('Đã tìm thấy');
    expect(!!$(el, '[part="result"]'), 'shown in a detached widget').to.equal(false);
    // Back on the page: the same lookup runs again, and is loaded, said and announced once.
    wrap.append(el);
    await loadedCode(el, CODE);
    await delay(100);
    expect(events.length).to.equal(1);
    expect(events[0].detail.code).to.equal(CODE);
    expect(requests.filter((r) => r.url.includes('/dossiers/')).length).to.equal(2);
    expect(text(liveRegion(el))).to.contain(`Đã tìm thấy hồ sơ ${CODE}`);
    await expect(el).to.be.accessible();
  });
});
