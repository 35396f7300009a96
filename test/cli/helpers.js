// Shared by the command-line tests (node --test): run the built command, import TypeScript sources, and put a
// fixture server in front of the mock API that changes one thing at a time.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'dist/cli/dvc-elements.js');
export { CORS, startMockApiServer } from '../../demo/mock-api-server.js';

/**
 * Runs `dvc-elements <args>` as a user would (a child process of the built file) and resolves when it exits.
 * `onStderr(text, child)` sees the progress as it comes, e.g. to interrupt the run at a given point.
 */
export function runCli(args, { env = {}, onStderr } = {}) {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => {
    stderr += d;
    onStderr?.(stderr, child);
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - started }));
  });
}

/** Imports a TypeScript module of src/ (bundled in memory by esbuild), for tests of pure functions. */
export async function importTs(path) {
  const out = await build({ entryPoints: [join(ROOT, path)], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/** The OpenAPI document, and a validator of one of its component schemas. */
export async function contractValidator() {
  const { Validator } = await import('@cfworker/json-schema');
  const spec = JSON.parse(readFileSync(join(ROOT, 'src/api/openapi.json'), 'utf8'));
  return (name, value) => {
    const v = new Validator({ $ref: `#/components/schemas/${name}`, components: spec.components }, '2020-12', false);
    return v.validate(value).errors.filter((e) => e.keyword !== '$ref' && e.keyword !== 'properties' && e.keyword !== 'items');
  };
}

const HOP_BY_HOP = ['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'];
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * An HTTP(S) server that forwards to `target` (a mock API base) and lets a test change one thing:
 * `request(ctx)` may answer by itself (return `{ status, headers, body }`), drop the connection (return 'drop'),
 * or change `ctx.url` / `ctx.headers` before forwarding; `response(ctx, answer)` may change the answer.
 * Every request is logged with its start and end times, and when its answer was sent (`answered`); `maxInFlight`
 * is the most answered at once.
 */
export async function startProxy(target, { request, response, tls, host = '127.0.0.1' } = {}) {
  const log = [];
  const state = { inFlight: 0, maxInFlight: 0 };
  const handler = async (req, res) => {
    const entry = { method: req.method, path: req.url, headers: req.headers, start: performance.now() };
    log.push(entry);
    state.inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    try {
      const chunks = [];
      for await (const c of req) chunks.push(c);
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !HOP_BY_HOP.includes(k)));
      // `closed` settles when the client goes away: a fixture that never answers waits for it, not for a timer.
      const closed = new Promise((r) => res.on('close', r));
      const ctx = { method: req.method, url: new URL(req.url, target), headers, body: chunks.length ? Buffer.concat(chunks) : undefined, entry, log, closed };
      const early = await request?.(ctx);
      if (early === 'drop') {
        req.socket.destroy();
        return;
      }
      let answer = early;
      if (!answer) {
        const r = await fetch(ctx.url, { method: ctx.method, headers: ctx.headers, body: ctx.body, redirect: 'manual' });
        const h = {};
        r.headers.forEach((v, k) => (h[k] = v));
        delete h['content-length'];
        delete h['content-encoding'];
        answer = { status: r.status, headers: h, body: Buffer.from(await r.arrayBuffer()) };
        answer = (await response?.(ctx, answer)) ?? answer;
      }
      // Taken before the answer leaves: the client may read it before this process gets its next turn, so a
      // time taken after res.end() can be later than the client's own start of a wait.
      entry.answered = performance.now();
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    } catch {
      // The client left, or the server behind went away at the end of a test.
      req.socket.destroy();
    } finally {
      state.inFlight -= 1;
      entry.end = performance.now();
    }
  };
  const server = tls ? createHttpsServer(tls, handler) : createHttpServer(handler);
  await new Promise((r) => server.listen(0, host, r));
  const { port } = server.address();
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `${tls ? 'https' : 'http'}://${shown}:${port}/api/v1`,
    log,
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: () => {
      server.closeAllConnections?.();
      return new Promise((r) => server.close(r));
    },
  };
}

/** A JSON answer with the API's CORS headers, for fixture answers made without the mock. */
export function json(status, body, headers = {}) {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** A self-signed certificate for localhost, 127.0.0.1 and ::1, valid `days` days; undefined without openssl. */
export function selfSignedCertificate(days) {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', String(days),
      '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1',
    ], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  return { dir, key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')), certFile: join(dir, 'cert.pem') };
}

/**
 * For runs whose subject is not speed: the test machine is shared, and under load even the local mock API can
 * take a second or more to answer, which would be reported as slow.
 */
export const NOT_ABOUT_SPEED = ['--slow', '5'];

/** The statuses of a check-api JSON report other than pass, by check id. */
export const notPassing = (report) =>
  Object.fromEntries(report.checks.filter((c) => c.status !== 'pass').map((c) => [c.id, c.status]));
