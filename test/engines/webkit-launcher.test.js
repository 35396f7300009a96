// The WebKit launcher's slot keeping (test/engines/webkit.js), in Node: what happens when WebKitWebDriver does not
// open a browser. No browser here: the slots are stand-ins that record what the launcher does with them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WebKitLauncher } from './webkit.js';

/** A stand-in slot: a browser window that records navigation, a driver and a display that record being stopped. */
function fakeSlot(id, log) {
  return {
    id,
    port: 4000 + id,
    driver: { kill: () => log.push(`driver ${id} stopped`) },
    xvfb: { kill: () => log.push(`display ${id} stopped`) },
    session: { navigateTo: async (url) => log.push(`slot ${id} opens ${url}`), deleteSession: async () => {} },
    page: { setViewportSize: async () => {} },
    sessionId: undefined,
  };
}

/**
 * A launcher whose slots and windows are stand-ins. `starts` and `opens` say, in order, whether each slot start and
 * each new window succeeds (true) or fails as the driver did under load (false); once used up, all succeed.
 */
function launcher({ starts = [], opens = [] } = {}) {
  const log = [];
  let made = 0;
  const l = new WebKitLauncher({ xvfb: 'Xvfb', driver: 'WebKitWebDriver', binary: 'MiniBrowser' });
  l.startSlot = async () => {
    made++;
    if (starts.shift() === false) throw new Error(`slot ${made}: UND_ERR_HEADERS_TIMEOUT on POST /session`);
    log.push(`slot ${made} started`);
    return fakeSlot(made, log);
  };
  l.openBrowser = async (slot) => {
    if (opens.shift() === false) throw new Error('UND_ERR_HEADERS_TIMEOUT on POST /session');
    log.push(`slot ${slot.id} has a new window`);
    return {};
  };
  return { l, log };
}

/** Runs `fn` with console.warn captured; resolves with what it warned. */
async function warnings(fn) {
  const said = [];
  const warn = console.warn;
  console.warn = (...args) => said.push(args.join(' '));
  try {
    await fn();
  } finally {
    console.warn = warn;
  }
  return said;
}

test('a window that cannot be opened after a file does not fail that file; the next file gets a new slot', async () => {
  const { l, log } = launcher({ opens: [false] });
  const said = await warnings(async () => {
    await l.startSession('file-1', '/one');
    // Before: stopSession threw the driver's error, the file that had passed was reported failed, and the runner
    // stopped without its summary.
    const result = await l.stopSession('file-1');
    assert.deepEqual(result, { testCoverage: undefined });
    await l.startSession('file-2', '/two');
  });
  assert.deepEqual(log, ['slot 1 started', 'slot 1 opens /one', 'driver 1 stopped', 'display 1 stopped', 'slot 2 started', 'slot 2 opens /two']);
  assert.equal(l.isActive('file-2'), true);
  assert.equal(said.length, 1);
  assert.match(said[0], /WebKit did not open a new window \(UND_ERR_HEADERS_TIMEOUT on POST \/session\)/);
});

test('a window renewed after a file is used by the next file, on the same slot', async () => {
  const { l, log } = launcher();
  await l.startSession('file-1', '/one');
  await l.stopSession('file-1');
  await l.startSession('file-2', '/two');
  assert.deepEqual(log, ['slot 1 started', 'slot 1 opens /one', 'slot 1 has a new window', 'slot 1 opens /two']);
});

test('a slot that fails to start is started once more before the file fails', async () => {
  const { l, log } = launcher({ starts: [false] });
  const said = await warnings(() => l.startSession('file-1', '/one'));
  assert.deepEqual(log, ['slot 2 started', 'slot 2 opens /one']);
  assert.equal(l.isActive('file-1'), true);
  assert.match(said.join('\n'), /WebKit did not start \(slot 1: UND_ERR_HEADERS_TIMEOUT on POST \/session\): starting it once more/);
});

test('a slot that fails to start twice fails the file with the driver’s error', async () => {
  const { l, log } = launcher({ starts: [false, false] });
  await warnings(() => assert.rejects(l.startSession('file-1', '/one'), /slot 2: UND_ERR_HEADERS_TIMEOUT/));
  assert.deepEqual(log, []);
  assert.equal(l.isActive('file-1'), false);
  // The next file tries again from the start.
  await l.startSession('file-2', '/two');
  assert.deepEqual(log, ['slot 3 started', 'slot 3 opens /two']);
});
