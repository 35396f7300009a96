import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileTimes } from './test/engines/file-times.js';
import { chromiumA11ySnapshotCommand, forcedColorsCommand } from './test/engines/commands.js';
import { launchers } from './test/engines/engines.js';
import { hostileImageGone, testRunnerHtml } from './test/engines/test-page.js';
import { cdnGateCommand, cdnGateMiddleware } from './test/embedding/cdn-gate.js';
import { embeddingServer } from './test/embedding/server-plugin.js';
import { englishGateCommand, englishGateMiddleware } from './test/english-gate.js';
import { builderServer } from './test/builder/server-plugin.js';
import { catalogDemoServer } from './test/demo/catalog-demo-server.js';
import { STORY_FILES, storiesAsTests } from './test/stories/plugin.js';

// The browser runs in UTC, so every date test proves the widgets compute in Asia/Ho_Chi_Minh by themselves.
process.env.TZ = 'UTC';

export default {
  // Every Storybook story is a test too (test/stories/plugin.js).
  files: ['test/**/*.test.ts', STORY_FILES],
  // `browser` and `development` conditions: MSW must load its browser build, Lit its dev build (clear warnings).
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    embeddingServer(),
    cdnGateCommand,
    forcedColorsCommand,
    englishGateCommand,
    builderServer(),
    catalogDemoServer(),
    storiesAsTests({ runner: 'test/stories/story-tests.ts' }),
    // Chromium's accessibility tree for tests that read an element's computed name and role (`a11ySnapshot`); the
    // other engines' automation has none, and those tests read the rendered text there instead.
    chromiumA11ySnapshotCommand(),
  ],
  // MSW's service worker must be served from the root to control the test pages.
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/node_modules/msw/lib/mockServiceWorker.js';
      return next();
    },
    cdnGateMiddleware,
    englishGateMiddleware,
    hostileImageGone,
  ],
  testRunnerHtml,
  // The usual report, then the slowest files of each engine (test/engines/file-times.js).
  reporters: [defaultReporter(), fileTimes()],
  // Chromium, Firefox and WebKit (test/engines/engines.js); BROWSERS=chromium (or firefox, webkit) for one.
  // Each launcher sets how many pages it runs side by side.
  browsers: launchers(),
  // One engine after the other. All three at once on two cores starved the pages of time: Firefox and WebKit then
  // missed waits and debounce windows at random, and WebKitGTK's web process crashed now and then.
  concurrentBrowsers: 1,
  concurrency: 1,
  // The longest file (test/robustness/hostile-content-search.test.ts) takes about 60 s in WebKit on a 2-core
  // machine (each run lists the slowest files: test/engines/file-times.js); a file still running after this is stuck.
  testsFinishTimeout: 300_000,
  // Time to open a file's page. WebKitWebDriver has been seen not to answer a new-session request under load; the
  // request gives up after 120 s (webdriverio's limit) and the launcher starts WebKit once more
  // (test/engines/webkit.js), which must fit in this. Chromium and Firefox take a few seconds.
  browserStartTimeout: 300_000,
  // A test's time limit: several waits of up to 5 s each (`until`, test/helpers/mock-api.ts) fit in it.
  testFramework: { config: { timeout: 15_000 } },
};
