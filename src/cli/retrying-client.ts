import { setMaxListeners } from 'node:events';
import { parseRetryAfter } from '../api/client.js';
import { decodeUtf8, MAX_BODY_MB, readBody } from '../conformance/http.js';
import { stripBidiControlsDeep } from '../text/bidi.js';
import { networkFailure, type NetworkFailureKind } from './network-error.js';

/** At most this many requests to the API at once: a catalog build must not weigh on the province's API. */
export const CONCURRENCY = 4;
/** Tries per request, the first included. */
export const MAX_ATTEMPTS = 6;
/** First wait after a dropped connection or a server error; doubled on each further try. */
export const BACKOFF_BASE_MS = 500;
/** A Retry-After longer than this ends the run (with a reason) instead of waiting. */
export const MAX_RETRY_AFTER_S = 120;
export const REQUEST_TIMEOUT_MS = 30_000;

/** Why a build stopped, as one line for the person who ran it. */
export class BuildError extends Error {}
/** An answer with a status no other try can change (a 4xx), kept with it for a caller that knows what it means there. */
export class StatusError extends BuildError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}
/** The build was stopped from outside (Ctrl+C, or another request failed). */
export class Stopped extends Error {}

export interface RetryTexts {
  httpStatus(path: string, status: number): string;
  notJson(path: string): string;
  notUtf8(path: string, charset: string | undefined): string;
  badShape(path: string, detail: string): string;
  gaveUp(path: string, reason: string, attempts: number): string;
  timeout(seconds: number): string;
  /** A request failed in a way no other try can change: the reason, and what to do about it. */
  cannotSucceed(path: string, reason: string, kind: NetworkFailureKind): string;
  waitTooLong(path: string, seconds: number): string;
  /** An answer longer than the limit both commands read (MAX_BODY_MB). */
  tooLarge(path: string, megabytes: number): string;
}

export interface RetryEvents {
  /** The API asked to wait (429 or 503): every request pauses. */
  onWait?(seconds: number, status: number, path: string): void;
  /** A request failed in a way worth another try. */
  onRetry?(path: string, reason: string, seconds: number, attempt: number, max: number): void;
}

type Outcome =
  | { kind: 'answer'; status: number; body: Uint8Array; contentType: string | null; retryAfter?: number }
  | { kind: 'no-answer'; reason: string };

/**
 * GETs JSON from the API for a batch job: at most CONCURRENCY requests at once; a 429 or 503 pauses every
 * request for as long as its Retry-After says (or a backoff without one); a failure that can end by itself (a
 * refused or dropped connection, a timeout, a resolver that did not answer, a 5xx) is tried again with
 * exponential backoff; anything else (an untrusted certificate, a redirect loop, a corrupt or non-UTF-8 body,
 * a body past MAX_BODY_MB, a 4xx) ends the build at once with a one-line reason. Answers are read as the widgets
 * read them: without bidirectional control characters (src/text/bidi.ts).
 */
export class RetryingClient {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  private pausedUntil = 0;

  constructor(
    private readonly base: string,
    private readonly signal: AbortSignal,
    private readonly texts: RetryTexts,
    private readonly describe: (e: unknown) => string,
    private readonly events: RetryEvents = {},
  ) {
    // Each request and each wait before a retry listens for the stop: as many as the procedures that failed
    // together (an outage), not a leak. Without this, Node's warning about 11 listeners lands in the output.
    setMaxListeners(0, signal);
  }

  async get<T>(path: string, check: (json: unknown) => T): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.withSlot(() => this.once(path));
      const last = attempt >= MAX_ATTEMPTS;
      if (outcome.kind === 'no-answer') {
        if (last) throw new BuildError(this.texts.gaveUp(path, outcome.reason, attempt));
        const wait = backoff(attempt);
        this.events.onRetry?.(path, outcome.reason, wait / 1000, attempt + 1, MAX_ATTEMPTS);
        await this.sleep(wait);
        continue;
      }
      const { status } = outcome;
      if (status === 429 || status === 503) {
        const seconds = outcome.retryAfter ?? backoff(attempt) / 1000;
        if (seconds > MAX_RETRY_AFTER_S) throw new BuildError(this.texts.waitTooLong(path, seconds));
        if (last) throw new BuildError(this.texts.gaveUp(path, `HTTP ${status}`, attempt));
        this.pausedUntil = Math.max(this.pausedUntil, Date.now() + seconds * 1000);
        this.events.onWait?.(seconds, status, path);
        continue;
      }
      if (status >= 500) {
        if (last) throw new BuildError(this.texts.gaveUp(path, `HTTP ${status}`, attempt));
        const wait = backoff(attempt);
        this.events.onRetry?.(path, `HTTP ${status}`, wait / 1000, attempt + 1, MAX_ATTEMPTS);
        await this.sleep(wait);
        continue;
      }
      if (status < 200 || status > 299) throw new StatusError(this.texts.httpStatus(path, status), status);
      // A body in another encoding (a legacy database driver's Latin-1 or Windows-1252 bytes for "à", "ô"…) is
      // refused rather than written with U+FFFD in place of those letters.
      const { text, notUtf8 } = decodeUtf8(outcome.body);
      if (notUtf8) throw new BuildError(this.texts.notUtf8(path, declaredCharset(outcome.contentType)));
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new BuildError(this.texts.notJson(path));
      }
      try {
        // Cleaned before the check, as the widgets' API client cleans every answer: a code written with a mark the
        // browser removes would name a file (and an index entry) the widgets never ask for.
        return check(stripBidiControlsDeep(json));
      } catch (e) {
        throw new BuildError(this.texts.badShape(path, (e as Error).message));
      }
    }
  }

  /** Runs `fn` in one of the CONCURRENCY slots, after any pause the API asked for. */
  private async withSlot<T>(fn: () => Promise<T>): Promise<T> {
    await this.untilResumed();
    if (this.active < CONCURRENCY) this.active += 1;
    else await new Promise<void>((resolve) => this.queue.push(resolve));
    try {
      await this.untilResumed();
      return await fn();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.active -= 1;
    }
  }

  private async untilResumed(): Promise<void> {
    for (let wait = this.pausedUntil - Date.now(); wait > 0; wait = this.pausedUntil - Date.now()) await this.sleep(wait);
  }

  private async once(path: string): Promise<Outcome> {
    if (this.signal.aborted) throw new Stopped();
    const controller = new AbortController();
    let request: Request;
    try {
      request = new Request(this.base + path, { headers: { Accept: 'application/json', 'Accept-Language': 'vi' }, signal: controller.signal });
    } catch (e) {
      // A request that cannot even be made (an address fetch refuses) would fail the same way on every try.
      throw new BuildError(`${path}: ${this.describe(e)}`);
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, REQUEST_TIMEOUT_MS);
    const stop = () => controller.abort();
    this.signal.addEventListener('abort', stop, { once: true });
    try {
      const res = await fetch(request);
      // Read up to the limit check-api reads: past it the address sends a file, a whole table or a stream that
      // never ends, which would fill the memory until the time limit and then pass for a slow or unreachable API.
      // It sends the same on every try, so the build ends at once.
      const body = await readBody(res);
      if (!body) throw new BuildError(this.texts.tooLarge(path, MAX_BODY_MB));
      return {
        kind: 'answer',
        status: res.status,
        body,
        contentType: res.headers.get('Content-Type'),
        retryAfter: parseRetryAfter(res.headers.get('Retry-After')),
      };
    } catch (e) {
      if (e instanceof BuildError) throw e;
      if (this.signal.aborted) throw new Stopped();
      if (timedOut) return { kind: 'no-answer', reason: this.texts.timeout(REQUEST_TIMEOUT_MS / 1000) };
      const failure = networkFailure(e);
      // A certificate, a redirect loop or a corrupt body fails alike on every try: more tries only delay the reason.
      if (!failure.temporary) throw new BuildError(this.texts.cannotSucceed(path, this.describe(e), failure.kind));
      return { kind: 'no-answer', reason: this.describe(e) };
    } finally {
      clearTimeout(timer);
      this.signal.removeEventListener('abort', stop);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.signal.aborted) return reject(new Stopped());
      const stop = () => {
        clearTimeout(timer);
        reject(new Stopped());
      };
      const timer = setTimeout(() => {
        this.signal.removeEventListener('abort', stop);
        resolve();
      }, ms);
      this.signal.addEventListener('abort', stop, { once: true });
    });
  }
}

/** The charset a Content-Type names, when it is not UTF-8: what the API says it sent instead. */
function declaredCharset(contentType: string | null): string | undefined {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  return charset && !/^utf-?8$/i.test(charset) ? charset : undefined;
}

/** 0.5 s, 1 s, 2 s, 4 s… with up to a quarter more at random, so clients that failed together do not retry together. */
const backoff = (attempt: number): number => {
  const base = BACKOFF_BASE_MS * 2 ** (attempt - 1);
  return Math.round(base + Math.random() * base * 0.25);
};
