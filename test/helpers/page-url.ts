/**
 * The test page's own URL, for the deep-link tests: each test sets the query and hash it needs (as a receipt's
 * link or a shared search would), and the page's URL is put back afterwards. The runner's own parameters stay.
 */
const start = { search: location.search, hash: location.hash, state: history.state as unknown };

/** `setPageUrl('?from=zalo&ma-ho-so=…', '#tra-cuu')`: the runner's parameters first, then these. */
export function setPageUrl(query = '', hash = ''): void {
  const search = [start.search.slice(1), query.replace(/^\?/, '')].filter(Boolean).join('&');
  history.replaceState(start.state, '', `${location.pathname}${search ? `?${search}` : ''}${hash}`);
}

/** Back to the URL the page was loaded with (entries pushed by a test are dropped by the next push). */
export function restorePageUrl(): void {
  history.replaceState(start.state, '', `${location.pathname}${start.search}${start.hash}`);
}

/** What the page URL holds beyond the runner's own parameters: `?from=zalo&ma-ho-so=…#tra-cuu`. */
export function pageUrl(): string {
  const own = location.search.slice(1).split('&').filter((p) => p && !start.search.slice(1).split('&').includes(p));
  return `${own.length ? `?${own.join('&')}` : ''}${location.hash}`;
}

/** Goes Back or Forward in the session history and waits for the popstate event (same document). */
export function travel(steps: number): Promise<void> {
  return new Promise((resolve) => {
    addEventListener('popstate', () => resolve(), { once: true });
    history.go(steps);
  });
}
