import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/components/procedure-search/procedure-search.js';
import type { DvcProcedureSearch } from '../../src/components/procedure-search/procedure-search.js';
import { API, requests, until, useMockApi } from '../helpers/mock-api.js';

/** The request for the module that shows a procedure's details, as the test server names it. */
const DETAILS_VIEW = /\/procedure-search\/procedure-details\.(ts|js)(\?.*)?$/;

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ');

/** The code that shows a procedure's details cannot be fetched (offline meanwhile, or a release replaced the files). */
describe('<dvc-procedure-search>: the details\' code cannot be fetched', () => {
  it('says the details could not be loaded, as for a lost connection, with a retry that brings them once the connection is back; the search stays as it was', async () => {
    const worker = await useMockApi();
    worker.use(http.get(DETAILS_VIEW, () => HttpResponse.error()));
    const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search api-base=${API} query="khai sinh"></dvc-procedure-search>`);
    const toggle = await until(() => $(el, '[part="result-toggle"]') as HTMLButtonElement);
    toggle.click();
    await until(() => text($(el, '[part="details"]')).includes('Chưa tải được thông tin chi tiết của thủ tục.'));
    expect(text($(el, '[part="details"]'))).to.contain('Không kết nối được');
    // The details themselves were asked for (the request may reach the test server after the failure is on screen).
    await until(() => requests.some((r) => /\/procedures\/[^/?]+$/.test(new URL(r.url).pathname)));
    expect(($(el, 'input#q') as HTMLInputElement).value).to.equal('khai sinh');
    expect($(el, '[part="details"] button')!.textContent).to.contain('Thử lại');
    await expect(el).to.be.accessible();

    // The connection is back: "Thử lại" brings the details (Firefox keeps the failed module by its address, so the
    // retry asks under a new one).
    worker.resetHandlers();
    ($(el, '[part="details"] button') as HTMLButtonElement).click();
    await until(() => text($(el, '[part="details"]')).includes('Cách thực hiện'));
    expect(text($(el, '[part="details"]'))).not.to.contain('Chưa tải được');
    await expect(el).to.be.accessible();
  });
});
