// `npm test`: every test file in Chromium, Firefox and WebKit.
//
//   npm test                                  all three engines
//   npm test -- --browser firefox             one engine (also: BROWSERS=firefox npm test)
//   npm test -- --browser chromium,webkit     several
//   npm test -- --browser webkit test/core/dates.test.ts    some files, one engine
//
// Checks the engines are installed (test/engines/ensure.js), builds dist/ and its custom-elements manifest (the
// embedding tests load the real bundle, the embed builder reads the manifest), then runs web-test-runner with
// every other argument passed through. A whole run (no test files named) ends with the command-line tools'
// tests in Node (`npm run test:cli`).
import { spawnSync } from 'node:child_process';
import { ensureEngines } from './engines/ensure.js';
import { requestedEngines } from './engines/engines.js';

const passThrough = [];
const browsers = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const eq = /^--browsers?=(.*)$/.exec(a);
  if (eq) browsers.push(eq[1]);
  else if (a === '--browser' || a === '--browsers') browsers.push(argv[++i] ?? '');
  else passThrough.push(a);
}
if (browsers.length) process.env.BROWSERS = browsers.join(',');

let names;
try {
  names = requestedEngines();
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
ensureEngines(names);

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;

const built = run('node_modules/.bin/rollup', ['-c', '--silent']) || run('npm', ['run', '--silent', 'manifest']);
if (built !== 0) process.exit(built);
const browserTests = run('node_modules/.bin/web-test-runner', passThrough);
if (browserTests !== 0) process.exit(browserTests);
const namedFiles = passThrough.some((a) => !a.startsWith('-'));
process.exit(namedFiles ? 0 : run('npm', ['run', '--silent', 'test:cli']));
