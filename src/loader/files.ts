/**
 * The files beside the loader in dist/cdn/ and what each tag needs of them. The build writes this module from
 * rollup's output graph (rollup.cdn.js, `cdnFiles`); what is here is only its shape, for the type checker.
 */

/** A file of dist/cdn/, by its index in `FILES`. */
export type FileIndex = number;

/**
 * What one tag needs, each list complete (every static import followed), so that all of it is requested at once:
 * - `js`: its code, its own chunk first, then every shared chunk it imports;
 * - `en`: its English texts (with the chunks they import), for a widget whose language is `en`;
 * - `catalog`: the static catalog's code, for a widget that reads a catalog;
 * - `urlState`: the writing of the page URL, for a widget with `url-state`.
 */
export type TagFiles = readonly [js: readonly FileIndex[], en: readonly FileIndex[], catalog: readonly FileIndex[], urlState: readonly FileIndex[]];

/** File names, relative to the loader. */
export const FILES: readonly string[] = [];

/** Every tag the loader knows, with its files. */
export const TAG_FILES: Readonly<Record<string, TagFiles>> = {};
