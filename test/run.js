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
//
// A runner that stops before its summary (no "Finished running tests": WebKitGTK's web process has been seen to
// crash under load, and the runner then stops without a word) is started once more, saying so. A run that ends
// with failed tests is never repeated.
import { spawn, spawnSync } from 'node:child_process';
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
/** Runs web-test-runner, its output passed on as it comes; resolves with its exit status and whether it stopped mid-run. */
const runTests = () =>
  new Promise((resolve) => {
    const child = spawn('node_modules/.bin/web-test-runner', passThrough, { stdio: ['inherit', 'pipe', 'pipe'], env: process.env });
    let started = false;
    let finished = false;
    const pass = (out) => (chunk) => {
      if (/Running \d+ test files/.test(String(chunk))) started = true;
      if (String(chunk).includes('Finished running tests')) finished = true;
      out.write(chunk);
    };
    child.stdout.on('data', pass(process.stdout));
    child.stderr.on('data', pass(process.stderr));
    child.on('close', (code, signal) => resolve({ status: code ?? 1, signal, stoppedEarly: started && !finished }));
  });

let tests = await runTests();
if (tests.status !== 0 && tests.stoppedEarly) {
  console.error(`\nThe test runner stopped before the end (exit ${tests.status}${tests.signal ? `, ${tests.signal}` : ''}), with no summary: running the tests once more.\n`);
  tests = await runTests();
}
if (tests.status !== 0) process.exit(tests.status);
const namedFiles = passThrough.some((a) => !a.startsWith('-'));
process.exit(namedFiles ? 0 : run('npm', ['run', '--silent', 'test:cli']));
