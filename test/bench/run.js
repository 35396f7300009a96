// `npm run bench`: sizes, then every scenario in test/bench/*.bench.ts run in headless Chromium against the
// MSW mock API, with Lit's production build. Prints one JSON object.
import { readdirSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../chromium.js';
import { measureSizes } from './sizes.js';

process.env.TZ = 'UTC';
const only = process.argv[2];
const scenarios = readdirSync('test/bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace('.bench.ts', ''))
  .filter((s) => !only || s === only);

const result = { date: new Date().toISOString(), machine: { cores: (await import('node:os')).cpus().length, node: process.version } };
if (!only) result.sizes = await measureSizes();

const server = await startDevServer({
  config: {
    rootDir: '.',
    port: 0,
    nodeResolve: { exportConditions: ['browser', 'production'] },
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
    middleware: [
      (ctx, next) => {
        if (ctx.path === '/mockServiceWorker.js') ctx.path = '/node_modules/msw/lib/mockServiceWorker.js';
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const port = server.server.address().port;
const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  headless: true,
});
result.scenarios = {};
try {
  for (const s of scenarios) {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${port}/test/bench/bench.html?scenario=${s}${process.env.BENCH_QUERY ? `&${process.env.BENCH_QUERY}` : ""}`);
    await page.waitForFunction(() => window.__benchResult || window.__benchError, { timeout: 240_000, polling: 100 });
    const { ok, err } = await page.evaluate(() => ({ ok: window.__benchResult, err: window.__benchError }));
    result.scenarios[s] = ok ?? { error: err };
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(JSON.stringify(result, null, 2));
