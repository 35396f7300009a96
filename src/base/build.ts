/**
 * Which build of the library this code is part of, and what that build carries. The values here are those of the
 * per-tag modules for bundlers; the CDN builds get their own at build time (rollup.cdn.js, `buildFlags`), so a
 * bundler can drop the code a build leaves out.
 */

/**
 * `modules`: the per-tag modules for bundlers (dist/<tag>.js); `loader`: the CDN files the loader fetches
 * (dist/cdn/dvc-elements.js and the chunks beside it); `bundle`: the CDN single file (dist/cdn/dvc-elements.bundle.js).
 */
export type BuildName = 'modules' | 'loader' | 'bundle';

export const BUILD: BuildName = 'modules';

/**
 * Whether the tracker can scan a receipt's QR code itself. The single file leaves the scanner out (no scan
 * button): a phone's own camera app opens the receipt's link, and the tracker reads the code from it.
 */
export const QR_SCANNER: boolean = true;
