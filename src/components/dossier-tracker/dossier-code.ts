/**
 * Reading a dossier code as the citizen typed or pasted it. Provinces' formats differ
 * (`000.00.53.H48-220921-0099`, `CNTBD.181121.00334`, …), so the widget does not insist on one: it only rejects
 * what cannot be a code at all, and leaves the rest to the server. The code stays a string throughout.
 */

export type CodeCheck =
  | { ok: true; code: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'characters'; bad: string[]; hasSpace: boolean };

// Characters that show nothing and that PDFs, word processors and chat apps slip into copied text: the soft hyphen
// U+00AD (where a line may break), the Arabic letter and Mongolian vowel marks, zero-width spaces and joiners,
// direction marks and embeddings, the word joiner and invisible operators, variation selectors, the byte-order
// mark (the common part of Unicode's default-ignorable characters; written out, since the property escape
// `\p{Default_Ignorable_Code_Point}` is beyond what the build's baseline check accepts). Never part of a code, and a
// message naming one would ask the citizen to delete what they cannot see.
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufe00-\ufe0f\ufeff]/g;

// Dashes that look like the hyphen-minus a code has (000.00.53.H48-220921-0099), and stand for it: the hyphen and
// non-breaking hyphen of word processors (U+2010, U+2011), the figure and en dashes autocorrect puts in (U+2012,
// U+2013), the minus sign (U+2212), and the small and full-width hyphen-minus of some keyboards (U+FE63, U+FF0D). A
// message would ask the citizen to delete a hyphen the code needs. (Em dash and longer: visibly not a hyphen.)
const HYPHENS = /[\u2010-\u2013\u2212\ufe63\uff0d]/gu;

// Letters and digits of any script (a code is the server's business), plus the separators codes use.
const CODE_CHAR = /[\p{L}\p{Nd}._\-/]/u;

/**
 * Trims what surrounds a pasted code, drops invisible characters, normalises Unicode (a decomposed letter is one
 * character) and hyphen look-alikes (to `-`), and checks the characters. Every character that cannot be part of a code is returned, once each,
 * so the message can name it.
 */
export function checkDossierCode(input: string | null | undefined): CodeCheck {
  // Spaces and line breaks around a pasted code are dropped; spaces inside are reported, not guessed away.
  // Invisible characters go first: one between a letter and its accent would keep them apart.
  const code = (input ?? '').replace(INVISIBLE, '').normalize('NFC').replace(HYPHENS, '-').trim();
  if (!code) return { ok: false, reason: 'empty' };
  const bad = new Set<string>();
  let hasSpace = false;
  for (const ch of code) {
    if (CODE_CHAR.test(ch)) continue;
    if (/\s/u.test(ch)) hasSpace = true;
    else bad.add(ch);
  }
  if (bad.size || hasSpace) return { ok: false, reason: 'characters', bad: [...bad], hasSpace };
  return { ok: true, code };
}

/** A character as a message can show it: visible ones quoted, invisible or control ones by their code point. */
export function showChar(ch: string): string {
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) ? `“${ch}”` : `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
