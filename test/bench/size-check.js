// Fails (exit 1) when the CDN bundle or a tag's entry passes its gzip budget.
// `node test/bench/size-check.js procedure-search` measures one tag only (no build needed).
import { BUDGETS_KB, measureSizes } from './sizes.js';

const sizes = await measureSizes(process.argv[2]);
// A tag's chunks fetched only when needed: its English (`<catalog>.en`), and parts loaded on use.
const lazyKB = (s, english) =>
  Object.entries(s.lazy ?? {})
    .filter(([name]) => name.endsWith('.en') === english)
    .reduce((sum, [, chunk]) => sum + chunk.gzipKB, 0);
const rows = [
  ...(sizes.cdn ? [['cdn', sizes.cdn.gzipKB]] : []),
  ...Object.entries(sizes.tags).map(([t, s]) => [t, s.gzipKB, lazyKB(s, true), lazyKB(s, false)]),
];
let failed = false;
for (const [name, size, english, onUse] of rows) {
  const budget = BUDGETS_KB[name];
  const ok = budget === undefined || size <= budget;
  if (!ok) failed = true;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(22)} ${size.toFixed(2).padStart(6)} KB gzip${budget ? ` (budget ${budget} KB)` : ''}${english ? `; in English +${english.toFixed(2)} KB` : ''}${onUse ? `; on use +${onUse.toFixed(2)} KB` : ''}`);
}
if (failed) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
