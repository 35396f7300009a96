/**
 * axe with the rules a citizen-facing page is held to: WCAG 2.0, 2.1 and 2.2, levels A and AA, and axe's
 * best-practice rules. Violations come back as one line each, so a failure reads without opening a browser.
 */
import type { AxeResults, RunOptions } from 'axe-core';
// axe's browser build registers `window.axe` (the same copy @open-wc/testing's `accessible()` loads).
import 'axe-core/axe.min.js';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: AXE_TAGS },
  rules: {
    // "All content in landmarks" is a page's duty: a story is a widget on its own, and a webmaster places it
    // inside the page's <main>. (Storybook's accessibility panel turns it off for the same reason.)
    region: { enabled: false },
  },
  resultTypes: ['violations'],
};

/** Where a violation is shown in full: the first few elements, then a count. */
const SHOWN_TARGETS = 4;

/** One line per rule that `root` (with its shadow roots) breaks: "rule: what is wrong, N elements: where…". */
export async function axeViolations(root: Element): Promise<string[]> {
  const { violations } = await window.axe.run(root, OPTIONS);
  return violations.map((v) => {
    const where = v.nodes.slice(0, SHOWN_TARGETS).map((n) => n.target.join(' ')).join('; ');
    const more = v.nodes.length > SHOWN_TARGETS ? `; and ${v.nodes.length - SHOWN_TARGETS} more` : '';
    return `${v.id}: ${v.help}, ${v.nodes.length} element(s): ${where}${more}`;
  });
}
