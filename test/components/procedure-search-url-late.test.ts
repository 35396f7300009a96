import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/procedure-search/procedure-search.js';
import type { DvcProcedureSearch } from '../../src/components/procedure-search/procedure-search.js';
import { API, holdModule, until, useMockApi } from '../helpers/mock-api.js';
import { pageUrl, restorePageUrl, setPageUrl } from '../helpers/page-url.js';
import { historyEntries } from './history-entries.js';
import { field, sentSearches, settled, status, URL_PART } from './procedure-search-url-helpers.js';

/**
 * The code that reads and writes the page URL arrives late (a slow link), after the citizen has typed a search:
 * their search stays, and the URL catches up with it once that code is there. A file of its own: the code is
 * fetched once per page, and here it must still be on its way.
 */
describe("<dvc-procedure-search url-state>: the page URL's code arrives after the citizen has searched", () => {
  afterEach(() => restorePageUrl());

  it('the typed search is shown at once, and goes into the URL (the current entry) when the code arrives', async () => {
    const worker = await useMockApi();
    const { asked, release } = holdModule(worker, URL_PART);
    setPageUrl('?p=1', '#h');
    const entries = historyEntries();
    const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search api-base=${API} url-state></dvc-procedure-search>`);
    await until(() => asked.length === 1);
    const input = field(el);
    input.value = 'khai sinh';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settled(el);
    expect(sentSearches().map((p) => p.get('q'))).to.deep.equal(['khai sinh']);
    expect(status(el)).to.match(/^Tìm thấy/);
    expect(pageUrl(), 'nothing written before the code is there').to.equal('?p=1#h');
    release();
    await until(() => pageUrl() === '?p=1&tu-khoa=khai+sinh#h');
    expect(historyEntries(), 'the current entry, no new one').to.equal(entries);
    expect(input.value).to.equal('khai sinh');
    expect(sentSearches()).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
