// Where the bytes of a built chunk go (`npm run bench` reports the core's): its source map says which source
// each stretch of the minified code came from; each group of sources is then measured as what taking it out would
// save, gzip -9 of the chunk with and without that group's code. (Shares do not add up exactly: gzip finds
// repeats across groups.)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line of a source map's `mappings`: [generated column, source index?] per segment. */
function decodeLine(line, state) {
  const segments = [];
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const values = [];
    let value = 0;
    let shift = 0;
    for (const ch of segment) {
      const digit = B64.indexOf(ch);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    state.column += values[0];
    if (values.length > 1) state.source += values[1];
    segments.push([state.column, values.length > 1 ? state.source : -1]);
  }
  return segments;
}

/** The chunk's code, each character labelled with the group of the source it came from. */
function labelled(file, groupOf) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const out = [];
  const state = { source: 0, column: 0 };
  map.mappings.split(';').forEach((mapping, i) => {
    state.column = 0;
    const text = lines[i] ?? '';
    const segments = decodeLine(mapping, state);
    let group = 'other';
    let at = 0;
    for (const [column, source] of segments) {
      if (column > at) out.push([text.slice(at, column), group]);
      group = source >= 0 ? groupOf(map.sources[source]) : group;
      at = column;
    }
    out.push([`${text.slice(at)}\n`, group]);
  });
  return out;
}

/**
 * `{ totalKB, groups: { name: savedKB } }` for the chunk `file` (with its `.map`); `groups` is a list of
 * `[name, pattern on the source path]`, the first matching wins.
 */
export function breakdown(file, groups) {
  const groupOf = (source) => groups.find(([, pattern]) => pattern.test(source))?.[0] ?? 'other';
  const pieces = labelled(file, groupOf);
  const gz = (text) => gzipSync(text, { level: 9 }).length;
  const all = gz(pieces.map(([t]) => t).join(''));
  const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;
  const result = {};
  for (const name of new Set([...groups.map(([n]) => n), 'other'])) {
    const without = pieces.filter(([, g]) => g !== name);
    if (without.length === pieces.length) continue;
    result[name] = kb(all - gz(without.map(([t]) => t).join('')));
  }
  return { totalKB: kb(all), groups: result };
}

/** The groups of the core chunk, as README's Performance section names them. */
export const CORE_GROUPS = [
  ['Lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['tasks (API jobs of the widgets)', /src\/base\/task(-lifecycle)?\.ts$/],
  ['API client and errors', /src\/api\/(client|errors)\.ts$/],
  ['answer checks and contract vocabulary', /src\/(api\/shape(\/[\w-]+)?|api\/vocabulary|text\/bidi)\.ts$/],
  ['language and common texts', /src\/i18n\//],
  ['base element', /src\/base\//],
  ['tokens and base styles', /src\/theme\//],
  ['dates (Asia/Ho_Chi_Minh)', /src\/time\//],
  ['domain rules', /src\/domain\//],
];
