import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { requestUrls, useMockApi, until } from '../helpers/mock-api.js';
import { $, codeInput, DOSSIER_VIEW, focused, lookUp, mount, text } from './dossier-tracker-helpers.js';

const CODE = '000.00.53.H48-220921-0099';

/** The code that shows a dossier cannot be fetched (offline meanwhile, or a release replaced the files). */
describe('<dvc-dossier-tracker>: the dossier view cannot be fetched', () => {
  it('says the connection failed, as for the API, keeps the code, takes keyboard focus to the retry, and the retry shows the dossier once the connection is back', async () => {
    const worker = await useMockApi();
    worker.use(http.get(DOSSIER_VIEW, () => HttpResponse.error()));
    const el = await mount();
    await lookUp(el, CODE);
    await until(() => $(el, '[part="error"]'));
    expect(text($(el, '[part="error"]'))).to.contain('Không kết nối được với hệ thống dịch vụ công.');
    // The lookup itself was sent (it may reach the test server after the view's failure is already on screen).
    await until(() => requestUrls().some((u) => u.startsWith('/dossiers/')));
    expect(codeInput(el).value).to.equal(CODE);
    await until(() => focused(el) === 'button[part=retry-button]');
    await expect(el).to.be.accessible();

    // The connection is back: the retry shows the dossier (in Firefox, under a new address for the view's code).
    worker.resetHandlers();
    ($(el, 'button[part=retry-button]') as HTMLButtonElement).click();
    await until(() => text(el.shadowRoot!.querySelector('[part="status"]')).includes('Đã trả kết quả'));
    expect($(el, '[part="error"]') === null, 'no error left on screen').to.equal(true);
    await expect(el).to.be.accessible();
  });
});
