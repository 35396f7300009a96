// A real HTTP server for the provincial API contract, answered by the project's MSW handlers (src/mocks), on
// its own port: the demo and the embedding tests talk to it across origins, with real CORS, as a province's
// pages would talk to the province's API.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getResponse } from 'msw';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Compiles the TypeScript mocks once, in memory, and imports them. */
async function loadMocks() {
  const out = await build({
    entryPoints: [`${root}src/mocks/node.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    absWorkingDir: root,
  });
  // A data: URL cannot resolve bare imports: point them at this project's node_modules.
  const code = out.outputFiles[0].text.replace(/from "msw"/g, `from ${JSON.stringify(import.meta.resolve('msw'))}`);
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept-Language, Idempotency-Key, X-Challenge-Token, X-Dossier-Verifier',
  'Access-Control-Expose-Headers': 'Retry-After',
  'Access-Control-Max-Age': '600',
};

/**
 * Starts the API on `port` (0: any free port) and resolves to { url, close, setFault, clearFaults, dossiers }.
 * `dossiers` lists the sample dossiers this server answers (their codes are dated from today), in the words of
 * the tracker, for the demo page that lists them. `latency` (ms) makes loading states visible in the demo.
 */
export async function startMockApiServer({ port = 0, host = '127.0.0.1', latency = 0 } = {}) {
  const mocks = await loadMocks();
  const dossiers = mocks.sampleDossiers();
  const handlers = mocks.createHandlers({ base: '*/api/v1', latency, dossiers });
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
      res.writeHead(404, { ...CORS, 'Content-Type': 'application/problem+json' });
      res.end(JSON.stringify({ type: 'urn:dvc:problem:not-found', title: 'Not found', status: 404 }));
      return;
    }
    const headers = { ...CORS };
    response.headers.forEach((v, k) => (headers[k] = v));
    res.writeHead(response.status, headers);
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise((r) => server.listen(port, host, r));
  const { port: actual } = server.address();
  return {
    url: `http://${host}:${actual}/api/v1`,
    setFault: mocks.setFault,
    clearFaults: mocks.clearFaults,
    dossiers: mocks.sampleDossierGuide(dossiers),
    close: () => new Promise((r) => server.close(r)),
  };
}
