// Test-server side of the embedding tests: starts the mock provincial API on its own origin (real CORS), and
// serves the embedding pages as a webmaster's server would: with the API address filled in, the strict
// Content-Security-Policy on csp.html, and a second "version" of the bundle for the version-clash page.
// The demo pages are served as `npm start` serves them, with the list of pages at /__demo-pages.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { startMockApiServer } from '../../demo/mock-api-server.js';
import { renderDemoPage } from '../../demo/pages.js';

const BUNDLE = '    <script type="module" src="/dist/cdn/dvc-elements.js"></script>';
/**
 * The embedding pages: the same widgets (pages/widgets.html) under different heads, as different sites would
 * load them. `/test/embedding/pages/<name>.html`.
 */
const PAGES = {
  plain: BUNDLE,
  csp: `    <link rel="stylesheet" href="./host.css" />\n${BUNDLE}`,
  twice: `${BUNDLE}\n    <script type="module" src="/dist/cdn/dvc-elements.js?copy=2"></script>`,
  'two-versions': `${BUNDLE}\n    <script type="module" src="/__dvc-other-version/dvc-elements.js"></script>`,
  'hostile-css': `    <link rel="stylesheet" href="./hostile.css" />\n${BUNDLE}`,
  'no-script': '',
};

export function embeddingServer() {
  let api;
  return {
    name: 'dvc-embedding-server',
    async serverStart() {
      api = await startMockApiServer();
    },
    async serverStop() {
      await api?.close();
    },
    async serve(context) {
      if (context.path === '/__dvc-other-version/dvc-elements.js') {
        // The same bundle claiming another version: what a page gets when two sites' snippets disagree.
        const code = readFileSync('dist/cdn/dvc-elements.js', 'utf8');
        const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
        return { body: code.replaceAll(`"${version}"`, '"0.0.9-other"'), type: 'js' };
      }
      if (context.path === '/__demo-pages.json') {
        return { body: JSON.stringify(readdirSync('demo').filter((f) => f.endsWith('.html')).sort()), type: 'json' };
      }
      if (/^\/demo\/[a-z0-9-]+\.html$/.test(context.path) && existsSync(`.${context.path}`)) {
        const name = context.path.slice('/demo/'.length);
        return { body: await renderDemoPage(name, readFileSync(`.${context.path}`, 'utf8'), api, context.request.origin), type: 'html' };
      }
      const page = /^\/test\/embedding\/pages\/([a-z-]+)\.html$/.exec(context.path)?.[1];
      if (page && page in PAGES) {
        const template = readFileSync(new URL('./pages/widgets.html', import.meta.url), 'utf8');
        const body = template.replace('%TITLE%', page).replace('%HEAD%', PAGES[page]).replaceAll('%API_BASE%', api.url);
        const headers = {};
        if (page === 'csp') {
          headers['Content-Security-Policy'] =
            `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${new URL(api.url).origin}`;
        }
        return { body, type: 'html', headers };
      }
      return undefined;
    },
  };
}
