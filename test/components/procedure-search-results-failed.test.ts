import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/components/procedure-search/procedure-search.js';
import type { DvcProcedureSearch } from '../../src/components/procedure-search/procedure-search.js';
import { API, until, useMockApi } from '../helpers/mock-api.js';
import { $, field, sentSearches, settled, status } from './procedure-search-url-helpers.js';

/** The request for the code that shows results (results.ts), as the test server names it. */
const RESULTS_PART = /\/procedure-search\/results\.(ts|js)(\?.*)?$/;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ');

/** The code that shows results cannot be fetched (offline meanwhile, or a release replaced the files). */
describe("<dvc-procedure-search>: the results' code cannot be fetched", () => {
  it('says the search failed, as for a lost connection, keeping what the citizen typed; the retry shows the results once the connection is back', async () => {
    const worker = await useMockApi();
    worker.use(http.get(RESULTS_PART, () => HttpResponse.error()));
    const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search api-base=${API}></dvc-procedure-search>`);
    field(el).focus();
    await sendKeys({ type: 'khai sinh' });
    await sendKeys({ press: 'Enter' });
    const error = (await until(() => $(el, '.results [part="error"]')))!;
    expect(text(error)).to.contain('Chưa tìm được thủ tục.');
    expect(text(error)).to.contain('Không kết nối được');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(field(el).value, 'what the citizen typed').to.equal('khai sinh');
    // The search itself went out (it is on its way beside the code, and may reach the mock API after the failure).
    await until(() => sentSearches().length > 0);
    expect($(el, '[part="result"]')).to.equal(null);
    await expect(el).to.be.accessible();

    // The connection is back: "Thử lại" brings the results, and focus goes to their heading (the button is gone).
    worker.resetHandlers();
    ($(el, '[part="retry-button"]') as HTMLButtonElement).click();
    await settled(el);
    expect(status(el)).to.match(/^Tìm thấy \d+ thủ tục/);
    expect(text($(el, '[part="result-toggle"]'))).to.contain('Đăng ký khai sinh');
    expect($(el, '.results [part="error"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('results-heading');
    await expect(el).to.be.accessible();
  });
});
