// `executeServerCommand('visual-mode', { mode })` for the screenshots (Chromium): the media a screenshot is taken
// under, set in one DevTools call so the features never undo each other. Motion is always reduced: the widgets'
// spinners stop (src/theme/tokens.ts), so a screenshot never catches one mid-turn.

const MODES = {
  light: { 'prefers-color-scheme': 'light', 'forced-colors': 'none' },
  dark: { 'prefers-color-scheme': 'dark', 'forced-colors': 'none' },
  forced: { 'prefers-color-scheme': 'light', 'forced-colors': 'active' },
};

export const VISUAL_MODES = Object.keys(MODES);

const sessions = new WeakMap();

export const visualModeCommand = {
  name: 'dvc-visual-mode',
  async executeCommand({ command, payload, session }) {
    if (command !== 'visual-mode') return undefined;
    const features = MODES[payload?.mode];
    if (!features) throw new Error(`Unknown visual mode ${payload?.mode}: use ${VISUAL_MODES.join(', ')}`);
    const page = session.browser.getPage(session.id);
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    await sessions.get(page).send('Emulation.setEmulatedMedia', {
      features: [...Object.entries(features), ['prefers-reduced-motion', 'reduce']].map(([name, value]) => ({ name, value })),
    });
    return true;
  },
};
