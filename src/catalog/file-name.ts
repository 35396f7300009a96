/**
 * The file of one procedure in a static catalog folder: `procedures/{name}.json`, where `name` comes from the
 * procedure code by the rule below. The catalog command writes these files and the widgets compute the same URL,
 * so both sides import this one function.
 *
 * Rule: a code made of ASCII letters, digits, `.`, `-` and `_` is its own name (every official code, e.g.
 * `1.001193` or `1.001193.000.00.00.H56`, so for them the name equals `encodeURIComponent(code)`). Any other
 * character, a leading `.`, and `~` itself are written as `~` followed by the two upper-case hex digits of each
 * of their UTF-8 bytes. Why not plain `encodeURIComponent`: web servers decode `%2F` back into `/` (a code with a
 * slash would point into a sub-folder), `*` and `:` are not allowed in Windows file names, and a leading dot
 * makes a hidden file that many servers refuse to serve. The result uses only characters that need no escaping
 * in a URL and are allowed by every file system, and two different codes never share a name.
 * A name that Windows reserves for a device (`CON`, `NUL`, `COM1`…, with any extension) has its first letter
 * escaped as well.
 */

const PLAIN = /^[A-Za-z0-9._-]$/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

const escapeChar = (ch: string): string =>
  Array.from(new TextEncoder().encode(ch), (b) => `~${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

export function procedureFileName(code: string): string {
  let name = '';
  for (const ch of code) name += PLAIN.test(ch) ? ch : escapeChar(ch);
  if (name.startsWith('.') || WINDOWS_DEVICE.test(name)) name = escapeChar(name[0]) + name.slice(1);
  return name;
}

/** Path of a procedure's file relative to the catalog folder (also its URL relative to the folder's URL). */
export const procedureFilePath = (code: string): string => `procedures/${procedureFileName(code)}.json`;

/** The catalog's index file, relative to the folder. */
export const CATALOG_INDEX = 'index.json';

/** The catalog layout version this code reads and writes. */
export const CATALOG_VERSION = 1;
