/**
 * Whether a tracker looks a dossier up as soon as it starts. A module of its own so that the CDN loader
 * (src/loader/loader.ts) can tell it from the element's attributes and fetch the dossier view together with the
 * tracker's code, rather than once the lookup has begun.
 */

/** The query parameter a receipt's link carries the dossier code in, unless `code-param` names another. */
export const DEFAULT_CODE_PARAM = 'ma-ho-so';

/** The page URL's parameter a tracker reads its code from on start; '' when `code-param=""` turns that off. */
export const codeParamName = (codeParam: string | null | undefined): string => (codeParam ?? DEFAULT_CODE_PARAM).trim();

/** A tracker element looks a dossier up at once: it has a `code`, or the page URL has one in its code parameter. */
export function looksUpAtStart(el: Element): boolean {
  const param = codeParamName(el.getAttribute('code-param'));
  return !!(el.getAttribute('code')?.trim() || (param && new URLSearchParams(location.search).get(param)?.trim()));
}
