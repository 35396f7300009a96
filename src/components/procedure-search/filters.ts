import { html, nothing, type TemplateResult } from 'lit-html';
import type { Agency, CodeName, Lang, ServiceLevel, Tier } from '../../api/types.js';
import { SERVICE_LEVELS, TIERS } from '../../api/vocabulary.js';
import { levelMessages } from '../../i18n/messages/levels.js';
import { searchMessages } from '../../i18n/messages/search.js';
import { langOf } from '../../base/language-of-parts.js';

/** The four filters of a search, as the API names them. Missing means "all". */
export interface Filters {
  domain?: string;
  agency?: string;
  tier?: Tier;
  level?: ServiceLevel;
}

export type FilterKey = keyof Filters;
export const FILTER_KEYS: readonly FilterKey[] = ['domain', 'agency', 'tier', 'level'];

/**
 * Only the filters that are set, so events and comparisons do not carry empty keys, and always in one order: the
 * same filters chosen in another order, or read back from the page URL, are the same search (compared as JSON).
 */
export const compact = (f: Filters): Filters => Object.fromEntries(FILTER_KEYS.filter((k) => f[k]).map((k) => [k, f[k]]));

export interface FilterView {
  lang: Lang;
  /** Filters fixed by the webmaster: their controls are not shown. */
  presets: Filters;
  /** What the citizen chose. */
  chosen: Filters;
  /** Options loaded from the API; undefined while loading or after a failure. */
  domains?: CodeName[];
  agencies?: Agency[];
  /** A failure message to show under a list that could not be loaded. */
  domainsError?: TemplateResult;
  agenciesError?: TemplateResult;
  onChange: (key: FilterKey, value: string) => void;
}

/** The filter controls the webmaster left open, as labelled selects; nothing when every filter is preset. */
export function renderFilters(v: FilterView): TemplateResult | typeof nothing {
  const m = searchMessages[v.lang];
  const open = FILTER_KEYS.filter((k) => !v.presets[k]);
  if (!open.length) return nothing;
  const tier = v.presets.tier ?? v.chosen.tier;
  // An agency list narrowed to the chosen tier, so the citizen cannot pick a combination that finds nothing.
  const agencies = v.agencies?.filter((a) => !tier || a.tier === tier);
  const options: Record<FilterKey, [string, string][] | undefined> = {
    domain: v.domains?.map((d) => [d.code, d.name]),
    agency: agencies?.map((a) => [a.code, a.name]),
    tier: TIERS.map((t) => [t, m.tiers[t]]),
    level: SERVICE_LEVELS.map((l) => [l, levelMessages[v.lang][l].short]),
  };
  const errors: Partial<Record<FilterKey, TemplateResult>> = { domain: v.domainsError, agency: v.agenciesError };
  // Options get their selectedness as a property, not the selected attribute: once the citizen has picked an
  // option, browsers that follow the standard (Firefox) ignore later changes of the attribute, and clearing the
  // filters would leave the old choice on screen. A plain property binding suffices: the choice on screen always
  // reaches `chosen` through onChange, so what was last rendered is what the select shows, and a restore from the
  // page URL sets the selects' values itself (procedure-search.ts, syncControls). A choice its list does not hold
  // still shows, by its code, not as "all": the list could not be loaded (its failure beside it), or it is a new
  // source's (a new `api-base` or `catalog`), or the choice came from an old link. What the select shows is then
  // what the results are filtered by, and "all" is one choice away.
  return html`<fieldset class="filters" part="filters">
    <legend>${m.filters}</legend>
    ${open.map((key) => {
      const chosen = v.chosen[key] ?? '';
      const list = options[key] ?? [];
      return html`<div class="filter">
        <label for="f-${key}">${m[key]}</label>
        <select id="f-${key}" part="filter" aria-describedby=${errors[key] ? `f-${key}-error` : nothing}
          @change=${(e: Event) => v.onChange(key, (e.target as HTMLSelectElement).value)}>
          <option value="" .selected=${!chosen}>${m.all[key]}</option>
          ${(!chosen || list.some(([value]) => value === chosen) ? list : [...list, [chosen, chosen]]).map(([value, label]) => html`<option value=${value} lang=${langOf(label)} .selected=${value === chosen}>${label}</option>`)}
        </select>
        ${errors[key] ? html`<div id="f-${key}-error">${errors[key]}</div>` : nothing}
      </div>`;
    })}
  </fieldset>`;
}
