import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A widget's query parameters: a missing (undefined) value is absent from the URL. */
export type UrlValues = Readonly<Record<string, string | undefined>>;

export interface UrlStateOptions {
  /** The query parameters this widget owns (the tracker's name comes from an attribute). */
  keys(): readonly string[];
  /** Whether the widget keeps its state in the URL (its `url-state` attribute). */
  enabled(): boolean;
  /**
   * Back or Forward changed the widget's parameters: show that state, without moving focus. Resolves once it is
   * on screen (a search answered), so that focus can be checked then.
   */
  restore(values: UrlValues): Promise<unknown> | void;
  /** Where focus goes when a restore removed the element that had it: the widget's heading, else its field. */
  fallbackFocus(): HTMLElement | null | undefined;
}

// One owner per tag name: two trackers writing one `ma-ho-so` would undo each other's Back and Forward.
const owners = new Map<string, UrlState>();

/**
 * Keeps a widget's state in the page URL (`url-state`), so that a citizen can share a link, bookmark it, reload
 * and use Back and Forward. A step the citizen takes is a new history entry (`push`); typing only rewrites the
 * current one (`replace`). Only the widget's own parameters change: the host page's other parameters stay
 * byte for byte as they were, and its hash too. `read()` works for every widget, with or without `url-state`:
 * a receipt's link must open on any page that has a tracker.
 *
 * The first widget of a tag with `url-state` owns the URL; another one warns once in the console and neither
 * reads nor writes it.
 */
export class UrlState implements ReactiveController {
  private owner = false;
  private decided = false;
  private warned = false;
  /** Our parameters as last read or written: Back to an entry that differs only in the host's part is not ours. */
  private last = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: UrlStateOptions,
  ) {
    host.addController(this);
  }

  /** Whether this widget keeps its state in the URL now: `url-state` is set and no earlier widget of its tag does. */
  get on(): boolean {
    if (!this.options.enabled() || !this.host.isConnected) return false;
    if (!this.decided) {
      this.decided = true;
      const other = owners.get(this.host.localName);
      this.owner = !other || other === this;
      if (this.owner) owners.set(this.host.localName, this);
      else if (!this.warned) {
        this.warned = true;
        console.warn(`dvc-elements: only the first <${this.host.localName} url-state> of a page keeps its state in the URL.`);
      }
    }
    return this.owner;
  }

  /** The widget's parameters in the page URL now. */
  read(params = new URLSearchParams(location.search)): UrlValues {
    return Object.fromEntries(this.options.keys().map((k) => [k, params.get(k) ?? undefined]));
  }

  /** A step the citizen took (a search, a page, details, a lookup): a new history entry, if the URL changes. */
  push(values: UrlValues): void {
    this.write(values, 'pushState');
  }

  /** Typing: the current history entry is rewritten, so that Back does not step through every word. */
  replace(values: UrlValues): void {
    this.write(values, 'replaceState');
  }

  hostConnected(): void {
    // Decided again on each connection: a widget moved in the page keeps its place as owner.
    this.decided = false;
    if (this.on) this.last = this.snapshot();
    addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onPopState);
    if (owners.get(this.host.localName) === this) owners.delete(this.host.localName);
    this.owner = false;
  }

  private snapshot(params?: URLSearchParams): string {
    return JSON.stringify(this.read(params));
  }

  private write(values: UrlValues, method: 'pushState' | 'replaceState'): void {
    if (!this.on) return;
    const keys = this.options.keys();
    const ours = new URLSearchParams();
    for (const k of keys) if (values[k] !== undefined) ours.set(k, values[k]!);
    // The host page's parameters are kept as raw text, in their order: parsing and re-serialising the whole
    // query would re-encode them. Ours follow, form-encoded (`tu-khoa=khai+sinh`).
    const pairs = location.search
      .slice(1)
      .split('&')
      .filter((pair) => pair && !keys.includes([...new URLSearchParams(pair).keys()][0]));
    const own = ours.toString();
    if (own) pairs.push(own);
    const query = pairs.length ? `?${pairs.join('&')}` : '';
    this.last = this.snapshot(ours);
    if (query === location.search) return;
    try {
      // The host's own history state (a router's) is carried over; document.title is never touched.
      history[method](history.state, '', `${location.pathname}${query}${location.hash}`);
    } catch {
      // Safari throws after 100 history changes in 30 s; the widget works on without the URL.
    }
  }

  private readonly onPopState = (): void => {
    if (!this.on) return;
    const snapshot = this.snapshot();
    if (snapshot === this.last) return;
    this.last = snapshot;
    const root = this.host.shadowRoot;
    const focused = root?.activeElement as HTMLElement | null | undefined;
    const shown = this.options.restore(this.read());
    // Focus stays where it is, unless the restore took that element away: then the widget's heading gets it.
    void Promise.resolve(shown)
      .catch(() => undefined)
      .then(() => this.host.updateComplete)
      .then(() => {
        if (focused && !focused.isConnected && root?.activeElement == null && this.host.isConnected) {
          this.options.fallbackFocus()?.focus();
        }
      });
  };
}
