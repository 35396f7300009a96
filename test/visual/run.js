// `npm run test:visual`: compares a screenshot of every story with its baseline (Chromium).
//
//   npm run test:visual                    compare; a missing baseline fails (CI never creates one by itself)
//   npm run test:visual -- --update        take the current look as the baselines
//   npm run test:visual -- stories/dossier-tracker.stories.ts   one stories file
//
// Failures leave the new screenshot and a diff image (changed pixels in red) in test/visual/screenshots/failed/.
import { rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { ensureEngines } from '../engines/ensure.js';

const args = process.argv.slice(2);
const update = args.includes('--update');
const passThrough = args.filter((a) => a !== '--update');
ensureEngines(['chromium']);
// Only this run's failures are left to look at.
rmSync('test/visual/screenshots/failed', { recursive: true, force: true });
const env = { ...process.env, UPDATE_SCREENSHOTS: update ? '1' : '0' };
const { status } = spawnSync('node_modules/.bin/web-test-runner', ['--config', 'test/visual/web-test-runner.config.js', ...passThrough], {
  stdio: 'inherit',
  env,
});
process.exit(status ?? 1);
