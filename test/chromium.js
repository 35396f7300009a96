// Where the tests and the benchmark find Chromium, and the flags it needs on this kind of machine.
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath() {
  return CANDIDATES.find((p) => p && existsSync(p));
}

export const chromiumArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Test pages run side by side in background tabs: keep their timers at full speed.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  // The test page writes the URL thousands of times in a run (url-state tests); a citizen never comes near
  // Chromium's limit of 200 history changes per 10 s, past which it silently ignores them.
  '--disable-ipc-flooding-protection',
  // A fake camera, allowed without a prompt: the tracker's QR scan can open a real video stream.
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];
