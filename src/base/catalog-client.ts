import type { DvcApi } from '../api/client.js';
import { lazyModule } from './lazy-module.js';

/**
 * The catalog code, a chunk of its own, fetched on the first request, so a page without a catalog never
 * downloads it. Offline, or the files replaced by a newer release: the same message and retry as no connection,
 * and the retry fetches it again (in Firefox too, lazy-module.ts).
 */
const catalogCode = lazyModule(() => import('../catalog/catalog-api.js'));

/**
 * The client of a widget that reads a static catalog: the contract's read paths answered from the catalog folder
 * (src/catalog/catalog-api.ts), the rest by `api` when the page has one.
 */
export function catalogClient(catalog: string, api: DvcApi | null): DvcApi {
  return {
    async request(path, check, opts, init) {
      return (await catalogCode.load()).catalogApi(catalog, api).request(path, check, opts, init);
    },
  };
}
