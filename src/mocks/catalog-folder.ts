import { http, HttpResponse, delay, type HttpHandler } from 'msw';
import type { CatalogIndex } from '../catalog/check.js';
import { sampleCatalog, type Catalog } from './catalog.js';
import { AGENCIES } from './data/agencies.js';
import { applyFault } from './faults.js';
import { CATALOG_VERSION, procedureFileName } from '../catalog/file-name.js';

/**
 * A static catalog folder (SPEC 5.3) served by MSW from the sample data, as a province would publish it on any
 * web server: `index.json` and `procedures/{code}.json`. Faults apply as to the API (`setFault('catalog-index',
 * …)`, `setFault('catalog-procedure', …)`), plus `missing` (404), the way a static server fails.
 */
export interface CatalogFolderOptions {
  /** URL pattern of the folder; the default matches any origin whose path ends in /thu-tuc. */
  folder?: string;
  catalog?: Catalog;
  /** Latency added to every answer, in ms. */
  latency?: number;
  /** `generatedAt` of the index; default: the moment the handlers are made. */
  generatedAt?: string;
}

/** Where the sample folder is served in tests, stories and the demo (any origin). */
export const CATALOG_FOLDER = '*/thu-tuc';

/** The folder's `index.json` for a catalog: the summaries of its procedures, its domains and agencies. */
export function catalogIndexOf(catalog: Catalog, generatedAt = new Date().toISOString()): CatalogIndex {
  return {
    version: CATALOG_VERSION,
    generatedAt,
    source: 'https://dichvucong.quangngai.gov.vn/api/v1',
    domains: catalog.domains,
    agencies: AGENCIES,
    procedures: catalog.procedures.map(({ code, name, domain, agency, tier, level, processingTime, fee, url }) => ({
      code, name, domain, agency, tier, level, processingTime, fee, url,
    })),
  };
}

export function createCatalogFolderHandlers(opts: CatalogFolderOptions = {}): HttpHandler[] {
  const folder = opts.folder ?? CATALOG_FOLDER;
  const catalog = opts.catalog ?? sampleCatalog();
  let index: CatalogIndex | undefined;
  // File names by the catalog's rule (src/catalog/file-name.ts), as the catalog command writes them.
  let byFile: Map<string, Catalog['procedures'][number]> | undefined;
  const start = async (endpoint: 'catalog-index' | 'catalog-procedure') => {
    if (opts.latency) await delay(opts.latency);
    return applyFault(endpoint);
  };
  const notFound = () => new HttpResponse('Not Found', { status: 404, headers: { 'Content-Type': 'text/html' } });
  return [
    http.get(`${folder}/index.json`, async () => {
      const fault = await start('catalog-index');
      if (fault) return fault;
      // Built on the first request: a test that never reads the folder pays nothing.
      index ??= catalogIndexOf(catalog, opts.generatedAt);
      return HttpResponse.json(index);
    }),
    http.get(`${folder}/procedures/:file`, async ({ params }) => {
      const fault = await start('catalog-procedure');
      if (fault) return fault;
      byFile ??= new Map(catalog.procedures.map((p) => [`${procedureFileName(p.code)}.json`, p]));
      const proc = byFile.get(String(params.file));
      if (!proc) return notFound();
      const { confirmed: _confirmed, ...rest } = proc;
      return HttpResponse.json(rest);
    }),
  ];
}
