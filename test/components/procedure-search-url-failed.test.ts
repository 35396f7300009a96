import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/components/procedure-search/procedure-search.js';
import type { DvcProcedureSearch } from '../../src/components/procedure-search/procedure-search.js';
import { API, requests, until, useMockApi } from '../helpers/mock-api.js';
import { pageUrl, restorePageUrl, setPageUrl } from '../helpers/page-url.js';

/** The request for the search's side of the page URL (search-url.ts), as the test server names it. */
const URL_PART = /\/procedure-search\/search-url\.(ts|js)(\?.*)?$/;

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
const status = (el: Element) => $(el, '[part="status"]')?.textContent?.trim() ?? '';
const searchRequests = () => requests.filter((r) => new URL(r.url).pathname.endsWith('/procedures'));
const settled = async (el: DvcProcedureSearch) => {
  await el.updateComplete;
  return until(() => $(el, '.outcome')?.getAttribute('aria-busy') === 'false' && /^(Tìm thấy|Không tìm thấy)/.test(status(el)));
};

/**
 * The code that reads and writes the page URL cannot be fetched (offline meanwhile, or a release replaced the
 * files): the search works on without the URL, as when the browser refuses a change to it.
 */
describe("<dvc-procedure-search url-state>: the page URL's code cannot be fetched", () => {
  afterEach(() => restorePageUrl());

  it('searches its query, not the link’s, and works on without the URL: nothing thrown, nothing written', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in e ? e.reason : e.message));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    const worker = await useMockApi();
    worker.use(http.get(URL_PART, () => HttpResponse.error()));
    setPageUrl('?tu-khoa=ket+hon');
    const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search api-base=${API} url-state query="khai sinh"></dvc-procedure-search>`);
    await settled(el);
    // The link could not be read: the page's own search, with its results, rather than nothing.
    expect(searchRequests().map((r) => new URL(r.url).searchParams.get('q'))).to.deep.equal(['khai sinh']);
    expect(($(el, 'input#q') as HTMLInputElement).value).to.equal('khai sinh');
    expect(status(el)).to.match(/^Tìm thấy/);
    await expect(el).to.be.accessible();

    const input = $(el, 'input#q') as HTMLInputElement;
    const submit = async (words: string) => {
      input.value = words;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      ($(el, '[part="submit-button"]') as HTMLButtonElement).click();
      await settled(el);
    };
    await submit('ket hon');
    expect(status(el)).to.match(/^Tìm thấy/);
    expect(pageUrl()).to.equal('?tu-khoa=ket+hon');
    expect(searchRequests().at(-1) && new URL(searchRequests().at(-1)!.url).searchParams.get('q')).to.equal('ket hon');

    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
    expect(errors).to.deep.equal([]);
  });
});
