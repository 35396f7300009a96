// Server commands the standard set (@web/test-runner-commands) lacks, for every engine.
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

const cdpSessions = new WeakMap();

/**
 * `executeServerCommand('forced-colors', { active })`: Windows high-contrast mode. Chromium: straight through the
 * DevTools protocol (puppeteer's emulateMediaFeatures does not accept forced-colors). Firefox: its own per-tab
 * override (test/engines/firefox.js). WebKit has no forced-colours mode at all (Safari runs on no system that has
 * one): the command fails there, and the tests say so (test/helpers/engines.ts).
 */
export const forcedColorsCommand = {
  name: 'dvc-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    const value = payload.active ? 'active' : 'none';
    const { browser } = session;
    if (browser.name === 'Firefox') {
      await browser.getPage(session.id).emulateMediaFeatures([{ name: 'forced-colors', value }]);
      return true;
    }
    if (browser.name === 'Chromium') {
      const page = browser.getPage(session.id);
      // The DevTools session stays open: emulation ends with the session that asked for it.
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    }
    throw new Error(`${browser.name} has no forced-colours mode to emulate`);
  },
};

/**
 * `a11ySnapshot()` (@web/test-runner-commands): Chromium's accessibility tree, for tests that read an element's
 * computed name and role. Only Chromium's automation has one (Firefox is driven over WebDriver BiDi, WebKit over
 * WebDriver): elsewhere the command is left unhandled, so the test page gets "Unknown command" and takes its
 * fallback, without the server logging an error for each call.
 */
export function chromiumA11ySnapshotCommand() {
  const plugin = a11ySnapshotPlugin();
  return {
    name: 'dvc-a11y-snapshot',
    executeCommand(args) {
      return args.session.browser.name === 'Chromium' ? plugin.executeCommand(args) : undefined;
    },
  };
}
