import type { ProcedureQuery, ProcedureSummary } from '../api/types.js';
import { foldedTokens, WORD_BREAK } from '../text/fold.js';

/**
 * The static catalog's search: every word of the query must match the start of a word of a procedure's name,
 * code, domain or agency, regardless of diacritics, đ/Đ, case and NFC/NFD input (the project's own folding,
 * src/text/fold.ts). Ranked by how many query words match in the name, then whether the name holds the query as
 * a phrase, then shorter names first (in letters and digits: a name typed in NFD ranks as in NFC), then the
 * catalog's own order.
 *
 * Built once when `index.json` arrives: every distinct folded word of the catalog goes into one sorted
 * vocabulary, so the words that start with a query word are one contiguous range of ids, found by two binary
 * searches. A procedure then matches a query word when one of its word ids falls in that range: integer
 * comparisons over typed arrays, no string work per procedure at query time. Domain and agency names are shared
 * by many procedures, so each distinct one is checked once per query, not once per procedure.
 */
export interface SearchIndex {
  readonly procedures: readonly ProcedureSummary[];
  /** Distinct folded words, sorted by UTF-16 code units (the order the binary searches assume). */
  readonly vocab: readonly string[];
  /** Word ids of every procedure: its name's words, then its code's; procedure i spans `start[i]`–`start[i+1]`. */
  readonly words: Uint32Array;
  readonly start: Uint32Array;
  /** Where procedure i's name words end and its code words begin. */
  readonly nameEnd: Uint32Array;
  /** Letters and digits in procedure i's name, without marks: the same for a name written in NFC or in NFD. */
  readonly nameLength: Uint32Array;
  /** Word ids of each distinct domain or agency name ("group"). */
  readonly groups: readonly Uint32Array[];
  /** Group of each procedure's domain name, and of its agency name. */
  readonly domainOf: Uint32Array;
  readonly agencyOf: Uint32Array;
}

export function buildSearchIndex(procedures: readonly ProcedureSummary[]): SearchIndex {
  // Folding (Unicode normalisation) is costly and names share most of their words: cut the written text into
  // words first, then fold each distinct written word once (the same words as `foldedTokens` of the whole text).
  const folded = new Map<string, string[]>();
  const tokens = (text: string): string[] => {
    const out: string[] = [];
    for (const raw of text.split(WORD_BREAK)) {
      let f = folded.get(raw);
      if (!f) folded.set(raw, (f = foldedTokens(raw)));
      for (const w of f) out.push(w);
    }
    return out;
  };
  const ids = new Map<string, number>();
  const vocab: string[] = [];
  const idOf = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      id = vocab.push(word) - 1;
      ids.set(word, id);
    }
    return id;
  };
  const groupIds = new Map<string, number>();
  const groupWords: number[][] = [];
  const groupOf = (name: string): number => {
    let g = groupIds.get(name);
    if (g === undefined) {
      g = groupWords.push(tokens(name).map(idOf)) - 1;
      groupIds.set(name, g);
    }
    return g;
  };

  const n = procedures.length;
  const collected: number[] = [];
  const start = new Uint32Array(n + 1);
  const nameEnd = new Uint32Array(n);
  const nameLength = new Uint32Array(n);
  const domainOf = new Uint32Array(n);
  const agencyOf = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const p = procedures[i];
    start[i] = collected.length;
    for (const w of tokens(p.name)) {
      collected.push(idOf(w));
      nameLength[i] += w.length;
    }
    nameEnd[i] = collected.length;
    for (const w of tokens(p.code)) collected.push(idOf(w));
    domainOf[i] = groupOf(p.domain.name);
    agencyOf[i] = groupOf(p.agency.name);
  }
  start[n] = collected.length;

  // Ids were given in order of appearance: renumber them in sorted order.
  const order = vocab.map((_, i) => i).sort((a, b) => (vocab[a] < vocab[b] ? -1 : 1));
  const renumber = new Uint32Array(vocab.length);
  order.forEach((old, sorted) => (renumber[old] = sorted));
  const words = Uint32Array.from(collected, (id) => renumber[id]);
  return {
    procedures,
    vocab: order.map((old) => vocab[old]),
    words,
    start,
    nameEnd,
    nameLength,
    groups: groupWords.map((g) => Uint32Array.from(g, (id) => renumber[id])),
    domainOf,
    agencyOf,
  };
}

/** First index in the sorted vocabulary whose word is not below `word`. */
function lowerBound(vocab: readonly string[], word: string): number {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (vocab[mid] < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Beyond every character a folded word can hold, so `word + AFTER_ALL` bounds the words that start with `word`. */
const AFTER_ALL = '\uffff';

interface QueryWord {
  /** Ids of the vocabulary words that start with this query word: `lo` ≤ id < `hi`. */
  lo: number;
  hi: number;
  /** Id of the word itself, or -1 when it is only ever the start of a longer word. */
  exact: number;
}

const inRange = (id: number, w: QueryWord) => id >= w.lo && id < w.hi;

// Sort keys pack the ranking into one number, so 20,000 matches sort as a Float64Array (numeric, no comparator):
// rank (name misses × 2 + not a phrase) × 2^40 + name length × 2^24 + catalog position. Name lengths are capped
// below 2^16 and positions must stay below 2^24 (16 million procedures): far above any province's catalog.
const RANK = 2 ** 40;
const LENGTH = 2 ** 24;
const MAX_LENGTH = 2 ** 16 - 1;

export type Filters = Pick<ProcedureQuery, 'domain' | 'agency' | 'tier' | 'level'>;

/**
 * Positions (into `index.procedures`) of every procedure that matches `query` and `filters`, best first.
 * An empty query keeps the catalog's order.
 */
export function searchIndex(index: SearchIndex, query: string, filters: Filters = {}): number[] {
  const { procedures, vocab, words, start, nameEnd, nameLength, groups, domainOf, agencyOf } = index;
  const queryWord = (w: string): QueryWord => {
    const lo = lowerBound(vocab, w);
    return { lo, hi: lowerBound(vocab, w + AFTER_ALL), exact: vocab[lo] === w ? lo : -1 };
  };
  // The phrase is the query's words in the order typed, repeats included; each must match once.
  const phrase = foldedTokens(query).map(queryWord);
  const qwords = [...new Set(foldedTokens(query))].map(queryWord);
  // Whether each query word starts a word of each domain or agency name.
  const groupHit = qwords.map((w) => groups.map((g) => g.some((id) => inRange(id, w))));

  const keys = new Float64Array(procedures.length);
  let found = 0;
  for (let i = 0; i < procedures.length; i++) {
    const p = procedures[i];
    if ((filters.domain && p.domain.code !== filters.domain) || (filters.agency && p.agency.code !== filters.agency)) continue;
    if ((filters.tier && p.tier !== filters.tier) || (filters.level && p.level !== filters.level)) continue;
    const from = start[i];
    const mid = nameEnd[i];
    const to = start[i + 1];
    let inName = 0;
    let all = true;
    for (let j = 0; j < qwords.length && all; j++) {
      const w = qwords[j];
      let hit = false;
      for (let k = from; k < mid && !hit; k++) hit = inRange(words[k], w);
      if (hit) {
        inName++;
        continue;
      }
      for (let k = mid; k < to && !hit; k++) hit = inRange(words[k], w);
      all = hit || groupHit[j][domainOf[i]] || groupHit[j][agencyOf[i]];
    }
    if (!all) continue;
    const isPhrase = qwords.length > 0 && inName === qwords.length && hasPhrase(words, from, mid, phrase);
    const rank = (qwords.length - inName) * 2 + (isPhrase || !qwords.length ? 0 : 1);
    keys[found++] = qwords.length ? rank * RANK + Math.min(nameLength[i], MAX_LENGTH) * LENGTH + i : i;
  }
  const sorted = keys.subarray(0, found).sort();
  const order = new Array<number>(found);
  for (let k = 0; k < found; k++) order[k] = sorted[k] % LENGTH;
  return order;
}

/** Whether the name's words hold the phrase: whole words in a row, the last one only begun. */
function hasPhrase(words: Uint32Array, from: number, to: number, phrase: QueryWord[]): boolean {
  const last = phrase.length - 1;
  for (let k = from; k + last < to; k++) {
    let j = 0;
    while (j < last && words[k + j] === phrase[j].exact) j++;
    if (j === last && inRange(words[k + last], phrase[last])) return true;
  }
  return false;
}
