// Gzip sizes of what citizens download: the CDN bundle, and each tag's entry bundled with Lit and minified.
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
 * behind a dynamic import (the static catalog's search) is fetched only by pages that use it, so it is counted
 * apart, per chunk, in `lazy`.
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
 * widget's code and its messages in two languages (about 7 KB of the CDN bundle is text).
 */
export const BUDGETS_KB = {
  // +1 KB in 1.1 for what the field test asked of the search and the form (below), in both languages.
  cdn: 36,
  // +0.4 KB in 1.1: light colours for browsers without light-dark() (every tag, 0.15 KB) and the badge's
  // tooltip kept inside the viewport (0.2 KB; the search shows badges); the search's URL state (1.1 KB). Search
  // and badges also read a static catalog: about 0.4 KB for choosing the source and word-start highlighting; the
  // catalog's own code is a separate chunk that only pages with a catalog fetch. +0.06 KB: the shared core's focus
  // that lets Tab continue from a focused heading, and answers rebuilt without prototype effects.
  'service-level-badge': 15.1,
  // +0.8 KB in 1.1 besides: a preset scope said in words (agency and lĩnh vực named from the API), and the way
  // from a scope that finds nothing to the whole province and back (0.85 KB measured, code and text in two languages).
  'procedure-search': 23.3,
  'dossier-tracker': 20.5,
  // +0.3 KB in 1.1: confirmations worded for a rating and for a petition, drafts kept apart per context and
  // expiring after 30 minutes untouched (0.55 KB measured).
  'feedback-form': 16.8,
};
