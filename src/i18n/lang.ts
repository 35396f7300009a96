import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import type { Lang } from '../api/types.js';

export const LANGS: readonly Lang[] = ['vi', 'en'];
export const DEFAULT_LANG: Lang = 'vi';

/** `vi-VN` → `vi`, `EN` → `en`; anything we do not ship falls back to Vietnamese. */
export function normalizeLang(value: string | null | undefined): Lang {
  const primary = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : DEFAULT_LANG;
}

/** The nearest `lang` attribute from the element outwards, crossing shadow roots; `vi` when there is none. */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return normalizeLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LANG;
}

// One observer for the whole page: a `lang` change anywhere re-resolves every widget, however many there are.
const hosts = new Set<LangController>();
let observer: MutationObserver | undefined;

function observe(target: Node): void {
  observer ??= new MutationObserver(() => hosts.forEach((h) => h.refresh()));
  observer.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Something a widget needs in a language before it can speak it, such as a message catalog. */
export interface LanguageResource {
  /** Whether `lang` is there, ready to be read synchronously. */
  has(lang: Lang): boolean;
  /** Fetches `lang`: true once it is there, false when it could not be fetched (a later call tries again). */
  load(lang: Lang): Promise<boolean>;
}

/**
 * Keeps `lang` of a widget in step with its own `lang` attribute, or the nearest ancestor's, and re-renders the
 * widget when it changes at run time.
 *
 * `lang` is the language the widget speaks, which is not always the one asked for: a language is taken only once
 * every resource the widget needs in it is loaded, so render code reads messages synchronously and never sees a
 * language half there. Until then the widget keeps speaking the language it had (no empty or mixed state); when
 * loading fails it stays there, and the next change tries again.
 */
export class LangController implements ReactiveController {
  /** The language the widget speaks now. */
  lang: Lang = DEFAULT_LANG;
  /**
   * Settles once the language asked for is in force or has failed to load; undefined while nothing is loading.
   * The widget's first render waits for it.
   */
  loading?: Promise<void>;
  /** The language the page asks for, loaded or not. */
  private wanted: Lang = DEFAULT_LANG;
  private endWait?: () => void;
  private readonly host: ReactiveControllerHost & Element;
  private readonly onChange?: (lang: Lang) => void;
  private readonly resources: readonly LanguageResource[];

  constructor(host: ReactiveControllerHost & Element, onChange?: (lang: Lang) => void, resources: readonly LanguageResource[] = []) {
    this.host = host;
    this.onChange = onChange;
    this.resources = resources;
    host.addController(this);
  }

  hostConnected(): void {
    // Also on a move into a part of the page with another language.
    this.refresh();
    hosts.add(this);
    // The document, or the shadow root of another component the widget is in, and each one further out (a card
    // inside an app): a shadow root is in the subtree of none of them.
    let root = this.host.getRootNode();
    observe(root);
    while (root instanceof ShadowRoot) observe((root = root.host.getRootNode()));
  }

  hostDisconnected(): void {
    hosts.delete(this);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  refresh(): void {
    const next = resolveLang(this.host);
    if (next === this.wanted) return;
    this.wanted = next;
    // A wait for another language is over: whoever waited looks at `loading` again.
    this.settle();
    const missing = this.resources.filter((r) => !r.has(next));
    if (missing.length === 0) {
      this.apply(next);
      return;
    }
    const wait = new Promise<void>((resolve) => (this.endWait = resolve));
    this.loading = wait;
    void Promise.all(missing.map((r) => r.load(next))).then((loaded) => {
      if (this.loading !== wait) return; // asked for another language meanwhile
      // Taken only by a widget still on the page; one put back later resolves its language again.
      if (loaded.every(Boolean) && this.host.isConnected) this.apply(next);
      else this.wanted = this.lang;
      this.settle();
    });
  }

  private apply(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.onChange?.(lang);
    this.host.requestUpdate();
  }

  private settle(): void {
    const end = this.endWait;
    this.endWait = this.loading = undefined;
    end?.();
  }
}
