// WebKit for the test runner: Debian's WebKitWebDriver driving MiniBrowser (WebKitGTK), each page on its own
// virtual display (Xvfb). The launcher starts and stops everything it needs.
//
// Why not @web/test-runner-webdriver as it is: it runs parallel test files as iframes of one page (they would
// share keyboard focus), its `keys` presses every key down before releasing any (WebKit drops a repeated
// character: "0099" arrives as "09"), and the standard viewport, media and keyboard commands reject WebDriver
// sessions. Here each slot is one display + one driver + one browser window, and the page object speaks the
// keyboard, mouse, viewport and media calls the standard commands make (the shape of a Playwright page).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Key, remote } from 'webdriverio';

const MINIBROWSER_DIRS = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1', '/usr/lib/webkit2gtk-4.1'];
/** The page size every engine starts a test file with (Chromium's and Firefox's launcher default). */
export const DEFAULT_VIEWPORT = { width: 800, height: 600 };

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts Xvfb on a free display number; resolves with the process and its DISPLAY value. */
function startXvfb(xvfbPath) {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display and writes its number on fd 3 once it accepts connections.
    const proc = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stderr.on('data', (d) => (err += d));
    proc.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ proc, display: `:${out.trim()}` });
    });
    proc.on('error', reject);
    proc.on('exit', (code) => reject(new Error(`Xvfb stopped (exit ${code}): ${err.trim()}`)));
  });
}

/**
 * MiniBrowser's toolbar keeps its window at least 447 px wide, wider than a phone. This GTK style (read from
 * XDG_CONFIG_HOME by the browser) shrinks the toolbar to nothing, so the page can be 320 px wide.
 */
const GTK_CSS = '* { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; }\n';

/** A private configuration folder holding GTK_CSS; removed when the launcher stops. */
function gtkConfigDir() {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-webkit-'));
  mkdirSync(join(dir, 'gtk-3.0'));
  writeFileSync(join(dir, 'gtk-3.0', 'gtk.css'), GTK_CSS);
  return dir;
}

/** Starts WebKitWebDriver on a free port of the given display and waits until it answers. */
async function startDriver(driverPath, display, configDir) {
  const port = await freePort();
  const proc = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: configDir },
  });
  let err = '';
  proc.stderr.on('data', (d) => (err += d));
  let exited = false;
  proc.on('exit', () => (exited = true));
  for (let i = 0; i < 100; i++) {
    if (exited) throw new Error(`WebKitWebDriver stopped: ${err.trim()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return { proc, port };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  proc.kill();
  throw new Error(`WebKitWebDriver did not answer on port ${port}: ${err.trim()}`);
}

/** A key name as the standard commands give it ("Enter", "ArrowDown", "Shift+Tab", "a") as WebDriver key values. */
function keyValues(name) {
  const parts = name.length > 1 && name.includes('+') ? name.split('+') : [name];
  return parts.map((p) => (p in Key ? Key[p] : p === ' ' ? ' ' : p));
}

/** One WebDriver key action per character, each pressed and released before the next. */
function typeActions(text) {
  const actions = [];
  for (const ch of text) actions.push({ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch });
  return actions;
}

const BUTTONS = { left: 0, middle: 1, right: 2 };

/** The page object the standard commands call (keyboard, mouse, viewport, media), over one WebDriver session. */
class WebKitPage {
  constructor(driver, chrome) {
    this.driver = driver;
    this.chrome = chrome;
    this.mousePosition = [0, 0];
    const keys = (actions) => this.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
    const pointer = (actions) =>
      this.driver.performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
    this.keyboard = {
      type: (text) => keys(typeActions(text)),
      press: (name) => {
        const values = keyValues(name);
        return keys([...values.map((value) => ({ type: 'keyDown', value })), ...values.reverse().map((value) => ({ type: 'keyUp', value }))]);
      },
      down: (name) => keys(keyValues(name).map((value) => ({ type: 'keyDown', value }))),
      up: (name) => keys(keyValues(name).map((value) => ({ type: 'keyUp', value }))),
    };
    this.mouse = {
      move: (x, y) => {
        this.mousePosition = [x, y];
        return pointer([{ type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) }]);
      },
      click: (x, y, { button = 'left' } = {}) => {
        this.mousePosition = [x, y];
        const b = BUTTONS[button];
        return pointer([
          { type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) },
          { type: 'pointerDown', button: b },
          { type: 'pointerUp', button: b },
        ]);
      },
      down: ({ button = 'left' } = {}) => pointer([{ type: 'pointerDown', button: BUTTONS[button] }]),
      up: ({ button = 'left' } = {}) => pointer([{ type: 'pointerUp', button: BUTTONS[button] }]),
    };
  }

  /** The window is sized so that the page itself (innerWidth × innerHeight) gets the requested size. */
  async setViewportSize({ width, height }) {
    const read = () => this.driver.execute(() => [innerWidth, innerHeight]);
    const before = await read();
    await this.driver.setWindowSize(width + this.chrome.width, height + this.chrome.height);
    // The command can return before the page has its new size (seen under load): a size read then is the old one,
    // and the frame worked out from it would come out negative. Read again until the size has changed, or is the
    // one asked, for at most a second.
    let inner = await read();
    for (let i = 0; i < 20 && inner[0] === before[0] && inner[1] === before[1] && (inner[0] !== width || inner[1] !== height); i++) {
      await new Promise((r) => setTimeout(r, 50));
      inner = await read();
    }
    if (inner[0] !== width || inner[1] !== height) {
      // The window frame changed size (first call, or a window manager): measure it again and correct; a frame is
      // never less than none.
      this.chrome = { width: Math.max(0, this.chrome.width + width - inner[0]), height: Math.max(0, this.chrome.height + height - inner[1]) };
      await this.driver.setWindowSize(width + this.chrome.width, height + this.chrome.height);
    }
  }

  async emulateMedia() {
    throw new Error(
      'WebKitWebDriver has no media emulation (print, prefers-color-scheme, forced-colors): mark the test with ' +
        "`unsupported(...)` from test/helpers/engines.ts, with the reason and a replacement check.",
    );
  }

  url() {
    return this.driver.getUrl();
  }
}

/** A MiniBrowser window opened by the slot's driver, with the page the size every test file starts with. */
async function openBrowser(port, binary) {
  const session = await remote({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: { 'webkitgtk:browserOptions': { binary, args: ['--automation'] } },
  });
  const page = new WebKitPage(session, { width: 0, height: 0 });
  await page.setViewportSize(DEFAULT_VIEWPORT);
  return { session, page };
}

/** One display, one driver, one browser window. */
async function startSlot({ xvfb, driver, binary }, configDir) {
  const x = await startXvfb(xvfb);
  let d;
  try {
    d = await startDriver(driver, x.display, configDir);
    return { xvfb: x.proc, driver: d.proc, port: d.port, ...(await openBrowser(d.port, binary)), sessionId: undefined };
  } catch (e) {
    d?.proc.kill();
    x.proc.kill();
    throw e;
  }
}

export function findMiniBrowser() {
  return MINIBROWSER_DIRS.map((d) => `${d}/MiniBrowser`);
}

/**
 * A test-runner browser launcher for WebKit. `concurrency` pages run side by side, each in its own window on its
 * own display, so keyboard focus is never shared.
 */
export class WebKitLauncher {
  constructor({ xvfb, driver, binary, concurrency = 1 }) {
    this.paths = { xvfb, driver, binary };
    this.name = 'WebKit';
    // The standard commands (keys, mouse, viewport, media) call the page object by this shape.
    this.type = 'playwright';
    this.concurrency = concurrency;
    this.slots = [];
    this.bySession = new Map();
    this.starting = undefined;
    this.cleanupOnExit = () => this.killAll();
  }

  async initialize(config) {
    this.config = config;
    this.configDir ??= gtkConfigDir();
    process.once('exit', this.cleanupOnExit);
  }

  async acquireSlot() {
    const free = this.slots.find((s) => s.sessionId === undefined && !s.reserved);
    if (free) {
      free.reserved = true;
      return free;
    }
    // Slots start one at a time: two MiniBrowsers starting together on 2 cores time out.
    const prev = this.starting;
    const next = (async () => {
      await prev?.catch(() => {});
      let slot;
      try {
        slot = await this.startSlot();
      } catch (e) {
        // A driver that does not answer a new session now and then (seen under load) is not a test failing:
        // one more start, on a new display with a new driver, before the file is failed.
        console.warn(`\nWebKit did not start (${e.message}): starting it once more.`);
        slot = await this.startSlot();
      }
      slot.reserved = true;
      this.slots.push(slot);
      return slot;
    })();
    this.starting = next;
    return next;
  }

  async startSession(sessionId, url) {
    const slot = await this.acquireSlot();
    slot.sessionId = sessionId;
    slot.reserved = false;
    this.bySession.set(sessionId, slot);
    await slot.page.setViewportSize(DEFAULT_VIEWPORT);
    await slot.session.navigateTo(url);
  }

  isActive(sessionId) {
    return this.bySession.has(sessionId);
  }

  getBrowserUrl(sessionId) {
    return this.getPage(sessionId).url();
  }

  getPage(sessionId) {
    const slot = this.bySession.get(sessionId);
    if (!slot) throw new Error(`No WebKit page for session ${sessionId}`);
    return slot.page;
  }

  async stopSession(sessionId) {
    const slot = this.bySession.get(sessionId);
    if (!slot) throw new Error(`No WebKit page for session ${sessionId}`);
    this.bySession.delete(sessionId);
    slot.reserved = true;
    slot.sessionId = undefined;
    // Each test file gets a browser of its own. One window kept for a whole run grew its web process past a
    // gigabyte, with every file's modules, caches and service worker clients, and the files late in the run took
    // several times as long as alone (one ran past the per-file limit). Renewals queue with slot starts (above).
    const prev = this.starting;
    const renewed = (async () => {
      await prev?.catch(() => {});
      await slot.session.deleteSession().catch(() => {});
      Object.assign(slot, await this.openBrowser(slot));
    })();
    this.starting = renewed;
    try {
      await renewed;
      slot.reserved = false;
    } catch (e) {
      // The slot cannot open a browser any more: retire it; the next file starts a new slot. The file that just
      // ran has its results already: a browser that fails to open for the next one is not its failure (failing it
      // stopped the runner without a summary, and the whole run was started again).
      this.slots = this.slots.filter((s) => s !== slot);
      slot.driver.kill();
      slot.xvfb.kill();
      console.warn(`\nWebKit did not open a new window (${e.message}): the next test file starts a new one.`);
    }
    return { testCoverage: undefined };
  }

  /** A new slot: display, driver and browser window. */
  startSlot() {
    return startSlot(this.paths, this.configDir);
  }

  /** A new browser window on a slot's driver. */
  openBrowser(slot) {
    return openBrowser(slot.port, this.paths.binary);
  }

  async startDebugSession() {
    throw new Error('WebKit has no debug mode here: run the file with BROWSERS=chromium for --manual or --open.');
  }

  async stop() {
    await Promise.all(this.slots.map((s) => s.session.deleteSession().catch(() => {})));
    this.killAll();
    process.off('exit', this.cleanupOnExit);
  }

  killAll() {
    for (const s of this.slots) {
      s.driver.kill();
      s.xvfb.kill();
    }
    this.slots = [];
    if (this.configDir) rmSync(this.configDir, { recursive: true, force: true });
    this.configDir = undefined;
  }
}
