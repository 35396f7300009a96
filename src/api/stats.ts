import { queryString, type CallOptions, type DvcApi } from './client.js';
import * as shape from './shape/stats.js';
import type { Stats } from './types.js';

/** `GET /stats?agency=`; without an agency, the whole province. */
export const getStats = (api: DvcApi, agency?: string, opts?: CallOptions): Promise<Stats> =>
  api.request(`/stats${queryString([['agency', agency]])}`, shape.stats, opts);
