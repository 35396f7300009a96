import type { CSSResult } from '@lit/reactive-element';
import type { Lang } from '../api/types.js';
import type { LanguageResource } from '../i18n/lang.js';
import { ApiError } from '../api/errors.js';
import { BUILD } from './build.js';
import { refetchable } from './refetchable.js';

/**
 * A module fetched only when a widget first needs it (code most pages never run: the tracker's dossier view, the
 * search's procedure details, the badge's agency figures, the form's sending code, the page URL's code of
 * `url-state`, the static catalog's code), shared by every widget on the page. `load()` fetches it once and keeps
 * it, and `module` has it from then on, for code that renders without waiting. A failed fetch (offline, or the
 * files replaced by a newer release) is forgotten, so the next `load()` asks again. It rejects like a lost
 * connection (an `ApiError` of kind `network`, with the browser's error as its cause, which names the file), so
 * a widget shows its usual message and retry, written once for every part here; a widget that works on without
 * the part (the page URL's code) just catches it.
 *
 * A part that shows words of its own (a view, with a message catalog that comes with it) names them with
 * `words`: `load(lang)` then resolves once they are loaded in `lang` too (failing like the module when they cannot
 * be fetched), and the widget lists `words` among its catalogs, so that once the part is there it takes a language
 * only when the part's words are loaded in it: what the part shows always speaks the widget's language.
 */
export interface LazyModule<M> {
  /** The module, once it has arrived. */
  readonly module: M | undefined;
  /** The module; with `lang`, once its words are loaded in that language too. */
  load(lang?: Lang): Promise<M>;
  /** Its words as one of a widget's language resources: nothing to wait for until the module has arrived. */
  readonly words: LanguageResource;
}

export function lazyModule<M>(fetch: () => Promise<M>, words?: (module: M) => LanguageResource): LazyModule<M> {
  let loading: Promise<M> | undefined;
  // A retry after a failure fetches the module again, in Firefox too (refetchable.ts).
  const start = refetchable(fetch);
  const own = (): LanguageResource | undefined => (lazy.module && words?.(lazy.module)) || undefined;
  const failure = (cause: unknown): ApiError => new ApiError('network', 'A part of this widget could not be fetched', { cause });
  const lazy: { module: M | undefined } & LazyModule<M> = {
    module: undefined,
    load: (lang) => {
      // The single file fetches nothing (its parts and their words are in it): nothing there can fail.
      const arrived = (mod: M): M => (lazy.module = mod);
      const module = (loading ??=
        BUILD === 'bundle'
          ? start().then(arrived)
          : start().then(arrived, (cause: unknown) => {
              loading = undefined;
              throw failure(cause);
            }));
      // Without words to wait for, the module's own promise: what a widget does with it (write the URL, send the
      // form) follows its arrival as closely as before.
      if (!lang || !words) return module;
      return module.then(async (mod) => {
        const loaded = await words(mod).load(lang);
        if (BUILD !== 'bundle' && !loaded) throw failure(new Error(`Its words in "${lang}" could not be fetched`));
        return mod;
      });
    },
    words: {
      has: (lang) => own()?.has(lang) ?? true,
      load: (lang) => own()?.load(lang) ?? Promise.resolve(true),
    },
  };
  return lazy;
}

/**
 * Adds the styles of a part fetched after the widget started (the tracker's dossier view and QR dialog, the
 * badge's agency figures) to the widget's shadow root, once. They come with the part's code, not with the code
 * every page downloads; the widget's own styles, adopted when it started, stay first.
 */
export function addPartStyles(root: ShadowRoot | null, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
