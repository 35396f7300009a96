/**
 * Which of its modes a badge is in, by the first of its attributes present: `level` (shown at once), `procedure`
 * (fetched), `agency` (figures). A blank level or code, a page template's empty value, is none: a template that
 * writes `level=""` beside a code wants that code's level. A module of its own so that the CDN loader
 * (src/loader/loader.ts) can tell an agency badge from its attributes and fetch the figures' code together with
 * the badge's.
 */
export type BadgeMode = 'level' | 'procedure' | 'agency' | 'none';

export const badgeMode = (level: string | null | undefined, procedure: string | null | undefined, agency: string | null | undefined): BadgeMode =>
  level?.trim() ? 'level' : procedure?.trim() ? 'procedure' : agency != null ? 'agency' : 'none';

/** A badge element that shows an agency's figures. */
export const showsFigures = (el: Element): boolean =>
  badgeMode(el.getAttribute('level'), el.getAttribute('procedure'), el.getAttribute('agency')) === 'agency';
