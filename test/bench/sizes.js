// Gzip sizes of what citizens download: the CDN bundle, and each tag's entry bundled with Lit and minified.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';
import { TAGS, minifyLitCss, minifyLitHtml } from '../../rollup.config.js';

const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;

async function bundleWithLit(input) {
  const bundle = await rollup({
    input,
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationDir: undefined, outDir: undefined, include: ['src/**/*.ts'], noEmitOnError: true }),
      minifyLitCss(),
      minifyLitHtml(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output[0].code;
}

/** { cdn: { bytes, gzipKB }, tags: { 'service-level-badge': { gzipKB }, … } } */
export async function measureSizes(only) {
  const tags = {};
  for (const t of TAGS.filter((x) => !only || x === only)) {
    const code = await bundleWithLit(`src/components/${t}/${t}.ts`);
    tags[t] = { minifiedKB: kb(code.length), gzipKB: kb(gz(code)) };
  }
  if (only) return { tags };
  const cdnPath = 'dist/cdn/dvc-elements.js';
  if (!existsSync(cdnPath)) throw new Error(`${cdnPath} is missing: run \`npm run build\` first.`);
  const cdn = readFileSync(cdnPath);
  // Brotli for information (most CDNs serve it); the budgets are gzip.
  return { cdn: { minifiedKB: kb(cdn.length), gzipKB: kb(gz(cdn)), brotliKB: kb(brotliCompressSync(cdn).length) }, tags };
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
  // tooltip kept inside the viewport (0.2 KB; the search shows badges).
  'service-level-badge': 14.8,
  // +0.8 KB in 1.1: a preset scope said in words (agency and lĩnh vực named from the API), and the way from a
  // scope that finds nothing to the whole province and back (0.85 KB measured, code and text in two languages).
  'procedure-search': 21.6,
  'dossier-tracker': 20.5,
  // +0.3 KB in 1.1: confirmations worded for a rating and for a petition, drafts kept apart per context and
  // expiring after 30 minutes untouched (0.55 KB measured).
  'feedback-form': 16.8,
};
