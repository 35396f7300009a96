import { queryString, type CallOptions, type DvcApi } from './client.js';

/**
 * `GET /stats?agency=` (without an agency, the whole province), its answer not checked yet: `statsFrom`
 * (stats-answer.ts) checks it. Apart, so that the check comes with the code that shows an agency's figures (the
 * badge's figures part brings it; a page of procedure levels does not download it) while the request goes out at
 * once, beside that code.
 */
export const requestStats = (api: DvcApi, agency?: string, opts?: CallOptions): Promise<unknown> =>
  api.request(`/stats${queryString([['agency', agency]])}`, (json) => json, opts);
