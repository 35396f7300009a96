/**
 * Steps for the stories' play functions. A play that acts waits for what its action causes, and fails the story
 * when that never comes: the story is then known not to show the state it is named after (in Storybook's
 * interactions panel, and in the test that renders every story).
 */

/** Resolves with `find()`'s first value that is not null, undefined or false; throws after `timeoutMs`. */
export async function waitFor<T>(find: () => T | null | undefined | false, what: string, timeoutMs = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found !== null && found !== undefined && found !== false) return found;
    if (performance.now() - start > timeoutMs) throw new Error(`The story never showed ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Everything in a widget's shadow root, to see that an action changed what it shows. */
export const shown = (el: Element): string => el.shadowRoot?.innerHTML ?? '';
