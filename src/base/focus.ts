/** The element made a Tab stop by the last `focusInPlace`, until focus leaves it. */
let temporary: HTMLElement | undefined;

function restore(): void {
  temporary?.setAttribute('tabindex', '-1');
  temporary = undefined;
}

/**
 * Moves keyboard focus to `target` so that the next Tab continues from there, forward.
 *
 * After a lookup or a page change, focus goes to an element that is no Tab stop of its own (a heading or a
 * message with tabindex="-1"). From such an element inside a shadow root with nothing focusable after it,
 * Chromium's next Tab wraps to the first control of the shadow root (back to the field just used) instead of
 * leaving the widget. While it holds focus the element is therefore a Tab stop (tabindex 0), which puts it in
 * its place in the Tab order; once focus leaves, it is a plain element again and adds no Tab stop. (A page
 * without system focus fires no blur: the next call puts the previous element back as well.) No element (not
 * rendered) leaves focus where it is.
 */
export function focusInPlace(target: HTMLElement | null | undefined): void {
  if (!target) return;
  if (temporary !== target) restore();
  if (target.getAttribute('tabindex') !== '-1') {
    target.focus();
    return;
  }
  temporary = target;
  target.tabIndex = 0;
  target.addEventListener('blur', () => temporary === target && restore(), { once: true });
  target.focus();
  // Not focused after all (hidden, or removed meanwhile): no Tab stop may remain behind.
  if ((target.getRootNode() as Document | ShadowRoot).activeElement !== target) restore();
}
