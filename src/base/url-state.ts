import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { lazyModule } from './lazy-module.js';

/** A widget's query parameters: a missing (undefined) value is absent from the URL. */
export type UrlValues = Readonly<Record<string, string | undefined>>;

export interface UrlStateOptions {
  /** The query parameters this widget owns (the tracker's name comes from an attribute). */
  keys(): readonly string[];
  /** Whether the widget keeps its state in the URL (its `url-state` attribute). */
  enabled(): boolean;
  /**
   * Back or Forward changed the widget's parameters: show that state, without moving focus. A promise: resolves
   * once it is on screen (a search answered), so that focus can be checked then; false or nothing: it is already.
   */
  restore(values: UrlValues): Promise<unknown> | false | void;
  /** Where focus goes when a restore removed the element that had it: the widget's heading, else its field. */
  fallbackFocus(): HTMLElement | null | undefined;
}

// One owner per tag name: two trackers writing one `ma-ho-so` would undo each other's Back and Forward.
const owners = new Map<string, UrlState>();

/** Writing the URL and answering Back and Forward: fetched once a widget owns the URL (see below). */
const urlHistory = lazyModule(() => import('./url-history.js'));

/**
 * Keeps a widget's state in the page URL (`url-state`), so that a citizen can share a link, bookmark it, reload
 * and use Back and Forward. A step the citizen takes is a new history entry (`push`); typing only rewrites the
 * current one (`replace`). Only the widget's own parameters change: the host page's other parameters stay
 * byte for byte as they were, and its hash too. `read()` works for every widget, with or without `url-state`:
 * a receipt's link must open on any page that has a tracker.
 *
 * The first widget of a tag with `url-state` owns the URL; another one warns once in the console and neither
 * reads nor writes it.
 *
 * Writing the URL and answering Back and Forward (url-history.ts) is a module of its own, imported once a widget
 * owns the URL: a page whose widgets have no `url-state` never downloads it. The loader fetches it together with
 * the widget's code when the attribute is there from the start (src/loader/loader.ts); a widget given the
 * attribute later imports it then, and its first steps are written once it has arrived, in order. A failed
 * import is asked for again by the next step.
 */
export class UrlState implements ReactiveController {
  private owner = false;
  private decided = false;
  private warned = false;
  /**
   * Our parameters as last read or written: Back to an entry that differs only in the host's part is not ours.
   * @internal
   */
  last = '';

  constructor(
    /** @internal */ readonly host: ReactiveControllerHost & HTMLElement,
    /** @internal */ readonly options: UrlStateOptions,
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
      if (this.owner) {
        owners.set(this.host.localName, this);
        // Asked for now, so that it is there by the citizen's first step.
        urlHistory.load().catch(noop);
      } else if (!this.warned) {
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
    if (this.on) this.last = JSON.stringify(this.read());
    addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onPopState);
    if (owners.get(this.host.localName) === this) owners.delete(this.host.localName);
    this.owner = false;
  }

  private write(values: UrlValues, method: 'pushState' | 'replaceState'): void {
    // Without the module (offline), the widget works on without the URL, as when the browser refuses a change.
    if (this.on) urlHistory.load().then((h) => h.write(this, values, method), noop);
  }

  private readonly onPopState = (): void => {
    if (this.on) urlHistory.load().then((h) => h.popState(this), noop);
  };
}

const noop = (): void => {};
