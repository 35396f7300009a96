import { sendKeys } from '@web/test-runner-commands';
import { until } from './mock-api.js';
import { deepActiveElement } from './visibility.js';

/**
 * Presses `key` on `target` and waits until `effect` holds. Focus must be on `target` first (it is put there and
 * awaited). Under load, WebKitGTK's window now and then lets a key pass unseen (twice in whole runs, never in a
 * file alone); when nothing has happened after 2 s, focus has not moved and no key reached `target`, the key is
 * pressed once more. A key that arrived is never pressed again: its effect may only be slow (a part still
 * downloading), and a second press would land on whatever that effect put focus on (a dialog's Cancel button).
 * A key that does nothing still fails the wait, with the condition in its message.
 *
 * "Never arrived" is told from "arrives late" by a harmless Shift pressed after it: keys reach the page in the
 * order they were pressed, so once the Shift has arrived, a key still unseen was lost. Without that check a late
 * Enter and its repeat both arrived: the first opened the QR dialog, the second pressed its Cancel button.
 */
export async function pressOn(target: HTMLElement, key: string, effect: () => unknown): Promise<void> {
  target.focus();
  await until(() => deepActiveElement() === target);
  let arrived = false;
  // The Shift pressed to tell a lost key from a late one (below) is not that key.
  const seen = (e: KeyboardEvent) => (arrived ||= e.key !== 'Shift');
  target.addEventListener('keydown', seen, { capture: true });
  try {
    await sendKeys({ press: key });
    const done = await until(effect, 2000).then(
      () => true,
      () => false,
    );
    if (done) return;
    if (!arrived && deepActiveElement() === target && (await neverArrives(() => arrived))) await sendKeys({ press: key });
    await until(effect);
  } finally {
    target.removeEventListener('keydown', seen, { capture: true });
  }
}

/** Presses Shift and waits for it (5 s at most); says whether the key pressed before it is still unseen. */
async function neverArrives(arrived: () => boolean): Promise<boolean> {
  let shift = false;
  const seen = (e: KeyboardEvent) => (shift ||= e.key === 'Shift');
  window.addEventListener('keydown', seen, { capture: true });
  try {
    await sendKeys({ press: 'Shift' });
    await until(() => shift || arrived()).catch(() => undefined);
  } finally {
    window.removeEventListener('keydown', seen, { capture: true });
  }
  return !arrived();
}
