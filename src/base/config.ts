/**
 * Where the API lives: the element's `api-base` attribute, else the page-wide
 * `<meta name="dvc-api-base" content="…">`, so a webmaster sets it once per page.
 */
export function resolveApiBase(el: Element): string | null {
  const own = el.getAttribute('api-base')?.trim();
  if (own) return own;
  const meta = el.ownerDocument.querySelector('meta[name="dvc-api-base"]')?.getAttribute('content')?.trim();
  return meta || null;
}

/**
 * The static catalog folder a widget that can read one (search, badges) uses: its own `catalog`, else the
 * page-wide `<meta name="dvc-catalog" content="…">`. Beside `api-base`, not instead of it: with both, the catalog
 * serves search and badges and the API everything else.
 */
export function resolveCatalog(el: Element, own?: string | null): string | null {
  return own?.trim() || el.ownerDocument.querySelector('meta[name="dvc-catalog"]')?.getAttribute('content')?.trim() || null;
}

const logged = new Set<string>();

/** Logs a message for the webmaster once per page, however many widgets hit the same problem. */
export function logOnce(message: string): void {
  if (logged.has(message)) return;
  logged.add(message);
  console.error(message);
}
