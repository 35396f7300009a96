import { focusInPlace } from './focus.js';
import type { UrlState, UrlValues } from './url-state.js';

/**
 * The part of a widget's URL state (url-state.ts) that only a widget with `url-state` needs: writing its
 * parameters into the page URL, and showing the state Back and Forward bring. A module of its own, so that pages
 * whose widgets keep no state in the URL never download it.
 */

/** Writes the widget's parameters into the page URL: `pushState` for a step, `replaceState` for typing. */
export function write(state: UrlState, values: UrlValues, method: 'pushState' | 'replaceState'): void {
  const keys = state.options.keys();
  const ours = new URLSearchParams();
  for (const k of keys) if (values[k] !== undefined) ours.set(k, values[k]!);
  const current = JSON.stringify(state.read());
  state.last = JSON.stringify(state.read(ours));
  // The URL holds this state already, however it is written (a link with another order, or %20 for a space): a
  // step to it adds no entry, and the link stays as it was written.
  if (state.last === current) return;
  // The host page's parameters are kept as raw text, in their order: parsing and re-serialising the whole
  // query would re-encode them. Ours follow, form-encoded (`tu-khoa=khai+sinh`).
  const pairs = location.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !keys.includes([...new URLSearchParams(pair).keys()][0]));
  const own = ours.toString();
  if (own) pairs.push(own);
  const query = pairs.length ? `?${pairs.join('&')}` : '';
  try {
    // The host's own history state (a router's) is carried over; document.title is never touched. An absolute
    // address: a relative one is read against the page's <base href>, which may name another origin.
    history[method](history.state, '', `${location.href.split(/[?#]/)[0]}${query}${location.hash}`);
  } catch {
    // Safari throws after 100 history changes in 30 s; the widget works on without the URL.
  }
}

/** Back or Forward: shows the state of the entry, if our parameters differ from those last read or written. */
export function popState(state: UrlState): void {
  const snapshot = JSON.stringify(state.read());
  if (snapshot === state.last) return;
  state.last = snapshot;
  const root = state.host.shadowRoot;
  const focused = root?.activeElement as HTMLElement | null | undefined;
  const shown = state.options.restore(state.read());
  // Focus stays where it is, unless the restore took that element away and focus is still nowhere (the page's
  // body): then the widget's heading gets it. A citizen who went on meanwhile, in the widget or in another part of
  // the page (whose focus the widget's root does not see), keeps their place, as with DvcElement.focusAfterRender.
  void Promise.resolve(shown)
    .catch(() => undefined)
    .then(() => state.host.updateComplete)
    .then(() => {
      const nowhere = document.activeElement == null || document.activeElement === document.body;
      if (focused && !focused.isConnected && root?.activeElement == null && nowhere && state.host.isConnected) {
        // As after a search or a lookup: the next Tab goes on from there, not back to the widget's first field.
        focusInPlace(state.options.fallbackFocus());
      }
    });
}
