import { expect } from '@open-wc/testing';
import { delay } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { holdModule, useMockApi, until } from '../helpers/mock-api.js';
import { $, codeInput, DOSSIER_VIEW, focused, liveRegion, loaded, lookUp, mount, text } from './dossier-tracker-helpers.js';

/**
 * The code that shows a dossier is fetched with the first lookup, beside the API request, not with the page: what
 * the citizen meets while it is on its way. (Its failure is in dossier-tracker-view-failed.test.ts: a browser
 * keeps a module that failed to arrive failed for the page's life, so each case needs a page of its own.)
 */
const CODE = '000.00.53.H48-220921-0099';

describe('<dvc-dossier-tracker>: the dossier view arrives with the first lookup', () => {
  let worker: SetupWorker;
  beforeEach(async () => {
    worker = await useMockApi();
  });

  it('is not fetched with the page: the form works before it, and a lookup shows loading until both the answer and the view are there', async () => {
    const { asked, release } = holdModule(worker, DOSSIER_VIEW);
    const el = await mount();
    await delay(50);
    expect(asked, 'nothing fetched before a lookup').to.deep.equal([]);
    await lookUp(el, CODE);
    await until(() => asked.length === 1);
    // The answer is there; the view is not yet: the loading line stays, and what the citizen typed too.
    await delay(100);
    expect(text($(el, '[part="loading"]'))).to.contain(CODE);
    expect(codeInput(el).value).to.equal(CODE);
    await expect(el).to.be.accessible();
    release();
    await loaded(el);
    expect(text($(el, '[part="result-heading"]'))).to.contain(CODE);
    await until(() => focused(el) === 'h2#result-heading[part=result-heading]');
    expect(text(liveRegion(el))).to.contain(`Đã tìm thấy hồ sơ ${CODE}`);
    expect(asked, 'fetched once').to.have.length(1);
  });
});
