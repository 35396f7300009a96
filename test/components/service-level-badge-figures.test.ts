import { expect, fixture, html } from '@open-wc/testing';
import { delay } from 'msw';
import type { SetupWorker } from 'msw/browser';
import '../../src/components/service-level-badge/service-level-badge.js';
import type { DvcServiceLevelBadge } from '../../src/components/service-level-badge/service-level-badge.js';
import { API, holdModule, requestUrls, shadowText, until, useMockApi } from '../helpers/mock-api.js';

/** The request for the module that shows an agency's figures, as the test server names it. */
const AGENCY_FIGURES = /\/agency-figures\.(ts|js)(\?.*)?$/;

/**
 * An agency's figures come with code of their own, fetched with the first figures beside the API request, not
 * with the page: a page of procedure levels never downloads it. (Its failure is in
 * service-level-badge-figures-failed.test.ts: a browser keeps a module that failed for the page's life.)
 */
describe('<dvc-service-level-badge agency>: the figures\' code arrives with the first figures', () => {
  let worker: SetupWorker;
  beforeEach(async () => {
    worker = await useMockApi();
  });

  it('is not fetched for levels; with figures, the request goes out at once and the badge shows loading until both are there', async () => {
    const { asked, release } = holdModule(worker, AGENCY_FIGURES);
    const levels = await fixture<HTMLElement>(html`<div>
      <dvc-service-level-badge level="full"></dvc-service-level-badge>
      <dvc-service-level-badge api-base=${API} procedure="1.001193"></dvc-service-level-badge>
    </div>`);
    await until(() => shadowText(levels.children[1]).includes('Toàn trình'));
    await delay(50);
    expect(asked, 'nothing fetched for levels').to.deep.equal([]);

    const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge api-base=${API} agency="STP"></dvc-service-level-badge>`);
    await until(() => asked.length === 1);
    await until(() => requestUrls().includes('/stats?agency=STP'));
    // The figures are there; their code is not yet: the loading pill stays.
    await delay(100);
    expect(shadowText(el)).to.contain('Đang tải số liệu');
    await expect(el).to.be.accessible();
    release();
    await until(() => shadowText(el).includes('thủ tục trực tuyến'));
    // Its styles came with it: the marker that says the badge opens.
    expect(getComputedStyle(el.shadowRoot!.querySelector('summary .badge')!, '::after').content).to.contain('▾');
    await expect(el).to.be.accessible();

    // A second agency badge uses the code already there.
    const other = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge api-base=${API} agency=""></dvc-service-level-badge>`);
    await until(() => shadowText(other).includes('thủ tục trực tuyến'));
    expect(asked, 'fetched once').to.have.length(1);
  });
});
