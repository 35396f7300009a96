/**
 * Where the command writes: results on stdout, progress and errors on stderr. Everything passes through
 * `redact`, so a secret given on the command line (the dossier verifier) is not printed, even when an API echoes
 * it back in an error text (see `redactor`).
 */
export class Output {
  private progressShown = false;

  constructor(private readonly redact: (text: string) => string = (t) => t) {}

  out(text: string): void {
    process.stdout.write(this.redact(text));
  }

  err(text: string): void {
    this.endProgress();
    process.stderr.write(this.redact(text));
  }

  /** A progress line: rewritten in place on a terminal, one line each in a log. */
  progress(text: string): void {
    if (process.stderr.isTTY) {
      process.stderr.write(`\r\x1b[K${this.redact(text)}`);
      this.progressShown = true;
    } else {
      process.stderr.write(`${this.redact(text)}\n`);
    }
  }

  endProgress(): void {
    if (this.progressShown) process.stderr.write('\r\x1b[K');
    this.progressShown = false;
  }
}

/**
 * Replaces `secret` in a text wherever it stands as a whole token: not where a letter or digit goes on with it
 * (a letter or digit beside its own first or last one). A short verifier (4 digits of an ID card) is also part of
 * many other numbers, a dossier code's date or a port, which would otherwise be garbled; an API that echoes it
 * writes it apart (`X-Dossier-Verifier: 1234`).
 */
export function redactor(secret: string | undefined): (text: string) => string {
  if (!secret) return (t) => t;
  const mask = '•'.repeat(Math.max(4, secret.length));
  const word = /[\p{L}\p{N}]/u;
  const before = word.test(secret[0]) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = word.test(secret[secret.length - 1]) ? '(?![\\p{L}\\p{N}])' : '';
  const token = new RegExp(`${before}${secret.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}${after}`, 'gu');
  return (t) => t.replace(token, mask);
}

/** The same for every string inside a value (keys included), for JSON output. */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactDeep(v, redact)])) as T;
  }
  return value;
}

/** Colours for a terminal, none in a file or pipe or with NO_COLOR set. */
export function colours(stream: NodeJS.WriteStream) {
  const on = !!stream.isTTY && !process.env.NO_COLOR;
  const wrap = (code: number) => (t: string) => (on ? `\x1b[${code}m${t}\x1b[0m` : t);
  return { green: wrap(32), yellow: wrap(33), red: wrap(31), dim: wrap(2), bold: wrap(1) };
}
