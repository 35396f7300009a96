import { conformanceMessages } from '../i18n/messages/conformance.js';
import { PORTABLE_CHECKS } from './checks/index.js';
import { timings } from './checks/headers.js';
import { Contract, type OpenApiDocument } from './contract.js';
import { Discovery } from './discovery.js';
import { fail, skip } from './findings.js';
import { Http, NoAnswer } from './http.js';
import { CHECK_IDS, type Check, type CheckContext, type CheckResult, type CheckStatus, type Environment, type RunOptions, type RunReport, type StopReason } from './types.js';

/** Sent as `Origin` by a server-side run when no embedding site's origin is given (a reserved name). */
export const STAND_IN_ORIGIN = 'https://embedding-site.example';

export interface RunHooks {
  /** Before each check starts. */
  onStart?: (check: Check, index: number, count: number) => void;
  /** After each check. */
  onResult?: (result: CheckResult, index: number, count: number) => void;
}

/** Checks in the report's order (CHECK_IDS), those that need a server-side environment left out elsewhere. */
export function checksFor(env: Environment, extra: readonly Check[] = []): Check[] {
  const all = [...PORTABLE_CHECKS, ...extra];
  return all
    .filter((c) => env.serverSide || !c.serverSide)
    .sort((a, b) => CHECK_IDS.indexOf(a.id) - CHECK_IDS.indexOf(b.id));
}

/**
 * Runs the checks against one API and reports each: pass, warn, fail or skip, and why. `extra` adds checks only
 * some environments can make (the Node command adds CORS preflights and TLS). The run stops early when the API
 * gives no answer at all or none it can be checked by (each check left out says which), and everything left
 * fails when the whole run passes `runLimitMs`.
 */
export async function runConformance(
  options: RunOptions,
  env: Environment,
  spec: OpenApiDocument,
  extra: readonly Check[] = [],
  hooks: RunHooks = {},
): Promise<RunReport> {
  // English is a module of its own (the embed builder in a browser fetches it only when asked in English).
  await conformanceMessages.load(options.lang);
  const t = conformanceMessages[options.lang];
  const started = Date.now();
  const run = new AbortController();
  const limit = setTimeout(() => run.abort(), options.runLimitMs);
  const http = new Http(env.fetch, {
    base: options.base,
    lang: options.lang,
    timeoutMs: options.timeoutMs,
    runSignal: run.signal,
    headers: env.serverSide ? { Origin: options.origin ?? STAND_IN_ORIGIN } : {},
    stepRedirects: env.serverSide,
    describeNetworkError: env.describeNetworkError && ((e) => env.describeNetworkError!(e, options.lang)),
    fixNetworkError: env.fixNetworkError && ((e) => env.fixNetworkError!(e, options.lang)),
  });
  const contract = new Contract(spec, t.contract);
  const ctx: CheckContext = { options, env, http, contract, discovery: new Discovery(http, contract), t };
  const checks = checksFor(env, extra);
  const results: CheckResult[] = [];
  let stopped: StopReason | undefined;
  const runLimit = () => fail(t.common.runLimit(options.runLimitMs / 1000));
  try {
    for (const [i, check] of checks.entries()) {
      hooks.onStart?.(check, i, checks.length);
      const at = performance.now();
      let finding;
      if (run.signal.aborted) finding = runLimit();
      else if (stopped) finding = skip(t.common.skippedStop[stopped]);
      else if (check.writes && !options.write) finding = skip(t.common.skippedWrite);
      else if (check.dossier && !options.dossier) finding = skip(t.common.skippedDossier);
      else {
        try {
          finding = await check.run(ctx);
        } catch (e) {
          finding = e instanceof NoAnswer && e.reason === 'run-limit' ? runLimit() : fail(t.common.crashed(String((e as Error)?.message ?? e)));
        }
        if (finding.status === 'fail' && run.signal.aborted) finding = runLimit();
      }
      const { stop, ...rest } = finding;
      if (stop) stopped = stop;
      const result: CheckResult = { id: check.id, title: t.titles[check.id], ...rest, durationMs: Math.round(performance.now() - at) };
      results.push(result);
      hooks.onResult?.(result, i, checks.length);
    }
  } finally {
    clearTimeout(limit);
  }
  const summary: Record<CheckStatus, number> = { pass: 0, warn: 0, fail: 0, skip: 0 };
  for (const r of results) summary[r.status] += 1;
  return {
    api: options.base,
    origin: options.origin ?? null,
    lang: options.lang,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    ok: summary.fail === 0,
    summary,
    checks: results,
    timings: timings(http.log),
  };
}
