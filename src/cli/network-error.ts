import type { Lang } from '../api/types.js';
import { conformanceMessages } from '../i18n/messages/conformance.js';

/** Error codes of Node's TLS layer that mean "this certificate is not one a browser would trust". */
const CERTIFICATE_CODE = /^(CERT_|ERR_TLS_CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_)/;
/** Other TLS failures: no HTTPS on that port, or no protocol version or cipher both sides speak. */
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_)/;
/** Error codes of Node's zlib (gzip, deflate) and brotli: a body whose Content-Encoding does not match it. */
const DECODING_CODE = /^(Z_|ERR__ERROR_)/;
/**
 * Failures that can end by themselves (a server restarting, a dropped or slow connection, a resolver that did not
 * answer in time): worth another try. Anything else (a certificate, a host name that does not exist, a redirect
 * loop, a corrupt body) fails the same way on every try.
 */
const TEMPORARY_CODE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
/** Node's fetch gives up after 20 redirects with this error, which has no code. */
const REDIRECT_LOOP = 'redirect count exceeded';

type Cause = { cause?: unknown; code?: string; message?: string; errors?: unknown[] };

/** The errors of Node fetch's `cause` chain and happy-eyeballs AggregateErrors, outermost first. */
function causes(e: unknown): Cause[] {
  const chain: Cause[] = [];
  let cur = e as Cause | undefined;
  for (let i = 0; cur && typeof cur === 'object' && i < 5; i++) {
    chain.push(cur);
    cur = (cur.cause ?? cur.errors?.[0]) as Cause | undefined;
  }
  return chain;
}

export type NetworkFailureKind = 'refused' | 'dns' | 'reset' | 'certificate' | 'tls' | 'redirects' | 'decoding' | 'other';

export interface NetworkFailure {
  kind: NetworkFailureKind;
  /** Whether the same request may succeed later. */
  temporary: boolean;
  code?: string;
  message?: string;
}

/** What kind of failure a request from Node met: decides how it is said, and whether trying again can help. */
export function networkFailure(e: unknown): NetworkFailure {
  const chain = causes(e);
  const withCode = chain.find((c) => c.code);
  // Without a code, the innermost message says the most ("bad port" rather than "fetch failed").
  const { code, message: raw } = withCode ?? chain.at(-1) ?? {};
  // Some TLS errors end in a line break: the reason is said within one line.
  const message = raw?.replace(/\s+/g, ' ').trim();
  const temporary = code !== undefined && TEMPORARY_CODE.has(code);
  const failure = (kind: NetworkFailureKind): NetworkFailure => ({ kind, temporary, code, message });
  if (!withCode && chain.some((c) => c.message === REDIRECT_LOOP)) return failure('redirects');
  if (code === 'ECONNREFUSED') return failure('refused');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return failure('dns');
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') return failure('reset');
  if (code && CERTIFICATE_CODE.test(code)) return failure('certificate');
  if (code && TLS_CODE.test(code)) return failure('tls');
  if (code && DECODING_CODE.test(code)) return failure('decoding');
  return failure('other');
}

/**
 * What to do about a request from Node that got no answer, where its kind says more than the general advice
 * (check the address, DNS, firewall, certificate): undefined otherwise.
 */
export function fixNetworkError(e: unknown, lang: Lang): string | undefined {
  const t = conformanceMessages[lang];
  const { kind } = networkFailure(e);
  // Browsers refuse such a certificate for every page that embeds the widgets: trusting it here would not help.
  if (kind === 'certificate') return t.transport.fixUntrusted;
  if (kind === 'decoding') return t.network.fixDecoding;
  return undefined;
}

/** Why a request from Node got no answer, in a few words. */
export function describeNetworkError(e: unknown, lang: Lang): string {
  const m = conformanceMessages[lang].network;
  const { kind, code, message } = networkFailure(e);
  const detail = `${code}${message && message !== code ? ` (${message})` : ''}`;
  switch (kind) {
    case 'refused':
      return m.refused;
    case 'dns':
      return m.dns;
    case 'reset':
      return m.reset;
    case 'certificate':
    case 'tls':
      return m.tls(detail);
    case 'redirects':
      return m.redirects;
    case 'decoding':
      return m.decoding(detail);
    default:
      return m.other(code ? `${code}: ${message ?? ''}`.trim() : (message ?? String(e)));
  }
}
