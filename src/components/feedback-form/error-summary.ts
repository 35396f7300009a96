import { html, nothing, type TemplateResult } from 'lit-html';
import { langOf } from '../../base/language-of-parts.js';
import type { FeedbackMessages } from '../../i18n/messages/feedback.js';
import type { FieldName, FieldProblem } from './form-values.js';

/** The sentence for a problem: the server's own words, or ours in the citizen's language. */
export const problemText = (p: FieldProblem, m: FeedbackMessages): string => p.text ?? (p.code ? m.errors[p.code] : '');

/**
 * The GOV.UK error summary: a heading and one link per problem, at the top of the form. It takes focus when
 * shown (the caller focuses `[part="error-summary"]`), and is an alert for screen readers that do not follow
 * focus. The links point at fields inside a shadow root, where `#id` navigation cannot reach: `onLink` moves
 * focus instead. Problems whose field is not on the form are listed as plain text.
 */
export function errorSummary(
  problems: FieldProblem[],
  m: FeedbackMessages,
  targetOf: (field: FieldName) => string | null,
  onLink: (e: Event, field: FieldName) => void,
): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1">
    <h2>${m.summaryTitle}</h2>
    <ul>
      ${problems.map((p) => {
        const target = p.field ? targetOf(p.field) : null;
        const text = problemText(p, m);
        // The server's words may be Vietnamese in an English form: marked so (src/base/language-of-parts.ts).
        return html`<li lang=${langOf(text)}>
          ${target && p.field ? html`<a href="#${target}" @click=${(e: Event) => onLink(e, p.field!)}>${text}</a>` : text}
        </li>`;
      })}
    </ul>
  </div>`;
}

/** The message at a field, referenced from the control by `aria-describedby`; "Lỗi:" is heard, not seen. */
export function fieldError(id: string, problems: FieldProblem[], m: FeedbackMessages): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  const text = problems.map((p) => problemText(p, m)).join('. ');
  return html`<p class="field-error" id=${id} part="field-error">
    <span class="visually-hidden">${m.errorPrefix}</span> <span lang=${langOf(text)}>${text}</span>
  </p>`;
}
