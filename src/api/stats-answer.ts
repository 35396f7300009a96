import { checkAnswer, type CallOptions, type DvcApi } from './client.js';
import { stats } from './shape/stats.js';
import { requestStats } from './stats.js';
import type { Stats } from './types.js';

/**
 * An agency's figures, checked: imported only by the code that shows them (the badge's figures part), so that
 * their check is not in the code of a page of procedure levels. The request itself is `requestStats` (stats.ts),
 * sent at once, beside this code.
 */

/** Figures from an answer of `requestStats`; a `bad-answer` error when the answer is not figures. */
export const statsFrom = (answer: unknown): Stats => checkAnswer(answer, stats);

/** `GET /stats?agency=`, checked. */
export const getStats = async (api: DvcApi, agency?: string, opts?: CallOptions): Promise<Stats> => statsFrom(await requestStats(api, agency, opts));
