import { EP } from '../discovery.js';
import { fail, noAnswer, pass, warn } from '../findings.js';
import { NoAnswer } from '../http.js';
import type { Check } from '../types.js';

/**
 * The API answers at all, to an anonymous request as the widgets make it. Without an answer the run stops: every
 * other check would only repeat this one.
 */
export const reachable: Check = {
  id: 'reachable',
  async run({ http, t }) {
    const m = t.reachable;
    let answer;
    try {
      answer = await http.get('/procedures?page=1&pageSize=1', EP.search);
    } catch (e) {
      if (!(e instanceof NoAnswer)) throw e;
      return { ...noAnswer(t, e), stop: true };
    }
    const { status } = answer;
    if (status === 401 || status === 403 || status === 407) {
      return fail(m.credentials(status), { expected: m.anonymous, actual: `HTTP ${status}`, fix: m.fixCredentials });
    }
    if (status === 404) return fail(m.notFound(http.url('/procedures')), { expected: 'HTTP 200', actual: 'HTTP 404', fix: m.fixBase });
    if (status >= 500) return fail(m.serverError(status), { expected: 'HTTP 200', actual: `HTTP ${status}`, fix: m.fixServer });
    if (answer.redirectedTo) {
      return warn(m.redirected(answer.redirectedTo), { expected: m.noRedirect, actual: answer.redirectedTo, fix: m.fixRedirect });
    }
    return pass(m.ok(status, answer.ms));
  },
};
