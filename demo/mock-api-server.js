// A real HTTP server for the provincial API contract, answered by the project's MSW handlers (src/mocks), on
// its own port: the demo and the embedding tests talk to it across origins, with real CORS, as a province's
// pages would talk to the province's API.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getResponse } from 'msw';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Compiles the TypeScript handlers once, in memory, and imports them, with the sample data that callers (tests,
 * the catalog size option, the demo's list of sample dossiers) need.
 */
async function loadMocks() {
  const out = await build({
    stdin: {
      contents: [
        "export * from './src/mocks/handlers.ts';",
        "export { sampleDossiers } from './src/mocks/data/dossiers.ts';",
        "export { makeCatalog, scaledProcedures } from './src/mocks/catalog.ts';",
        "export { sampleDossierGuide } from './src/mocks/sample-guide.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    absWorkingDir: root,
  });
  // A data: URL cannot resolve bare imports (msw; lit-html, which the English messages import): point them at this
  // project's node_modules.
  const code = out.outputFiles[0].text.replace(/from "([^"./][^"]*)"/g, (_, name) => `from ${JSON.stringify(import.meta.resolve(name))}`);
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** CORS as the contract asks of a province's API (also used by the CLI tests' fixture servers). */
export const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept-Language, Idempotency-Key, X-Challenge-Token, X-Dossier-Verifier',
  'Access-Control-Expose-Headers': 'Retry-After',
  'Access-Control-Max-Age': '600',
};

/**
 * Caching as a province's gateway should send it: catalog answers may be kept by shared caches (a CDN, the
 * gateway) for five minutes, while browsers ask again each time (so the demo and tests can switch faults on
 * the fly); dossiers (personal data) and everything else are never stored.
 */
function cacheControl(method, url, status) {
  const catalog = /\/api\/v1\/(procedures(\/[^/]+)?|domains|agencies|stats)$/.test(new URL(url).pathname);
  return method === 'GET' && status === 200 && catalog ? 'public, max-age=0, s-maxage=300' : 'no-store';
}

/**
 * Starts the API on `port` (0: any free port) and resolves to
 * { url, close, setFault, clearFaults, mocks, dossiers }. `latency` (ms) makes loading states visible in the demo; `catalogSize` grows the sample catalog (e.g. 1,671
 * procedures, as one province published) with `scaledProcedures`. `dossiers` lists the sample dossiers this
 * server answers (their codes are dated from the day it started), in the tracker's words, for the demo page
 * that lists them.
 */
export async function startMockApiServer({ port = 0, host = '127.0.0.1', latency = 0, catalogSize } = {}) {
  const mocks = await loadMocks();
  const catalog = catalogSize ? mocks.makeCatalog(mocks.scaledProcedures(catalogSize)) : undefined;
  const dossiers = mocks.sampleDossiers();
  const handlers = mocks.createHandlers({ base: '*/api/v1', latency, catalog, dossiers });
  const server = createServer(async (req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const request = new Request(`http://${req.headers.host}${req.url}`, {
      method: req.method,
      headers: Object.entries(req.headers).filter(([, v]) => typeof v === 'string'),
      body: chunks.length && req.method !== 'GET' ? Buffer.concat(chunks) : undefined,
    });
    let response;
    try {
      response = await getResponse(handlers, request);
    } catch (e) {
      response = undefined;
      console.error(e);
    }
    if (!response || response.type === 'error') {
      // MSW's "network error" cannot travel over HTTP: drop the connection instead.
      if (response?.type === 'error') return req.socket.destroy();
      const en = /^en\b/i.test(req.headers['accept-language'] ?? '');
      res.writeHead(404, {
        ...CORS,
        'Content-Type': 'application/problem+json',
        'Content-Language': en ? 'en' : 'vi',
        Vary: 'Accept-Language',
        'Cache-Control': 'no-store',
      });
      res.end(JSON.stringify({ type: 'urn:dvc:problem:not-found', title: en ? 'Not found' : 'Không tìm thấy', status: 404 }));
      return;
    }
    const headers = { ...CORS, 'Cache-Control': cacheControl(req.method, request.url, response.status) };
    response.headers.forEach((v, k) => (headers[k] = v));
    res.writeHead(response.status, headers);
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise((r) => server.listen(port, host, r));
  const { port: actual } = server.address();
  return {
    // An IPv6 literal goes in brackets in a URL: http://[::1]:8081/api/v1.
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}/api/v1`,
    setFault: mocks.setFault,
    clearFaults: mocks.clearFaults,
    mocks,
    dossiers: mocks.sampleDossierGuide(dossiers),
    close: () => new Promise((r) => server.close(r)),
  };
}
