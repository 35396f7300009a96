import { queryString } from '../../api/client.js';
import * as shape from '../../api/shape.js';
import { EP } from '../discovery.js';
import { fail, guarded, pass, some, unlessOk, warn } from '../findings.js';
import type { Check } from '../types.js';
import { checkProblem } from './problem.js';
import { checkComposed } from './text.js';

const duplicates = (codes: string[]): string[] => [...new Set(codes.filter((c, i) => codes.indexOf(c) !== i))];

export const domains: Check = {
  id: 'domains',
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.lists;
      const r = await ctx.discovery.domains();
      const bad = unlessOk(ctx.t, r.answer, r.problems, m.expectDomains);
      if (bad) return bad;
      const items = r.value!;
      if (!items.length) return warn(m.domainsEmpty, { expected: m.expectDomains, actual: 'items: []', fix: m.fixDomainsEmpty });
      const twice = duplicates(items.map((d) => d.code));
      if (twice.length) return fail(m.duplicateCodes('/domains'), { expected: m.expectUnique, actual: some(twice), fix: m.fixUnique });
      return checkComposed(ctx, r.answer) ?? pass(m.domainsOk(items.length));
    }),
};

export const agencies: Check = {
  id: 'agencies',
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.lists;
      const r = await ctx.discovery.agencies();
      const bad = unlessOk(ctx.t, r.answer, r.problems, m.expectAgencies);
      if (bad) return bad;
      const items = r.value!;
      if (!items.length) return warn(m.agenciesEmpty, { expected: m.expectAgencies, actual: 'items: []', fix: m.fixAgenciesEmpty });
      const twice = duplicates(items.map((d) => d.code));
      if (twice.length) return fail(m.duplicateCodes('/agencies'), { expected: m.expectUnique, actual: some(twice), fix: m.fixUnique });
      // The tier filter, with a tier that some agency has.
      const tier = items[0].tier;
      const f = await ctx.discovery.fetchChecked(`/agencies${queryString([['tier', tier]])}`, '/agencies', EP.agencies, shape.agencyList);
      const badF = unlessOk(ctx.t, f.answer, f.problems, m.expectAgencies);
      if (badF) return badF;
      const leak = f.value!.find((a) => a.tier !== tier);
      if (leak || !f.value!.length) {
        return fail(m.tierIgnored(tier), {
          expected: m.expectTier(tier),
          actual: leak ? `${leak.code}: tier ${leak.tier}` : 'items: []',
          fix: m.fixTier,
        });
      }
      return checkComposed(ctx, r.answer) ?? pass(m.agenciesOk(items.length, tier, f.value!.length));
    }),
};

export const stats: Check = {
  id: 'stats',
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.lists;
      const whole = await ctx.discovery.fetchChecked('/stats', '/stats', EP.stats, shape.stats);
      const bad = unlessOk(ctx.t, whole.answer, whole.problems, m.expectStats);
      if (bad) return bad;
      const p = whole.value!.procedures;
      if (p.full + p.partial + p.info !== p.total) {
        return warn(m.statsSum, {
          expected: 'procedures.total = full + partial + info',
          actual: `${p.total} ≠ ${p.full} + ${p.partial} + ${p.info}`,
          fix: m.fixStatsSum,
        });
      }
      const agencies = await ctx.discovery.agencies();
      const agency = agencies.value?.[0];
      if (!agency) return checkComposed(ctx, whole.answer) ?? pass(m.statsOkProvince);
      const one = await ctx.discovery.fetchChecked(`/stats${queryString([['agency', agency.code]])}`, '/stats', EP.stats, shape.stats);
      const badOne = unlessOk(ctx.t, one.answer, one.problems, m.expectStatsAgency(agency.code));
      if (badOne) return badOne;
      if (one.value!.agency?.code !== agency.code) {
        return fail(m.statsOtherAgency(agency.code), {
          expected: `agency.code: ${agency.code}`,
          actual: `agency: ${JSON.stringify(one.value!.agency ?? null)}`,
          fix: m.fixStatsAgency,
        });
      }
      return checkComposed(ctx, whole.answer, one.answer) ?? pass(m.statsOk(agency.code));
    }),
};

export const validation: Check = {
  id: 'errors.validation',
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.lists;
      // page=0 is outside the contract (pages count from 1); the widgets never send it.
      const answer = await ctx.http.get('/procedures?page=0&pageSize=10', EP.search);
      if (answer.status >= 200 && answer.status < 300) {
        return warn(m.invalidAccepted, { expected: m.expectValidation, actual: `HTTP ${answer.status}`, fix: m.fixValidation });
      }
      const wrong = checkProblem(ctx, answer, { statuses: [422, 400], type: 'urn:dvc:problem:validation' });
      return wrong ?? pass(m.validationOk(answer.status));
    }),
};
