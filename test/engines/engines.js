// The three browser engines every test runs in (SPEC 5.5): where each is found on this kind of machine, what to
// install when it is missing, and its test-runner launcher with the number of pages it runs side by side.
import { existsSync } from 'node:fs';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from '../chromium.js';
import { firefoxPage, FIREFOX_LAUNCH } from './firefox.js';
import { WebKitLauncher, findMiniBrowser } from './webkit.js';

const first = (paths) => paths.find((p) => p && existsSync(p));

/**
 * Pages each engine runs side by side, measured on a 2-core machine (README, "Tests"; the engines run one after
 * the other). More pages than this made timing tests flaky or the run slower: WebKit with two pages missed waits
 * now and then in CI (a QR dialog's keyboard test, the search's typing tests), with two cores shared by two web
 * processes, their network processes and the test server. Override one with e.g. CONCURRENCY_WEBKIT=2.
 */
const CONCURRENCY = { chromium: 1, firefox: 1, webkit: 1 };

export const ENGINES = {
  chromium: {
    label: 'Chromium',
    find: () => {
      const binary = chromiumPath();
      return binary ? { binary } : { missing: ['chromium'] };
    },
    install: 'Debian/Ubuntu: sudo apt-get install -y chromium   (or set CHROME_PATH to a Chrome or Chromium)',
    launcher: ({ binary }, concurrency) =>
      chromeLauncher({
        // Given puppeteer itself, the launcher names the engine "Chromium" in the report.
        puppeteer: puppeteerCore,
        launchOptions: { browser: 'chrome', executablePath: binary, args: chromiumArgs, headless: true },
        createPage: ({ context }) => chromiumPage(context),
        concurrency,
      }),
  },
  firefox: {
    label: 'Firefox',
    find: () => {
      const binary = first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
      return binary ? { binary } : { missing: ['firefox-esr'] };
    },
    install: 'Debian/Ubuntu: sudo apt-get install -y firefox-esr   (or set FIREFOX_PATH to another Firefox)',
    launcher: ({ binary }, concurrency) =>
      chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: { ...FIREFOX_LAUNCH, executablePath: binary },
        createPage: ({ context }) => firefoxPage(context),
        concurrency,
      }),
  },
  webkit: {
    label: 'WebKit',
    find: () => {
      const driver = first([process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver']);
      const binary = first([process.env.MINIBROWSER_PATH, ...findMiniBrowser()]);
      const xvfb = first(['/usr/bin/Xvfb']);
      const missing = [!driver || !binary ? 'webkit2gtk-driver' : '', !xvfb ? 'xvfb' : ''].filter(Boolean);
      return missing.length ? { missing } : { driver, binary, xvfb };
    },
    install: 'Debian/Ubuntu: sudo apt-get install -y webkit2gtk-driver xvfb   (WebKitWebDriver, MiniBrowser, Xvfb)',
    launcher: (found, concurrency) => new WebKitLauncher({ ...found, concurrency }),
  },
};

/**
 * A Chromium page for test files, one after the other. The runner keeps the page and sends it to about:blank
 * after each file, so its session history grows by two entries per file, and the url-state tests add their own.
 * With that history full (Chromium keeps 50 entries), Back in test/components/procedure-search-links.test.ts
 * landed on the about:blank before its page and ended the file: two more test files run before it were enough.
 * Each test file starts with a history of its own: cleared on about:blank, before the file's page is opened.
 */
async function chromiumPage(context) {
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    if (url !== 'about:blank') await cdp.send('Page.resetNavigationHistory');
    return goto(url, options);
  };
  return page;
}

export const ENGINE_NAMES = Object.keys(ENGINES);

/**
 * The engines asked for: BROWSERS (comma-separated, e.g. "chromium" or "firefox,webkit"), else all three.
 * Throws on a name it does not know.
 */
export function requestedEngines(value = process.env.BROWSERS) {
  if (!value) return ENGINE_NAMES;
  const names = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !(n in ENGINES));
  if (unknown.length) throw new Error(`Unknown browser "${unknown.join('", "')}": use ${ENGINE_NAMES.join(', ')}.`);
  return [...new Set(names)];
}

export function concurrencyOf(name) {
  const own = Number(process.env[`CONCURRENCY_${name.toUpperCase()}`]);
  return Number.isInteger(own) && own > 0 ? own : CONCURRENCY[name];
}

/** What is missing for each requested engine, as `{ name, packages, install }` (empty when all are there). */
export function missingEngines(names = requestedEngines()) {
  return names
    .map((name) => ({ name, found: ENGINES[name].find() }))
    .filter(({ found }) => found.missing)
    .map(({ name, found }) => ({ name, packages: found.missing, install: ENGINES[name].install }));
}

/** The test-runner launchers of the requested engines (all must be installed: see test/engines/ensure.js). */
export function launchers(names = requestedEngines()) {
  return names.map((name) => {
    const found = ENGINES[name].find();
    if (found.missing) throw new Error(`${ENGINES[name].label} is not installed. ${ENGINES[name].install}`);
    return ENGINES[name].launcher(found, concurrencyOf(name));
  });
}
