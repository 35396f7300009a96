import { PROBLEM_TYPE } from '../contract.js';
import { fail, snippet, warn } from '../findings.js';
import { jsonOf, type Answer } from '../http.js';
import type { CheckContext, Finding } from '../types.js';
import { checkComposed } from './text.js';

export interface ProblemWanted {
  /** Acceptable statuses; the first is the one the contract names. */
  statuses: number[];
  /** The problem type the contract names for this case, if any. */
  type?: string;
  /**
   * Where the widgets act on `type` itself (nothing to fall back on in the status), another type is a failure,
   * said in the caller's words: what is wrong with the type found, what was expected and what to change.
   */
  typeRequired?: { message: (endpoint: string, type: string) => string; expected: string; fix: string };
}

/**
 * Whether an error answer is what the contract promises: the right status, `application/problem+json`, the
 * `Problem` schema, a `status` field equal to the HTTP status, and the expected `type` (a different type only
 * warns, the widgets then falling back on the HTTP status, unless `typeRequired`), and its texts composed (the
 * widgets show them). Undefined when all is well.
 */
export function checkProblem(ctx: CheckContext, answer: Answer, want: ProblemWanted): Finding | undefined {
  const { t, contract } = ctx;
  const m = t.problem;
  const expected = m.expected(want.statuses[0], want.type);
  if (!want.statuses.includes(answer.status)) {
    return fail(m.wrongStatus(answer.endpoint, answer.status, want.statuses[0]), {
      expected,
      actual: `HTTP ${answer.status} ${answer.mediaType} ${snippet(answer.text)}`.trim(),
      fix: answer.status >= 200 && answer.status < 300 ? m.fixAccepted : m.fixOtherStatus(want.statuses[0], answer.status),
    });
  }
  if (answer.mediaType !== PROBLEM_TYPE) {
    return fail(m.notProblem(answer.endpoint, answer.status), {
      expected,
      actual: `Content-Type: ${answer.mediaType || '—'}; ${snippet(answer.text)}`,
      fix: m.fixProblem,
    });
  }
  const body = jsonOf(answer) as Record<string, unknown> | undefined;
  const errors = body === undefined ? [t.contract.notJson(snippet(answer.text))] : contract.validateComponent('Problem', body);
  if (errors.length) return fail(m.badProblem(answer.endpoint, answer.status), { expected, actual: errors.join('; '), fix: m.fixProblem });
  const otherType = !!want.type && body!.type !== want.type;
  const type = String(body!.type);
  // A required type comes before the warnings: a status field that differs must not hide the failure.
  if (otherType && want.typeRequired) {
    const required = want.typeRequired;
    return fail(required.message(answer.endpoint, type), { expected: required.expected, actual: `type: ${type}`, fix: required.fix });
  }
  if (body!.status !== answer.status) {
    return warn(m.statusField(answer.endpoint, body!.status, answer.status), { expected, actual: `status: ${String(body!.status)}`, fix: m.fixProblem });
  }
  if (otherType) {
    return warn(m.otherType(answer.endpoint, type), { expected: `type: ${want.type}`, actual: `type: ${type}`, fix: m.fixType(want.type!) });
  }
  return checkComposed(ctx, answer);
}
