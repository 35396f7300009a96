import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../api/types.js';
import { LANGS } from '../i18n/lang.js';
import { cliMessages } from '../i18n/messages/cli.js';

/** A mistake on the command line: the command prints it with a pointer to --help and exits with status 2. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** 128 + the signal number, as shells report a process ended by Ctrl+C (SIGINT) or SIGTERM. */
export const EXIT_SIGINT = 130;
export const EXIT_SIGTERM = 143;

/** `--lang` as given anywhere on the line (also before a usage error is known), `vi` otherwise. */
export function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return (LANGS as readonly string[]).includes(value ?? '') ? (value as Lang) : 'vi';
}

/** Node's own parser, strict: an unknown or misspelt option is a usage error, not silently ignored. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, lang: Lang) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0] || cliMessages[lang].usage.missingCommand);
  }
}

export function checkLang(value: string | undefined, lang: Lang): Lang {
  if (value === undefined) return 'vi';
  if (!(LANGS as readonly string[]).includes(value)) throw new UsageError(cliMessages[lang].usage.badLang(value));
  return value as Lang;
}

/** An http(s) URL, or a usage error. */
export function checkUrl(value: string | undefined, what: string, lang: Lang): URL {
  const u = cliMessages[lang].usage;
  if (!value) throw new UsageError(u.missing(what));
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(u.badUrl(value));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(u.badUrl(value));
  return url;
}

/** Positive seconds → milliseconds; `fallback` when not given. */
export function checkSeconds(value: string | undefined, name: string, fallbackMs: number, lang: Lang): number {
  if (value === undefined) return fallbackMs;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(cliMessages[lang].usage.badNumber(name, value));
  return Math.round(n * 1000);
}
