import { executeServerCommand } from '@web/test-runner-commands';
import { until } from './mock-api.js';

/**
 * A page of its own for the language tests: a same-origin iframe with its own module graph, so nothing another
 * test loaded (English above all) is loaded there yet. Its widgets reach the API through this page's `fetch`,
 * which MSW answers. It notes each request it sent, each console warning and the English modules it fetched.
 */
export interface FreshPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  /** Arguments of every `console.warn` in the page. */
  warnings: unknown[][];
  /**
   * Every request this page sent, in order, as it sent it. Its own log rather than MSW's (`requests`): this page
   * is not torn down like a fixture, and its widgets may still be asking the API (a tracker's dossier again in a
   * new language) when its test ends; MSW reports such a request a message later, in the next test's log.
   */
  requests: Request[];
  /** URLs of the English message modules the page has fetched (resource timing), in order. */
  englishFetched(): string[];
}

/** `/src/i18n/messages/common.en.ts` served for tests, or `dist/chunks/common.en-<hash>.js` built. */
export const ENGLISH_MODULE = /\/[\w-]+\.en(\.ts|\.js|-[\w-]+\.js)$/;

/**
 * Opens the page in `lang` and imports `module` into it (default: every tag from the sources). Widgets are added
 * by the test afterwards, so their first render happens under the test's eyes. The page loads its modules under
 * a prefix of its own (test/english-gate.js), so it fetches each one itself rather than from the browser cache.
 */
export async function openFreshPage(lang: string, module = '/src/index.ts'): Promise<FreshPage> {
  // Under this test page's session id: the test server holds or fails English for this page's own requests
  // (test/english-gate.js). A full URL: WebKit resolves a path in an about:srcdoc page's import() against
  // about:srcdoc, not the parent.
  const session = new URLSearchParams(location.search).get('wtr-session-id') ?? 'manual';
  const url = new URL(`/__fresh/${session}.${crypto.randomUUID()}${module}`, location.href).href;
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>fresh</title></head><body>
    <script type="module">
      window.__warnings = [];
      const warn = console.warn.bind(console);
      console.warn = (...args) => { window.__warnings.push(args); warn(...args); };
      window.__requests = [];
      window.fetch = (input, init) => {
        window.__requests.push(input instanceof Request ? input.clone() : new Request(input, init));
        return parent.fetch(input, init);
      };
      await import(${JSON.stringify(url)});
      window.__ready = true;
    </script></body></html>`;
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis & { __ready?: boolean; __warnings: unknown[][]; __requests: Request[] };
  await until(() => win.__ready === true, 6000);
  return {
    frame,
    win,
    doc: frame.contentDocument!,
    warnings: win.__warnings,
    requests: win.__requests,
    englishFetched: () =>
      win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((path) => ENGLISH_MODULE.test(path)),
  };
}

/** Holds back the English modules until `english('release')`, makes them fail (503), or serves them normally. */
export const english = (mode: 'hold' | 'release' | 'fail' | 'normal') => executeServerCommand('english', { mode });

/** Everything a widget's shadow root ever showed: the text at each change, recorded from before its first render. */
export function recordTexts(el: Element): { texts: string[]; stop(): void } {
  const texts: string[] = [];
  const root = el.shadowRoot!;
  const snap = () => texts.push((root.textContent ?? '').replace(/\s+/g, ' ').trim());
  snap();
  // Records come in batches, but they keep every old value of a text node and every node added or removed, so
  // a state that lasted only between two batches is seen as well.
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData' && r.oldValue) texts.push(r.oldValue);
      for (const node of [...r.addedNodes, ...r.removedNodes]) if (node.textContent?.trim()) texts.push(node.textContent);
    }
    snap();
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
  return { texts, stop: () => observer.disconnect() };
}
