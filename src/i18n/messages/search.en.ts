import { html } from 'lit-html';
import { markVietnamese, vietnamese } from '../../base/language-of-parts.js';
import { formatNumber, plural } from '../format.js';
import type { ScopeNames, SearchMessages } from './search.js';

// The agency's and lĩnh vực's names come from the API: marked where they are Vietnamese (language-of-parts.ts).
const scope = (s: ScopeNames) =>
  [
    s.agency && html`of ${markVietnamese(s.agency)}`,
    s.domain && html`in ${markVietnamese(s.domain)}`,
    s.tier && { province: 'at province level', commune: 'at commune level', district: 'at district level (before 1 July 2025)' }[s.tier],
    s.level && { full: 'fully online', partial: 'partly online', info: 'information only' }[s.level],
  ]
    .filter(Boolean)
    .flatMap((part, i) => (i ? [', ', part] : [part]));

const en: SearchMessages = {
  label: 'Find an administrative procedure',
  // The examples are Vietnamese typed without accents: marked by hand, as no diacritic shows their language.
  hint: (examples: boolean) =>
    html`Type the name of a procedure, with or without Vietnamese accents.${examples ? html` For example: ${vietnamese('khai sinh')}, ${vietnamese('dang ky ket hon')}.` : ''}`,
  submit: 'Search',
  filters: 'Filter results',
  domain: 'Field',
  agency: 'Handling agency',
  tier: 'Government level',
  level: 'Online service level',
  all: {
    domain: 'All fields',
    agency: 'All agencies',
    tier: 'All levels of government',
    level: 'All service levels',
  },
  tiers: {
    province: 'Province',
    commune: 'Commune',
    district: 'District (before 1 July 2025)',
  },
  domainsFailed: 'The list of fields could not be loaded.',
  agenciesFailed: 'The list of agencies could not be loaded.',
  resultsHeading: 'Search results',
  searching: 'Searching for procedures…',
  found: (n: number) => plural(n, 'en', { one: 'Found {n} procedure', other: 'Found {n} procedures' }),
  pageOf: (page: number, pages: number) => `Page ${formatNumber(page, 'en')} of ${formatNumber(pages, 'en')}`,
  none: 'No procedure matches your search.',
  tryFewerWords: (example: boolean) =>
    html`Check the spelling, or use fewer words${example ? html`, for example “${vietnamese('khai sinh')}” instead of “${vietnamese('đăng ký khai sinh cho con')}”` : ''}.`,
  tryFewerFilters: 'Remove some of the filters you chose.',
  clearFilters: 'Remove all filters',
  searchFailed: 'The search did not work.',
  notRelocalized: 'The results could not be loaded again in English.',
  pages: 'Result pages',
  previous: 'Previous page',
  next: 'Next page',
  code: 'Procedure code',
  processingTime: 'Processing time',
  fee: 'Fees',
  applyOnline: 'Apply online',
  readMore: 'Read more on the public-service portal',
  loadingDetails: 'Loading details…',
  detailsFailed: 'The details of this procedure could not be loaded.',
  scope: (s: ScopeNames) => html`Searching only procedures ${scope(s)}.`,
  backToScope: (s: ScopeNames) => html`Search only procedures ${scope(s)}`,
  wideScope: 'Searching the whole province.',
  noneTryWide: 'You can search the whole province.',
  elsewhere: 'Another agency may handle the procedure you need.',
  // The citizen's own words, most often Vietnamese.
  searchWide: (q: string) => (q ? html`Search the whole province for “${markVietnamese(q)}”` : 'Search the whole province'),
  inProvince: 'in the whole province',
};

export default en;
