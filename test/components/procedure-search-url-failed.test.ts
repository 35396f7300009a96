import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/components/procedure-search/procedure-search.js';
import type { DvcProcedureSearch } from '../../src/components/procedure-search/procedure-search.js';
import { API, useMockApi } from '../helpers/mock-api.js';
import { pageUrl, restorePageUrl, setPageUrl } from '../helpers/page-url.js';
import { watchUncaught } from '../helpers/uncaught.js';
import { field, sentSearches, settled, status, submit, URL_PART } from './procedure-search-url-helpers.js';

/**
 * The code that reads and writes the page URL cannot be fetched (offline meanwhile, or a release replaced the
 * files): the search works on without the URL, as when the browser refuses a change to it.
 */
describe("<dvc-procedure-search url-state>: the page URL's code cannot be fetched", () => {
  watchUncaught();
  afterEach(() => restorePageUrl());

  it('searches its query, not the link’s, and works on without the URL: nothing thrown, nothing written', async () => {
    const worker = await useMockApi();
    worker.use(http.get(URL_PART, () => HttpResponse.error()));
    setPageUrl('?tu-khoa=ket+hon');
    const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search api-base=${API} url-state query="khai sinh"></dvc-procedure-search>`);
    await settled(el);
    // The link could not be read: the page's own search, with its results, rather than nothing.
    expect(sentSearches().map((p) => p.get('q'))).to.deep.equal(['khai sinh']);
    expect(field(el).value).to.equal('khai sinh');
    expect(status(el)).to.match(/^Tìm thấy/);
    await expect(el).to.be.accessible();

    await submit(el, 'khai tu');
    expect(status(el)).to.match(/^Tìm thấy/);
    expect(pageUrl()).to.equal('?tu-khoa=ket+hon');
    expect(sentSearches().at(-1)?.get('q')).to.equal('khai tu');
  });
});
