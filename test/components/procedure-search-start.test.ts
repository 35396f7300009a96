import { expect, fixture } from '@open-wc/testing';
import '../../src/components/procedure-search/procedure-search.js';
import { FILTER_KEYS } from '../../src/components/procedure-search/filters.js';
import { SEARCH_URL_KEYS, searchesAtStart } from '../../src/components/procedure-search/start-search.js';
import { API, requests, until, useMockApi } from '../helpers/mock-api.js';
import { sentSearches } from './procedure-search-url-helpers.js';

/**
 * The CDN loader tells from a search's attributes and the page URL whether it searches at start
 * (start-search.ts), to fetch the results' code with the search's own. It names the attributes itself (it cannot
 * import the filters' module, which brings the template library): here its answer is checked against what the
 * element really does, for each of them, so a filter added to the search cannot be forgotten there.
 */
const VALUES: Record<string, string> = { query: 'khai sinh', domain: 'HT', agency: 'STP', tier: 'province', level: 'full' };

/** A search element with these attributes, not yet in the page. */
const search = (attributes: Record<string, string>) => {
  const el = document.createElement('dvc-procedure-search');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
};

/** Mounts a search with these attributes, ready once its lists of lĩnh vực and agencies have been asked for. */
async function mount(attributes: Record<string, string>): Promise<void> {
  await fixture(search({ 'api-base': API, ...attributes }));
  await until(() => requests.some((r) => r.url.includes('/agencies')) && requests.some((r) => r.url.includes('/domains')));
}

/** The element searches: a search request goes out. */
const searches = () => until(() => sentSearches().length > 0);

/** The element does not search: half a second after its lists were asked for, no search has gone out. */
async function doesNotSearch(): Promise<void> {
  await new Promise((r) => setTimeout(r, 500));
  expect(sentSearches(), 'searches sent').to.have.length(0);
}

describe('<dvc-procedure-search>: whether it searches at start, as the loader tells it', () => {
  beforeEach(() => useMockApi());

  it('names every preset filter the search has, and `query`', () => {
    expect(Object.keys(VALUES)).to.deep.equal(['query', ...FILTER_KEYS]);
  });

  for (const [name, value] of Object.entries(VALUES)) {
    it(`\`${name}\`: the element searches at start, and the loader says so`, async () => {
      expect(searchesAtStart(search({ [name]: value }))).to.equal(true);
      await mount({ [name]: value });
      await searches();
    });

    it(`\`${name}\` blank: neither`, async () => {
      expect(searchesAtStart(search({ [name]: '  ' }))).to.equal(false);
      await mount({ [name]: '  ' });
      await doesNotSearch();
    });
  }

  it('no attribute: neither', async () => {
    expect(searchesAtStart(search({}))).to.equal(false);
    await mount({});
    await doesNotSearch();
  });

  describe('a search in the page URL', () => {
    let before: string;
    beforeEach(() => {
      before = location.href;
      history.replaceState(history.state, '', `?${SEARCH_URL_KEYS[0]}=khai+sinh`);
    });
    afterEach(() => history.replaceState(history.state, '', before));

    it('`url-state`: the element searches at start, and the loader says so', async () => {
      expect(searchesAtStart(search({ 'url-state': '' }))).to.equal(true);
      await mount({ 'url-state': '' });
      await searches();
    });

    it('without `url-state`: neither', async () => {
      expect(searchesAtStart(search({}))).to.equal(false);
      await mount({});
      await doesNotSearch();
    });
  });
});
