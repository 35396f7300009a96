/**
 * Reading a dossier code as the citizen typed or pasted it. Provinces' formats differ
 * (`000.00.53.H48-220921-0099`, `CNTBD.181121.00334`, …), so the widget does not insist on one: it only rejects
 * what cannot be a code at all, and leaves the rest to the server. The code stays a string throughout.
 */

export type CodeCheck =
  | { ok: true; code: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'characters'; bad: string[]; hasSpace: boolean };

// Zero-width characters that PDFs and chat apps slip into copied text: invisible, never part of a code.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/gu;

// Letters and digits of any script (a code is the server's business), plus the separators codes use.
const CODE_CHAR = /[\p{L}\p{Nd}._\-/]/u;

/**
 * Trims what surrounds a pasted code, drops invisible characters, normalises Unicode (a decomposed letter is one
 * character), and checks the characters. Every character that cannot be part of a code is returned, once each,
 * so the message can name it.
 */
export function checkDossierCode(input: string | null | undefined): CodeCheck {
  // Spaces and line breaks around a pasted code are dropped; spaces inside are reported, not guessed away.
  const code = (input ?? '').normalize('NFC').replace(INVISIBLE, '').trim();
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
