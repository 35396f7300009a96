import { parseRetryAfter } from '../api/client.js';
import type { Environment } from './types.js';

/** One answer as the checks see it: the whole body read, its time measured. */
export interface Answer {
  endpoint: string;
  url: string;
  status: number;
  headers: Headers;
  /** Media type without parameters, lower case (`application/problem+json`), or '' when absent. */
  mediaType: string;
  text: string;
  /**
   * The body's bytes are not UTF-8 (a legacy database driver's Latin-1, say): `text` then holds U+FFFD where they
   * were, as browsers decode every JSON answer as UTF-8 whatever its charset, and the widgets would show it.
   */
  notUtf8?: boolean;
  ms: number;
  /** The final URL when the answer came through a redirect. */
  redirectedTo?: string;
}

/** Every request the run made (answered or not), for the checks that look across all of them. */
export interface Exchange {
  endpoint: string;
  method: string;
  status: number;
  headers: Headers | null;
  ms: number;
  /** Set for a request made again after a 429 or 503. */
  retry?: boolean;
  /** A redirect on the way to an answer (followed one by one): one more answer for CORS, not a timing of its own. */
  redirect?: boolean;
  /** The `Origin` sent, where it was not the run's: `null` after a redirect to another origin, as browsers send. */
  origin?: string;
}

export type NoAnswerReason = 'network' | 'timeout' | 'run-limit' | 'redirects' | 'too-large';

/**
 * The most of one answer's body either command reads (check-api here, the catalog command through `readBody`).
 * The contract's largest answers (a page of 100 procedures, a province's agencies) weigh tens or hundreds of KB;
 * past this, the address sends something else (a file, a whole table, a stream that never ends), and reading on
 * would only fill the memory until the time limit.
 */
export const MAX_BODY_MB = 16;
export const MAX_BODY_BYTES = MAX_BODY_MB * 1024 * 1024;

/** A request that got no HTTP answer at all. */
export class NoAnswer extends Error {
  readonly reason: NoAnswerReason;
  readonly detail: string;
  readonly endpoint: string;
  /** What to do, where the failure says more than its reason does (an untrusted certificate, say). */
  readonly fix?: string;
  constructor(reason: NoAnswerReason, endpoint: string, detail = '', cause?: unknown, fix?: string) {
    super(`${endpoint}: ${reason} ${detail}`, { cause });
    this.reason = reason;
    this.endpoint = endpoint;
    this.detail = detail;
    this.fix = fix;
  }
}

export interface CallInit {
  endpoint: string;
  method?: 'GET' | 'POST' | 'OPTIONS';
  headers?: Record<string, string>;
  body?: string;
  /** Do not make the request again after a 429 or 503 (the caller wants to see that answer). */
  noRetry?: boolean;
  /** Take a redirect as the answer instead of following it (a preflight: browsers never follow one). */
  noRedirect?: boolean;
}

/** Statuses that redirect, when they carry a Location. */
const REDIRECTS = [301, 302, 303, 307, 308];
/** Request headers that describe a body: browsers drop them when a redirect turns the request into a GET. */
const BODY_HEADERS = /^content-/i;

/** Where a redirect goes: an http(s) address, or undefined (then the redirect itself is the answer). */
function redirectTarget(location: string | null, from: string): string | undefined {
  if (!location) return undefined;
  try {
    const to = new URL(location, from);
    return to.protocol === 'http:' || to.protocol === 'https:' ? to.href : undefined;
  } catch {
    return undefined;
  }
}
/** Redirects followed for one request before it counts as unanswered (as browsers do, at 20). */
const MAX_REDIRECTS = 20;

/** Longest Retry-After the run waits for before it tries once more; a longer one is reported as it is. */
export const MAX_RETRY_WAIT_S = 10;
/** Wait after a 429 or 503 without Retry-After, before the one more try. */
export const DEFAULT_RETRY_WAIT_S = 1;

export function mediaTypeOf(headers: Headers): string {
  return (headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
}

export interface HttpOptions {
  base: string;
  lang: string;
  timeoutMs: number;
  /** Aborted when the whole run reaches its limit. */
  runSignal: AbortSignal;
  /** Headers sent with every request (a server-side run sends `Origin` here). */
  headers?: Record<string, string>;
  /**
   * Follow redirects one by one, logging each (a server-side run): a browser follows a redirect for the widgets
   * only when the redirect itself allows the embedding site (CORS), so each hop is an answer the CORS checks read.
   * A page cannot see the hops; there the browser follows them, or refuses, by itself.
   */
  stepRedirects?: boolean;
  describeNetworkError?: (error: unknown) => string;
  fixNetworkError?: (error: unknown) => string | undefined;
}

/**
 * The run's HTTP client: plain `fetch` as the widgets use it (no credentials, `Accept-Language`), a time limit
 * per request, one more try after a 429 or 503 (waiting as asked), and a log of every exchange.
 */
export class Http {
  readonly log: Exchange[] = [];
  private readonly base: string;

  constructor(
    private readonly fetchFn: Environment['fetch'],
    private readonly opts: HttpOptions,
  ) {
    this.base = opts.base.replace(/\/+$/, '');
  }

  url(path: string): string {
    return this.base + path;
  }

  async request(path: string, init: CallInit): Promise<Answer> {
    const first = await this.once(path, init, false);
    if ((first.status === 429 || first.status === 503) && !init.noRetry) {
      const asked = parseRetryAfter(first.headers.get('Retry-After'));
      const wait = asked ?? DEFAULT_RETRY_WAIT_S;
      if (wait <= MAX_RETRY_WAIT_S) {
        await this.sleep(wait * 1000, init.endpoint);
        return this.once(path, init, true);
      }
    }
    return first;
  }

  get(path: string, endpoint: string, headers?: Record<string, string>): Promise<Answer> {
    return this.request(path, { endpoint, headers });
  }

  private async once(path: string, init: CallInit, retry: boolean): Promise<Answer> {
    const method = init.method ?? 'GET';
    const { runSignal } = this.opts;
    if (runSignal.aborted) throw new NoAnswer('run-limit', init.endpoint);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.opts.timeoutMs);
    const onRunEnd = () => controller.abort();
    runSignal.addEventListener('abort', onRunEnd, { once: true });
    const started = performance.now();
    const url = this.url(path);
    const step = !!(this.opts.stepRedirects || init.noRedirect);
    try {
      let at = url;
      let sent = { method: method as string, body: init.body };
      let headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': this.opts.lang, ...this.opts.headers, ...init.headers };
      for (let hops = 0; ; hops++) {
        const res = await this.fetchFn(at, {
          method: sent.method,
          headers,
          body: sent.body,
          credentials: 'omit',
          mode: 'cors',
          cache: 'no-store',
          redirect: step ? 'manual' : 'follow',
          signal: controller.signal,
        });
        const bytes = await readBody(res);
        if (!bytes) throw new NoAnswer('too-large', init.endpoint, String(MAX_BODY_MB));
        const ms = performance.now() - started;
        const next = step && !init.noRedirect && REDIRECTS.includes(res.status) ? redirectTarget(res.headers.get('Location'), at) : undefined;
        const sentOrigin = headers.Origin !== this.opts.headers?.Origin ? { origin: headers.Origin } : {};
        this.log.push({ endpoint: init.endpoint, method: sent.method, status: res.status, headers: res.headers, ms, retry, ...(next && { redirect: true }), ...sentOrigin });
        if (next) {
          // Redirects that never end in an answer: a loop, as a gateway and the system behind it can make.
          if (hops >= MAX_REDIRECTS) throw new NoAnswer('redirects', init.endpoint, at);
          // As browsers do: a 303, or a 301/302 after a POST, is followed by a GET without the body.
          if (res.status === 303 || ((res.status === 301 || res.status === 302) && sent.method === 'POST')) {
            sent = { method: 'GET', body: undefined };
            headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !BODY_HEADERS.test(name)));
          }
          // Once a redirect leads to another origin, browsers send `Origin: null` for the rest of the way, and
          // only an answer allowing `*` (or `null`) is let through to the page.
          if (headers.Origin && new URL(next).origin !== new URL(at).origin) headers = { ...headers, Origin: 'null' };
          at = next;
          continue;
        }
        const { text, notUtf8 } = decodeUtf8(bytes);
        return {
          endpoint: init.endpoint,
          url,
          status: res.status,
          headers: res.headers,
          mediaType: mediaTypeOf(res.headers),
          text,
          ...(notUtf8 && { notUtf8 }),
          ms,
          redirectedTo: res.redirected ? res.url : at !== url ? at : undefined,
        };
      }
    } catch (e) {
      const ms = performance.now() - started;
      this.log.push({ endpoint: init.endpoint, method, status: 0, headers: null, ms, retry });
      if (e instanceof NoAnswer) throw e;
      if (runSignal.aborted) throw new NoAnswer('run-limit', init.endpoint, '', e);
      if (timedOut) throw new NoAnswer('timeout', init.endpoint, '', e);
      const detail = this.opts.describeNetworkError?.(e) ?? String((e as Error)?.message ?? e);
      throw new NoAnswer('network', init.endpoint, detail, e, this.opts.fixNetworkError?.(e));
    } finally {
      clearTimeout(timer);
      runSignal.removeEventListener('abort', onRunEnd);
    }
  }

  /**
   * Waits `ms` from now, really: a timer can fire a little early (event loops measure time from the start of
   * their turn), and a Retry-After is a minimum.
   */
  private async sleep(ms: number, endpoint: string): Promise<void> {
    const until = performance.now() + ms;
    for (let left = ms; left > 0; left = until - performance.now()) {
      await new Promise<void>((resolve, reject) => {
        const { runSignal } = this.opts;
        const done = () => {
          clearTimeout(timer);
          reject(new NoAnswer('run-limit', endpoint));
        };
        const timer = setTimeout(() => {
          runSignal.removeEventListener('abort', done);
          resolve();
        }, Math.ceil(left));
        runSignal.addEventListener('abort', done, { once: true });
      });
    }
  }
}

/** A response's body, or undefined (its reading cancelled) as soon as it is longer than `max` bytes. */
export async function readBody(res: Response, max = MAX_BODY_BYTES): Promise<Uint8Array | undefined> {
  // Said in advance: not a byte of it is read.
  if (Number(res.headers.get('Content-Length')) > max) {
    void res.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/**
 * A body as text, as `Response.text()` reads it (a UTF-8 BOM dropped), and whether its bytes were UTF-8 at all:
 * JSON is UTF-8 (RFC 8259), and browsers read it as nothing else. Shared by both commands.
 */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): { text: string; notUtf8: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notUtf8: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), notUtf8: true };
  }
}

/** The parsed JSON body, or undefined when it is not JSON. */
export function jsonOf(answer: Answer): unknown {
  try {
    return JSON.parse(answer.text);
  } catch {
    return undefined;
  }
}
