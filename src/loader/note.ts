import { resolveLang } from '../i18n/lang.js';
import { loadFailedNote } from '../i18n/messages/loader.js';

/** A badge stands in a line of text: its note is a few words inline, not a paragraph. */
const INLINE_TAG = 'dvc-service-level-badge';

/**
 * Shows, beside the fallback content of an element whose code could not be fetched, a short note in the element's
 * language. Both go into a shadow root of the element's own, the fallback content through a slot, so it stays as
 * the webmaster wrote it: the page's tree and styles are left as they were, and none of the page's styles reach
 * the note (it can be styled as `::part(load-failed)`). If the code arrives later, the widget's first render
 * replaces the note (DvcBase.createRenderRoot, src/base/dvc-base.ts).
 */
export function showLoadFailed(el: Element): void {
  let root = el.shadowRoot;
  if (!root) {
    try {
      root = el.attachShadow({ mode: 'open' });
    } catch {
      return; // a root of someone else's, closed: the fallback content stays as it is
    }
  }
  const doc = el.ownerDocument;
  const inline = el.localName === INLINE_TAG;
  const note = doc.createElement(inline ? 'span' : 'p');
  const text = loadFailedNote[resolveLang(el)];
  note.textContent = inline ? ` ${text.short}` : text.long;
  note.setAttribute('part', 'load-failed');
  root.replaceChildren(doc.createElement('slot'), note);
}
