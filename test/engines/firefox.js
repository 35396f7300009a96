// Firefox for the test runner: Debian's firefox-esr driven by puppeteer over WebDriver BiDi, headless.
//
// BiDi has no media emulation yet (prefers-color-scheme, print, forced-colors), and puppeteer's
// emulateMediaFeatures / emulateMediaType need the DevTools protocol, which Firefox does not speak. Firefox's own
// per-tab overrides (those its developer tools use) do it: they are set from the browser's privileged scope, which
// the remote agent opens to a test session started with --remote-allow-system-access. Each test page gets
// emulateMediaFeatures and emulateMediaType that set them, so the standard `emulateMedia` command and the
// forced-colours command work in Firefox as in Chromium.

export const FIREFOX_LAUNCH = {
  browser: 'firefox',
  headless: true,
  args: ['--remote-allow-system-access'],
  extraPrefsFirefox: {
    'remote.experimental.enabled': true,
    // Test pages run side by side in their own windows; keep every window's timers at full speed.
    'dom.min_background_timeout_value': 4,
    'dom.timeout.enable_budget_timer_throttling': false,
  },
};

/** Runs `expression` in the browser's privileged scope, where the tab's BrowsingContext object is reachable. */
async function evaluateInChrome(browser, expression) {
  const tree = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const target = { context: tree.result.contexts[0].context };
  const { result } = await browser.connection.send('script.evaluate', { expression, target, awaitPromise: true });
  if (result.type === 'exception') throw new Error(`Firefox privileged call failed: ${result.exceptionDetails.text}`);
  return result.result?.value;
}

/** Runs `code` in the browser's privileged scope with `bc`, the page's top-level BrowsingContext. */
function inTab(page, code) {
  const id = JSON.stringify(page.mainFrame().browsingContext.id);
  return evaluateInChrome(
    page.browser(),
    `(() => {
      const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
      const bc = NavigableManager.getBrowsingContextById(${id}).top;
      ${code}
      return true;
    })()`,
  );
}

/** Sets properties of the page's top-level BrowsingContext (Firefox's per-tab emulation switches). */
const setOverrides = (page, values) =>
  inTab(
    page,
    Object.entries(values)
      .map(([k, v]) => `bc.${k} = ${JSON.stringify(v)};`)
      .join(' '),
  );

/** Media features the standard commands emulate, and Firefox's switch for each (its default value means "no override"). */
const FEATURES = {
  'prefers-color-scheme': { key: 'prefersColorSchemeOverride', none: 'none' },
  'prefers-reduced-motion': { key: 'prefersReducedMotionOverride', none: 'none' },
  'forced-colors': { key: 'forcedColorsOverride', none: 'none' },
};

/**
 * A new test page in its own window (a background tab would have its animation frames paused), with media
 * emulation. puppeteer's page API is kept; only the two emulation methods are replaced.
 */
export async function firefoxPage(context) {
  const page = await context.newPage({ type: 'window' });
  page.emulateMediaFeatures = async (features = []) => {
    const values = {};
    for (const { name, value } of features) {
      const f = FEATURES[name];
      if (!f) throw new Error(`Firefox cannot emulate the media feature ${name}`);
      values[f.key] = value || f.none;
    }
    await setOverrides(page, values);
  };
  page.emulateMediaType = async (type) => {
    await setOverrides(page, { mediumOverride: type ?? '' });
  };
  // A test that tabs past the page's last control leaves focus in the browser's toolbar (Firefox has one, even
  // headless): each test file starts with the page focused, as in Chromium.
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await inTab(page, 'const b = bc.embedderElement; b.ownerDocument.defaultView.focus(); b.focus();');
    return response;
  };
  // The standard commands name the space bar "Space" (a key code); puppeteer's BiDi keyboard knows it as " ".
  const { keyboard } = page;
  for (const method of ['press', 'down', 'up']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (key, options) => original(key === 'Space' ? ' ' : key, options);
  }
  return page;
}
