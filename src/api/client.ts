import { stripBidiControlsDeep } from '../text/bidi.js';
import { ApiError } from './errors.js';
import type { Lang, Problem } from './types.js';

export interface ClientOptions {
  /** Base URL of the provincial API, e.g. `https://dichvucong.example.gov.vn/api/v1`. */
  baseUrl: string;
  /** Sent as `Accept-Language`, so the server can answer in the citizen's language. */
  lang: Lang;
  /** Milliseconds before a call fails with a `timeout` error. */
  timeoutMs?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/** A request as the contract describes it; a province's own client maps these to its backend. */
export interface ApiRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/**
 * What every widget talks to: one method that performs a contract request (`path` with its query, relative to
 * the base) and returns the answer after `check` has confirmed its shape. The endpoint functions in
 * `procedures.ts`, `dossiers.ts`, `feedback.ts` and `stats.ts` build on it, so a bundle carries only the
 * endpoints its widgets use. A province whose backend differs supplies its own `DvcApi` through
 * `setApiClientFactory`.
 */
export interface DvcApi {
  request<T>(path: string, check: (json: unknown) => T, opts?: CallOptions, init?: ApiRequest): Promise<T>;
}

/** The contract's problem types, `urn:dvc:problem:<kind>`, each an error kind of its own. */
const PROBLEM_TYPE = 'urn:dvc:problem:';
const PROBLEM_KINDS: readonly string[] = ['not-found', 'validation', 'verifier-required', 'rate-limited'];
/** Without a known problem type, the status decides; any other status is `server`. */
const STATUS_KINDS: Readonly<Record<number, ApiError['kind']>> = { 404: 'not-found', 422: 'validation', 429: 'rate-limited', 503: 'unavailable' };

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Builds a query string with parameters in a fixed order and empty ones left out, so identical searches make
 * byte-identical URLs that an HTTP cache or CDN in front of the API can serve.
 */
export function queryString(params: [string, string | number | undefined | null][]): string {
  const parts = params
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The built-in client for the provincial API contract v1. */
export class ApiClient implements DvcApi {
  readonly baseUrl: string;
  readonly lang: Lang;
  readonly timeoutMs: number;

  constructor(opts: ClientOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, '');
    this.lang = opts.lang;
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async request<T>(path: string, check: (json: unknown) => T, opts: CallOptions = {}, init: ApiRequest = {}): Promise<T> {
    const controller = new AbortController();
    const abort = () => controller.abort();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort();
    }, opts.timeoutMs ?? this.timeoutMs);
    if (opts.signal?.aborted) abort();
    opts.signal?.addEventListener('abort', abort, { once: true });

    let res: Response;
    let text: string;
    try {
      // The time limit covers the whole answer, its body too.
      res = await fetch(this.baseUrl + path, {
        method: init.method ?? 'GET',
        headers: { Accept: 'application/json', 'Accept-Language': this.lang, ...init.headers },
        body: init.body,
        credentials: 'omit',
        mode: 'cors',
        signal: controller.signal,
      });
      text = await res.text();
    } catch (cause) {
      throw timedOut
        ? new ApiError('timeout', 'The API did not answer in time', { cause })
        : controller.signal.aborted
          ? new ApiError('aborted', 'Request cancelled', { cause })
          : new ApiError('network', 'The API could not be reached', { cause });
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', abort);
    }
    if (!res.ok) throw problemError(res, text);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new ApiError('bad-answer', 'The API answered with something that is not JSON', { status: res.status, cause });
    }
    return checkAnswer(stripBidiControlsDeep(json), check, res.status);
  }
}

/** An answer through its `check`: what the check makes of it, or a `bad-answer` error when it does not hold. */
export function checkAnswer<T>(json: unknown, check: (json: unknown) => T, status?: number): T {
  try {
    return check(json);
  } catch (cause) {
    throw new ApiError('bad-answer', `The API answer does not match the contract: ${(cause as Error).message}`, { status, cause });
  }
}

/** A field of a problem answer that must be a string, or undefined. */
const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function problemError(res: Response, text: string): ApiError {
  let problem: Partial<Problem> = {};
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed === 'object') problem = stripBidiControlsDeep(parsed) as Partial<Problem>;
  } catch {
    // A proxy's HTML error page: the status alone decides.
  }
  const type = textOf(problem.type) ?? '';
  const named = type.startsWith(PROBLEM_TYPE) ? type.slice(PROBLEM_TYPE.length) : '';
  const kind = PROBLEM_KINDS.includes(named) ? (named as ApiError['kind']) : (STATUS_KINDS[res.status] ?? 'server');
  const fieldErrors = Array.isArray(problem.errors)
    ? problem.errors.filter((e) => e && typeof e.field === 'string' && typeof e.message === 'string')
    : [];
  return new ApiError(kind, textOf(problem.title) ?? `HTTP ${res.status}`, {
    status: res.status,
    retryAfter: parseRetryAfter(res.headers.get('Retry-After')),
    fieldErrors,
    verifierLabel: textOf(problem.verifierLabel),
    detail: textOf(problem.detail),
  });
}

export type ApiClientFactory = (opts: ClientOptions) => DvcApi;

let factory: ApiClientFactory = (opts) => new ApiClient(opts);

/**
 * Lets a province whose backend differs from the contract plug in its own client for every widget on the page.
 * Call it before the widgets connect.
 */
export function setApiClientFactory(f: ApiClientFactory | null): void {
  factory = f ?? ((opts) => new ApiClient(opts));
}

export const createClient = (opts: ClientOptions): DvcApi => factory(opts);
