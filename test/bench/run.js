// `npm run bench`: sizes (with where the core's bytes go), page loads on a slow phone and link, loader and single
// file side by side (page-load.js), then every scenario in test/bench/*.bench.ts run in headless Chromium
// against the MSW mock API, with Lit's production build. Prints one JSON object; progress goes to stderr.
// `npm run bench -- <scenario>` runs that scenario alone; `npm run bench -- page-load` the page loads alone.
import { readdirSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../chromium.js';
import { CORE_GROUPS, breakdown } from './core-breakdown.js';
import { measurePageLoads } from './page-load.js';
import { cdnFiles, measureSizes } from './sizes.js';

process.env.TZ = 'UTC';
const only = process.argv[2];
const scenarios = readdirSync('test/bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace('.bench.ts', ''))
  .filter((s) => !only || s === only);

const result = { date: new Date().toISOString(), machine: { cores: (await import('node:os')).cpus().length, node: process.version } };
if (!only) {
  result.sizes = measureSizes();
  const { map } = cdnFiles();
  // The core: the one chunk every tag needs (Lit and what most tags share).
  const core = Object.values(map.tags)
    .map((t) => new Set(t.js))
    .reduce((a, b) => new Set([...a].filter((f) => b.has(f))));
  result.sizes.core = Object.fromEntries([...core].map((f) => [f, breakdown(`dist/cdn/${f}`, CORE_GROUPS)]));
}

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
  // The page-load server's certificate is made for the run (HTTP/2 in a browser needs HTTPS).
  args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc', '--ignore-certificate-errors'],
  headless: true,
});
result.scenarios = {};
try {
  if (!only || only === 'page-load') {
    result.pageLoad = await measurePageLoads(browser, { runs: 5, log: (line) => console.error(`page load: ${line}`) });
  }
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
