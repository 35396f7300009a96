import type { Lang } from '../../api/types.js';
import type { LanguageResource } from '../lang.js';
import { BUILD } from '../../base/build.js';
import { refetchable } from '../../base/refetchable.js';

/** Languages other than Vietnamese: each ships as a module of its own, fetched the first time a widget speaks it. */
export type LoadableLang = Exclude<Lang, 'vi'>;

/** Imports the module whose default export is the catalog in one language. */
export type MessagesLoader<T> = () => Promise<{ default: T }>;

/**
 * Languages whose failure to load has been reported: one warning however many catalogs and widgets failed with
 * it, until one of its loads succeeds.
 */
const warned = new Set<Lang>();

/**
 * A widget's messages in every shipped language. Vietnamese is part of the catalog's module; every other
 * language is fetched by `load()` through a dynamic import, so Vietnamese pages never download it.
 *
 * `catalog[lang]` reads the messages synchronously. Widgets read it with their `language`, which switches only
 * once the language is loaded (see `LangController`). Read before its language is loaded, a catalog answers in
 * Vietnamese rather than failing.
 */
export class Catalog<T> implements Readonly<Record<Lang, T>>, LanguageResource {
  readonly vi: T;
  private readonly loaders: Readonly<Record<LoadableLang, MessagesLoader<T>>>;
  private readonly loaded: Partial<Record<Lang, T>>;
  private readonly loading: Partial<Record<Lang, Promise<boolean>>> = {};

  constructor(vi: T, loaders: Readonly<Record<LoadableLang, MessagesLoader<T>>>) {
    this.vi = vi;
    // A switch after a failed fetch fetches the language again, in Firefox too (refetchable.ts).
    this.loaders = { en: refetchable(loaders.en) };
    this.loaded = { vi };
  }

  get en(): T {
    return this.loaded.en ?? this.vi;
  }

  has(lang: Lang): boolean {
    return !!this.loaded[lang];
  }

  /**
   * Fetches `lang` once for the whole page: every widget using this catalog shares the request. Resolves true
   * once it is there; false when it could not be fetched (with a console warning), and the next call tries again.
   * The single file fetches nothing (its languages are in it): there nothing can fail.
   */
  load(lang: Lang): Promise<boolean> {
    if (this.has(lang)) return Promise.resolve(true);
    return (this.loading[lang] ??= this.loaders[lang as LoadableLang]().then(
      (module) => {
        this.loaded[lang] = module.default;
        if (BUILD !== 'bundle') warned.delete(lang);
        return true;
      },
      BUILD === 'bundle'
        ? undefined
        : (error: unknown) => {
            delete this.loading[lang];
            if (!warned.has(lang)) console.warn(`dvc-elements: could not load the "${lang}" text; widgets keep their language until the next change.`, error);
            warned.add(lang);
            return false;
          },
    ));
  }
}

/**
 * Declares a catalog: the Vietnamese messages, and for every other language a function that dynamically imports
 * the module holding it, by convention `<name>.en.ts` beside the catalog, whose default export is typed by the
 * Vietnamese shape (a missing or extra key does not compile). README, "Adding a message", shows the pattern.
 */
export const defineMessages = <T>(vi: T, loaders: Readonly<Record<LoadableLang, MessagesLoader<NoInfer<T>>>>): Catalog<T> =>
  new Catalog(vi, loaders);
