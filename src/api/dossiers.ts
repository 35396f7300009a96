import type { CallOptions, DvcApi } from './client.js';
import * as shape from './shape/dossiers.js';
import type { Dossier } from './types.js';

/**
 * `GET /dossiers/{code}`. The verifier travels only in the `X-Dossier-Verifier` header: never in a URL, where
 * logs and caches would keep it.
 */
export function getDossier(api: DvcApi, code: string, verifier?: string, opts?: CallOptions): Promise<Dossier> {
  return api.request(`/dossiers/${encodeURIComponent(code)}`, shape.dossier, opts, {
    headers: verifier ? { 'X-Dossier-Verifier': verifier } : {},
  });
}
