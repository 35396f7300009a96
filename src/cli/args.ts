import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../api/types.js';
import { LANGS } from '../i18n/lang.js';
import { cliMessages } from '../i18n/messages/cli.js';

/** A mistake on the command line: the command prints it with a pointer to --help and exits with status 2. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * `--lang` as given anywhere on the line (also before a usage error is known), `vi` otherwise. The last one
 * counts, as for the commands' own parser: `--lang vi check-api … --lang en` loads the English texts it will use.
 */
export function langOf(argv: string[]): Lang {
  let i = argv.length - 1;
  while (i >= 0 && argv[i] !== '--lang' && !argv[i].startsWith('--lang=')) i--;
  const value = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return (LANGS as readonly string[]).includes(value ?? '') ? (value as Lang) : 'vi';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Node's own parser, strict: an unknown or misspelt option is a usage error, not silently ignored. Its errors
 * are in English and say nothing else than their `code`; the argument concerned is found again by a lenient pass
 * over the same line, and said in the commands' language.
 */
export function parse<T extends Options>(argv: string[], options: T, lang: Lang, unknownHint?: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(parseError((e as { code?: string }).code, argv, options, lang, unknownHint));
  }
}

/** `unknownHint`: said after an unknown option that is no misspelling of a known one. */
function parseError(code: string | undefined, argv: string[], options: Options, lang: Lang, unknownHint?: string): string {
  const u = cliMessages[lang].usage;
  let tokens;
  try {
    tokens = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true }).tokens;
  } catch {
    return u.badArguments;
  }
  for (const t of tokens) {
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && t.kind === 'positional') return u.unexpectedArgument(t.value);
    if (t.kind !== 'option') continue;
    const type = Object.hasOwn(options, t.name) ? options[t.name].type : undefined;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && !type) {
      const near = t.rawName.startsWith('--') ? nearestOption(t.name, Object.keys(options)) : undefined;
      return `${u.unknownOption(t.rawName, near)}${!near && unknownHint ? ` ${unknownHint}` : ''}`;
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (type === 'string' && t.value === undefined) return u.missingValue(t.rawName);
      // `--out --api x`: Node takes "--api" for the value of --out only when written --out=--api.
      if (type === 'string' && !t.inlineValue && t.value?.startsWith('-')) return u.dashValue(t.rawName, t.value);
      if (type === 'boolean' && t.value !== undefined) return u.noValue(t.rawName);
    }
  }
  return u.badArguments;
}

/** The option a misspelt name most likely meant (`--orign` → `--origin`), if one is close enough. */
function nearestOption(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(name, k);
    if (d < bestDistance && d <= 2 && d * 2 <= Math.max(name.length, k.length)) [best, bestDistance] = [k, d];
  }
  return best && `--${best}`;
}

/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

export function checkLang(value: string | undefined, lang: Lang): Lang {
  if (value === undefined) return 'vi';
  if (!(LANGS as readonly string[]).includes(value)) throw new UsageError(cliMessages[lang].usage.badLang(value));
  return value as Lang;
}

/**
 * An API's base address, or a usage error. Not with a user name or password (browsers send no such credentials
 * for the widgets, and fetch refuses them outright), nor with a query or fragment (the paths of the contract are
 * added after the address). A password in what was typed is never printed back.
 */
export function checkUrl(value: string | undefined, what: string, lang: Lang): URL {
  const u = cliMessages[lang].usage;
  if (!value) throw new UsageError(u.missing(what));
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(u.badUrl(hideSecrets(value)));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(u.badUrl(hideSecrets(value)));
  const plain = () => {
    const p = new URL(url.href);
    p.username = '';
    p.password = '';
    p.search = '';
    p.hash = '';
    return p.href.replace(/[?#]+$/, '').replace(/\/+$/, '');
  };
  if (url.username || url.password) throw new UsageError(u.credentials(what, plain()));
  // `href`, not `search` and `hash`: these are empty for a lone "?" or "#", which would still break every path.
  if (/[?#]/.test(url.href)) throw new UsageError(u.queryOrFragment(what, plain()));
  return url;
}

/**
 * An address as typed, with what may be a secret masked: anything between "//" and "@" (a user name and
 * password), and anything after "?" or "#" (a key).
 */
export function hideSecrets(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:[/\\]*)[^/\\?#]*@/i, '$1•••@').replace(/([?#])[^]*/, '$1•••');
}

/**
 * The longest wait a timer can make: Node's setTimeout takes a delay above 2^31 − 1 ms (about 24.8 days) for
 * 1 ms, so a larger time limit would end every request, or the whole run, at once.
 */
export const MAX_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/** Positive seconds, at most MAX_SECONDS → milliseconds; `fallback` when not given. */
export function checkSeconds(value: string | undefined, name: string, fallbackMs: number, lang: Lang): number {
  if (value === undefined) return fallbackMs;
  const n = Number(value);
  const u = cliMessages[lang].usage;
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(u.badNumber(name, value));
  if (n > MAX_SECONDS) throw new UsageError(u.tooManySeconds(name, value, MAX_SECONDS));
  return Math.round(n * 1000);
}
