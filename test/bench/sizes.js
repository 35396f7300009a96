// Gzip sizes of what citizens download: the CDN bundle, and each tag's entry bundled with Lit and minified (what
// a Vietnamese page loads; the English chunks are measured apart).
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';
import { TAGS, minifyLitCss, minifyLitHtml } from '../../rollup.config.js';

const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;

/**
 * One tag's entry bundled with Lit and minified, as a page with only that tag loads it: `code`, everything a
 * Vietnamese page downloads; `english`, the English chunks it fetches as well when the widget speaks English;
 * `onUse`, the chunks fetched only when the citizen uses a part (the tracker's QR scanner, with its English).
 */
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
    // The English chunks import shared code from the entry: let the entry export it rather than split it off.
    preserveEntrySignatures: false,
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const other = chunks.filter((c) => !c.isEntry && !c.isDynamicEntry);
  if (other.length) throw new Error(`${input}: unexpected shared chunks ${other.map((c) => c.fileName).join(', ')}`);
  const entry = chunks.find((c) => c.isEntry);
  const isEnglish = (c) => entry.dynamicImports.includes(c.fileName) && /\.en\.ts$/.test(c.facadeModuleId ?? '');
  const dynamic = chunks.filter((c) => c.isDynamicEntry);
  return {
    code: entry.code,
    english: dynamic.filter(isEnglish).map((c) => c.code),
    onUse: dynamic.filter((c) => !isEnglish(c)).map((c) => c.code),
  };
}

/** { cdn: { bytes, gzipKB }, tags: { 'service-level-badge': { gzipKB, englishGzipKB, onUseGzipKB }, … } } */
export async function measureSizes(only) {
  const tags = {};
  for (const t of TAGS.filter((x) => !only || x === only)) {
    const { code, english, onUse } = await bundleWithLit(`src/components/${t}/${t}.ts`);
    // Chunks are compressed one by one, as they travel.
    const sum = (codes) => kb(codes.reduce((total, c) => total + gz(c), 0));
    tags[t] = { minifiedKB: kb(code.length), gzipKB: kb(gz(code)), englishGzipKB: sum(english), onUseGzipKB: sum(onUse) };
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
 * widget's code and its Vietnamese messages (a tag's English is a chunk of its own, fetched only by a widget in
 * English; the CDN bundle carries both languages: about 7 KB of it is text).
 */
export const BUDGETS_KB = {
  // +0.55 KB in 1.1: English loaded on demand (catalog loading, a language taken once its text is there, the
  // fallback content kept until the first render), code the single file carries although its English is inside.
  cdn: 35.3,
  // +0.4 KB in 1.1: light colours for browsers without light-dark() (every tag, 0.15 KB) and the badge's
  // tooltip kept inside the viewport (0.2 KB; the search shows badges).
  'service-level-badge': 14.8,
  'procedure-search': 20.8,
  'dossier-tracker': 20.5,
  'feedback-form': 16.5,
};
