// Test-server side of the embed builder's tests: serves the builder page as `npm start` does (the mock API on its
// own origin filled in, the builder's bundle of the conformance checks), the manifest the builder reads (made when
// a run has not built it), and a few addresses a webmaster might type: a website that answers HTML where the API
// should be, and an API whose lists arrive slowly.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { BUILDER_LIB_PATH, builderLib } from '../../demo/build-builder-lib.js';
import { startMockApiServer } from '../../demo/mock-api-server.js';

const MANIFEST = 'dist/custom-elements.json';
/** A site's page, as a CMS answers any address it does not know: HTML with status 200. */
export const HTML_SITE = '/__builder/html-site/api/v1';
/** The mock API, each answer held back this long (ms): long enough to see the lists load. */
export const SLOW_API = '/__builder/slow/api/v1';
const SLOW_MS = 1500;

const HTML_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin điện tử</title></head>
<body><h1>Cổng thông tin điện tử tỉnh</h1><p>Trang chủ</p></body></html>`;

export function builderServer() {
  let api;
  let manifest;
  return {
    name: 'dvc-builder-server',
    async serverStart() {
      api = await startMockApiServer();
    },
    async serverStop() {
      await api?.close();
    },
    async serve(context) {
      if (context.path === BUILDER_LIB_PATH) return { body: await builderLib(), type: 'js' };
      if (context.path === '/demo/builder.html') {
        return { body: readFileSync('demo/builder.html', 'utf8').replaceAll('%API_BASE%', api.url), type: 'html' };
      }
      if (context.path === `/${MANIFEST}` && !existsSync(MANIFEST)) {
        // `npm test` builds the bundles only; the manifest comes from `npm run manifest`, made here once if missing.
        manifest ??= promisify(execFile)(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs']);
        await manifest;
        return { body: readFileSync(MANIFEST, 'utf8'), type: 'json' };
      }
      if (context.path.startsWith(`${HTML_SITE}/`)) return { body: HTML_PAGE, type: 'html' };
      if (context.path.startsWith(`${SLOW_API}/`)) {
        await new Promise((r) => setTimeout(r, SLOW_MS));
        const res = await fetch(api.url + context.url.slice(SLOW_API.length), { headers: { 'Accept-Language': context.get('Accept-Language') || 'vi' } });
        return { body: await res.text(), type: res.headers.get('Content-Type') ?? 'json' };
      }
      return undefined;
    },
  };
}
