// The embed builder's share of the library, for the browser: the API conformance checks (with the OpenAPI
// document and the JSON Schema validator they need) and the Vietnamese text folding, bundled by esbuild in
// memory. A demo asset only: served at /demo/builder-lib.js by the demo server and the test server, never part
// of the published bundles in dist/.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the pages load it from. */
export const BUILDER_LIB_PATH = '/demo/builder-lib.js';

const ENTRY = [
  "export { runConformance, CHECK_IDS } from './src/conformance/index.ts';",
  "export { conformanceMessages } from './src/i18n/messages/conformance.ts';",
  "export { fold } from './src/text/fold.ts';",
  "export { isVietnamese } from './src/text/language.ts';",
  "export { VERSION } from './src/version.ts';",
  "export { default as openapi } from './src/api/openapi.json';",
].join('\n');

let pending;

/** The bundle's code (built once per server; a failed build is tried again on the next call). */
export function builderLib() {
  pending ??= build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'builder-lib.ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    // The browsers the demo supports (SPEC 5.5): Safari 16.4 is the oldest.
    target: ['es2022', 'safari16.4'],
    conditions: ['browser', 'production'],
    minify: true,
    legalComments: 'none',
    write: false,
    absWorkingDir: root,
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, verbatimModuleSyntax: true } },
  }).then(
    (out) => out.outputFiles[0].text,
    (error) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
