import type { ReactiveControllerHost } from '@lit/reactive-element';
import { UrlState, type UrlValues } from '../../base/url-state.js';
import { normalizeLevel } from '../../domain/service-level.js';
import { TIERS } from '../../domain/tier.js';
import { compact, type FilterKey, type Filters } from './filters.js';
import { SEARCH_URL_KEYS } from './start-search.js';

/**
 * The search as the page URL holds it (`url-state`), in the parameter names SPEC 5.2 fixes, Vietnamese words a
 * citizen can read in a shared link: `?tu-khoa=khai+sinh&cap=commune&trang=2&thu-tuc=1.001193`.
 *
 * A part of its own, with the URL state it builds on (src/base/url-state.ts): only a search with `url-state`
 * fetches it (procedure-search.ts), and the loader fetches it with the search's code when the attribute is
 * there from the start. A search without `url-state` never downloads it.
 */
// The parameters' names are in start-search.ts, which the loader reads too.
const [QUERY_PARAM, domain, agency, tier, level, PAGE_PARAM, OPEN_PARAM, SCOPE_PARAM] = SEARCH_URL_KEYS;
/** `pham-vi`'s one value: the whole province. */
const WIDE = 'toan-tinh';
const FILTER_PARAMS: Readonly<Record<FilterKey, string>> = { domain, agency, tier, level };

export interface SearchUrlState {
  q: string;
  /** What the citizen chose; preset filters are the page's and never travel in the URL. */
  chosen: Filters;
  page: number;
  /** The procedure whose details are open. */
  open?: string;
  /** Beyond the presets, over the whole province (the element reads it only where presets limit the search). */
  wide?: boolean;
}

/**
 * The URL's parameters for a search on screen; none for the starting state. A search of everything (Enter in
 * an empty field) keeps an empty `tu-khoa=`, so that a reload shows the list again rather than the start.
 */
function searchUrlValues(state: SearchUrlState | undefined): UrlValues {
  if (!state) return {};
  const filters = Object.entries(compact(state.chosen)).map(([k, v]) => [FILTER_PARAMS[k as FilterKey], v]);
  const marks = state.q || filters.length || state.page > 1 || state.open;
  return {
    [QUERY_PARAM]: state.q || (marks ? undefined : ''),
    ...Object.fromEntries(filters),
    [PAGE_PARAM]: state.page > 1 ? String(state.page) : undefined,
    [OPEN_PARAM]: state.open,
    [SCOPE_PARAM]: state.wide ? WIDE : undefined,
  };
}

/**
 * The search a URL describes, or null when it names none. Values that mean nothing (an unknown tier, page
 * "abc", "Infinity") are dropped; a filter the webmaster preset wins over the URL's, except over the whole
 * province, where the presets do not apply and the citizen chose every filter.
 */
function readSearchUrl(values: UrlValues, presets: Filters): SearchUrlState | null {
  if (SEARCH_URL_KEYS.every((k) => values[k] === undefined)) return null;
  const wide = values[SCOPE_PARAM] === WIDE;
  const value = (key: FilterKey) => (presets[key] && !wide ? undefined : values[FILTER_PARAMS[key]]?.trim());
  const tier = value('tier') as Filters['tier'];
  // Only a whole number from 1 a page can be: Infinity or 1e21 would reach the API as such, and 2.5 is no page.
  const page = Number(values[PAGE_PARAM]);
  return {
    q: values[QUERY_PARAM] ?? '',
    chosen: compact({
      domain: value('domain'),
      agency: value('agency'),
      tier: tier && TIERS.includes(tier) ? tier : undefined,
      level: normalizeLevel(value('level')) ?? undefined,
    }),
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
    open: values[OPEN_PARAM]?.trim() || undefined,
    wide,
  };
}

export interface SearchUrlOptions {
  /** The filters the webmaster preset: they win over the URL's. */
  presets(): Filters;
  /** Back or Forward: show that search (null: the page's start). A promise: resolves once it is on screen. */
  restore(state: SearchUrlState | null): Promise<unknown> | false | void;
}

/** The search element, as its URL part reads it. */
export type SearchUrlHost = ReactiveControllerHost & HTMLElement & { readonly urlState?: boolean; readonly renderRoot: ParentNode };

/** The search's side of the page URL: what it names at start, each step written, Back and Forward answered. */
export interface SearchUrl {
  /** The search the URL names now, or null (none, or another search of the page owns the URL). */
  read(): SearchUrlState | null;
  /** A step (`push`: a new history entry) or typing (`replace`): the search on screen, undefined at the start. */
  write(method: 'push' | 'replace', state: SearchUrlState | undefined): void;
}

/**
 * The URL state of one search (a controller of `host`, which it joins now), on while the search has `url-state`.
 * When a restore removed the element that had focus, focus goes to the results heading, or else the field.
 */
export function searchUrl(host: SearchUrlHost, options: SearchUrlOptions): SearchUrl {
  const url = new UrlState(host, {
    keys: () => SEARCH_URL_KEYS,
    enabled: () => !!host.urlState,
    restore: (values) => options.restore(readSearchUrl(values, options.presets())),
    fallbackFocus: () => host.renderRoot.querySelector<HTMLElement>('#results-heading') ?? host.renderRoot.querySelector<HTMLElement>('#q'),
  });
  return {
    read: () => (url.on ? readSearchUrl(url.read(), options.presets()) : null),
    write: (method, state) => url[method](searchUrlValues(state)),
  };
}
