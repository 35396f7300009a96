import type { DvcApi } from '../api/client.js';
import { ApiError } from '../api/errors.js';
import { BUILD } from './build.js';

/**
 * The client of a widget that reads a static catalog: the contract's read paths answered from the catalog folder
 * (src/catalog/catalog-api.ts), the rest by `api` when the page has one. The catalog code is a chunk of its own,
 * imported on the first request, so a page without a catalog never downloads it.
 */
export function catalogClient(catalog: string, api: DvcApi | null): DvcApi {
  return {
    async request(path, check, opts, init) {
      const loading = import('../catalog/catalog-api.js');
      // Offline, or the files were replaced by a newer release: the same message and retry as no connection. The
      // single file fetches nothing (the catalog code is in it): nothing there can fail.
      const mod = await (BUILD === 'bundle'
        ? loading
        : loading.catch((cause: unknown) => {
            throw new ApiError('network', 'The catalog code could not be loaded', { cause });
          }));
      return mod.catalogApi(catalog, api).request(path, check, opts, init);
    },
  };
}
