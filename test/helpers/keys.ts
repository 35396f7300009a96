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
 */
export async function pressOn(target: HTMLElement, key: string, effect: () => unknown): Promise<void> {
  target.focus();
  await until(() => deepActiveElement() === target);
  let arrived = false;
  const seen = () => (arrived = true);
  target.addEventListener('keydown', seen, { capture: true });
  try {
    await sendKeys({ press: key });
    const done = await until(effect, 2000).then(
      () => true,
      () => false,
    );
    if (done) return;
    if (!arrived && deepActiveElement() === target) await sendKeys({ press: key });
    await until(effect);
  } finally {
    target.removeEventListener('keydown', seen, { capture: true });
  }
}
