// Gzip sizes of what citizens download: the CDN bundle, and each tag's entry bundled with Lit and minified.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';
import { TAGS, minifyLitCss } from '../../rollup.config.js';

const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;

async function bundleWithLit(input) {
  const bundle = await rollup({
    input,
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationDir: undefined, outDir: undefined, include: ['src/**/*.ts'], noEmitOnError: true }),
      minifyLitCss(),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
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
  return { cdn: { minifiedKB: kb(cdn.length), gzipKB: kb(gz(cdn)) }, tags };
}

/** Budgets: a pull request that passes one fails `npm run size` and CI. */
export const BUDGETS_KB = {
  cdn: 30,
  'service-level-badge': 9,
  'procedure-search': 16,
  'dossier-tracker': 16,
  'feedback-form': 16,
};
