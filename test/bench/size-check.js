// `npm run size`: fails (exit 1) when a kind of page, or the single file, passes its gzip budget (sizes.js).
// Reads the built dist/cdn/ (`npm run build` first).
import { BUDGETS_KB, EXTRA_NAMES, PAGE_KINDS, measureSizes } from './sizes.js';

const sizes = measureSizes();
const pad = (s, n) => String(s).padStart(n);
let failed = false;
const verdict = (size, budget) => {
  const over = budget !== undefined && size > budget;
  if (over) failed = true;
  return over ? 'OVER' : 'ok  ';
};

console.log(`gzip -9 of all the JavaScript a page downloads (KB); the loader alone is ${sizes.loader.loaderKB} KB`);
console.log(`     ${'page'.padEnd(8)} ${pad('vi', 6)} ${pad('files', 5)}  ${pad('budget', 6)}   ${pad('en', 6)} ${pad('files', 5)}`);
for (const kind of Object.keys(PAGE_KINDS)) {
  const { vi, en } = sizes.loader.pages[kind];
  console.log(`${verdict(vi.gzipKB, BUDGETS_KB[kind])} ${kind.padEnd(8)} ${pad(vi.gzipKB.toFixed(2), 6)} ${pad(vi.files, 5)}  ${pad(BUDGETS_KB[kind], 6)}   ${pad(en.gzipKB.toFixed(2), 6)} ${pad(en.files, 5)}`);
}
const { vi: withCode, en: withCodeEn } = sizes.loader.trackerWithCode;
console.log(`     tracker started with a code (its dossier view with its code): ${withCode.gzipKB.toFixed(2)} (${withCode.files} files), English ${withCodeEn.gzipKB.toFixed(2)} (${withCodeEn.files})`);
console.log(`${verdict(sizes.bundle.gzipKB, BUDGETS_KB.bundle)} single file ${sizes.bundle.gzipKB.toFixed(2)} KB (budget ${BUDGETS_KB.bundle}), both languages, any page`);
const perTag = (sizesByTag) => Object.entries(sizesByTag).map(([tag, size]) => `${tag} +${size.toFixed(2)}`).join(', ');
const whenNeeded = Object.entries(EXTRA_NAMES).map(([name, label]) => `${label} ${perTag(sizes.extras[name])}`);
const onUse = Object.entries(sizes.onUse).map(([part, { tag, vi, en }]) => `${part} (${tag}) +${vi.toFixed(2)}${en > vi ? ` (English +${(en - vi).toFixed(2)})` : ''}`);
console.log(`When needed, through the loader: ${whenNeeded.join('; ')}.`);
console.log(`On use: ${onUse.join('; ')}.`);
if (failed) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
