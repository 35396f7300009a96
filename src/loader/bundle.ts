/**
 * dist/cdn/dvc-elements.bundle.js: the CDN's single file, for webmasters who can upload only one file. Every tag
 * and both languages in one self-contained module (the tracker's QR scanner left out: src/base/build.ts).
 */
export * from '../index.js';

/**
 * The loader's `discover` (src/loader/loader.ts), so that code written for one file works with the other. Here
 * every tag is defined once this file has run, wherever it stands (shadow roots too): there is nothing to discover.
 */
export const discover = (_root?: Document | DocumentFragment | Element): Promise<void> => Promise.resolve();
