import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/components/procedure-search/procedure-search.js';
import type { DvcProcedureSearch } from '../../src/components/procedure-search/procedure-search.js';
import '../../src/components/service-level-badge/service-level-badge.js';
import { until, useMockApi } from '../helpers/mock-api.js';
import { $, field, settled, status } from '../components/procedure-search-url-helpers.js';

// The static catalog's code cannot be fetched (offline meanwhile, or a release replaced the files). This file
// imports nothing from src/catalog/ (nor the catalog test helper, which does): the widgets below are the first
// to ask for that code, as on a page. Firefox keeps a failed module address failed for the page's life, so a
// retry that asked for the same address again could never work there.

const CATALOG = 'https://tinh.test/thu-tuc/';
/** The request for the catalog code (src/catalog/catalog-api.ts), as the test server names it. */
const CATALOG_CODE = /\/src\/catalog\/catalog-api\.(ts|js)(\?.*)?$/;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ');

describe("the static catalog's code cannot be fetched", () => {
  it("search and badge say so as for a lost connection, the words stay, and each retry works once the connection is back (the search's brings its filter lists too)", async () => {
    const worker = await useMockApi();
    worker.use(http.get(CATALOG_CODE, () => HttpResponse.error()));
    const wrap = await fixture<HTMLElement>(html`<div>
      <dvc-service-level-badge catalog=${CATALOG} procedure="1.001193"></dvc-service-level-badge>
      <dvc-procedure-search catalog=${CATALOG}></dvc-procedure-search>
    </div>`);
    const badge = wrap.querySelector('dvc-service-level-badge')!;
    const el = wrap.querySelector<DvcProcedureSearch>('dvc-procedure-search')!;
    const level = () => badge.shadowRoot!.querySelector<HTMLElement>('[part="badge"]')?.dataset.level;
    await until(() => level() === 'error');
    expect(text(badge.shadowRoot!.querySelector('[part="badge"]'))).to.contain('Không tải được mức độ');
    field(el).focus();
    await sendKeys({ type: 'khai sinh' });
    await sendKeys({ press: 'Enter' });
    const error = (await until(() => $(el, '.results [part="error"]')))!;
    expect(text(error)).to.contain('Chưa tìm được thủ tục.');
    expect(text(error)).to.contain('Không kết nối được');
    expect(field(el).value, 'what the citizen typed').to.equal('khai sinh');
    await expect(wrap).to.be.accessible();

    // The filter lists read the same catalog: they failed too.
    expect(text($(el, '.filters'))).to.contain('Không tải được danh sách lĩnh vực.');

    // The connection is back: the badge's "Thử lại" brings its level, the search's its results and its filter
    // lists (no stale error left beside them).
    worker.resetHandlers();
    badge.shadowRoot!.querySelector('button')!.click();
    await until(() => level() === 'full');
    error.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await settled(el);
    expect(status(el)).to.match(/^Tìm thấy \d+ thủ tục/);
    expect(text($(el, '[part="result-toggle"]'))).to.contain('khai sinh');
    expect(el.shadowRoot!.activeElement?.id).to.equal('results-heading');
    await until(() => el.shadowRoot!.querySelectorAll('#f-domain option').length > 1 && el.shadowRoot!.querySelectorAll('#f-agency option').length > 1);
    expect(el.shadowRoot!.querySelectorAll('.filters [part="error"]').length).to.equal(0);
    await expect(wrap).to.be.accessible();
  });
});
