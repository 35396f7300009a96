import type { CSSResult } from 'lit';

/**
 * A module fetched only when a widget first needs it (code most pages never run: the tracker's dossier view, the
 * form's sending code, the writing of the page URL), shared by every widget on the page. `load()` fetches it once
 * and keeps it, and `module` has it from then on, for code that renders without waiting. A failed fetch (offline,
 * or the files replaced by a newer release) is forgotten, so the next `load()` asks again; it rejects with what
 * `failure` makes of the error, so a widget can show its usual message and retry.
 */
export interface LazyModule<M> {
  /** The module, once it has arrived. */
  readonly module: M | undefined;
  load(): Promise<M>;
}

export function lazyModule<M>(fetch: () => Promise<M>, failure: (cause: unknown) => unknown = (cause) => cause): LazyModule<M> {
  let loading: Promise<M> | undefined;
  const lazy: { module: M | undefined; load(): Promise<M> } = {
    module: undefined,
    load: () =>
      (loading ??= fetch().then(
        (mod) => (lazy.module = mod),
        (cause: unknown) => {
          loading = undefined;
          throw failure(cause);
        },
      )),
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
