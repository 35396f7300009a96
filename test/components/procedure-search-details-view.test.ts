import { expect, fixture, html } from '@open-wc/testing';
import { delay } from 'msw';
import type { SetupWorker } from 'msw/browser';
import '../../src/components/procedure-search/procedure-search.js';
import type { DvcProcedureSearch } from '../../src/components/procedure-search/procedure-search.js';
import { API, holdModule, requests, until, useMockApi } from '../helpers/mock-api.js';

/** The request for the module that shows a procedure's details, as the test server names it. */
const DETAILS_VIEW = /\/procedure-search\/procedure-details\.(ts|js)(\?.*)?$/;

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ');
const toggle = (el: Element) => $(el, '[part="result-toggle"]') as HTMLButtonElement;
const detailsRequests = () => requests.filter((r) => /\/procedures\/[^/?]+$/.test(new URL(r.url).pathname));

/**
 * A procedure's details come with code and words of their own, fetched when a citizen first opens one, beside the
 * API request: a page of results does not download them. (Their failure is in
 * procedure-search-details-failed.test.ts: a browser keeps a module that failed for the page's life.)
 */
describe('<dvc-procedure-search>: the details\' code arrives with the first details opened', () => {
  let worker: SetupWorker;
  beforeEach(async () => {
    worker = await useMockApi();
  });

  it('is not fetched with the results; opening one asks for the details at once and shows loading until both are there', async () => {
    const { asked, release } = holdModule(worker, DETAILS_VIEW);
    const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search api-base=${API} query="khai sinh"></dvc-procedure-search>`);
    await until(() => toggle(el));
    await delay(50);
    expect(asked, 'nothing fetched with the results').to.deep.equal([]);
    toggle(el).click();
    await until(() => asked.length === 1);
    await until(() => detailsRequests().length === 1);
    await delay(100);
    expect(text($(el, '[part="details"]'))).to.contain('Đang tải thông tin chi tiết');
    await expect(el).to.be.accessible();
    release();
    await until(() => text($(el, '[part="details"]')).includes('Trình tự thực hiện'));
    await expect(el).to.be.accessible();
    // Closed and opened again, or another procedure: the code is there already.
    toggle(el).click();
    (el.shadowRoot!.querySelectorAll('[part="result-toggle"]')[1] as HTMLButtonElement).click();
    await until(() => detailsRequests().length === 2);
    const second = el.shadowRoot!.querySelectorAll('[part="details"]')[1];
    await until(() => second.querySelector('h4, p') && !text(second).includes('Đang tải'));
    expect(asked, 'fetched once').to.have.length(1);
  });

  it('in English, the details speak English', async () => {
    const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search lang="en" api-base=${API} query="khai sinh"></dvc-procedure-search>`);
    await until(() => toggle(el));
    toggle(el).click();
    await until(() => text($(el, '[part="details"]')).includes('Steps'));
    expect(text($(el, '[part="details"]'))).to.not.contain('Trình tự thực hiện');
    await expect(el).to.be.accessible();
  });
});
