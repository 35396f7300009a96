import type { UrlValues } from '../../base/url-state.js';
import { normalizeLevel } from '../../domain/service-level.js';
import { TIERS } from '../../domain/tier.js';
import { compact, FILTER_KEYS, type FilterKey, type Filters } from './filters.js';

/**
 * The search as the page URL holds it (`url-state`), in the parameter names SPEC 5.2 fixes, Vietnamese words a
 * citizen can read in a shared link: `?tu-khoa=khai+sinh&cap=commune&trang=2&thu-tuc=1.001193`.
 */
export const QUERY_PARAM = 'tu-khoa';
export const PAGE_PARAM = 'trang';
export const OPEN_PARAM = 'thu-tuc';
export const FILTER_PARAMS: Readonly<Record<FilterKey, string>> = { domain: 'linh-vuc', agency: 'co-quan', tier: 'cap', level: 'muc-do' };
export const SEARCH_URL_KEYS: readonly string[] = [QUERY_PARAM, ...FILTER_KEYS.map((k) => FILTER_PARAMS[k]), PAGE_PARAM, OPEN_PARAM];

export interface SearchUrlState {
  q: string;
  /** What the citizen chose; preset filters are the page's and never travel in the URL. */
  chosen: Filters;
  page: number;
  /** The procedure whose details are open. */
  open?: string;
}

/**
 * The URL's parameters for a search on screen; none for the starting state. A search of everything (Enter in
 * an empty field) keeps an empty `tu-khoa=`, so that a reload shows the list again rather than the start.
 */
export function searchUrlValues(state: SearchUrlState | undefined): UrlValues {
  if (!state) return {};
  const filters = Object.entries(compact(state.chosen)).map(([k, v]) => [FILTER_PARAMS[k as FilterKey], v]);
  const marks = state.q || filters.length || state.page > 1 || state.open;
  return {
    [QUERY_PARAM]: state.q || (marks ? undefined : ''),
    ...Object.fromEntries(filters),
    [PAGE_PARAM]: state.page > 1 ? String(state.page) : undefined,
    [OPEN_PARAM]: state.open,
  };
}

/**
 * The search a URL describes, or null when it names none. Values that mean nothing (an unknown tier, page
 * "abc") are dropped; a filter the webmaster preset wins over the URL's.
 */
export function readSearchUrl(values: UrlValues, presets: Filters): SearchUrlState | null {
  if (SEARCH_URL_KEYS.every((k) => values[k] === undefined)) return null;
  const value = (key: FilterKey) => (presets[key] ? undefined : values[FILTER_PARAMS[key]]?.trim());
  const tier = value('tier') as Filters['tier'];
  const page = Math.floor(Number(values[PAGE_PARAM]));
  return {
    q: values[QUERY_PARAM] ?? '',
    chosen: compact({
      domain: value('domain'),
      agency: value('agency'),
      tier: tier && TIERS.includes(tier) ? tier : undefined,
      level: normalizeLevel(value('level')) ?? undefined,
    }),
    page: page >= 1 ? page : 1,
    open: values[OPEN_PARAM]?.trim() || undefined,
  };
}
