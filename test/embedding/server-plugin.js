// Test-server side of the embedding tests: serves the embedding pages as a webmaster's server would, with the
// CDN files as a webmaster's CDN would, and the mock provincial API on an origin of its own (real CORS).
// The demo pages are served as `npm start` serves them, with the list of pages at /__demo-pages.json.
//
// Pages: `/test/embedding/pages/<file>/<page>.html`, `<file>` being `loader` (dist/cdn/dvc-elements.js) or
// `bundle` (dist/cdn/dvc-elements.bundle.js); `?lang=en` for a page in English. `?fresh=<id>` loads the CDN
// files under a prefix of that page's own (`/__fresh/<id>/dist/cdn/…`, test/english-gate.js), so it fetches each
// of them itself rather than from the browser's cache, and the CDN gate (cdn-gate.js) can log, slow down or fail
// them.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { startMockApiServer } from '../../demo/mock-api-server.js';
import { renderDemoPage } from '../../demo/pages.js';

/** The script a webmaster names, per embedding file. */
export const CDN_FILES = { loader: 'dvc-elements.js', bundle: 'dvc-elements.bundle.js' };
/** Where the other-origin CDN serves dist/cdn/: a sub-path, as a province's static host or a public CDN would. */
const CDN_PATH = '/thu-vien/dvc-elements/1.1.0/';

const script = (src) => `    <script type="module" src="${src}"></script>`;

/**
 * The embedding pages: the same widgets (pages/widgets.html) under different heads, as different sites would
 * load them. `base` is where this page's CDN files are (same origin), `cdn` the other origin's folder.
 */
const PAGES = {
  plain: ({ own }) => script(own),
  csp: ({ own }) => `    <link rel="stylesheet" href="/test/embedding/pages/host.css" />\n${script(own)}`,
  twice: ({ own }) => `${script(own)}\n${script(`${own}?copy=2`)}`,
  'two-versions': ({ own, file }) => `${script(own)}\n${script(`/__dvc-other-version/${CDN_FILES[file]}`)}`,
  'hostile-css': ({ own }) => `    <link rel="stylesheet" href="/test/embedding/pages/hostile.css" />\n${script(own)}`,
  'no-script': () => '',
  // The library from a CDN on another origin, in a sub-folder, under a CSP whose script-src names only that
  // origin (and this page's own recorder script).
  'other-origin': ({ cdn, file }) => script(`${cdn}${CDN_FILES[file]}`),
  // Both files on one page (two snippets pasted by different people): the first definitions stay.
  'loader-and-bundle': ({ base }) => `${script(base + CDN_FILES.loader)}\n${script(base + CDN_FILES.bundle)}`,
  // No widget at load: the test adds them (pages/blank.html).
  blank: ({ own }) => script(own),
  // Widgets only inside the page's own components' shadow roots (pages/shadow.html, pages/host-components.js).
  shadow: ({ own }) => script(own),
};
/** The body of each page: the same widgets (pages/widgets.html), but for these. */
const TEMPLATES = { blank: 'blank.html', shadow: 'shadow.html' };

/** The Content-Security-Policy of the strict pages: nothing but what the widgets need. */
function csp(page, api, cdn) {
  if (page === 'csp') return `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${new URL(api).origin}`;
  if (page === 'other-origin') return `default-src 'none'; script-src 'self' ${new URL(cdn).origin}; connect-src ${new URL(api).origin}`;
  return undefined;
}

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

/** dist/cdn/ on an origin of its own, under CDN_PATH, with CORS as a public CDN sends it. */
function startCdnServer() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.startsWith(CDN_PATH) ? normalize(join('dist/cdn', path.slice(CDN_PATH.length))) : '';
    if (!file.startsWith('dist/cdn/') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}${CDN_PATH}`, close: () => server.close() })),
  );
}

export function embeddingServer() {
  let api;
  let cdn;
  return {
    name: 'dvc-embedding-server',
    async serverStart() {
      [api, cdn] = await Promise.all([startMockApiServer(), startCdnServer()]);
    },
    async serverStop() {
      await api?.close();
      cdn?.close();
    },
    async serve(context) {
      if (context.path === '/__demo-pages.json') {
        return { body: JSON.stringify(readdirSync('demo').filter((f) => f.endsWith('.html')).sort()), type: 'json' };
      }
      if (/^\/demo\/[a-z0-9-]+\.html$/.test(context.path) && existsSync(`.${context.path}`)) {
        const name = context.path.slice('/demo/'.length);
        return { body: await renderDemoPage(name, readFileSync(`.${context.path}`, 'utf8'), api, context.request.origin), type: 'html' };
      }
      // The loader's files are in a folder beside it (`<hash>/core.js`).
      const other = /^\/__dvc-other-version\/([\w-]+\/)?([\w.-]+\.js)$/.exec(context.path);
      if (other) {
        // The same files claiming another version: what a page gets when two sites' snippets disagree.
        const code = readFileSync(`dist/cdn/${other[1] ?? ''}${other[2]}`, 'utf8');
        const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
        return { body: code.replaceAll(`"${version}"`, '"0.0.9-other"'), type: 'js' };
      }
      const match = /^\/test\/embedding\/pages\/(loader|bundle)\/([a-z-]+)\.html$/.exec(context.path);
      if (!match || !(match[2] in PAGES)) return undefined;
      const [, file, page] = match;
      const fresh = context.URL.searchParams.get('fresh');
      const base = fresh ? `/__fresh/${fresh}/dist/cdn/` : '/dist/cdn/';
      const head = PAGES[page]({ file, base, own: base + CDN_FILES[file], cdn: cdn.url });
      const template = readFileSync(new URL(`./pages/${TEMPLATES[page] ?? 'widgets.html'}`, import.meta.url), 'utf8');
      const lang = context.URL.searchParams.get('lang') === 'en' ? 'en' : 'vi';
      const body = template
        .replace('%TITLE%', `${file}: ${page}`)
        .replace('%LANG%', lang)
        .replace('%HEAD%', head)
        .replaceAll('%API_BASE%', api.url);
      const policy = csp(page, api.url, cdn.url);
      return { body, type: 'html', headers: policy ? { 'Content-Security-Policy': policy } : {} };
    },
  };
}
