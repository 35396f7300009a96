import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath, chromiumArgs } from './test/chromium.js';
import { cdnGateCommand, cdnGateMiddleware } from './test/embedding/cdn-gate.js';
import { embeddingServer } from './test/embedding/server-plugin.js';
import { englishGateCommand, englishGateMiddleware } from './test/english-gate.js';
import { builderServer } from './test/builder/server-plugin.js';
import { catalogDemoServer } from './test/demo/catalog-demo-server.js';

/**
 * `executeServerCommand('forced-colors', { active })`: Windows high-contrast mode, which the standard
 * emulateMedia command does not offer for Chromium.
 */
const cdpSessions = new WeakMap();
const forcedColorsCommand = {
  name: 'dvc-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    // Straight through the DevTools protocol: puppeteer's emulateMediaFeatures does not accept forced-colors.
    // The session stays open: emulation ends with the session that asked for it.
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }],
    });
    return true;
  },
};

// The browser runs in UTC, so every date test proves the widgets compute in Asia/Ho_Chi_Minh by themselves.
process.env.TZ = 'UTC';

export default {
  files: ['test/**/*.test.ts'],
  // `browser` and `development` conditions: MSW must load its browser build, Lit its dev build (clear warnings).
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), embeddingServer(), cdnGateCommand, forcedColorsCommand, englishGateCommand, builderServer(), catalogDemoServer()],
  // MSW's service worker must be served from the root to control the test pages.
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/node_modules/msw/lib/mockServiceWorker.js';
      return next();
    },
    cdnGateMiddleware,
    englishGateMiddleware,
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs, headless: true } })],
  // One page at a time: side-by-side pages in one headless Chromium starve each other's timers here.
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 8000 } },
};
