// `npm start`: serves the demo pages and the built bundle on one origin, and the mock provincial API on
// another (so the demo crosses origins exactly like a real embedding). Ports: DEMO_PORT (8080), API_PORT (8081).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockApiServer } from './mock-api-server.js';
import { renderDemoPage } from './pages.js';
import { BUILDER_LIB_PATH, builderLib } from './build-builder-lib.js';
import { buildDemoCatalog } from './catalog-folder.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const demoPort = Number(process.env.DEMO_PORT ?? 8080);
const apiPort = Number(process.env.API_PORT ?? 8081);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

if (!existsSync(join(root, 'dist/cdn/dvc-elements.js'))) {
  console.error('dist/cdn/dvc-elements.js is missing: run `npm run build` first (`npm start` does).');
  process.exit(1);
}

const api = await startMockApiServer({ port: apiPort, host, latency: 350 });
// The commune page with no API reads a static catalog folder, made here by the real `catalog` command.
await buildDemoCatalog();

const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === BUILDER_LIB_PATH) {
    // The embed builder's share of the library (the API checks), bundled on first request.
    builderLib().then(
      (code) => res.writeHead(200, { 'Content-Type': TYPES['.js'], 'Cache-Control': 'no-store' }).end(code),
      (error) => res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error)),
    );
    return;
  }
  if (path === '/') path = '/demo/index.html';
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  // Only the demo and the built bundle are served.
  const allowed = [join(root, 'demo'), join(root, 'dist')].some((d) => file.startsWith(d + '/'));
  if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (type.startsWith('text/html')) {
    // The pages name the API through <meta name="dvc-api-base">; fill in where this run's API listens.
    const page = await renderDemoPage(basename(file), readFileSync(file, 'utf8'), api, `http://${req.headers.host}`);
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(page);
    return;
  }
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  createReadStream(file).pipe(res);
});

server.listen(demoPort, host, () => {
  console.log(`Demo:     http://${host}:${demoPort}/`);
  console.log(`Mock API: ${api.url} (a different origin, with CORS)`);
});
