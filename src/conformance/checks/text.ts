import { warn } from '../findings.js';
import { jsonOf, type Answer } from '../http.js';
import type { CheckContext, Finding } from '../types.js';

/** Examples in one finding: enough to find the records, few enough to read. */
const EXAMPLES = 3;
/** Letters of an example: a procedure's name mostly whole, a long text around its first decomposed letter. */
const SHOWN = 40;
const BEFORE = 15;

// A letter with the combining marks that follow it; marks with nothing before them stand alone.
const LETTERS = /\P{M}\p{M}*|\p{M}+/gu;

/**
 * Whether a text is not composed: decomposed (NFD), or a mix of both forms. Vietnamese typed with a "tổ hợp"
 * keyboard setting reaches some provincial databases this way; the widgets show it as written, screen readers
 * may read it badly, and search matching and ranking count each combining mark as a character.
 */
export const isDecomposed = (text: string): boolean => text.normalize('NFC') !== text;

interface Decomposed {
  /** Where in the answer, as the contract's errors name it: `items[3].name`. */
  path: string;
  text: string;
}

/** Every string of a JSON value that is not composed, codes included (the widgets show and send those too). */
function decomposedStrings(value: unknown, path = ''): Decomposed[] {
  if (typeof value === 'string') return isDecomposed(value) ? [{ path: path || '(answer)', text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => decomposedStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => decomposedStrings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

const codePoint = (c: string) => (/^[!-~]$/.test(c) ? c : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);

/**
 * The text around its first decomposed letter, and that letter spelled out (`ă = a + U+0306`): on screen both
 * forms look the same, so the code points are what shows the difference.
 */
function around(text: string): { shown: string; letter: string } {
  const letters = text.replace(/\s+/g, ' ').match(LETTERS) ?? [];
  const i = letters.findIndex(isDecomposed);
  // -1 when only letters taken together compose (Hangul jamo): the text is still shown, from its start.
  const at = Math.max(0, i);
  const from = Math.max(0, at - BEFORE);
  const to = from + SHOWN;
  const shown = `${from > 0 ? '…' : ''}${letters.slice(from, to).join('')}${to < letters.length ? '…' : ''}`;
  const letter = i < 0 ? '' : `${letters[i].normalize('NFC')} = ${[...letters[i]].map(codePoint).join(' + ')}`;
  return { shown, letter };
}

/**
 * A warning when a text in these answers (of one endpoint) is not composed; undefined when every text is. One
 * finding for all of them, with a few examples spread over the answers.
 */
export function checkComposed(ctx: CheckContext, ...answers: Answer[]): Finding | undefined {
  const m = ctx.t.text;
  const found = answers.map((answer) => ({ answer, texts: decomposedStrings(jsonOf(answer)) })).filter((x) => x.texts.length);
  if (!found.length) return undefined;
  const count = found.reduce((n, x) => n + x.texts.length, 0);
  const each = Math.max(1, Math.floor(EXAMPLES / found.length));
  const base = ctx.http.url('');
  const examples = found
    .flatMap(({ answer, texts }) =>
      texts.slice(0, each).map(({ path, text }) => {
        const { shown, letter } = around(text);
        return m.example(`${answer.url.slice(base.length)} ${path}`, shown, letter);
      }),
    )
    .slice(0, EXAMPLES);
  return warn(m.decomposed(found[0].answer.endpoint, count), { expected: m.expected, actual: examples.join('; '), fix: m.fix });
}
