import type { Lang } from '../api/types.js';
import { conformanceMessages } from '../i18n/messages/conformance.js';

/** Error codes of Node's TLS layer that mean "this certificate is not one a browser would trust". */
const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_)/;

/** The innermost error with a code, through Node fetch's `cause` chain and happy-eyeballs AggregateErrors. */
function rootCause(e: unknown): { code?: string; message?: string } {
  let cur = e as { cause?: unknown; code?: string; message?: string; errors?: unknown[] } | undefined;
  for (let i = 0; cur && i < 5; i++) {
    if (cur.code) return cur;
    cur = (cur.cause ?? cur.errors?.[0]) as typeof cur;
  }
  return (e as { message?: string }) ?? {};
}

/** Why a request from Node got no answer, in a few words. */
export function describeNetworkError(e: unknown, lang: Lang): string {
  const m = conformanceMessages[lang].network;
  const { code, message } = rootCause(e);
  if (code === 'ECONNREFUSED') return m.refused;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return m.dns;
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') return m.reset;
  if (code && TLS_CODE.test(code)) return m.tls(`${code}${message && message !== code ? ` (${message})` : ''}`);
  return m.other(code ? `${code}: ${message ?? ''}`.trim() : (message ?? String(e)));
}
