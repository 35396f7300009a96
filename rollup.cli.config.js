// The `dvc-elements` command for Node (src/cli): one file, dist/cli/dvc-elements.js, run by package.json's
// `bin`. Separate from the browser builds (rollup.config.js includes it in the full build); built alone by
// `rollup -c rollup.cli.config.js` for the CLI tests.
import { chmodSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';

export const CLI_FILE = 'dist/cli/dvc-elements.js';

/** JSON modules (the OpenAPI document the checks validate against) as their default export. */
const json = () => ({
  name: 'json-module',
  transform(code, id) {
    return id.endsWith('.json') ? { code: `export default ${code};`, map: null } : null;
  },
});

/**
 * TypeScript by esbuild: a plain transpile, a second or two instead of a whole-program check (which
 * `npm run typecheck` does for this code through tsconfig.cli.json). Imports are written `./x.js`, as the
 * browser builds resolve them; here they find `./x.ts`.
 */
const typescript = () => ({
  name: 'esbuild-typescript',
  resolveId(source, importer) {
    if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
    const file = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
    return existsSync(file) ? file : null;
  },
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const out = await transform(code, {
      loader: 'ts',
      target: 'node20',
      format: 'esm',
      sourcefile: id,
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, verbatimModuleSyntax: true } },
    });
    return { code: out.code, map: null };
  },
});

/** Lets the file run as `./dist/cli/dvc-elements.js` too (npm sets this itself when it installs a bin). */
const executable = () => ({
  name: 'executable',
  writeBundle() {
    chmodSync(CLI_FILE, 0o755);
  },
});

export default {
  input: 'src/cli/main.ts',
  external: (id) => id.startsWith('node:'),
  // English messages, a dynamic import for the browser, are inside: the command stays one file.
  output: { file: CLI_FILE, format: 'es', banner: '#!/usr/bin/env node', sourcemap: false, inlineDynamicImports: true },
  plugins: [
    typescript(),
    nodeResolve({ exportConditions: ['node'], preferBuiltins: true }),
    json(),
    executable(),
  ],
};
