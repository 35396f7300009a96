import { parseRetryAfter } from '../../api/client.js';
import { CATALOG_ENDPOINTS, EP, UNKNOWN_CODE } from '../discovery.js';
import { guarded, pass, skip, some, warn } from '../findings.js';
import { jsonOf, type Answer, type Exchange } from '../http.js';
import type { Check, EndpointTiming } from '../types.js';

/** An endpoint whose median answer takes longer than this is slow for a citizen waiting on a phone. */
export const SLOW_MEDIAN_MS = 1000;
/** Any single answer slower than this many medians' worth is reported, whatever the median. */
export const SLOW_SINGLE_FACTOR = 3;

const headerHas = (value: string | null, token: string): boolean =>
  !!value && value.split(',').some((v) => ['*', token.toLowerCase()].includes(v.trim().toLowerCase()));

export const language: Check = {
  id: 'language',
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.language;
      // Two answers whose texts a widget may show: an unknown procedure (404) and invalid parameters (422).
      const paths: [string, string][] = [
        [`/procedures/${encodeURIComponent(UNKNOWN_CODE)}`, EP.procedure],
        ['/procedures?page=0&pageSize=10', EP.search],
      ];
      const text = (a: Answer) => {
        const j = jsonOf(a) as { title?: unknown; detail?: unknown; errors?: unknown } | undefined;
        return j && typeof j === 'object' ? JSON.stringify([j.title, j.detail, j.errors]) : a.text;
      };
      const lang = (a: Answer) => (a.headers.get('Content-Language') ?? '').trim().toLowerCase();
      let seen: [Answer, Answer] | undefined;
      for (const [path, endpoint] of paths) {
        const vi = await ctx.http.get(path, endpoint, { 'Accept-Language': 'vi' });
        const en = await ctx.http.get(path, endpoint, { 'Accept-Language': 'en' });
        seen ??= [vi, en];
        if (text(vi) === text(en) && !(lang(vi).startsWith('vi') && lang(en).startsWith('en'))) continue;
        if (ctx.env.serverSide && !headerHas(en.headers.get('Vary'), 'Accept-Language')) {
          return warn(m.noVary, { expected: 'Vary: Accept-Language', actual: `${endpoint} ${en.status}: Vary: ${en.headers.get('Vary') ?? '—'}`, fix: m.fixVary });
        }
        return pass(m.ok);
      }
      const [vi, en] = seen!;
      return warn(m.ignored, { expected: m.expected, actual: m.same(lang(vi) || '—', lang(en) || '—'), fix: m.fix });
    }),
};

/** Seconds a shared cache or the browser may keep an answer, from Cache-Control; 0 when it may not. */
export function freshFor(cacheControl: string | null): number {
  if (!cacheControl) return 0;
  const d = cacheControl.toLowerCase();
  if (/\b(no-store|no-cache|private)\b/.test(d)) return 0;
  const age = /\bs-maxage=(\d+)/.exec(d) ?? /\bmax-age=(\d+)/.exec(d);
  return age ? Number(age[1]) : 0;
}

const firstOk = (log: Exchange[], endpoint: string) => log.find((x) => x.endpoint === endpoint && x.status === 200 && x.headers);

export const cachingCatalog: Check = {
  id: 'caching.catalog',
  run: async ({ http, t }) => {
    const m = t.caching;
    const seen = CATALOG_ENDPOINTS.map((e) => firstOk(http.log, e)).filter((x) => x !== undefined);
    if (!seen.length) return skip(m.nothingSeen);
    const uncached = seen.filter((x) => freshFor(x.headers!.get('Cache-Control')) === 0);
    if (uncached.length) {
      return warn(m.notCacheable(uncached.map((x) => x.endpoint).join(', ')), {
        expected: m.expectCache,
        actual: some(uncached.map((x) => `${x.endpoint}: Cache-Control: ${x.headers!.get('Cache-Control') ?? '—'}`), 5),
        fix: m.fixCache,
      });
    }
    const ages = seen.map((x) => freshFor(x.headers!.get('Cache-Control')));
    return pass(m.catalogOk(Math.min(...ages), Math.max(...ages)));
  },
};

export const cachingDossier: Check = {
  id: 'caching.dossier',
  dossier: true,
  run: async ({ discovery, t }) => {
    const m = t.caching;
    const answers = discovery.dossierAnswers;
    if (!answers.length) return skip(m.noDossier);
    const open = answers.filter((a) => !/\b(no-store|private)\b/i.test(a.headers.get('Cache-Control') ?? ''));
    if (open.length) {
      return warn(m.dossierCacheable, {
        expected: 'Cache-Control: no-store',
        actual: `HTTP ${open[0].status}, Cache-Control: ${open[0].headers.get('Cache-Control') ?? '—'}`,
        fix: m.fixDossier,
      });
    }
    return pass(m.dossierOk);
  },
};

export const rateLimit: Check = {
  id: 'rate-limit',
  run: async ({ http, t }) => {
    const m = t.rateLimit;
    const limited = http.log.filter((x) => (x.status === 429 || x.status === 503) && x.headers);
    if (!limited.length) return pass(m.noneSeen);
    const bare = limited.filter((x) => parseRetryAfter(x.headers!.get('Retry-After')) === undefined);
    if (bare.length) {
      return warn(m.noRetryAfter, {
        expected: 'Retry-After: <seconds>',
        actual: some(bare.map((x) => `${x.endpoint}: HTTP ${x.status}`)),
        fix: m.fix,
      });
    }
    return pass(m.ok(limited.length));
  },
};

/** Median and slowest time per endpoint, over every answered request of the run. */
export function timings(log: Exchange[]): EndpointTiming[] {
  const by = new Map<string, number[]>();
  for (const x of log) {
    // A redirect is part of the answer it leads to, whose time counts from the first request.
    if (!x.status || x.redirect) continue;
    const key = `${x.endpoint}`;
    by.set(key, [...(by.get(key) ?? []), x.ms]);
  }
  return [...by].map(([endpoint, list]) => {
    const sorted = [...list].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    return { endpoint, count: list.length, medianMs: Math.round(median), slowestMs: Math.round(sorted[sorted.length - 1]) };
  });
}

export const timing: Check = {
  id: 'timing',
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.timing;
      const list = timings(ctx.http.log);
      if (!list.length) return skip(m.nothing);
      const median = ctx.options.slowMs ?? SLOW_MEDIAN_MS;
      const single = median * SLOW_SINGLE_FACTOR;
      const slow = list.filter((x) => x.medianMs > median || x.slowestMs > single);
      if (slow.length) {
        return warn(m.slow(slow.map((x) => x.endpoint).join(', ')), {
          expected: m.expected(median, single),
          actual: slow.map((x) => m.line(x)).join('; '),
          fix: m.fix,
        });
      }
      const worst = list.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
      return pass(m.ok(worst));
    }),
};
