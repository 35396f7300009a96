// Gzip sizes of what citizens download: the CDN bundle, and each tag's entry bundled with Lit and minified (what
// a Vietnamese page loads; English and parts loaded on use are chunks measured apart).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';
import { TAGS, minifyLitCss, minifyLitHtml } from '../../rollup.config.js';

const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;

/**
 * The tag's entry bundled with Lit and minified, as a page downloads it: the entry and its static imports. Code
 * behind a dynamic import (English, the static catalog's search, the QR scanner) is fetched only by pages that
 * use it, so it is counted apart, per chunk, in `lazy` (English chunks are named `<catalog>.en`).
 */
async function bundleWithLit(input) {
  const bundle = await rollup({
    input,
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationDir: undefined, outDir: undefined, include: ['src/**/*.ts'], noEmitOnError: true }),
      minifyLitCss(),
      minifyLitHtml(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', chunkFileNames: '[name].js' });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const eager = new Set();
  const visit = (name) => {
    if (eager.has(name)) return;
    eager.add(name);
    chunks.get(name).imports.forEach(visit);
  };
  visit(output.find((o) => o.type === 'chunk' && o.isEntry).fileName);
  const code = [...eager].map((n) => chunks.get(n).code).join('\n');
  const lazy = Object.fromEntries([...chunks.keys()].filter((n) => !eager.has(n)).map((n) => [n.replace(/\.js$/, ''), chunks.get(n).code]));
  return { code, lazy };
}

/** { cdn: { gzipKB, …, lazy: { 'catalog-api': { gzipKB } } }, tags: { 'service-level-badge': { gzipKB, lazy? }, … } } */
export async function measureSizes(only) {
  const tags = {};
  for (const t of TAGS.filter((x) => !only || x === only)) {
    const { code, lazy } = await bundleWithLit(`src/components/${t}/${t}.ts`);
    tags[t] = { minifiedKB: kb(code.length), gzipKB: kb(gz(code)) };
    for (const [name, chunk] of Object.entries(lazy)) {
      (tags[t].lazy ??= {})[name] = { minifiedKB: kb(chunk.length), gzipKB: kb(gz(chunk)) };
    }
  }
  if (only) return { tags };
  const cdnPath = 'dist/cdn/dvc-elements.js';
  if (!existsSync(cdnPath)) throw new Error(`${cdnPath} is missing: run \`npm run build\` first.`);
  const cdn = readFileSync(cdnPath);
  // Chunks beside the CDN file that it imports only when a page needs them (the static catalog's search).
  const lazy = Object.fromEntries(
    readdirSync('dist/cdn')
      .filter((f) => f.endsWith('.js') && f !== 'dvc-elements.js')
      .map((f) => {
        const chunk = readFileSync(`dist/cdn/${f}`);
        return [f.replace(/-[\w-]{8}\.js$/, ''), { minifiedKB: kb(chunk.length), gzipKB: kb(gz(chunk)) }];
      }),
  );
  // Brotli for information (most CDNs serve it); the budgets are gzip.
  return { cdn: { minifiedKB: kb(cdn.length), gzipKB: kb(gz(cdn)), brotliKB: kb(brotliCompressSync(cdn).length), lazy }, tags };
}

/**
 * Budgets: a change that passes one fails `npm run size` and CI. They sit a little above what the widgets
 * weigh today, so growth is a decision, not an accident. The floor is Lit (5.8 KB) plus the shared core
 * (client, shape checks, errors, language, tokens, base element, @lit/task: about 6 KB); the rest is each
 * widget's code and its Vietnamese messages (a tag's English is a chunk of its own, fetched only by a widget in
 * English; the CDN bundle carries both languages: about 7 KB of it is text).
 */
export const BUDGETS_KB = {
  // +0.55 KB in 1.1: English loaded on demand (catalog loading, a language taken once its text is there, the
  // fallback content kept until the first render), code the single file carries although its English is inside.
  cdn: 35.3,
  // +0.4 KB in 1.1: light colours for browsers without light-dark() (every tag, 0.15 KB) and the badge's
  // tooltip kept inside the viewport (0.2 KB; the search shows badges); the search's URL state (1.1 KB). Search
  // and badges also read a static catalog: about 0.4 KB for choosing the source and word-start highlighting; the
  // catalog's own code is a separate chunk that only pages with a catalog fetch.
  'service-level-badge': 15,
  'procedure-search': 22.5,
  'dossier-tracker': 20.5,
  'feedback-form': 16.5,
};
