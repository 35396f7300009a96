import * as shape from '../../api/shape.js';
import { EP, UNKNOWN_DOSSIER } from '../discovery.js';
import { fail, guarded, pass, skip, unlessOk } from '../findings.js';
import { jsonOf, type Answer } from '../http.js';
import type { Check, CheckContext, Finding } from '../types.js';
import { checkProblem } from './problem.js';
import { checkComposed } from './text.js';

const VERIFIER_REQUIRED = 'urn:dvc:problem:verifier-required';
const VERIFIER_HEADER = 'X-Dossier-Verifier';

const dossierPath = (code: string) => `/dossiers/${encodeURIComponent(code)}`;

/** A value of the same length that is not the verifier, to see a wrong one refused. Never shown anywhere. */
export function wrongVerifier(verifier: string): string {
  const zeros = verifier.replace(/./gu, '0');
  return zeros === verifier ? verifier.replace(/./gu, '1') : zeros;
}

/**
 * A 403 that asks for the verifier, checked as a problem. Its type is what the tracker acts on: the widgets fall
 * back on the status for a 404, 422, 429 or 503, but a 403 means nothing of its own to them, so with another type
 * the tracker shows a general error and never asks for the verifier. Another type is therefore a failure here,
 * where other problems only warn of it.
 */
function verifierProblem(ctx: CheckContext, answer: Answer): Finding | undefined {
  const m = ctx.t.dossier;
  return checkProblem(ctx, answer, {
    statuses: [403],
    type: VERIFIER_REQUIRED,
    typeRequired: { message: m.verifierType, expected: m.expectRefused, fix: m.fixVerifierType },
  });
}

const lookup = (ctx: CheckContext): Promise<Answer> => ctx.discovery.dossier(dossierPath(ctx.options.dossier!));

/** A dossier answer checked against the contract and the widgets, and for the code asked. */
function dossierProblem(ctx: CheckContext, answer: Answer, code: string) {
  const problems = ctx.contract.problems(answer, '/dossiers/{code}', 'get', shape.dossier);
  const bad = unlessOk(ctx.t, answer, problems, ctx.t.dossier.expectDossier(code));
  if (bad) return bad;
  const got = (jsonOf(answer) as { code: string }).code;
  return got === code ? undefined : fail(ctx.t.dossier.otherCode(code), { expected: `code: ${code}`, actual: `code: ${got}`, fix: ctx.t.dossier.fixCode });
}

export const dossierNotFound: Check = {
  id: 'dossier.not-found',
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.dossier;
      const answer = await ctx.http.get(dossierPath(UNKNOWN_DOSSIER), EP.dossier);
      // Asking for the verifier before saying whether a dossier exists is allowed: it hides which codes exist.
      if (answer.status === 403) {
        return verifierProblem(ctx, answer) ?? pass(m.notFoundAsksVerifier);
      }
      return checkProblem(ctx, answer, { statuses: [404], type: 'urn:dvc:problem:not-found' }) ?? pass(m.notFoundOk);
    }),
};

export const dossierLookup: Check = {
  id: 'dossier.lookup',
  dossier: true,
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.dossier;
      const code = ctx.options.dossier!;
      const answer = await lookup(ctx);
      if (answer.status === 404) {
        return fail(m.lookupNotFound(code), { expected: m.expectDossier(code), actual: 'HTTP 404', fix: m.fixLookupNotFound });
      }
      if (answer.status === 403) {
        const wrong = verifierProblem(ctx, answer);
        if (wrong) return wrong;
        const label = (jsonOf(answer) as { verifierLabel?: unknown }).verifierLabel;
        return pass(typeof label === 'string' && label ? m.asksVerifier(label) : m.asksVerifierNoLabel);
      }
      const bad = dossierProblem(ctx, answer, code);
      if (bad) return bad;
      return checkComposed(ctx, answer) ?? pass(m.lookupOk((jsonOf(answer) as { status: number }).status));
    }),
};

export const dossierVerifier: Check = {
  id: 'dossier.verifier',
  dossier: true,
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.dossier;
      const { dossier: code, verifier } = ctx.options;
      const first = await lookup(ctx);
      if (first.status >= 200 && first.status < 300) return skip(m.noVerifierAsked);
      if (first.status !== 403) return skip(m.needsLookup);
      if (!verifier) return skip(m.giveVerifier);
      const right = await ctx.http.get(dossierPath(code!), EP.dossier, { [VERIFIER_HEADER]: verifier });
      ctx.discovery.dossierAnswers.push(right);
      if (right.status === 403) {
        return fail(m.verifierRefused, { expected: m.expectDossier(code!), actual: 'HTTP 403', fix: m.fixVerifierRefused });
      }
      const bad = dossierProblem(ctx, right, code!);
      if (bad) return bad;
      const wrong = await ctx.http.get(dossierPath(code!), EP.dossier, { [VERIFIER_HEADER]: wrongVerifier(verifier) });
      ctx.discovery.dossierAnswers.push(wrong);
      if (wrong.status >= 200 && wrong.status < 300) {
        return fail(m.wrongVerifierAccepted, { expected: m.expectRefused, actual: `HTTP ${wrong.status}`, fix: m.fixWrongVerifier });
      }
      return verifierProblem(ctx, wrong) ?? checkComposed(ctx, right) ?? pass(m.verifierOk);
    }),
};
