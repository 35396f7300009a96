import { EP } from '../discovery.js';
import { parseRetryAfter } from '../../api/client.js';
import { fail, noAnswer, pass, snippet, warn } from '../findings.js';
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
      return { ...noAnswer(t, e), stop: 'no-answer' };
    }
    const { status } = answer;
    // Asked for credentials from the first request (a gateway's login rule over the API's paths): every other
    // check would fail for this alone, each with advice about its own part of the contract.
    if (status === 401 || status === 403 || status === 407) {
      return { ...fail(m.credentials(status), { expected: m.anonymous, actual: `HTTP ${status}`, fix: m.fixCredentials }), stop: 'credentials' };
    }
    if (status === 404) return fail(m.notFound(http.url('/procedures')), { expected: 'HTTP 200', actual: 'HTTP 404', fix: m.fixBase });
    // A wait of 0 or in the past says no more than none.
    const asked = parseRetryAfter(answer.headers.get('Retry-After'));
    const wait = asked && asked > 0 ? asked : null;
    // Limited from the first request (after the one more try the client makes when asked to wait 10 s or less):
    // every other check would fail for this alone.
    if (status === 429) {
      return { ...fail(m.rateLimited(status, wait), { expected: m.expectFirst, actual: `HTTP ${status}`, fix: m.fixRateLimited(wait) }), stop: 'rate-limited' };
    }
    // Unavailable (a gateway's answer while the system behind it is down, or maintenance), after the same one more
    // try: every other check would fail for this alone, each with advice about its own part of the contract.
    if (status === 503) {
      return { ...fail(m.unavailable(wait), { expected: m.expectFirst, actual: `HTTP ${status}`, fix: m.fixUnavailable(wait) }), stop: 'unavailable' };
    }
    if (status >= 500) return fail(m.serverError(status), { expected: 'HTTP 200', actual: `HTTP ${status}`, fix: m.fixServer });
    if (status < 200 || status > 299) {
      return fail(t.common.wrongStatus(answer.endpoint, status), { expected: 'HTTP 200', actual: `HTTP ${status} ${snippet(answer.text)}`.trim(), fix: t.common.fixStatus });
    }
    // A website's page where the API should be (a wrong base address, answered by the site's CMS): every other
    // check would only say again that it is not JSON.
    if (answer.mediaType === 'text/html') {
      return {
        ...fail(m.webPage(http.url('/procedures')), { expected: m.expectJson, actual: `HTTP ${status} text/html ${snippet(answer.text)}`, fix: m.fixBase }),
        stop: 'web-page',
      };
    }
    if (answer.redirectedTo) {
      return warn(m.redirected(answer.redirectedTo), { expected: m.noRedirect, actual: answer.redirectedTo, fix: m.fixRedirect });
    }
    return pass(m.ok(status, answer.ms));
  },
};
