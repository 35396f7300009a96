import { html, nothing, type TemplateResult } from 'lit-html';
import { isVietnamese } from '../text/language.js';

/*
 * The language of each part of a widget (WCAG 3.1.2). A widget speaks the page's language, but the API often
 * answers in Vietnamese only (names, steps, history, its own error messages), and our English quotes a few
 * Vietnamese words. A screen reader reads each text in the language of its element: Vietnamese marked lang="vi"
 * is read with a Vietnamese voice rather than spelt out with an English one.
 *
 * Elements that show only text from the API take `langOf`. Our sentences are marked in the English messages
 * alone (`vietnamese`, `markVietnamese`), which are then templates: a Vietnamese page has nothing to mark in
 * them, and downloads none of it.
 */

/** One of our sentences: a string, or in a language other than Vietnamese a template with the Vietnamese marked. */
export type MarkedText = string | TemplateResult;

/** Vietnamese words quoted in our English (the receipt's title, examples to type), marked. */
export const vietnamese = (text: string) => html`<span lang="vi">${text}</span>`;

/** `lang` for an element whose whole content is `text` from the API: "vi" where it is Vietnamese. */
export const langOf = (text: unknown) => (isVietnamese(text) ? 'vi' : nothing);

/** Text from the API (or the citizen) inside a sentence: in a span marked Vietnamese, where it is. */
export const markVietnamese = (text: string) => (isVietnamese(text) ? vietnamese(text) : text);
