// `npm run size`: fails (exit 1) when a kind of page, or the single file, passes its gzip budget, or for a page
// not yet within its budget, its ceiling (sizes.js). Reads the built dist/cdn/ (`npm run build` first).
import { BUDGETS_KB, CEILINGS_KB, EXTRA_NAMES, PAGE_KINDS, measureSizes } from './sizes.js';

const sizes = measureSizes();
const pad = (s, n) => String(s).padStart(n);
let failed = false;
const overBudget = [];
/** `ok`, `over` (past the budget, within the ceiling: reported) or `FAIL` (past the ceiling, or the budget). */
const verdict = (kind, size) => {
  const budget = BUDGETS_KB[kind];
  if (size <= budget) return 'ok  ';
  overBudget.push(`${kind} ${(size - budget).toFixed(2)}`);
  if (CEILINGS_KB[kind] !== undefined && size <= CEILINGS_KB[kind]) return 'over';
  failed = true;
  return 'FAIL';
};
const limits = (kind) => `${BUDGETS_KB[kind]}${CEILINGS_KB[kind] !== undefined ? `/${CEILINGS_KB[kind]}` : ''}`;

console.log(`gzip -9 of all the JavaScript a page downloads (KB); the loader alone is ${sizes.loader.loaderKB} KB`);
console.log(`     ${'page'.padEnd(8)} ${pad('vi', 6)} ${pad('files', 5)}  ${pad('budget/ceiling', 14)}   ${pad('en', 6)} ${pad('files', 5)}`);
for (const kind of Object.keys(PAGE_KINDS)) {
  const { vi, en } = sizes.loader.pages[kind];
  console.log(`${verdict(kind, vi.gzipKB)} ${kind.padEnd(8)} ${pad(vi.gzipKB.toFixed(2), 6)} ${pad(vi.files, 5)}  ${pad(limits(kind), 14)}   ${pad(en.gzipKB.toFixed(2), 6)} ${pad(en.files, 5)}`);
}
const { vi: withCode, en: withCodeEn } = sizes.loader.trackerWithCode;
console.log(`     tracker started with a code (its dossier view with its code): ${withCode.gzipKB.toFixed(2)} (${withCode.files} files), English ${withCodeEn.gzipKB.toFixed(2)} (${withCodeEn.files})`);
console.log(`${verdict('bundle', sizes.bundle.gzipKB)} single file ${sizes.bundle.gzipKB.toFixed(2)} KB (budget/ceiling ${limits('bundle')}), both languages, any page`);
const perTag = (sizesByTag) => Object.entries(sizesByTag).map(([tag, size]) => `${tag} +${size.toFixed(2)}`).join(', ');
const whenNeeded = Object.entries(EXTRA_NAMES).map(([name, label]) => `${label} ${perTag(sizes.extras[name])}`);
const onUse = Object.entries(sizes.onUse).map(([part, { tag, vi, en }]) => `${part} (${tag}) +${vi.toFixed(2)}${en > vi ? ` (English +${(en - vi).toFixed(2)})` : ''}`);
console.log(`When needed, through the loader: ${whenNeeded.join('; ')}.`);
console.log(`On use: ${onUse.join('; ')}.`);
if (overBudget.length) console.log(`Not yet within the budget (KB over): ${overBudget.join(', ')}.`);
if (failed) {
  console.error('Size budget exceeded: a page passed its budget, or its ceiling while it is over its budget (test/bench/sizes.js).');
  process.exit(1);
}
