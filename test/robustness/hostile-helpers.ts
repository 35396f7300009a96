/**
 * Payloads and checks for the hostile-content suite: what a careless or hostile backend may put in any text or
 * URL field of an API answer, and how to tell, from the rendered widget, that none of it became markup or code.
 * Not a test file itself.
 */

/** The flag every script payload tries to set; nothing in the library or the tests sets it otherwise. */
const FLAG = '__pwned';
type Flagged = { [FLAG]?: unknown };
const flagged = () => window as unknown as Flagged;

export const resetPwned = (): void => {
  delete flagged()[FLAG];
};
export const pwned = (): boolean => flagged()[FLAG] !== undefined;

/**
 * Text payloads: markup that would create elements or run code if a widget ever inserted API text as HTML (or
 * evaluated it as a template), and Unicode that reorders or hides characters. Each must show as the exact
 * characters sent.
 */
export const TEXT_PAYLOADS: Record<string, string> = {
  'img onerror': '<img src=x onerror="window.__pwned=1">',
  'script element': '<script>window.__pwned=1</script>',
  'attribute breakout with svg onload': '"><svg onload=window.__pwned=1>',
  'anchor with a javascript: href': '<a href="javascript:window.__pwned=1">Nộp hồ sơ</a>',
  'template expression': "{{constructor.constructor('window.__pwned=1')()}}${window.__pwned=1}",
  'javascript: URL as plain text': 'javascript:window.__pwned=1',
  'entities stay literal': '&lt;img src=x onerror=window.__pwned=1&gt; &amp;amp; &#60;b&#62;',
  'RTL override and zero-width characters': '\u202Efdp.exe\u200B\u200C\u200D\uFEFF<b>Đăng ký</b>\u202C',
};

/** URLs that must never become a link (or any other URL attribute): only http: and https: are followed. */
export const UNSAFE_URLS: Record<string, string> = {
  'javascript:': 'javascript:window.__pwned=1',
  'javascript: in mixed case': 'JaVaScRiPt:window.__pwned=1',
  'javascript: after spaces': '   javascript:window.__pwned=1',
  'javascript: with a tab inside the scheme': 'java\tscript:window.__pwned=1',
  'javascript: after a control character': '\u0001javascript:window.__pwned=1',
  'data: HTML': 'data:text/html,<script>window.__pwned=1</script>',
  'data: base64 HTML': 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'vbscript:': 'vbscript:window.__pwned=1',
  'http lookalike without a colon': 'https//dichvucong.gov.vn/javascript:window.__pwned=1',
};

/** URLs that must become a link, exactly as sent (markup in the query stays inside the attribute). */
export const SAFE_URLS: Record<string, string> = {
  https: 'https://dichvucong.quangngai.gov.vn/thu-tuc/1.001193',
  http: 'http://dichvucong.quangngai.gov.vn/bieu-mau/to-khai.docx',
  'https in capitals': 'HTTPS://DICHVUCONG.GOV.VN/TTHC/1.001193',
  'https with markup in its query': 'https://dichvucong.gov.vn/tim?q="><img src=x onerror=window.__pwned=1>',
};

/** Elements no widget renders by itself, so their presence means API text became markup. */
const FOREIGN_TAGS = new Set(['script', 'img', 'iframe', 'frame', 'object', 'embed', 'b', 'math', 'video', 'audio', 'base', 'meta', 'link']);
/** Attributes a browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc', 'background']);
/** A scheme that runs or embeds code, read the way the URL parser does (controls and whitespace dropped). */
const UNSAFE_SCHEME = /^(javascript|data|vbscript):/;
const asParsed = (url: string) => url.replace(/[\u0000-\u0020]/g, '').toLowerCase();

/** Every element inside the widget, through nested shadow roots (e.g. the level badge inside a search result). */
export function deepElements(host: Element): Element[] {
  const out: Element[] = [];
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return out;
}

/** All text the widget renders, its own shadow root and the nested ones, uncollapsed (exact characters). */
export function deepText(host: Element): string {
  const parts = [host.shadowRoot?.textContent ?? ''];
  for (const el of deepElements(host)) if (el.shadowRoot) parts.push(el.shadowRoot.textContent ?? '');
  return parts.join('\n');
}

/**
 * What API content turned into: elements the widget never makes, inline event handlers, a URL attribute with a
 * code-running scheme, or the payloads' flag set. Strings only (never nodes), so a failure prints cleanly.
 */
export function hostileTraces(host: Element): string[] {
  const traces: string[] = [];
  for (const el of deepElements(host)) {
    if (FOREIGN_TAGS.has(el.localName)) traces.push(`a <${el.localName}> element`);
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) traces.push(`${el.localName}[${attr.name}]`);
      if (URL_ATTRIBUTES.has(attr.name) && UNSAFE_SCHEME.test(asParsed(attr.value))) {
        traces.push(`${el.localName}[${attr.name}="${attr.value}"]`);
      }
    }
  }
  if (pwned()) traces.push('window.__pwned was set');
  return traces;
}

/** The href of every link in the widget, as written. */
export const linkTargets = (host: Element): string[] =>
  deepElements(host)
    .filter((el) => el.localName === 'a' && el.hasAttribute('href'))
    .map((a) => a.getAttribute('href')!);

/** How long an image may take to fail to load before the checks look anyway. */
const IMAGE_SETTLE_MS = 3000;

/**
 * Until every image on the page, through shadow roots, has loaded or failed (its onload or onerror has run, had a
 * payload set one), then one frame. Waiting for the images' own events, not a fixed delay: on a busy machine an
 * `<img src=x>` can take longer than any fixed delay to fail, and its `complete` turns true a task before its
 * error event runs (seen in Firefox under load: the payload had not run yet when the checks looked). An image is
 * waited for by its load or error event, which runs after the payload's own handler, set before ours.
 */
export async function letPayloadsFire(): Promise<void> {
  const images = () => {
    const found: HTMLImageElement[] = [];
    const visit = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        if (el instanceof HTMLImageElement) found.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return found;
  };
  const settled = (img: HTMLImageElement) =>
    new Promise<void>((resolve) => {
      img.addEventListener('load', () => resolve(), { once: true });
      img.addEventListener('error', () => resolve(), { once: true });
    });
  const deadline = new Promise<void>((r) => setTimeout(r, IMAGE_SETTLE_MS));
  let timedOut = false;
  void deadline.then(() => (timedOut = true));
  // Again while images are pending: what an answer rendered meanwhile may hold.
  for (let pending = images().filter((img) => !img.complete); pending.length && !timedOut; pending = images().filter((img) => !img.complete)) {
    await Promise.race([Promise.all(pending.map(settled)), deadline]);
  }
  // An image already complete when first seen may still have its event queued: a task, then a frame.
  await new Promise((r) => setTimeout(r, 0));
  await new Promise<void>((r) => requestAnimationFrame(() => r()));
}

/** Sets `value` at a dotted path ("documents.0.name") of a JSON answer, creating nothing: the path must exist. */
export function setAt(answer: Record<string, unknown>, path: string, value: string): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = answer;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) throw new Error(`No ${path} in the answer (stopped at ${key})`);
    node = next as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (!(last in node)) throw new Error(`No ${path} in the answer`);
  node[last] = value;
}
