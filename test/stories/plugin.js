// Test-server side of "every story is a test": each Storybook file (stories/*.stories.ts) is itself a test file.
// When the test runner loads one as a test (its URL carries the session id), the server answers with a small module
// that imports the stories and hands them to a runner (test/stories/story-tests.ts for axe in every engine,
// test/visual/story-screenshots.ts for the screenshots). A new story, or a new stories file, is a new test with
// nothing to add.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export const STORY_FILES = 'stories/*.stories.ts';

const SESSION_PARAM = 'wtr-session-id';
const JSON_MODULE_PARAM = 'dvc-json-module';

/**
 * Packages Storybook's preview code imports that ship CommonJS inside (@testing-library/dom needs aria-query):
 * served as one ES module each, bundled by esbuild, as Storybook's own Vite server does.
 */
const PREBUNDLED = { '@testing-library/dom': '/__dvc-prebundled/testing-library-dom.js' };
const prebundled = new Map();
function prebundle(specifier, rootDir) {
  if (!prebundled.has(specifier)) {
    prebundled.set(
      specifier,
      build({
        stdin: { contents: `export * from '${specifier}';`, resolveDir: rootDir },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'error',
      }).then((r) => r.outputFiles[0].text),
    );
  }
  return prebundled.get(specifier);
}

/**
 * @param {{ runner: string, first?: string[], rootDir?: string }} options `runner`: the module (from the root)
 *   whose `storyTests` turns a stories module into tests; `first`: modules to run before the stories load.
 */
export function storiesAsTests({ runner, first = [], rootDir = process.cwd() }) {
  const previewHead = () => readFileSync(join(rootDir, '.storybook/preview-head.html'), 'utf8');
  return {
    name: 'dvc-stories-as-tests',
    // .storybook/preview.ts imports the custom-elements manifest as JSON: the browser gets it as a module.
    transformImport({ source }) {
      if (/\.json$/.test(source)) return `${source}?${JSON_MODULE_PARAM}`;
      return undefined;
    },
    resolveImport({ source }) {
      return PREBUNDLED[source];
    },
    async serve(context) {
      const bundled = Object.entries(PREBUNDLED).find(([, path]) => path === context.path);
      if (bundled) return { body: await prebundle(bundled[0], rootDir), type: 'js' };
      if (context.path.endsWith('.json') && context.URL.searchParams.has(JSON_MODULE_PARAM)) {
        const file = join(rootDir, context.path);
        // The manifest only feeds the Docs pages, which no test renders; `npm test` builds dist/ without it.
        const json = existsSync(file) ? readFileSync(file, 'utf8') : '{}';
        return { body: `export default ${json};`, type: 'js' };
      }
      if (/^\/stories\/[^/]+\.stories\.ts$/.test(context.path) && context.URL.searchParams.has(SESSION_PARAM)) {
        const body = [
          ...first.map((m) => `import '/${m}';`),
          `import * as stories from '${context.path}';`,
          `import { storyTests } from '/${runner}';`,
          `storyTests(stories, ${JSON.stringify(previewHead())});`,
        ].join('\n');
        return { body, type: 'js' };
      }
      return undefined;
    },
    // Storybook's browser code is written for a bundler that replaces process.env.NODE_ENV, as Vite does.
    transform(context) {
      if (/^\/node_modules\/(storybook|@storybook)\//.test(context.path) && typeof context.body === 'string') {
        return { body: context.body.replaceAll('process.env.NODE_ENV', '"development"') };
      }
      return undefined;
    },
  };
}
