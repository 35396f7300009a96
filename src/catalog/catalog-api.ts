import { checkAnswer, type ApiRequest, type CallOptions, type DvcApi } from '../api/client.js';
import { ApiError } from '../api/errors.js';
import { MAX_CODES_PER_REQUEST } from '../api/procedures.js';
import type { Page, Procedure, ProcedureSummary, ServiceLevel, Stats, Tier } from '../api/types.js';
import { SERVICE_LEVELS } from '../domain/service-level.js';
import { loadCatalog, loadDetails, type LoadedCatalog } from './catalog-store.js';
import { searchIndex, type Filters } from './search-index.js';

/** The contract's page sizes. */
const MAX_PAGE_SIZE = 100;

/**
 * A `DvcApi` that answers the contract's read paths from a static catalog folder (SPEC 5.3), so a widget shows
 * exactly the states, messages and events it shows with an API:
 * - `GET /procedures?q=&domain=&agency=&tier=&level=&page=&pageSize=`: searched in the browser;
 * - `GET /procedures?codes=…`: from the index (badges: no request beyond `index.json`);
 * - `GET /procedures/{code}`: `procedures/{code}.json`, for a code the index lists (others: not found);
 * - `GET /domains`, `GET /agencies?tier=`: the index's lists;
 * - `GET /stats?agency=`: with an API, the API's figures (they include dossiers); without one, the index's
 *   counts of procedures by level as of `generatedAt` (period from = to), without dossier figures;
 * - anything else (dossiers, feedback): the API, or a `server` error when the page has none.
 * Answers go through the caller's `check`, as the API's do; the files went through the API client's checks and
 * sanitising when they were fetched.
 */
export function catalogApi(catalogUrl: string, api: DvcApi | null): DvcApi {
  return {
    async request<T>(path: string, check: (json: unknown) => T, opts: CallOptions = {}, init: ApiRequest = {}): Promise<T> {
      const url = new URL(path, 'https://catalog.invalid');
      const route = url.pathname;
      const served = (init.method ?? 'GET') === 'GET' && /^\/(procedures(\/[^/]+)?|domains|agencies|stats)$/.test(route);
      if (!served || (route === '/stats' && api)) {
        if (api) return api.request(path, check, opts, init);
        throw new ApiError('server', `A catalog does not answer ${route}`);
      }
      const answer = await until(opts.signal, answerFrom(catalogUrl, route, url.searchParams, check));
      return checkAnswer(answer, check);
    },
  };
}

/** Waits for `work`, or rejects with `aborted` as soon as the caller cancels (the shared work goes on). */
function until<T>(signal: AbortSignal | undefined, work: Promise<T>): Promise<T> {
  if (!signal) return work;
  const aborted = () => new ApiError('aborted', 'Request cancelled');
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function answerFrom(catalogUrl: string, route: string, params: URLSearchParams, check: (json: unknown) => unknown): Promise<unknown> {
  const detail = /^\/procedures\/([^/]+)$/.exec(route);
  const catalog = await loadCatalog(catalogUrl);
  if (detail) {
    const code = decodeURIComponent(detail[1]);
    if (!catalog.byCode.has(code)) throw new ApiError('not-found', 'Not in the catalog', { status: 404 });
    return loadDetails(catalogUrl, code, check as (json: unknown) => Procedure);
  }
  const { index } = catalog;
  if (route === '/domains') return { items: index.domains };
  if (route === '/agencies') {
    const tier = params.get('tier');
    return { items: index.agencies.filter((a) => !tier || a.tier === tier) };
  }
  if (route === '/stats') return stats(catalog, params.get('agency'));
  return params.has('codes') ? byCodes(catalog, params.get('codes')!) : search(catalog, params);
}

function byCodes(catalog: LoadedCatalog, codes: string): Page<ProcedureSummary> {
  const list = codes.split(',').filter(Boolean);
  if (list.length > MAX_CODES_PER_REQUEST) throw new ApiError('validation', `At most ${MAX_CODES_PER_REQUEST} codes`, { status: 422 });
  const items = list.map((c) => catalog.byCode.get(c)).filter((p) => p !== undefined);
  return { items, total: items.length, page: 1, pageSize: Math.max(1, items.length) };
}

function search(catalog: LoadedCatalog, params: URLSearchParams): Page<ProcedureSummary> {
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? 10);
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new ApiError('validation', 'page from 1, pageSize from 1 to 100', { status: 422 });
  }
  const filters: Filters = {
    domain: params.get('domain') ?? undefined,
    agency: params.get('agency') ?? undefined,
    tier: (params.get('tier') ?? undefined) as Tier | undefined,
    level: (params.get('level') ?? undefined) as ServiceLevel | undefined,
  };
  const order = rankedFor(catalog, params.get('q') ?? '', filters);
  const items = order.slice((page - 1) * pageSize, page * pageSize).map((i) => catalog.search.procedures[i]);
  return { items, total: order.length, page, pageSize };
}

// The last ranking, per catalog: a page change or a second widget's identical search reuses it.
const lastRanking = new WeakMap<LoadedCatalog, { key: string; order: number[] }>();

function rankedFor(catalog: LoadedCatalog, q: string, filters: Filters): number[] {
  const key = JSON.stringify([q, filters.domain, filters.agency, filters.tier, filters.level]);
  const last = lastRanking.get(catalog);
  if (last?.key === key) return last.order;
  const order = searchIndex(catalog.search, q, filters);
  lastRanking.set(catalog, { key, order });
  return order;
}

function stats({ index }: LoadedCatalog, agencyCode: string | null): Stats {
  const agency = agencyCode ? index.agencies.find((a) => a.code === agencyCode) : undefined;
  if (agencyCode && !agency) throw new ApiError('not-found', 'Agency not in the catalog', { status: 404 });
  const list = agency ? index.procedures.filter((p) => p.agency.code === agency.code) : index.procedures;
  const count = (level: ServiceLevel) => list.filter((p) => p.level === level).length;
  const [full, partial, info] = SERVICE_LEVELS.map(count);
  return {
    ...(agency ? { agency: { code: agency.code, name: agency.name } } : {}),
    period: { from: index.generatedAt, to: index.generatedAt },
    procedures: { total: list.length, full, partial, info },
  };
}
