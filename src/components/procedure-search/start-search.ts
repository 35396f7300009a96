/**
 * Whether a search searches as soon as it starts, and the page URL's parameter names it reads. A module of its own
 * so that the CDN loader (src/loader/loader.ts) can tell it from the element's attributes and the page URL, and
 * fetch the results' code (results.ts) together with the search's code, rather than once the search has begun.
 */

/**
 * The search's parameters in the page URL (`url-state`), the names SPEC 5.2 fixes: the words, the four filters
 * (lĩnh vực, agency, tier, level), the page and the procedure whose details are open; and ours, `pham-vi`: a
 * search the citizen took beyond the webmaster's presets, to the whole province (`pham-vi=toan-tinh`).
 */
export const SEARCH_URL_KEYS = ['tu-khoa', 'linh-vuc', 'co-quan', 'cap', 'muc-do', 'trang', 'thu-tuc', 'pham-vi'] as const;

/**
 * A search element searches at once: it has words to search for (`query`), a preset filter, or `url-state` with a
 * search in the page URL (a shared link, a bookmark, a reload).
 */
export function searchesAtStart(el: Element): boolean {
  const url = el.hasAttribute('url-state') ? new URLSearchParams(location.search) : undefined;
  return ['query', 'domain', 'agency', 'tier', 'level'].some((name) => el.getAttribute(name)?.trim()) || SEARCH_URL_KEYS.some((key) => url?.has(key));
}
