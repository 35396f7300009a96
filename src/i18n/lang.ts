import type { ReactiveController, ReactiveControllerHost } from 'lit';
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

/**
 * Keeps `lang` of a widget in step with its own `lang` attribute, or the nearest ancestor's, and re-renders the
 * widget when it changes at run time.
 */
export class LangController implements ReactiveController {
  lang: Lang = DEFAULT_LANG;
  private readonly host: ReactiveControllerHost & Element;
  private readonly onChange?: (lang: Lang) => void;

  constructor(host: ReactiveControllerHost & Element, onChange?: (lang: Lang) => void) {
    this.host = host;
    this.onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    // Also on a move into a part of the page with another language.
    this.refresh();
    hosts.add(this);
    observe(this.host.ownerDocument.documentElement);
    // A widget inside another component's shadow root is not in the document's subtree.
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot) observe(root);
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
    if (next !== this.lang) {
      this.lang = next;
      this.onChange?.(next);
      this.host.requestUpdate();
    }
  }
}
