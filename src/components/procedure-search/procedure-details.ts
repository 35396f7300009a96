import { html, nothing, type TemplateResult } from 'lit-html';
import type { Lang, Procedure } from '../../api/types.js';
import { procedureDetailsMessages } from '../../i18n/messages/procedure-details.js';
import { searchMessages } from '../../i18n/messages/search.js';
import { markVietnamese, langOf } from '../../base/language-of-parts.js';
import { fact, isWebUrl } from './result-item.js';

/*
 * A part of its own, imported by the search when a citizen first opens a procedure (procedure-search.ts), with
 * its words: a page of results does not download them.
 */
export { procedureDetailsMessages };
/** The check of a whole procedure comes with the view that shows one (src/api/procedure-details.ts). */
export { procedureFrom } from '../../api/procedure-details.js';

const section = (title: string, body: unknown) => html`<section><h4>${title}</h4>${body}</section>`;
const text = (title: string, value: string | undefined) => (value ? section(title, html`<p class="text" lang=${langOf(value)}>${value}</p>`) : nothing);
/** A list; an item that is a string from the API is marked with its language (src/base/language-of-parts.ts). */
const list = <T>(title: string, items: T[] | undefined, item: (x: T) => unknown, ordered = false) => {
  const li = (x: T) => {
    const content = item(x);
    return html`<li lang=${langOf(content)}>${content}</li>`;
  };
  return items?.length ? section(title, ordered ? html`<ol>${items.map(li)}</ol>` : html`<ul>${items.map(li)}</ul>`) : nothing;
};

/**
 * What a citizen needs to act on a procedure, from `GET /procedures/{code}`: how to apply and what it costs and
 * takes by each channel, the steps, the papers (with their forms), who may apply, conditions, result, the law.
 */
export function renderProcedureDetails(p: Procedure, lang: Lang): TemplateResult {
  const m = { ...searchMessages[lang], ...procedureDetailsMessages[lang] };
  const any = p.channels?.length || p.steps?.length || p.documents?.length || p.conditions || p.legalBasis?.length || p.applicants || p.result;
  return html`${list(m.channelsHeading, p.channels, (c) =>
      html`<strong>${m.channels[c.channel]}</strong>
        <dl class="facts">
          ${fact(m.processingTime, c.processingTime)} ${fact(m.fee, c.fee)}
        </dl>`,
    )}
    ${list(m.steps, p.steps, (s) => s, true)}
    ${list(m.documents, p.documents, (d) =>
      html`${markVietnamese(d.name)}${d.copies ? html` (${markVietnamese(d.copies)})` : ''}
      ${isWebUrl(d.formUrl)
        ? html`<a href=${d.formUrl} part="form-link" download>${m.downloadForm}<span class="visually-hidden" lang=${langOf(d.name)}>: ${d.name}</span></a>`
        : nothing}`,
    )}
    ${text(m.applicants, p.applicants)} ${text(m.conditions, p.conditions)} ${text(m.result, p.result)}
    ${list(m.legalBasis, p.legalBasis, (l) => `${l.number}: ${l.title}`)}
    ${any ? nothing : html`<p>${m.noDetails}</p>`}`;
}
