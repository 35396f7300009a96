import { queryString, type CallOptions, type DvcApi } from './client.js';
import * as shape from './shape/procedures.js';
import type { CodeName, Page, ProcedureQuery, ProcedureSummary, Tier, Agency } from './types.js';

/** The contract's limit on `codes=`. */
export const MAX_CODES_PER_REQUEST = 100;

/** `GET /procedures?q=&domain=&agency=&tier=&level=&page=&pageSize=`, parameters always in this order. */
export function searchProcedures(api: DvcApi, query: ProcedureQuery, opts?: CallOptions): Promise<Page<ProcedureSummary>> {
  const qs = queryString([
    ['q', query.q?.trim()],
    ['domain', query.domain],
    ['agency', query.agency],
    ['tier', query.tier],
    ['level', query.level],
    ['page', query.page ?? 1],
    ['pageSize', query.pageSize ?? 10],
  ]);
  return api.request(`/procedures${qs}`, shape.procedurePage, opts);
}

/** `GET /procedures?codes=…`: codes sorted and de-duplicated, so the same set is always the same URL. */
export function proceduresByCodes(api: DvcApi, codes: string[], opts?: CallOptions): Promise<Page<ProcedureSummary>> {
  const unique = [...new Set(codes)].sort();
  if (unique.length > MAX_CODES_PER_REQUEST) throw new RangeError(`At most ${MAX_CODES_PER_REQUEST} codes per request`);
  return api.request(`/procedures${queryString([['codes', unique.join(',')]])}`, shape.procedurePage, opts);
}

/**
 * `GET /procedures/{code}`, its answer not checked yet: `procedureFrom` (procedure-details.ts) checks it. Apart,
 * so that the check of a whole procedure comes with the code that shows one (the search's details view brings
 * it; a page of results does not download it) while the request goes out at once, beside that code.
 */
export const requestProcedure = (api: DvcApi, code: string, opts?: CallOptions): Promise<unknown> =>
  api.request(`/procedures/${encodeURIComponent(code)}`, (json) => json, opts);

/** `GET /domains` (lĩnh vực). */
export const listDomains = (api: DvcApi, opts?: CallOptions): Promise<CodeName[]> => api.request('/domains', shape.codeNameList, opts);

/** `GET /agencies?tier=` (cơ quan thực hiện). */
export const listAgencies = (api: DvcApi, tier?: Tier, opts?: CallOptions): Promise<Agency[]> =>
  api.request(`/agencies${queryString([['tier', tier]])}`, shape.agencyList, opts);
