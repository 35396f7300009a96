/**
 * The files beside the loader in dist/cdn/ and what each tag needs of them. The build writes this module from
 * rollup's output graph (rollup.cdn.js, `cdnFiles`); what is here is only its shape, for the type checker.
 */

/** A file of dist/cdn/, by its index in `FILES`. */
export type FileIndex = number;

/**
 * The parts of a tag fetched in the same round as its code when the widget needs them at once (the loader's
 * `AT_START` says when; rollup.cdn.js `START_UP_EXTRAS` tells their chunks):
 * - `en`: its English texts, for a widget whose language is `en`;
 * - `catalog`: the static catalog's code, for a widget that reads a catalog;
 * - `urlState`: the page URL's code (writing it; for the search, reading it too), for a widget with `url-state`;
 * - `dossierView`: the tracker's dossier view, for a tracker that looks a dossier up at once;
 * - `agencyFigures`: the badge's view of an agency's figures, for a badge with `agency`;
 * - `results`: how the search's results look, for a search that searches on start (otherwise it fetches them with
 *   the citizen's first key).
 */
export type StartUpExtra = 'en' | 'catalog' | 'urlState' | 'dossierView' | 'agencyFigures' | 'results';

/**
 * What one tag needs, each list complete (every static import followed), so that all of it is requested at once:
 * its code (its own chunk first, then every shared chunk it imports), and the start-up extras it has, by name.
 */
export type TagFiles = readonly [js: readonly FileIndex[], extras: Readonly<Partial<Record<StartUpExtra, readonly FileIndex[]>>>];

/** The folder of the files beside the loader, named by the build after a hash of them all (`<hash>/`). */
export const DIR: string = '';

/** File names, in DIR. */
export const FILES: readonly string[] = [];

/** Every tag the loader knows, with its own chunks. */
export const TAG_FILES: Readonly<Record<string, TagFiles>> = {};

/**
 * The whole files the loader may take instead of each tag's own chunks, in order: per file, the sets of tags (bit
 * i: the i-th tag of `TAG_FILES`) a page must start with for it, as the build measured it lighter, and the files
 * of each tag it defines (its `js` is that one file).
 */
export const WHOLE_FILES: readonly (readonly [sets: readonly number[], tags: Readonly<Record<string, TagFiles>>])[] = [];
