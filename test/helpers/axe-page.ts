import { expect } from '@open-wc/testing';

/**
 * axe over a whole page opened in an iframe (a demo page, the embed builder): axe runs inside that page, since
 * its elements belong to another document than the test's. WCAG 2.2 AA and best-practice rules.
 */
interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[]; html: string }[] }[];
}
type AxeWindow = Window & { axe?: { run(context: Node, options: object): Promise<AxeResult> } };

export async function expectPageAccessible(win: Window, doc: Document = win.document): Promise<void> {
  const w = win as AxeWindow;
  if (!w.axe) {
    const source = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    const script = doc.createElement('script');
    script.textContent = source;
    doc.head.append(script);
  }
  const { violations } = await w.axe!.run(doc, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  });
  const summary = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'axe violations').to.deep.equal([]);
}
