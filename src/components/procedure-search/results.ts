import { html, type TemplateResult } from 'lit-html';
import type { Lang, Page, ProcedureSummary } from '../../api/types.js';
import { renderPager } from './pager.js';
import { renderResult } from './result-item.js';

/*
 * How a page of results looks: the list, each procedure with its level pill and the query's words marked, and the
 * pages. A part of its own, imported by the search with its first search (procedure-search.ts, `resultsView`), in
 * parallel with that search's answer, and already on the first key the citizen types: a search box nobody has
 * used yet downloads none of it.
 */

export interface ResultsView {
  lang: Lang;
  page: Page<ProcedureSummary>;
  query: string;
  /** Mark the query only at word starts (how the static catalog matched), not anywhere. */
  wordStart: boolean;
  /** The codes of the procedures whose details are open. */
  open: ReadonlySet<string>;
  /** An open procedure's details (loading, failed or shown); `index` is its place on the page. */
  details: (code: string, index: number) => TemplateResult;
  onToggle: (procedure: ProcedureSummary) => void;
  onFollow: (procedure: ProcedureSummary) => void;
  goToPage: (page: number) => void;
}

/** A page of results (never empty: the search says itself when nothing was found) and the way to the others. */
export function renderResults(v: ResultsView): TemplateResult {
  const { page } = v;
  return html`<ol class="list" role="list">
      ${page.items.map((procedure, index) => {
        const open = v.open.has(procedure.code);
        return renderResult({
          ...v,
          procedure,
          index,
          open,
          details: open ? v.details(procedure.code, index) : undefined,
          onToggle: () => v.onToggle(procedure),
          onFollow: () => v.onFollow(procedure),
        });
      })}
    </ol>
    ${renderPager(v.lang, page.page, Math.ceil(page.total / page.pageSize), v.goToPage)}`;
}
