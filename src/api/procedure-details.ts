import { checkAnswer, type CallOptions, type DvcApi } from './client.js';
import { requestProcedure } from './procedures.js';
import { procedure } from './shape/procedure-details.js';
import type { Procedure } from './types.js';

/**
 * One procedure's details, checked: imported only by the code that shows them (the search's details view), so
 * that the check of a whole procedure is not in the code of a page of results. The request itself is
 * `requestProcedure` (procedures.ts), sent at once, beside this code.
 */

/** A whole procedure from an answer of `requestProcedure`; a `bad-answer` error when the answer is not one. */
export const procedureFrom = (answer: unknown): Procedure => checkAnswer(answer, procedure);

/** `GET /procedures/{code}`, checked. */
export const getProcedure = async (api: DvcApi, code: string, opts?: CallOptions): Promise<Procedure> =>
  procedureFrom(await requestProcedure(api, code, opts));
