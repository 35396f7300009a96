/**
 * The API conformance check: what a check is and what it reports. This folder runs anywhere `fetch` does (the
 * `check-api` command in Node, the embed builder in a browser); what only Node can do lives in src/cli.
 */
import type { Lang } from '../api/types.js';
import type { ConformanceMessages } from '../i18n/messages/conformance.js';
import type { Contract } from './contract.js';
import type { Discovery } from './discovery.js';
import type { Http } from './http.js';

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

/** Every check, in the order they run and are reported. */
export const CHECK_IDS = [
  'reachable',
  'transport',
  'cors.preflight.dossier',
  'cors.preflight.feedback',
  'procedures.search',
  'procedures.paging',
  'procedures.filters',
  'procedures.unaccented',
  'procedures.codes',
  'procedures.codes-limit',
  'procedures.detail',
  'procedures.not-found',
  'domains',
  'agencies',
  'stats',
  'errors.validation',
  'dossier.not-found',
  'dossier.lookup',
  'dossier.verifier',
  'feedback.idempotency',
  'feedback.validation',
  'cors.answers',
  'cors.expose-headers',
  'language',
  'caching.catalog',
  'caching.dossier',
  'rate-limit',
  'timing',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

/**
 * Why the run stopped after a check: no answer at all, credentials asked for, a rate limit, the API unavailable,
 * or a web page where the API should be. The checks left out say it.
 */
export type StopReason = 'no-answer' | 'credentials' | 'rate-limited' | 'unavailable' | 'web-page';

/** What a check found. `expected`, `actual` and `fix` say, for a warning or failure, what to change. */
export interface Finding {
  status: CheckStatus;
  message: string;
  expected?: string;
  actual?: string;
  fix?: string;
  /** Nothing after this check can run, and why (the API gave no answer at all, say). Not part of the report. */
  stop?: StopReason;
}

export interface CheckResult extends Finding {
  id: CheckId;
  title: string;
  durationMs: number;
}

export interface RunOptions {
  /** The API base, e.g. `https://dichvucong.example.gov.vn/api/v1` (no trailing slash needed). */
  base: string;
  /** Origin of an embedding site whose CORS is checked (sent as `Origin` where the environment allows). */
  origin?: string;
  /** A real dossier code, for the lookup and verifier checks. */
  dossier?: string;
  /** Its verifier (X-Dossier-Verifier). Never part of any result. */
  verifier?: string;
  /** Whether checks may send data that the API stores (POST /feedback). */
  write: boolean;
  lang: Lang;
  /** Limit of one request, ms. */
  timeoutMs: number;
  /** Limit of the whole run, ms. */
  runLimitMs: number;
  /** An endpoint whose median answer takes longer is reported as slow (SLOW_MEDIAN_MS by default). */
  slowMs?: number;
}

/**
 * What the environment can do. A server-side run (Node) sets any request header (such as `Origin`) and reads
 * every response header; a page in a browser can do neither, so checks that need it are left out there.
 */
export interface Environment {
  fetch: typeof fetch;
  serverSide: boolean;
  /** A short, human description of why a request got no answer (DNS, refused, TLS, CORS…). */
  describeNetworkError?: (error: unknown, lang: Lang) => string;
  /** What to do about such a failure, where its kind says more than "no answer" (an untrusted certificate). */
  fixNetworkError?: (error: unknown, lang: Lang) => string | undefined;
}

export interface CheckContext {
  options: RunOptions;
  env: Environment;
  http: Http;
  contract: Contract;
  discovery: Discovery;
  t: ConformanceMessages;
}

export interface Check {
  id: CheckId;
  /** Needs a server-side environment (see Environment.serverSide). */
  serverSide?: boolean;
  /** Sends data the API stores: runs only with `write`. */
  writes?: boolean;
  /** Needs a dossier code. */
  dossier?: boolean;
  run(ctx: CheckContext): Promise<Finding>;
}

export interface EndpointTiming {
  endpoint: string;
  count: number;
  medianMs: number;
  slowestMs: number;
}

export interface RunReport {
  api: string;
  origin: string | null;
  lang: Lang;
  startedAt: string;
  durationMs: number;
  ok: boolean;
  summary: Record<CheckStatus, number>;
  checks: CheckResult[];
  timings: EndpointTiming[];
}
