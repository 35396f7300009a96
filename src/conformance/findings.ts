import type { ConformanceMessages } from '../i18n/messages/conformance.js';
import { NoAnswer, type Answer } from './http.js';
import type { Finding } from './types.js';

type Details = Pick<Finding, 'expected' | 'actual' | 'fix'>;

export const pass = (message: string): Finding => ({ status: 'pass', message });
export const skip = (message: string): Finding => ({ status: 'skip', message });
export const warn = (message: string, details: Details = {}): Finding => ({ status: 'warn', message, ...details });
export const fail = (message: string, details: Details = {}): Finding => ({ status: 'fail', message, ...details });

/** A failure that says which request got no answer and why. */
export function noAnswer(t: ConformanceMessages, e: NoAnswer): Finding {
  return fail(t.common.noAnswer(e.endpoint, e.reason, e.detail), {
    expected: e.reason === 'too-large' ? t.common.expectSize : t.common.expectAnswer,
    // A loop's detail is where it last went, and a body's the size where reading stopped: the message says both.
    actual: (e.reason !== 'redirects' && e.reason !== 'too-large' && e.detail) || t.common.noAnswerActual[e.reason],
    fix: e.fix ?? t.common.noAnswerFix[e.reason],
  });
}

/** A failure for an answer the contract or the widgets reject. */
export function badAnswer(t: ConformanceMessages, answer: Answer, problems: string[], expected: string): Finding {
  return fail(t.common.badAnswer(answer.endpoint, answer.status), {
    expected,
    actual: problems.join('; '),
    fix: answer.notUtf8 ? `${t.common.fixUtf8} ${t.common.fixContract}` : t.common.fixContract,
  });
}

/** Runs a check body; a request without an answer becomes that check's failure. */
export async function guarded(t: ConformanceMessages, body: () => Promise<Finding>): Promise<Finding> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof NoAnswer) return noAnswer(t, e);
    throw e;
  }
}

/** The first few items of a list for a message, with a count of the rest. */
export function some(list: string[], max = 3): string {
  return list.length <= max ? list.join(', ') : `${list.slice(0, max).join(', ')} (+${list.length - max})`;
}

/**
 * A failure when an answer is not a success the contract and the widgets accept; undefined when it is.
 * `expected` says in words what the answer should have been.
 */
export function unlessOk(t: ConformanceMessages, answer: Answer, problems: string[], expected: string): Finding | undefined {
  if (answer.status < 200 || answer.status > 299) {
    return fail(t.common.wrongStatus(answer.endpoint, answer.status), {
      expected,
      actual: `HTTP ${answer.status} ${answer.mediaType} ${snippet(answer.text)}`.trim(),
      fix: t.common.fixStatus,
    });
  }
  return problems.length ? badAnswer(t, answer, problems, expected) : undefined;
}

/** The start of a body, on one line, for "what came back". */
export const snippet = (text: string, max = 80): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};
