// What citizens download: gzip -9 of all the JavaScript a page loads, per kind of page, measured on the real
// dist/cdn/ files. With the loader: the loader, then the files its map (dist/cdn-files.json, written by the build
// from rollup's output graph) names for the page's tags, and their English on a page in English. With the single
// file: that file. Parts fetched only on use (the static catalog's search, the QR scanner) are counted apart.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { CDN_MAP } from '../../rollup.cdn.js';

const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;

/** The kinds of page measured, and the tags each has. */
export const PAGE_KINDS = {
  badges: ['dvc-service-level-badge'],
  search: ['dvc-procedure-search'],
  tracker: ['dvc-dossier-tracker'],
  form: ['dvc-feedback-form'],
  all: ['dvc-service-level-badge', 'dvc-procedure-search', 'dvc-dossier-tracker', 'dvc-feedback-form'],
};

/**
 * Budgets (KB, gzip -9, everything a page in Vietnamese downloads, Lit and the loader included; SPEC 5.1): a change
 * that passes one fails `npm run size` and CI. `bundle` is the single file (both languages inside).
 */
export const BUDGETS_KB = { badges: 15, search: 20, tracker: 21, form: 18, all: 32, bundle: 34 };

/** The CDN map and a reader of its files' sizes. */
export function cdnFiles() {
  if (!existsSync(CDN_MAP)) throw new Error(`${CDN_MAP} is missing: run \`npm run build\` first.`);
  const map = JSON.parse(readFileSync(CDN_MAP, 'utf8'));
  const cache = new Map();
  const size = (file) => {
    if (!cache.has(file)) {
      const code = readFileSync(`dist/cdn/${file}`);
      cache.set(file, { minified: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length });
    }
    return cache.get(file);
  };
  return { map, size };
}

/** The files a page with `tags` downloads through the loader, in `lang`, the loader first. */
export function pageFiles(map, tags, lang) {
  const files = new Set([map.loader]);
  for (const tag of tags) for (const f of map.tags[tag].js) files.add(f);
  if (lang === 'en') for (const tag of tags) for (const f of map.tags[tag].en) files.add(f);
  return [...files];
}

/**
 * {
 *   loader: { loaderKB, pages: { badges: { vi: { files, gzipKB, brotliKB }, en: {…} }, … } },
 *   bundle: { minifiedKB, gzipKB, brotliKB },
 *   onUse: { catalog: { 'dvc-procedure-search': KB, … }, urlState: { 'dvc-dossier-tracker': KB, … }, qrScanner: { vi: KB, en: KB } },
 * }
 */
export function measureSizes() {
  const { map, size } = cdnFiles();
  const total = (files, key) => kb(files.reduce((sum, f) => sum + size(f)[key], 0));
  const pages = {};
  for (const [kind, tags] of Object.entries(PAGE_KINDS)) {
    pages[kind] = {};
    for (const lang of ['vi', 'en']) {
      const files = pageFiles(map, tags, lang);
      pages[kind][lang] = { files: files.length, gzipKB: total(files, 'gzip'), brotliKB: total(files, 'brotli') };
    }
  }
  const bundle = size(map.bundle);
  const catalog = Object.fromEntries(
    Object.entries(map.tags)
      .filter(([, t]) => t.catalog.length)
      .map(([tag, t]) => [tag, total(t.catalog, 'gzip')]),
  );
  const urlState = Object.fromEntries(
    Object.entries(map.tags)
      .filter(([, t]) => t.urlState.length)
      .map(([tag, t]) => [tag, total(t.urlState, 'gzip')]),
  );
  const qr = map.tags['dvc-dossier-tracker'].onUse;
  return {
    loader: { loaderKB: kb(size(map.loader).gzip), pages },
    bundle: { minifiedKB: kb(bundle.minified), gzipKB: kb(bundle.gzip), brotliKB: kb(bundle.brotli) },
    onUse: { catalog, urlState, qrScanner: { vi: total(qr.js, 'gzip'), en: total([...qr.js, ...qr.en], 'gzip') } },
  };
}
