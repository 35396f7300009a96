/**
 * Checks only a server-side run can make: a browser page can neither send an `Origin` header of its choice nor
 * read CORS response headers, and it cannot look at the TLS connection.
 */
import { connect } from 'node:tls';
import { EP, UNKNOWN_DOSSIER } from '../conformance/discovery.js';
import { fail, guarded, pass, some, warn } from '../conformance/findings.js';
import { STAND_IN_ORIGIN } from '../conformance/run.js';
import type { Check, CheckContext, Finding } from '../conformance/types.js';
import { formatDate } from '../time/ho-chi-minh.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A certificate that expires sooner than this is reported. */
export const CERT_WARN_DAYS = 30;

const ACAO = 'Access-Control-Allow-Origin';

/** `localhost`, 127.0.0.0/8 and ::1: where plain http is fine for trying things out. */
export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/**
 * Without `--origin` the CORS checks use a stand-in origin; a gateway may allow only its own list of sites, so
 * there a failure is only a warning, with a note saying how to check for real.
 */
function soften(ctx: CheckContext, f: Finding): Finding {
  if (ctx.options.origin || f.status !== 'fail') return f;
  return { ...f, status: 'warn', message: `${f.message} ${ctx.t.cors.standIn(STAND_IN_ORIGIN)}` };
}

const origin = (ctx: CheckContext) => ctx.options.origin ?? STAND_IN_ORIGIN;
const list = (v: string | null) => (v ?? '').split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);

function tlsInfo(url: URL, timeoutMs: number): Promise<{ authorized: boolean; error?: string; protocol?: string; validTo?: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const servername = /^[\d.]+$/.test(host) || host.includes(':') ? undefined : host;
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port: Number(url.port || 443), servername, rejectUnauthorized: false, timeout: timeoutMs }, () => {
      const cert = socket.getPeerCertificate();
      resolve({
        authorized: socket.authorized,
        error: socket.authorizationError ? String(socket.authorizationError) : undefined,
        protocol: socket.getProtocol() ?? undefined,
        validTo: cert?.valid_to ? Date.parse(cert.valid_to) : undefined,
      });
      socket.end();
    });
    socket.on('timeout', () => socket.destroy(new Error('timeout')));
    socket.on('error', reject);
  });
}

export const transport: Check = {
  id: 'transport',
  serverSide: true,
  async run(ctx) {
    const m = ctx.t.transport;
    const url = new URL(ctx.options.base);
    if (url.protocol === 'http:') {
      if (isLoopback(url.hostname)) return pass(m.loopback);
      return fail(m.plainHttp, { expected: m.expectHttps, actual: url.origin, fix: m.fixHttps });
    }
    let info;
    try {
      info = await tlsInfo(url, ctx.options.timeoutMs);
    } catch (e) {
      return fail(m.tlsFailed((e as Error).message));
    }
    if (!info.authorized) return fail(m.untrusted(info.error ?? '?'), { fix: m.fixUntrusted });
    const until = info.validTo ? new Date(info.validTo).toISOString() : '';
    const days = info.validTo ? Math.floor((info.validTo - Date.now()) / DAY_MS) : Infinity;
    if (days < CERT_WARN_DAYS) return warn(m.expiring(formatDate(until), days), { fix: m.fixExpiring });
    return pass(m.httpsOk(info.protocol ?? 'TLS', formatDate(until), days));
  },
};

/**
 * A preflight as a browser sends it before a request with headers of its own. `required` headers must be
 * allowed; `soft` ones (Accept-Language, which browsers let through for plain values) only warn.
 */
function preflight(id: Check['id'], path: string, endpoint: string, method: string, required: string[], soft: string[]): Check {
  return {
    id,
    serverSide: true,
    run: (ctx) =>
      guarded(ctx.t, async () => {
        const m = ctx.t.cors;
        const all = [...soft, ...required];
        const answer = await ctx.http.request(path, {
          endpoint,
          method: 'OPTIONS',
          noRetry: true,
          noRedirect: true,
          headers: {
            Origin: origin(ctx),
            'Access-Control-Request-Method': method,
            'Access-Control-Request-Headers': all.map((h) => h.toLowerCase()).join(','),
          },
        });
        const expected = m.expectPreflight(origin(ctx), all.join(', '));
        const allowOrigin = answer.headers.get(ACAO);
        const allowed = list(answer.headers.get('Access-Control-Allow-Headers'));
        const show = `HTTP ${answer.status}; ${ACAO}: ${allowOrigin ?? '—'}; Access-Control-Allow-Headers: ${answer.headers.get('Access-Control-Allow-Headers') ?? '—'}`;
        let finding: Finding;
        const location = answer.headers.get('Location');
        if (answer.status >= 300 && answer.status < 400 && location) {
          const to = new URL(location, ctx.http.url(path)).href;
          finding = fail(m.preflightRedirect(endpoint, answer.status, to), { expected, actual: `${show}; Location: ${to}`, fix: m.fixPreflightStatus });
        } else if (answer.status < 200 || answer.status > 299) {
          finding = fail(m.preflightStatus(endpoint, answer.status), { expected, actual: show, fix: m.fixPreflightStatus });
        } else if (!allowOrigin) {
          finding = fail(m.noAllowOrigin(endpoint), { expected, actual: show, fix: m.fixAllowOrigin(origin(ctx)) });
        } else if (allowOrigin.includes(',')) {
          finding = fail(m.answersDuplicate, { expected, actual: show, fix: m.fixAllowOrigin(origin(ctx)) });
        } else if (allowOrigin.trim() !== '*' && allowOrigin.trim() !== origin(ctx)) {
          finding = fail(m.wrongAllowOrigin(endpoint), { expected, actual: show, fix: m.fixAllowOrigin(origin(ctx)) });
        } else {
          const has = (h: string) => allowed.includes('*') || allowed.includes(h.toLowerCase());
          const missing = required.filter((h) => !has(h));
          const missingSoft = soft.filter((h) => !has(h));
          if (missing.length) {
            finding = fail(m.missingHeaders(endpoint, missing.join(', ')), { expected, actual: show, fix: m.fixAllowHeaders(missing.join(', ')) });
          } else if (missingSoft.length) {
            finding = warn(m.missingAcceptLanguage(endpoint), { expected, actual: show, fix: m.fixAllowHeaders(missingSoft.join(', ')) });
          } else {
            finding = pass(m.preflightOk(all.join(', ')));
          }
        }
        return soften(ctx, finding);
      }),
  };
}

export const preflightDossier = preflight(
  'cors.preflight.dossier',
  `/dossiers/${encodeURIComponent(UNKNOWN_DOSSIER)}`,
  EP.preflightDossier,
  'GET',
  ['X-Dossier-Verifier'],
  ['Accept-Language'],
);

export const preflightFeedback = preflight(
  'cors.preflight.feedback',
  '/feedback',
  EP.preflightFeedback,
  'POST',
  ['Content-Type', 'Idempotency-Key', 'X-Challenge-Token'],
  ['Accept-Language'],
);

/**
 * Every answer of the run (errors included: a gateway often adds CORS headers to successes only) allows the
 * embedding site, with one value; a per-site value needs `Vary: Origin` for caches.
 */
export const corsAnswers: Check = {
  id: 'cors.answers',
  serverSide: true,
  async run(ctx) {
    const m = ctx.t.cors;
    const site = origin(ctx);
    const answered = ctx.http.log.filter((x) => x.status && x.headers && x.method !== 'OPTIONS');
    const value = (h: Headers) => h.get(ACAO)?.trim() ?? '';
    const label = (x: (typeof answered)[number]) => `${x.endpoint} ${x.status}`;
    // Each answer against the Origin it was sent with (`null` after a redirect to another origin).
    const refused = answered.filter((x) => {
      const v = value(x.headers!);
      return !v || (!v.includes(',') && v !== '*' && v !== (x.origin ?? site));
    });
    const doubled = answered.filter((x) => value(x.headers!).includes(','));
    let finding: Finding;
    if (refused.length) {
      finding = fail(m.answersMissing, {
        expected: m.expectAnswers(site),
        actual: some([...new Set(refused.map((x) => `${label(x)}: ${value(x.headers!) || '—'}`))], 4),
        fix: m.fixAnswers,
      });
    } else if (doubled.length) {
      finding = fail(m.answersDuplicate, {
        expected: m.expectAnswers(site),
        actual: `${label(doubled[0])}: ${ACAO}: ${value(doubled[0].headers!)}`,
        fix: m.fixAnswers,
      });
    } else {
      const perSite = answered.find((x) => value(x.headers!) === site && !list(x.headers!.get('Vary')).some((v) => v === 'origin' || v === '*'));
      finding = perSite
        ? warn(m.noVaryOrigin, { expected: 'Vary: Origin', actual: `${label(perSite)}: Vary: ${perSite.headers!.get('Vary') ?? '—'}`, fix: m.fixVaryOrigin })
        : pass(m.answersOk(answered.length));
    }
    return soften(ctx, finding);
  },
};

/** Retry-After must be readable by the page: it is not one of the response headers CORS lets through unasked. */
export const exposeHeaders: Check = {
  id: 'cors.expose-headers',
  serverSide: true,
  async run(ctx) {
    const m = ctx.t.cors;
    const answered = ctx.http.log.filter((x) => x.status && x.headers && x.method !== 'OPTIONS');
    const exposes = (h: Headers) => list(h.get('Access-Control-Expose-Headers')).some((v) => v === '*' || v === 'retry-after');
    const limited = answered.filter((x) => x.status === 429 || x.status === 503);
    // Busy answers must expose it; without any, one answer of the run that does is enough.
    const bad = limited.length ? limited.find((x) => !exposes(x.headers!)) : answered.some((x) => exposes(x.headers!)) ? undefined : answered[0];
    if (!bad) return pass(m.exposeOk);
    return warn(m.exposeMissing, {
      expected: 'Access-Control-Expose-Headers: Retry-After',
      actual: `${bad.endpoint} ${bad.status}: Access-Control-Expose-Headers: ${bad.headers!.get('Access-Control-Expose-Headers') ?? '—'}`,
      fix: m.fixExpose,
    });
  },
};

export const NODE_CHECKS: readonly Check[] = [transport, preflightDossier, preflightFeedback, corsAnswers, exposeHeaders];
