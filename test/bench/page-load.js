// Page loads on a slow phone and a slow link, the loader and the single file side by side (`npm run bench`).
//
// Each kind of page (badges only, search only, tracker only, form only, all four; in Vietnamese and in English)
// is opened in a fresh browser context (empty cache) with Chromium's throttling: CPU 4× slower, 150 ms latency,
// 1.6 Mbps down (750 kbps up). The page and dist/cdn/ come from one HTTPS origin over HTTP/2, as a CDN serves
// them, gzip -9; the mock API from another origin. Measured: the JavaScript downloaded (compressed bytes, from
// Resource Timing) and the time from navigation to the first usable widget (a badge showing its level, or a
// widget's form field on screen), and to all of them, the median of `runs` loads.
import { readFileSync, rmSync } from 'node:fs';
import { createSecureServer } from 'node:http2';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startMockApiServer } from '../../demo/mock-api-server.js';
import { selfSignedCertificate } from '../cli/helpers.js';
import { CDN_FILES } from '../embedding/server-plugin.js';
import { PAGE_KINDS } from './sizes.js';

/** Chromium's "slow phone on a slow link", as SPEC 5.1's benchmark fixes it. */
export const PROFILE = { cpuSlowdown: 4, latencyMs: 150, downKbps: 1600, upKbps: 750 };

/** What each kind of page shows: a commune page lists procedures with their badges. */
const BODIES = {
  'dvc-service-level-badge': ['1.001193', '1.000894', '1.000656', '2.000815', '1.004222', '1.001193', '1.000894', '1.000656']
    .map((code) => `<li>Thủ tục ${code} <dvc-service-level-badge procedure="${code}"></dvc-service-level-badge></li>`)
    .join(''),
  'dvc-procedure-search': '<dvc-procedure-search></dvc-procedure-search>',
  'dvc-dossier-tracker': '<dvc-dossier-tracker></dvc-dossier-tracker>',
  'dvc-feedback-form': '<dvc-feedback-form procedure="1.001193"></dvc-feedback-form>',
};

const page = ({ lang, file, tags, api }) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="dvc-api-base" content="${api}"><title>bench</title>
<script type="module" src="/cdn/${CDN_FILES[file]}"></script></head>
<body><main><ul>${tags.map((t) => BODIES[t]).join('</ul><ul>')}</ul></main></body></html>`;

/** In the page: the moment (ms since navigation) each widget became usable, or null while one is not. */
function usableAt() {
  const usable = (el) => {
    const root = el.shadowRoot;
    if (!root) return false;
    if (el.localName === 'dvc-service-level-badge') return ['full', 'partial', 'info'].includes(root.querySelector('[part="badge"]')?.getAttribute('data-level'));
    return !!root.querySelector('input, textarea');
  };
  const seen = (window.__usable ??= new Map());
  const widgets = document.querySelectorAll('dvc-service-level-badge, dvc-procedure-search, dvc-dossier-tracker, dvc-feedback-form');
  for (const el of widgets) if (!seen.has(el) && usable(el)) seen.set(el, performance.now());
  return seen.size === widgets.length ? [...seen.values()] : null;
}

function startServer(api) {
  const cert = selfSignedCertificate(2);
  if (!cert) throw new Error('The page-load benchmark needs openssl (for HTTPS, which HTTP/2 in a browser requires).');
  const gzipped = new Map();
  const server = createSecureServer({ key: cert.key, cert: cert.cert, allowHTTP1: true }, (req, res) => {
    const url = new URL(req.url, 'https://localhost');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/page.html') {
      const q = url.searchParams;
      const body = page({ lang: q.get('lang'), file: q.get('file'), tags: PAGE_KINDS[q.get('kind')], api });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
      return;
    }
    const file = normalize(join('dist/cdn', url.pathname.replace(/^\/cdn\//, '')));
    if (!url.pathname.startsWith('/cdn/') || !file.startsWith('dist/cdn/') || extname(file) !== '.js') {
      res.writeHead(404).end();
      return;
    }
    try {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }));
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'content-encoding': 'gzip', 'cache-control': 'public, max-age=31536000' });
    res.end(gzipped.get(file));
  });
  return new Promise((resolve) =>
    server.listen(0, 'localhost', () =>
      resolve({
        url: `https://localhost:${server.address().port}`,
        close: () => {
          server.close();
          rmSync(cert.dir, { recursive: true, force: true });
        },
      }),
    ),
  );
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function loadOnce(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    tab.on('console', (m) => m.type() === 'error' && console.error(`  page: ${m.text()}`));
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PROFILE.latencyMs,
      downloadThroughput: (PROFILE.downKbps * 1000) / 8,
      uploadThroughput: (PROFILE.upKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
    await tab.goto(url, { waitUntil: 'domcontentloaded' });
    const times = await (await tab.waitForFunction(usableAt, { polling: 'raf', timeout: 60_000 })).jsonValue();
    const scripts = await tab.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.initiatorType !== 'fetch' && new URL(e.name).pathname.startsWith('/cdn/'))
        .map((e) => e.encodedBodySize),
    );
    return { first: Math.min(...times), all: Math.max(...times), files: scripts.length, bytes: scripts.reduce((a, b) => a + b, 0) };
  } finally {
    await context.close();
  }
}

/**
 * `{ profile, pages: { badges: { vi: { loader: { jsKB, files, firstUsableMs, allUsableMs }, bundle: {…} }, en: … } } }`
 */
export async function measurePageLoads(browser, { runs = 3, log = () => {} } = {}) {
  const api = await startMockApiServer();
  const server = await startServer(api.url);
  const pages = {};
  try {
    for (const kind of Object.keys(PAGE_KINDS)) {
      pages[kind] = {};
      for (const lang of ['vi', 'en']) {
        pages[kind][lang] = {};
        for (const file of Object.keys(CDN_FILES)) {
          const results = [];
          for (let i = 0; i < runs; i++) results.push(await loadOnce(browser, `${server.url}/page.html?kind=${kind}&lang=${lang}&file=${file}`));
          pages[kind][lang][file] = {
            jsKB: Math.round((results[0].bytes / 1024) * 100) / 100,
            files: results[0].files,
            firstUsableMs: Math.round(median(results.map((r) => r.first))),
            allUsableMs: Math.round(median(results.map((r) => r.all))),
          };
          log(`${kind} ${lang} ${file}: ${JSON.stringify(pages[kind][lang][file])}`);
        }
      }
    }
  } finally {
    server.close();
    await api.close();
  }
  return { profile: PROFILE, runs, pages };
}
