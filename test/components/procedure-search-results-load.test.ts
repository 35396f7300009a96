import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, passthrough } from 'msw';
import '../../src/components/procedure-search/procedure-search.js';
import type { DvcProcedureSearch } from '../../src/components/procedure-search/procedure-search.js';
import { API, until, useMockApi } from '../helpers/mock-api.js';
import { $, field, sentSearches, settled, status } from './procedure-search-url-helpers.js';

/** The request for the code that shows results (results.ts), as the test server names it. */
const RESULTS_PART = /\/procedure-search\/results\.(ts|js)(\?.*)?$/;

/**
 * How results look is code of its own, which a search box nobody has used does not download: the first key typed
 * fetches it, while the citizen is still typing. A file of its own: the code is fetched once per page, and here
 * it must not have been fetched yet.
 */
describe("<dvc-procedure-search>: the results' code comes with the first key typed", () => {
  it('a search box nobody has typed in has not fetched it; the first key does, before the search is sent; the results show once it is there', async () => {
    const worker = await useMockApi();
    const order: string[] = [];
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    worker.use(
      http.get(RESULTS_PART, async () => {
        order.push('results code');
        await released;
        return passthrough();
      }),
      // Only noted: the mock API answers it.
      http.get(`${API}/procedures`, () => {
        order.push('search');
      }),
    );
    const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search api-base=${API}></dvc-procedure-search>`);
    // Ready: the filters' options have arrived.
    await until(() => $(el, '#f-domain')!.querySelectorAll('option').length > 1);
    expect(order, 'nothing asked before the citizen types').to.deep.equal([]);

    field(el).focus();
    await sendKeys({ type: 'khai sinh' });
    await until(() => order.includes('search'));
    expect(order, 'the code first, the search after the pause').to.deep.equal(['results code', 'search']);
    // The answer is there, the code that shows it not yet: the live region still says the search is on its way.
    await until(() => status(el) === 'Đang tìm thủ tục…');
    expect($(el, '.outcome')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();

    release();
    await settled(el);
    expect(status(el)).to.match(/^Tìm thấy \d+ thủ tục/);
    expect($(el, '[part="result-toggle"]')!.textContent).to.contain('Đăng ký khai sinh');
    expect(field(el).value).to.equal('khai sinh');
    expect(sentSearches().map((p) => p.get('q'))).to.deep.equal(['khai sinh']);
    expect(order.filter((o) => o === 'results code'), 'fetched once').to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
