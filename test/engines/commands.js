// Server commands the standard set (@web/test-runner-commands) lacks, for every engine.

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
