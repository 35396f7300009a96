import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/procedure-search/procedure-search.js';
import type { DvcProcedureSearch } from '../../src/components/procedure-search/procedure-search.js';
import { API, until, useMockApi } from '../helpers/mock-api.js';
import { pageUrl, restorePageUrl, setPageUrl } from '../helpers/page-url.js';
import { field, sentSearches, settled, status, submit, URL_PART } from './procedure-search-url-helpers.js';

// The search's side of the page URL (`url-state`: reading a shared link, writing each step) is a module of its
// own (src/components/procedure-search/search-url.ts): a search without `url-state` never downloads it, and one
// with it holds its first search until it has arrived, so that the search a link names is the one sent. The
// module is fetched once per page: the test without `url-state` comes first.

/** The module's requests, as the page made them (seen by the mock worker, which lets them through). */
const asked: string[] = [];
const partFetched = () => asked.length;

describe("<dvc-procedure-search>: the page URL's code", () => {
  before(async () => {
    const worker = await useMockApi();
    worker.events.on('request:start', ({ request }) => {
      if (URL_PART.test(request.url)) asked.push(request.url);
    });
  });
  beforeEach(() => useMockApi());
  afterEach(() => restorePageUrl());

  it('a search without url-state never fetches it, and reads nothing from a shared link', async () => {
    setPageUrl('?tu-khoa=ket+hon');
    const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search api-base=${API} query="khai sinh"></dvc-procedure-search>`);
    await settled(el);
    expect(sentSearches().map((p) => p.get('q'))).to.deep.equal(['khai sinh']);
    await submit(el, 'khai tu');
    expect(pageUrl()).to.equal('?tu-khoa=ket+hon');
    expect(partFetched()).to.equal(0);
  });

  it('with url-state, the search a shared link names is the first and only search sent, never the query attribute’s', async () => {
    setPageUrl('?tu-khoa=ket+hon&cap=commune');
    const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search api-base=${API} url-state query="khai sinh"></dvc-procedure-search>`);
    await settled(el);
    expect(partFetched()).to.equal(1);
    expect(sentSearches().map((p) => [p.get('q'), p.get('tier')])).to.deep.equal([['ket hon', 'commune']]);
    expect(field(el).value).to.equal('ket hon');
    expect(status(el)).to.match(/^Tìm thấy/);
    await expect(el).to.be.accessible();
  });

  it('a search given url-state later writes its steps into the URL from then on', async () => {
    setPageUrl('?p=1');
    const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search api-base=${API}></dvc-procedure-search>`);
    el.urlState = true;
    await el.updateComplete;
    await submit(el, 'khai sinh');
    await until(() => pageUrl() === '?p=1&tu-khoa=khai+sinh');
    expect(partFetched()).to.equal(1);
  });
});
