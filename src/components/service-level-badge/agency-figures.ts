import { css } from '../../theme/tokens.js';
import type { Lang, Stats } from '../../api/types.js';
import { h } from '../../base/dom.js';
import { badgeMessages } from '../../i18n/messages/badge.js';
import { levelMessages } from '../../i18n/messages/levels.js';
import { isVietnamese } from '../../text/language.js';
import { formatDate } from '../../time/ho-chi-minh.js';
import { levelIcons } from './icons.js';
import { pill } from './level-pill.js';

/** The check of the figures' answer comes with the code that shows them (src/api/stats-answer.ts). */
export { statsFrom } from '../../api/stats-answer.js';

/**
 * An agency's online-service figures: a badge with its share of online procedures that opens onto the breakdown.
 * A part of its own, fetched by `<dvc-service-level-badge agency>` together with the figures themselves
 * (service-level-badge.ts): most pages show procedure levels only and never download it. Built as elements, like
 * the rest of the badge (src/base/dom.ts).
 */
export function agencyFigures(s: Stats, lang: Lang): HTMLElement {
  const b = badgeMessages[lang];
  const lv = levelMessages[lang];
  const p = s.procedures;
  const ratio = p.total > 0 ? (p.full + p.partial) / p.total : 0;
  const d = s.dossiers;
  const name = s.agency?.name;
  const row = (term: string, count: number) => [h('dt', {}, term), h('dd', {}, b.count(count))];
  // Compared as the days shown: the API writes date-times, and figures counted since this morning read as one day.
  const from = formatDate(s.period.from);
  const to = formatDate(s.period.to);
  const notes = [from === to ? b.asOf(to) : b.period(from, to)];
  if (d && d.total > 0) notes.unshift(b.dossiersOnTime(d.onTime / d.total, d.total));
  return h(
    'details',
    {},
    h('summary', {}, pill('stats', [h('span', {}, b.onlineShare(ratio))], levelIcons.partial)),
    h(
      'div',
      { class: 'breakdown', part: 'breakdown' },
      // The agency's name from the API, in a title in English, marked where it is Vietnamese (WCAG 3.1.2; see
      // src/base/language-of-parts.ts, for the widgets built with templates).
      h('h3', {}, ...[b.breakdownTitle(name)].flat().map((part) => (part === name && isVietnamese(name) ? h('span', { lang: 'vi' }, name) : part))),
      h('dl', {}, ...row(lv.full.full, p.full), ...row(lv.partial.full, p.partial), ...row(lv.info.short, p.info), ...row(b.total, p.total)),
      ...notes.map((note) => h('p', {}, note)),
    ),
  );
}

/** The figures' look, added to the badge's shadow root when this part arrives. */
export const figuresStyles = css`
  details {
    display: inline-block;
  }
  summary {
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  /* The marker shows that the figures open; its empty alternative text keeps it out of the summary's name, which
     screen readers would otherwise end with "black down-pointing small triangle". A browser without alternative
     text for generated content (Safari before 17.4, Firefox before 128) keeps the plain marker. */
  summary .badge::after {
    content: '▾';
    content: '▾' / '';
    font-size: 0.8em;
  }
  details[open] summary .badge::after {
    content: '▴';
    content: '▴' / '';
  }
  .breakdown {
    margin: 0.5rem 0 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.875rem;
  }
  .breakdown h3 {
    margin: 0 0 0.25rem;
    font-size: 1em;
  }
  .breakdown dl {
    display: grid;
    grid-template-columns: auto auto;
    gap: 0 1rem;
    margin: 0.25rem 0;
  }
  .breakdown dd {
    margin: 0;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .breakdown p {
    margin: 0.25rem 0 0;
    color: var(--_muted);
  }
`;
