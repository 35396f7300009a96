// The browser baseline (SPEC 5.5, package.json "browserslist"): the built JavaScript in dist/ uses no syntax newer
// than the oldest supported browsers understand. Run after the build (CI does): node test/baseline/check-dist-syntax.js
//
// How: esbuild, given the baseline as its target, rewrites any syntax those browsers lack (a regex `v` flag
// becomes `new RegExp(…)`, `using` becomes helper calls, import attributes are dropped…). A file that comes out of
// that the same as out of a plain reprint used nothing beyond the baseline. Syntax esbuild does not know about is
// not seen (duplicate named capture groups, for one); APIs are not syntax and are not checked here.
//
// Every run first proves the check can fail: known post-baseline snippets must be caught, a baseline one must pass.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import browserslist from 'browserslist';
import { transformSync } from 'esbuild';

const ROOT = new URL('../..', import.meta.url).pathname;
const targets = browserslistToEsbuild(undefined, { path: ROOT });

/** Where `code` uses syntax beyond the baseline: undefined if nowhere, else the first line that changes. */
export function beyondBaseline(code) {
  const print = (target) => transformSync(code, { target, format: 'esm', loader: 'js', charset: 'utf8' }).code;
  const plain = print('esnext').split('\n');
  const lowered = print(targets).split('\n');
  if (plain.join('\n') === lowered.join('\n')) return undefined;
  let i = 0;
  while (i < plain.length && plain[i] === lowered[i]) i++;
  const clip = (s = '') => (s.length > 160 ? `${s.slice(0, 160)}…` : s);
  return { line: i + 1, used: clip(plain[i]), baseline: clip(lowered[i]) };
}

/** Post-baseline syntax the check must catch, each with the first browsers that have it. */
const MUST_FAIL = {
  'regex v flag (Chrome 112, Firefox 116, Safari 17)': 'export const letters = /[\\p{L}--[a-z]]/v;',
  'using declaration (Chrome 134, Firefox 141)': 'export function f(open) { using handle = open(); return handle.read(); }',
  'import attributes (Chrome 123, Safari 17.2)': 'import data from "./data.json" with { type: "json" }; export default data;',
};
/** Syntax every baseline browser has: must pass. */
const MUST_PASS = {
  'class fields, private members and static blocks (Safari 16.4)': 'export class A { #x = 1; static y = 2; static { A.z = 3; } get x() { return this.#x; } }',
  'optional chaining, nullish assignment, top-level await': 'export const v = (await Promise.resolve({}))?.a ?? 1; let w; w ??= v;',
};

function selfTest() {
  const errors = [];
  for (const [name, code] of Object.entries(MUST_FAIL)) if (!beyondBaseline(code)) errors.push(`not caught: ${name}`);
  for (const [name, code] of Object.entries(MUST_PASS)) if (beyondBaseline(code)) errors.push(`wrongly caught: ${name}`);
  return errors;
}

/** Folders of dist/ that browsers never load: type declarations, and the command-line tools (run by Node). */
const NOT_FOR_BROWSERS = new Set(['types', 'cli']);

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return NOT_FOR_BROWSERS.has(name) ? [] : jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const broken = selfTest();
  if (broken.length) {
    console.error(`The baseline check itself is broken:\n  ${broken.join('\n  ')}`);
    process.exit(1);
  }
  const dist = join(ROOT, 'dist');
  let files;
  try {
    files = jsFiles(dist);
  } catch {
    console.error('No dist/: run `npm run build` first.');
    process.exit(1);
  }
  if (!files.length) {
    console.error('dist/ holds no JavaScript: run `npm run build` first.');
    process.exit(1);
  }
  const failures = [];
  for (const file of files) {
    const found = beyondBaseline(readFileSync(file, 'utf8'));
    if (found) failures.push({ file: relative(ROOT, file), ...found });
  }
  const browsers = browserslist(undefined, { path: ROOT });
  if (failures.length) {
    console.error(`Syntax newer than the supported browsers (${targets.join(', ')}):`);
    for (const f of failures) console.error(`  ${f.file}:${f.line} (reprinted)\n    uses:     ${f.used}\n    baseline: ${f.baseline}`);
    process.exit(1);
  }
  console.log(`Baseline syntax: ${files.length} files in dist/ need nothing newer than ${targets.join(', ')} (${browsers.length} browser versions).`);
}
