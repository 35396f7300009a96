import { html, nothing, type TemplateResult } from 'lit-html';
import type { Dossier, DossierHistoryEntry, DossierStatus, Lang } from '../../api/types.js';
import { iconElement } from '../../base/icon.js';
import { markVietnamese, langOf } from '../../base/language-of-parts.js';
import { isOpen, isPausedOnApplicant } from '../../domain/dossier-status.js';
import { timeliness, type Timeliness } from '../../domain/timeliness.js';
import { dossierViewMessages, type NextStepContext } from '../../i18n/messages/dossier-view.js';
import { formatDateTime, isoInVietnam, parseInstant } from '../../time/ho-chi-minh.js';
import { statusIcons, timelinessIcon } from './icons.js';
import { RESULT_HEADING_ID } from './result-heading.js';

export { viewStyles } from './dossier-view.styles.js';
export { dossierViewMessages } from '../../i18n/messages/dossier-view.js';

/**
 * The looked-up dossier as the citizen reads it: status and time limit first, then the facts that confirm it is
 * their dossier, what was asked of them, what to do next, and the history. Every value from the API is bound as
 * text; nothing here builds HTML from strings.
 *
 * A part of its own, imported by the tracker with the first lookup (src/components/dossier-tracker/dossier-tracker.ts):
 * the form, which is all a page shows at first, does not wait for it.
 */

/** Colour family of a status; the icon and the words carry the meaning, the colour only repeats it. */
export function statusTone(s: DossierStatus): 'open' | 'action' | 'stopped' | 'closed' | 'done' {
  if (isPausedOnApplicant(s)) return 'action';
  if (s === 3 || s === 8) return 'stopped';
  // Withdrawn at the applicant's own request: closed, but nothing went wrong.
  if (s === 7) return 'closed';
  if (s === 9 || s === 10) return 'done';
  return 'open';
}

function timelinessTone(t: Timeliness): 'good' | 'neutral' | 'warn' | 'bad' {
  if (t.kind === 'early' || t.kind === 'on-time') return 'good';
  if (t.kind === 'late' || t.kind === 'overdue') return 'bad';
  return t.days === 0 ? 'warn' : 'neutral';
}

/** What the live region says once a dossier has loaded: code, status and time limit, nothing personal. */
export function loadedAnnouncement(d: Dossier, lang: Lang, now: number): string {
  const m = dossierViewMessages[lang];
  const t = timeliness(d, now);
  return m.loaded(d.code, m.statuses[d.status], t ? m.timeliness(t) : '');
}

const when = (iso: string | undefined) => {
  const text = formatDateTime(iso);
  return text ? html`<time datetime=${isoInVietnam(iso)}>${text}</time>` : nothing;
};

/** A term and its value; a value that is a string from the API is marked with its language. */
const fact = (label: string, value: unknown, cls = '') =>
  html`<div class=${cls || nothing}><dt>${label}</dt><dd lang=${langOf(value)}>${value}</dd></div>`;

export function renderDossier(d: Dossier, lang: Lang, now: number): TemplateResult {
  const m = dossierViewMessages[lang];
  const t = timeliness(d, now);
  const ctx: NextStepContext = { code: d.code, agency: d.agency.name, overdue: isOpen(d.status) && t?.kind === 'overdue' };
  const f = m.fields;
  return html`<section class="result" part="result" aria-labelledby=${RESULT_HEADING_ID}>
    <h2 id=${RESULT_HEADING_ID} tabindex="-1" part="result-heading">${m.resultHeading(d.code)}</h2>
    <div class="summary">
      <p class="status tone-${statusTone(d.status)}" part="status" data-status=${d.status}>
        ${iconElement(statusIcons[d.status])}<span><span class="visually-hidden">${m.statusPrefix}</span>${m.statuses[d.status]}</span>
      </p>
      ${t
        ? html`<p class="timeliness tone-${timelinessTone(t)}" part="timeliness" data-timeliness=${t.kind}>
            ${iconElement(timelinessIcon(t))}<span><span class="visually-hidden">${m.timelinessPrefix}</span>${m.timeliness(t)}</span>
          </p>`
        : nothing}
    </div>
    <dl class="facts" part="facts">
      ${fact(f.code, d.code, 'code')}
      ${fact(f.procedure, html`${markVietnamese(d.procedure.name)} <span class="muted">(${d.procedure.code})</span>`)}
      ${fact(f.agency, d.agency.name)}
      ${d.applicant ? fact(f.applicant, d.applicant) : nothing}
      ${d.channel ? fact(f.channel, Object.hasOwn(m.channels, d.channel) ? m.channels[d.channel] : d.channel) : nothing}
      ${fact(f.received, when(d.receivedAt))}
      ${d.dueAt ? fact(f.due, when(d.dueAt)) : nothing}
      ${d.finishedAt ? fact(f.finished, when(d.finishedAt)) : nothing}
      ${d.returnedAt ? fact(f.returned, when(d.returnedAt)) : nothing}
    </dl>
    ${d.status === 5 && d.supplement ? renderSupplement(d.supplement, lang) : nothing}
    <section class="next" part="next" aria-labelledby="next-heading">
      <h3 id="next-heading">${m.nextTitle}</h3>
      ${m.next[d.status](ctx).map((p) => html`<p>${p}</p>`)}
      ${ctx.overdue ? html`<p class="overdue"><strong>${isPausedOnApplicant(d.status) ? m.overdueWaiting : m.overdueAdvice(ctx)}</strong></p>` : nothing}
    </section>
    ${renderHistory(d.history, lang)}
  </section>`;
}

function renderSupplement(s: NonNullable<Dossier['supplement']>, lang: Lang): TemplateResult {
  const m = dossierViewMessages[lang];
  const docs = s.documents ?? [];
  return html`<section class="supplement" part="supplement" aria-labelledby="supplement-heading">
    <h3 id="supplement-heading">${m.supplementTitle}</h3>
    <dl class="facts">
      ${fact(m.supplementReason, s.reason)} ${fact(m.supplementRequested, when(s.requestedAt))}
    </dl>
    ${docs.length
      ? html`<p id="supplement-documents">${m.supplementDocuments}:</p>
          <ul aria-labelledby="supplement-documents">
            ${docs.map((doc) => html`<li lang=${langOf(doc)}>${doc}</li>`)}
          </ul>`
      : nothing}
  </section>`;
}

/** Oldest first, whatever order the server sent; entries with an unreadable date keep their place at the end. */
function chronological(history: DossierHistoryEntry[]): DossierHistoryEntry[] {
  const at = (e: DossierHistoryEntry) => parseInstant(e.at) ?? Number.POSITIVE_INFINITY;
  return history
    .map((e, i) => ({ e, i }))
    .sort((a, b) => at(a.e) - at(b.e) || a.i - b.i)
    .map((x) => x.e);
}

function renderHistory(history: DossierHistoryEntry[], lang: Lang): TemplateResult {
  const m = dossierViewMessages[lang];
  return html`<section class="history" part="history" aria-labelledby="history-heading">
    <h3 id="history-heading">${m.historyTitle}</h3>
    ${history.length
      ? html`<ol>
          ${chronological(history).map(
            (e) => html`<li>
              <p class="when">${when(e.at)}</p>
              <p class="action" lang=${langOf(e.action)}>${e.action}</p>
              ${e.unit ? html`<p class="unit"><span class="visually-hidden">${m.historyUnit}</span>${markVietnamese(e.unit)}</p>` : nothing}
              ${e.note ? html`<p class="note">${m.historyNote}${markVietnamese(e.note)}</p>` : nothing}
            </li>`,
          )}
        </ol>`
      : html`<p>${m.historyEmpty}</p>`}
  </section>`;
}
