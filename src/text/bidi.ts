/**
 * Bidirectional control characters (embeddings, overrides, isolates: U+202A–U+202E, U+2066–U+2069). They have no
 * place in Vietnamese administrative text, and an unterminated override in an API string (a name, a unit) would
 * visually reverse the sentence around it: a spoofing risk. The API client removes them from every answer.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const stripBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');

/**
 * The same for every string in a parsed JSON value (a fresh value; the input is not changed).
 *
 * Objects are rebuilt with `Object.fromEntries`, which defines each own key as a plain property. Assigning
 * (`copy[key] = value`) would treat a `"__proto__"` key from the answer as the copy's prototype, and a fake
 * answer hidden there would pass every shape check.
 */
export function stripBidiControlsDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripBidiControls(value);
  if (Array.isArray(value)) return value.map(stripBidiControlsDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripBidiControlsDeep(v)]));
  }
  return value;
}
