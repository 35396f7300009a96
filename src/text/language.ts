/**
 * Whether text is Vietnamese, for marking the language of its part of the page. A letter with a diacritic
 * (precomposed, or a base letter and a combining mark) is Vietnamese in what an API of a Vietnamese province
 * sends: English never writes one, and Vietnamese seldom goes a few words without one. Text with none is left in
 * the widget's language: a code, a number, a name written without marks, or English. Any value is read as a
 * string (`String`, which also takes lit's `nothing`, a symbol): a template or an object is not Vietnamese.
 */
export const isVietnamese = (text: unknown): boolean => /[\u00C0-\u1EF9]/.test(String(text));
