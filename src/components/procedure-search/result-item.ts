import { html, nothing, type TemplateResult } from 'lit-html';
import type { Lang, ProcedureSummary } from '../../api/types.js';
import { searchMessages } from '../../i18n/messages/search.js';
import { levelMessages } from '../../i18n/messages/levels.js';
import { highlight } from '../../text/fold.js';
import { langOf } from '../../base/language-of-parts.js';
import { levelPill } from '../service-level-badge/level-pill.js';

/** Links from the API are followed only when they are plain web addresses (no `javascript:` and the like). */
export const isWebUrl = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url.trim());

/**
 * The name with every word of the query marked, whatever the diacritics and case ("dang ky" marks "Đăng ký");
 * `wordStart`: only at word starts, as the static catalog's search matches.
 */
export const highlighted = (text: string, query: string, wordStart = false) =>
  highlight(text, query, wordStart).map((s) => (s.match ? html`<mark part="highlight">${s.text}</mark>` : s.text));

export interface ResultView {
  lang: Lang;
  procedure: ProcedureSummary;
  query: string;
  /** Mark the query only at word starts (how the static catalog matched), not anywhere. */
  wordStart?: boolean;
  /** Index on the page, for element ids. */
  index: number;
  open: boolean;
  /** What the open procedure shows below its summary. */
  details?: TemplateResult;
  onToggle: () => void;
  onFollow: () => void;
}

/** A term and its value (from the API) in a facts list; nothing when the API gave no value. */
export const fact = (term: string, value: string | undefined) =>
  value ? html`<div><dt>${term}</dt><dd lang=${langOf(value)}>${value}</dd></div>` : nothing;

/**
 * One procedure in the list: its name is the button that opens the details in place (a disclosure), then the
 * facts a citizen compares procedures by, its level (the badge's look, without its hover label) and the portal
 * link.
 */
export function renderResult(v: ResultView): TemplateResult {
  const m = searchMessages[v.lang];
  const p = v.procedure;
  const id = `details-${v.index}`;
  return html`<li class="result" part="result">
    <h3>
      <button type="button" class="toggle" part="result-toggle" aria-expanded=${v.open ? 'true' : 'false'} aria-controls=${id} @click=${v.onToggle}>
        <span class="chevron" aria-hidden="true"></span><span lang=${langOf(p.name)}>${highlighted(p.name, v.query, v.wordStart)}</span>
      </button>
    </h3>
    <div class="summary">
      ${levelPill(p.level, levelMessages[v.lang][p.level])}
      <dl class="facts">
        ${fact(m.code, p.code)} ${fact(m.domain, p.domain.name)} ${fact(m.agency, p.agency.name)}
        ${fact(m.processingTime, p.processingTime)} ${fact(m.fee, p.fee)}
      </dl>
      ${isWebUrl(p.url)
        ? html`<a class="portal" part="portal-link" href=${p.url} @click=${v.onFollow}
            >${p.level === 'info' ? m.readMore : m.applyOnline}<span class="visually-hidden" lang=${langOf(p.name)}>: ${p.name}</span></a
          >`
        : nothing}
    </div>
    <div id=${id} class="details" part="details" ?hidden=${!v.open}>${v.details ?? nothing}</div>
  </li>`;
}
