import type { FieldError } from './types.js';

/**
 * Every way a call to the API can fail, as one closed set, so each widget can say something precise to the
 * citizen instead of "error".
 * - `not-found`, `validation`, `verifier-required`, `rate-limited`: the problem types of the contract.
 * - `unavailable`: 503 (may carry Retry-After).
 * - `server`: any other error status or unknown problem type.
 * - `network`: the request never got an answer (offline, DNS, CORS).
 * - `timeout`: no answer within the client's time limit.
 * - `bad-answer`: an answer that is not JSON, or not the shape the contract promises.
 * - `aborted`: the caller cancelled; widgets ignore it.
 */
export type ApiErrorKind =
  | 'not-found'
  | 'validation'
  | 'verifier-required'
  | 'rate-limited'
  | 'unavailable'
  | 'server'
  | 'network'
  | 'timeout'
  | 'bad-answer'
  | 'aborted';

export interface ApiErrorInit {
  status?: number;
  /** Seconds to wait, from a Retry-After header. */
  retryAfter?: number;
  fieldErrors?: FieldError[];
  verifierLabel?: string;
  detail?: string;
  cause?: unknown;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly retryAfter?: number;
  readonly fieldErrors: FieldError[];
  readonly verifierLabel?: string;
  readonly detail?: string;

  constructor(kind: ApiErrorKind, message: string, init: ApiErrorInit = {}) {
    super(message, { cause: init.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = init.status;
    this.retryAfter = init.retryAfter;
    this.fieldErrors = init.fieldErrors ?? [];
    this.verifierLabel = init.verifierLabel;
    this.detail = init.detail;
  }

  /** Whether trying the same request again may help (as opposed to changing the input). */
  get retryable(): boolean {
    return ['rate-limited', 'unavailable', 'server', 'network', 'timeout', 'bad-answer'].includes(this.kind);
  }
}

export const isAbort = (e: unknown): boolean => e instanceof ApiError && e.kind === 'aborted';

/** Turns anything thrown into an ApiError, so widgets deal with one type only. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError('bad-answer', e instanceof Error ? e.message : String(e), { cause: e });
}
