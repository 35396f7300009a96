/**
 * Where the command writes: results on stdout, progress and errors on stderr. Everything passes through
 * `redact`, so a secret given on the command line (the dossier verifier) can never be printed, even when an API
 * echoes it back in an error text.
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

/** Replaces every occurrence of `secret` in a text. */
export function redactor(secret: string | undefined): (text: string) => string {
  if (!secret) return (t) => t;
  const mask = '•'.repeat(Math.max(4, secret.length));
  return (t) => t.split(secret).join(mask);
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
