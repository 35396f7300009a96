/**
 * dist/cdn/dvc-elements.js, the script a webmaster's tag names: a small loader that fetches a tag's code the first
 * time the tag appears in the page, at load or later (a CMS block, a framework's render, `innerHTML`).
 *
 * - No waterfall: everything a tag needs is requested at once, from the map the build writes (files.ts): the
 *   tag's chunk with every shared chunk it imports, and each part its code would fetch at once by itself
 *   (`AT_START`): its English when the widget already speaks English, the static catalog's code when it reads a
 *   catalog, the page URL's code when it has `url-state`, the dossier view when a tracker looks a dossier
 *   up on start, an agency's figures for a badge that shows them, the results' code for a search that searches
 *   on start. No file is discovered only once another has arrived.
 * - Whole files: when the first tags found (at load, or the first to appear) are a set the build measured a whole
 *   file lighter for (files.ts), the page's tags of the kinds that file defines come from it: Lit, the shared code
 *   and their own in one file (the all-tags file for several kinds, a tag's own whole file for one kind alone),
 *   which compresses better than separate chunks and is one request. Decided once. A tag of another kind that
 *   appears later comes from its own chunks, with their copy of the shared code (the two copies still share a
 *   static catalog's index: src/catalog/catalog-store.ts); and should the whole file fail to load, so does the
 *   next tag to appear (they are other files).
 * - Files are found relative to this one (`import.meta.url`), in the folder beside it that the build names after
 *   their hash (files.ts), so dist/cdn/ works from any host and sub-path.
 * - Only dynamic `import()`: nothing is added to the page (no script, link, style or global).
 * - Where tags are found: the document, and every open shadow root of another component found there: those
 *   present when the loader looks, and those of components that are defined later (a component library loaded
 *   after this script). Anything added to them later too. A root it cannot see (closed, or attached later to a
 *   component already there) is handed over with `discover(root)`.
 * - A tag whose code cannot be fetched keeps the webmaster's fallback content, with a short note (note.ts); it
 *   is tried again the next time such a tag appears, first from files that have not failed (see `load`). Nothing
 *   is thrown.
 */
import { resolveCatalog } from '../base/config.js';
import { resolveLang } from '../i18n/lang.js';
import { looksUpAtStart } from '../components/dossier-tracker/start-code.js';
import { searchesAtStart } from '../components/procedure-search/start-search.js';
import { showsFigures } from '../components/service-level-badge/badge-mode.js';
import { DIR, FILES, TAG_FILES, WHOLE_FILES, type FileIndex, type StartUpExtra, type TagFiles } from './files.js';
import { showLoadFailed } from './note.js';

/** Per tag: its code has arrived or is on its way (a failed load is removed, so the next tag asks again). */
const loads = new Map<string, Promise<void>>();
/** Per tag whose code is on its way, the elements waiting for it: the ones to tell if it fails. */
const waiting = new Map<string, Set<Element>>();
/** When a widget found in the page needs each start-up extra (files.ts) at once. */
const AT_START: Readonly<Record<StartUpExtra, (el: Element) => unknown>> = {
  en: (el) => resolveLang(el) === 'en',
  catalog: (el) => resolveCatalog(el, el.getAttribute('catalog')),
  urlState: (el) => el.hasAttribute('url-state'),
  dossierView: looksUpAtStart,
  agencyFigures: showsFigures,
  results: searchesAtStart,
};

/** Start-up extras' files asked for (a failed one is asked again by the next widget needing it). */
const asked = new Set<FileIndex>();
/** Undefined elements of other components whose definition is awaited, to look into their shadow roots. */
const awaited = new WeakSet<Element>();
/** Tags whose own chunks failed to load (see `load`). */
const failed = new Set<string>();
/** Whole files that failed to load: never asked again (see `load`). */
const failedWhole = new Set<FileIndex>();

/** The files of the whole file the page's tags come from; undefined until the first tags are found, null for none. */
let whole: (typeof WHOLE_FILES)[number][1] | null | undefined;

const noop = (): void => {};
const url = (file: FileIndex): string => new URL(DIR + FILES[file], import.meta.url).href;
const isTag = (tag: string): boolean => Object.hasOwn(TAG_FILES, tag);
/**
 * By its node type, not `instanceof Element`: an element made in another frame of the page (a CMS editor's, a
 * preview's) and moved into this document is not an instance of this window's Element in every engine.
 */
const isElement = (node: Node): node is Element => node.nodeType === 1;
const fromWhole = (tag: string): boolean => !!whole && Object.hasOwn(whole, tag);
/** The whole file for a page that starts with the set of tags `kinds` (bit i: the i-th tag of TAG_FILES), if any. */
const wholeFor = (kinds: number) => WHOLE_FILES.find(([sets]) => sets.includes(kinds))?.[1];

/**
 * Where a tag's code comes from: the whole file the page's tags come from; once the tag's own chunks have failed,
 * the whole file of that tag alone, unless it failed too (see `load`); otherwise its own chunks.
 */
function filesOf(tag: string): TagFiles {
  if (fromWhole(tag)) return whole![tag];
  const alone = failed.has(tag) && wholeFor(1 << Object.keys(TAG_FILES).indexOf(tag))?.[tag];
  return alone && !failedWhole.has(alone[0][0]) ? alone : TAG_FILES[tag];
}

/**
 * With the first tags found in `roots` (all that one change to the page added, as one framework render or one
 * `innerHTML` does): whether the page's tags come from a whole file, and which.
 */
function choose(roots: readonly (Document | DocumentFragment | Element)[]): void {
  let kinds = 0;
  Object.keys(TAG_FILES).forEach((tag, i) => {
    if (roots.some((root) => root.querySelector(tag) || (isElement(root) && root.localName === tag))) kinds |= 1 << i;
  });
  if (kinds) whole = wholeFor(kinds) ?? null;
}

const observer = new MutationObserver((records) => {
  const added = records.flatMap((record) => [...record.addedNodes].filter(isElement));
  if (whole === undefined) choose(added);
  for (const el of added) void scan(el);
});

/**
 * Finds the tags in `root` (a document, a shadow root or an element with its descendants), fetches the code of
 * those not loaded yet, and keeps watching `root` for tags added later. Open shadow roots inside it are searched
 * too. Resolves once every tag found has its code or has failed to get it (it never rejects).
 *
 * The loader does this for the document by itself. A component that creates a shadow root the loader cannot see
 * (closed, or attached after its element was already on the page) calls it with that root:
 * `import { discover } from 'https://…/dvc-elements.js'; discover(this.shadowRoot)`.
 */
export function discover(root: Document | DocumentFragment | Element = document): Promise<void> {
  observer.observe(root, { childList: true, subtree: true });
  return scan(root);
}

function scan(root: Document | DocumentFragment | Element): Promise<void> {
  const found: Promise<void>[] = [];
  if (whole === undefined) choose([root]);
  const elements = root.querySelectorAll('*');
  for (const el of isElement(root) ? [root, ...elements] : elements) {
    if (isTag(el.localName)) found.push(need(el));
    else if (el.shadowRoot) found.push(discover(el.shadowRoot));
    else if (!el.matches(':defined') && !awaited.has(el)) {
      // Another component not defined yet: its shadow root, if open, exists once it is.
      awaited.add(el);
      // A customized built-in not defined yet (`<button is="…">`) is not `:defined` either; its name is not a
      // custom element's, and whenDefined rejects it.
      customElements.whenDefined(el.localName).then(() => el.shadowRoot && discover(el.shadowRoot), noop);
    }
  }
  return Promise.all(found).then(noop);
}

/** Starts fetching what a tag found in the page needs. */
function need(el: Element): Promise<void> {
  const tag = el.localName;
  const [js, extras] = filesOf(tag);
  // Started now rather than when the widget asks, which would be only once its own code has arrived.
  for (const [name, files] of Object.entries(extras) as [StartUpExtra, readonly FileIndex[]][]) if (AT_START[name](el)) prefetch(files);
  if (!customElements.get(tag)) {
    let els = waiting.get(tag);
    if (!els) waiting.set(tag, (els = new Set()));
    els.add(el);
  }
  let loading = loads.get(tag);
  if (!loading) loads.set(tag, (loading = load(tag, js)));
  return loading;
}

function load(tag: string, js: readonly FileIndex[]): Promise<void> {
  const [own, ...shared] = js.map(url);
  // Requested together with the tag's chunk, not once it has arrived and named them.
  for (const file of shared) import(file).catch(noop);
  // A browser may keep a module that failed (a 404 in a half-finished upload, a dropped connection) failed by its
  // address for the page's life (Firefox does). So after the tag's own chunks failed, its next try takes the
  // whole file of that tag alone (filesOf), which imports nothing by name: a shared chunk that failed (the tag's
  // chunk imports it by its name) would fail again. Should that fail too, the tag's own chunks again, by their
  // names: a browser that fetches a failed module again then brings the tag, and one that keeps the failure keeps
  // the note. Never the tag's chunk under another address: its parts (the tracker's dossier view, the form's
  // sending code, …) import it by its name, so the widget would show but not work. A whole file is never asked
  // again once it failed: its English and parts import it by name.
  const fromPage = fromWhole(tag);
  const wholeFile = js !== TAG_FILES[tag][0];
  return import(own).then(
    () => void waiting.delete(tag),
    (error: unknown) => {
      if (customElements.get(tag)) return; // defined meanwhile by another copy of the library
      // The page's other tags too: their next ones come from their own chunks (other files).
      if (fromPage) whole = null;
      if (wholeFile) failedWhole.add(js[0]);
      else failed.add(tag);
      loads.delete(tag);
      console.warn(`dvc-elements: the code of <${tag}> could not be loaded; it is tried again when another <${tag}> appears.`, error);
      for (const el of waiting.get(tag) ?? []) if (el.isConnected) showLoadFailed(el);
      waiting.delete(tag);
    },
  );
}

/** Fetches files a widget would otherwise ask for only after its own code has arrived. */
function prefetch(files: readonly FileIndex[]): void {
  for (const file of files) {
    if (asked.has(file)) continue;
    asked.add(file);
    // A failure is the widget's to handle: it asks for the same file when it needs it, and says so if it fails.
    import(url(file)).catch(() => asked.delete(file));
  }
}

void discover();
