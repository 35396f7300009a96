import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/components/service-level-badge/service-level-badge.js';
import type { DvcServiceLevelBadge } from '../../src/components/service-level-badge/service-level-badge.js';
import { API, requestUrls, until, useMockApi } from '../helpers/mock-api.js';

/** The request for the module that shows an agency's figures, as the test server names it. */
const AGENCY_FIGURES = /\/agency-figures\.(ts|js)(\?.*)?$/;

/** The code that shows an agency's figures cannot be fetched (offline meanwhile, or a release replaced the files). */
describe('<dvc-service-level-badge agency>: the figures\' code cannot be fetched', () => {
  it('says the figures could not be loaded, as for a lost connection, with a retry button', async () => {
    const worker = await useMockApi();
    worker.use(http.get(AGENCY_FIGURES, () => HttpResponse.error()));
    const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge api-base=${API} agency="STP"></dvc-service-level-badge>`);
    const status = await until(() => el.shadowRoot!.querySelector('[role="status"]')!);
    await until(() => status.textContent!.includes('Không tải được số liệu dịch vụ công'));
    expect(status.textContent).to.contain('Không kết nối được');
    // The figures themselves were asked for, once (the request may reach the test server after the failure is on screen).
    await until(() => requestUrls().length > 0);
    expect(requestUrls()).to.deep.equal(['/stats?agency=STP']);
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.contain('Thử lại');
    await expect(el).to.be.accessible();
  });
});
