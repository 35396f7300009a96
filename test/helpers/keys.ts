import { sendKeys } from '@web/test-runner-commands';
import { until } from './mock-api.js';
import { deepActiveElement } from './visibility.js';

/**
 * Presses `key` on `target` and waits until `effect` holds. Focus must be on `target` first (it is put there and
 * awaited). Under load, WebKitGTK's window now and then lets a key pass unseen (twice in whole runs, never in a
 * file alone); when nothing has happened after 2 s and focus has not moved, the key is pressed once more. A key
 * that does nothing still fails the wait, with the condition in its message.
 */
export async function pressOn(target: HTMLElement, key: string, effect: () => unknown): Promise<void> {
  target.focus();
  await until(() => deepActiveElement() === target);
  await sendKeys({ press: key });
  const done = await until(effect, 2000).then(
    () => true,
    () => false,
  );
  if (done) return;
  if (deepActiveElement() === target) await sendKeys({ press: key });
  await until(effect);
}
