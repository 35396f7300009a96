import { ApiClient, DEFAULT_TIMEOUT_MS } from '../api/client.js';
import { ApiError, toApiError } from '../api/errors.js';
import type { Procedure, ProcedureSummary } from '../api/types.js';
import { BUILD } from '../base/build.js';
import { VERSION } from '../version.js';
import { catalogIndex, type CatalogIndex } from './check.js';
import { CATALOG_INDEX, procedureFilePath } from './file-name.js';
import { buildSearchIndex, type SearchIndex } from './search-index.js';

/**
 * The catalog folders a page reads, each fetched once and shared by every widget that names it (a search and
 * any number of badges: one `index.json` request). A failed load is forgotten, so the next request (a widget's
 * retry) really fetches again; a load in progress is joined, never restarted.
 */

/** One loaded catalog: its index, checked, with what searching and looking up need, built once. */
export interface LoadedCatalog {
  readonly index: CatalogIndex;
  readonly byCode: ReadonlyMap<string, ProcedureSummary>;
  readonly search: SearchIndex;
}

// An index can be large (about 0.5 MB of JSON for 1,671 procedures, before compression): on a slow mobile link
// it may take longer than one API answer is allowed, so its download gets more time.
export const INDEX_TIMEOUT_MS = 3 * DEFAULT_TIMEOUT_MS;

interface Folder {
  files: ApiClient;
  /** The address's query (`?v=…`, a cache-buster), asked with each of its files; empty without one. */
  query: string;
  index?: Promise<LoadedCatalog>;
  details: Map<string, Promise<Procedure>>;
}

const folders = new Map<string, Folder>();

/**
 * The folder's absolute URL, without a trailing `index.json` or slash, then its query: "thu-tuc/", "/thu-tuc" and
 * "https://…/thu-tuc/index.json" on the same page are one catalog; "…/thu-tuc/?v=2" is another (a cache-buster
 * names another publication). A fragment ("#…") is not sent with a request, so it names nothing.
 */
export function catalogKey(url: string): string {
  const { origin, pathname, search } = new URL(url.trim(), document.baseURI);
  return origin + pathname.replace(/\/index\.json$/i, '').replace(/\/+$/, '') + search;
}

function folder(url: string): Folder {
  const key = catalogKey(url);
  let f = folders.get(key);
  if (!f) {
    const [, base, query] = /([^?]*)(.*)/.exec(key)!;
    // Static files in the catalog's language; the header only matters to a server that negotiates.
    f = { files: new ApiClient({ baseUrl: base, lang: 'vi' }), query, details: new Map() };
    folders.set(key, f);
  }
  return f;
}

/**
 * A file of the folder that is missing or refused is a fault of the publication, not an answer: it gets the
 * message and the retry of a failing server ("not found" would tell the citizen the procedure does not exist).
 */
function asServerFault(e: unknown): never {
  const error = toApiError(e);
  if (error.retryable || error.kind === 'aborted') throw error;
  throw new ApiError('server', `Catalog file unavailable: ${error.message}`, { status: error.status, cause: error });
}

/**
 * A page can hold two copies of this code: the CDN loader takes a kind of tag that appears after the page's whole
 * file from its own chunks, with their copy of the shared code (src/loader/loader.ts). Each copy then asks the
 * others for an index before it fetches one, with an event on the document (nothing is added to the page), so
 * that a search added beside badges still makes one request for it. Only copies of the same release answer: the
 * event's name carries the version, since another release may build its index otherwise. The single file is one
 * copy of everything (a second one beside it is a mistake the console already warns of), so it leaves this out.
 */
const ASK_INDEX = `dvc-catalog-index-${VERSION}`;
interface IndexAsked {
  readonly key: string;
  /** Set by the copy that has that index, loaded or on its way. */
  index?: Promise<LoadedCatalog>;
}
if (BUILD !== 'bundle') {
  document.addEventListener(ASK_INDEX, (e) => {
    const asked = (e as CustomEvent<IndexAsked>).detail;
    asked.index ??= folders.get(asked.key)?.index;
  });
}

/** The index of the catalog at `url` another copy of this code on the page has, loaded or on its way (see ASK_INDEX). */
function indexOfAnotherCopy(url: string): Promise<LoadedCatalog> | undefined {
  if (BUILD === 'bundle') return undefined;
  const asked: IndexAsked = { key: catalogKey(url) };
  document.dispatchEvent(new CustomEvent(ASK_INDEX, { detail: asked }));
  return asked.index;
}

/**
 * The catalog at `url`: fetched on the first call (unless another copy of this code has it), then shared.
 * Rejects with an `ApiError`.
 */
export function loadCatalog(url: string): Promise<LoadedCatalog> {
  const f = folder(url);
  if (!f.index) {
    const loading =
      indexOfAnotherCopy(url) ??
      f.files.request(`/${CATALOG_INDEX}${f.query}`, catalogIndex, { timeoutMs: INDEX_TIMEOUT_MS }).then(
        (index): LoadedCatalog => ({
          index,
          byCode: new Map(index.procedures.map((p) => [p.code, p])),
          search: buildSearchIndex(index.procedures),
        }),
        asServerFault,
      );
    f.index = loading;
    loading.catch(() => {
      if (f.index === loading) f.index = undefined;
    });
  }
  return f.index;
}

/**
 * The procedure's own file (`procedures/{name}.json`, named by the rule the catalog command writes with), checked by `check` (the widget's own check of a `Procedure`). Kept once loaded (a
 * language switch asks again); a failure is forgotten so that a retry fetches again.
 */
export function loadDetails(url: string, code: string, check: (json: unknown) => Procedure): Promise<Procedure> {
  const f = folder(url);
  let p = f.details.get(code);
  if (!p) {
    const loading = f.files
      .request(`/${procedureFilePath(code)}${f.query}`, (json) => {
        const procedure = check(json);
        // A file under another procedure's name would show the wrong papers and fees.
        if (procedure.code !== code) throw new Error(`code: expected ${code}`);
        return procedure;
      })
      .catch(asServerFault);
    p = loading;
    f.details.set(code, loading);
    loading.catch(() => {
      if (f.details.get(code) === loading) f.details.delete(code);
    });
  }
  return p;
}

/** For tests: forget every catalog loaded on this page. */
export function forgetCatalogs(): void {
  folders.clear();
}
