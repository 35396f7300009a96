// `npm run test:visual`: a screenshot of every story in Chromium, in light, dark and forced colours, compared with
// the baselines in test/visual/screenshots/baseline/ (test/visual/run.js: `-- --update` accepts new ones).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { launchers } from '../engines/engines.js';
import { testRunnerHtml } from '../engines/test-page.js';
import { STORY_FILES, storiesAsTests } from '../stories/plugin.js';
import { visualModeCommand } from './commands.js';

process.env.TZ = 'UTC';

export const SCREENSHOTS = 'test/visual/screenshots';

export default {
  rootDir: '.',
  files: [STORY_FILES],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    storiesAsTests({ runner: 'test/visual/story-screenshots.ts', first: ['test/visual/fixed-clock.ts'] }),
    visualModeCommand,
    visualRegressionPlugin({
      update: process.env.UPDATE_SCREENSHOTS === '1',
      baseDir: SCREENSHOTS,
      getBaselineName: ({ name }) => `baseline/${name}`,
      getFailedName: ({ name }) => `failed/${name}`,
      getDiffName: ({ name }) => `failed/${name.replace(/\.png$/, '.diff.png')}`,
      // A pixel counts as changed past antialiasing-level noise; a screenshot fails from a few changed pixels on
      // (a focus ring or a border is hundreds).
      diffOptions: { threshold: 0.1 },
      failureThresholdType: 'pixel',
      failureThreshold: 30,
    }),
  ],
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/node_modules/msw/lib/mockServiceWorker.js';
      return next();
    },
  ],
  testRunnerHtml,
  // Screenshots are Chromium's: one engine's pixels, compared with its own baselines.
  browsers: launchers(['chromium']),
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
};
