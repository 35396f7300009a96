/**
 * Vietnamese text folding: compare text the way citizens type it, without regard to case or diacritics.
 * "Đăng ký", "dang ky", "ĐĂNG KÝ" and a decomposed (NFD) "Đăng ký" all fold to "dang ky". So does "Ðăng ký" with
 * the look-alike Ð (U+00D0, "eth"), which text converted from older Vietnamese encodings carries for Đ; and
 * "ngƣời" with ƣ (U+01A3), which text copied out of PDF documents often carries for ư, folds to "nguoi".
 * Used by the mock server's search and by the widgets' highlighting, so both agree on what matches.
 */

/**
 * What folding removes: combining marks, and the invisible characters that text copied from a word processor or
 * a web page carries inside words (soft hyphen, zero-width space, non-joiner and joiner, byte order mark). Those
 * split nothing on screen, so they split no word here ("si\u00adnh" is "sinh"), and WORD_BREAK leaves them out.
 */
const MARKS_AND_INVISIBLES = /[\u0300-\u036f\xad\u200b-\u200d\ufeff]/g;

/** Folds one string: NFD, combining marks and invisible characters removed, lower case, đ (and ð) → d, ƣ → u. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS_AND_INVISIBLES, '').toLowerCase().replace(/[đð]/g, 'd').replace(/ƣ/g, 'u');
}

/** Splits a query into folded words, dropping empty ones. */
export const foldedWords = (query: string): string[] => fold(query).split(/\s+/).filter(Boolean);

/**
 * What separates words: white space, controls, ASCII punctuation and symbols, Latin-1 punctuation and signs
 * (¡ … ¿, ×, ÷), general punctuation (– — ‘ ’ “ ” … and the like) and CJK punctuation, but not the invisible
 * characters that folding removes (see MARKS_AND_INVISIBLES). Everything else, letters
 * with or without their marks and digits, is part of a word: "đất," is "dat"; "1.001193" is "1" and "001193".
 * Folding never turns a separator into a letter or back, so text can be cut before or after folding alike.
 * (A plain character class: a Unicode property class is several times slower, and this runs on every name.)
 */
export const WORD_BREAK = /[\0-\/:-@[-`{-\xac\xae-\xbf\xd7\xf7\u2000-\u200a\u200e-\u206f\u2e00-\u2e7f\u3000-\u303f]+/;

/**
 * The folded words of a text, split at every character that is neither a letter nor a digit: how the static
 * catalog's search cuts names, codes and queries, and so how its highlighting cuts them too.
 */
export const foldedTokens = (text: string): string[] => fold(text).split(WORD_BREAK).filter(Boolean);

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into segments, marking every place a word of `query` occurs regardless of diacritics and case.
 * Positions are mapped back from the folded text to the original, so the original spelling is what is shown.
 *
 * `wordStart` marks only occurrences at the start of a word, with words cut as `foldedTokens` cuts them: what
 * the static catalog's search matched ("an" marks "An toàn", not the "an" inside "thanh"). Without it, any
 * occurrence is marked, since an API server may match inside words.
 */
export function highlight(text: string, query: string, wordStart = false): Segment[] {
  const source = text.normalize('NFC');
  const words = wordStart ? foldedTokens(query) : foldedWords(query);
  if (!words.length || !source) return [{ text: source, match: false }];

  // Fold character by character, remembering where each folded character came from.
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < source.length; ) {
    const cp = source.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(source.length);

  const marked = new Uint8Array(source.length);
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      if (wordStart && at > 0 && !WORD_BREAK.test(folded[at - 1])) continue;
      const start = origin[at];
      const end = origin[at + word.length];
      marked.fill(1, start, end);
    }
  }

  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= source.length; i++) {
    if (i === source.length || marked[i] !== marked[start]) {
      segments.push({ text: source.slice(start, i), match: marked[start] === 1 });
      start = i;
    }
  }
  return segments;
}
