// Test-server side of the loader tests: the CDN files a fresh page fetches (`/__fresh/<id>/dist/cdn/<file>`,
// test/english-gate.js) are logged, and can be slowed down or made to fail, for that page alone (the three
// engines run their tests at the same time against this one server).
//
// From a test: `executeServerCommand('cdn-gate', { id, delayMs?, fail?: { match, as: '404' | 'drop' } })` sets the
// page's rules (`match`: a regular expression on the file's path in dist/cdn/, e.g. `<hash>/core.js`; `{ id }`
// alone clears them);
// `executeServerCommand('cdn-log', { id })` answers the page's requests so far:
// `[{ file, query, referer, start, end, status }]` (times in ms on the server's clock; `end` once the answer is
// sent; `referer` the URL of the page or script that asked for the file).

const FRESH_CDN = /^\/__fresh\/([\w-]+)\/dist\/cdn\/(.+)$/;

/** Per fresh page: its rules and its requests. */
const pages = new Map();
const pageOf = (id) => {
  if (!pages.has(id)) pages.set(id, { rules: {}, log: [] });
  return pages.get(id);
};

export const cdnGateMiddleware = async (ctx, next) => {
  const match = FRESH_CDN.exec(ctx.path);
  if (!match) return next();
  const [, id, file] = match;
  const page = pageOf(id);
  const entry = { file, query: ctx.querystring, referer: ctx.get('referer'), start: Date.now(), end: undefined, status: undefined };
  page.log.push(entry);
  const done = () => (entry.end ??= Date.now());
  ctx.res.once('finish', done);
  ctx.res.once('close', done);
  const { delayMs, fail } = page.rules;
  if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
  if (fail && new RegExp(fail.match).test(file)) {
    entry.status = fail.as;
    if (fail.as === '404') {
      // The browser gets a 404, as from an upload half done. The test runner lists every 404 its server answers
      // as a file missing from the tests (under whichever test file runs next): this one is the test's own doing,
      // so the runner sees another status, and the 404 is written once it has looked.
      ctx.status = 204;
      ctx.respond = false;
      setImmediate(() => {
        ctx.res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
        ctx.res.end('Not found');
      });
      return undefined;
    }
    // A dropped connection: nothing the browser could cache. The status only keeps the test runner from listing
    // the request as a missing file.
    ctx.status = 503;
    ctx.respond = false;
    ctx.req.socket.destroy();
    done();
    return undefined;
  }
  await next();
  entry.status = ctx.status;
  return undefined;
};

export const cdnGateCommand = {
  name: 'dvc-cdn-gate',
  executeCommand({ command, payload }) {
    if (command === 'cdn-gate') {
      const { id, ...rules } = payload;
      pageOf(id).rules = rules;
      return true;
    }
    if (command === 'cdn-log') return pageOf(payload.id).log;
    return undefined;
  },
};
