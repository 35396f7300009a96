import { queryString } from '../../api/client.js';
import { MAX_CODES_PER_REQUEST } from '../../api/procedures.js';
import * as shape from '../../api/shape.js';
import type { Page, ProcedureSummary } from '../../api/types.js';
import { fold } from '../../text/fold.js';
import { EP, MAX_PAGE_SIZE, UNKNOWN_CODE, unknownCode } from '../discovery.js';
import { fail, guarded, pass, skip, some, unlessOk, warn } from '../findings.js';
import { NoAnswer, type Answer } from '../http.js';
import type { Check, CheckContext, Finding } from '../types.js';
import { checkProblem } from './problem.js';
import { checkComposed } from './text.js';

/** At least this many unknown codes go into the `codes=` check, so "unknown codes are absent" is tested. */
const UNKNOWN_IN_CODES = 10;
/** How many procedures' details are fetched. */
const DETAILS_CHECKED = 3;
/**
 * How many pages (of 100) of a search are read for the procedure sought. A name's words are common ("đăng ký",
 * "giấy phép"): a search that matches any of them, in an order other than relevance, puts the procedure hundreds
 * of results on. Past this, the check cannot tell whether it is found.
 */
const SEARCH_PAGES = 5;

type Summaries = Page<ProcedureSummary>;

/** The first page (100) of procedures, or a skip finding when it is missing or empty. */
async function listOrSkip(ctx: CheckContext): Promise<Summaries | Finding> {
  const list = await ctx.discovery.procedures();
  if (!list.value) return skip(ctx.t.procedures.needsList);
  if (!list.value.items.length) return skip(ctx.t.procedures.needsOne);
  return list.value;
}
const isFinding = (x: Summaries | Finding): x is Finding => 'status' in x && typeof x.status === 'string';

/** The search's page size unless the webmaster sets `page-size` (SPEC section 4). */
const WIDGET_PAGE_SIZE = 10;

/** `GET /procedures…` checked; the page when the contract and the widgets accept it. */
async function page(ctx: CheckContext, path: string) {
  const r = await ctx.discovery.fetchChecked(path, '/procedures', EP.search, shape.procedurePage);
  return { ...r, bad: unlessOk(ctx.t, r.answer, r.problems, ctx.t.procedures.expectPage) };
}

export const search: Check = {
  id: 'procedures.search',
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.procedures;
      const r = await page(ctx, '/procedures?page=1&pageSize=10');
      if (r.bad) return r.bad;
      const { total, items } = r.value!;
      if (total === 0 || items.length === 0) {
        return fail(m.empty, { expected: m.expectSome, actual: `total: ${total}, items: ${items.length}`, fix: m.fixEmpty });
      }
      if (total < items.length) {
        return fail(m.totalTooSmall, { expected: m.expectTotal, actual: `total: ${total}, items: ${items.length}`, fix: m.fixPaging });
      }
      // The widest page (100) holds the most texts; a fault of that request is the paging check's to report.
      const wide = await ctx.discovery.procedures().catch((e: unknown) => {
        if (e instanceof NoAnswer) return undefined;
        throw e;
      });
      return checkComposed(ctx, wide?.value ? wide.answer : r.answer) ?? pass(m.searchOk(total));
    }),
};

export const paging: Check = {
  id: 'procedures.paging',
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.procedures;
      const list = await listOrSkip(ctx);
      if (isFinding(list)) return list;
      if (list.total < 2) return skip(m.pagingTooFew);
      const issues: string[] = [];
      const wantFirst = Math.min(MAX_PAGE_SIZE, list.total);
      if (list.items.length !== wantFirst) issues.push(m.gotItems(`pageSize=${MAX_PAGE_SIZE}`, list.items.length, wantFirst));
      const a = await page(ctx, '/procedures?page=1&pageSize=1');
      const b = await page(ctx, '/procedures?page=2&pageSize=1');
      const three = Math.min(3, list.total);
      const c = await page(ctx, `/procedures?page=1&pageSize=${three}`);
      for (const [r, label, want, pageNo, size] of [
        [a, 'page=1&pageSize=1', 1, 1, 1],
        [b, 'page=2&pageSize=1', 1, 2, 1],
        [c, `page=1&pageSize=${three}`, three, 1, three],
      ] as const) {
        if (r.bad) return r.bad;
        const v = r.value!;
        if (v.items.length !== want) issues.push(m.gotItems(label, v.items.length, want));
        if (v.page !== pageNo || v.pageSize !== size) issues.push(m.echo(label, v.page, v.pageSize));
        if (v.total !== list.total) issues.push(m.totalChanged(label, v.total, list.total));
      }
      if (a.value!.items[0] && b.value!.items[0] && a.value!.items[0].code === b.value!.items[0].code) {
        issues.push(m.samePage(a.value!.items[0].code));
      }
      // Page 2 at the widgets' page size and at the catalog command's: an order that is not unique (sorted by
      // name alone, say) lets the database hand back a procedure on two pages, and leave another on none.
      const overlaps: string[] = [];
      for (const size of [WIDGET_PAGE_SIZE, MAX_PAGE_SIZE]) {
        if (list.total <= size) continue;
        const second = await page(ctx, `/procedures?page=2&pageSize=${size}`);
        if (second.bad) return second.bad;
        const first = new Set((size === MAX_PAGE_SIZE ? list.items : list.items.slice(0, size)).map((p) => p.code));
        const again = second.value!.items.find((p) => first.has(p.code));
        if (again) overlaps.push(m.overlap(size, again.code));
      }
      if (issues.length || overlaps.length) {
        return fail(overlaps.length && !issues.length ? m.pagesOverlap : m.pagingIgnored, {
          expected: m.expectPaging,
          actual: some([...issues, ...overlaps]),
          fix: issues.length ? m.fixPaging : m.fixOrder,
        });
      }
      return pass(m.pagingOk);
    }),
};

export const filters: Check = {
  id: 'procedures.filters',
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.procedures;
      const list = await listOrSkip(ctx);
      if (isFinding(list)) return list;
      const first = list.items[0];
      // In the order the widgets send them, each alone.
      const tests: [string, string, (p: ProcedureSummary) => string][] = [
        ['domain', first.domain.code, (p) => p.domain.code],
        ['agency', first.agency.code, (p) => p.agency.code],
        ['tier', first.tier, (p) => p.tier],
        ['level', first.level, (p) => p.level],
      ];
      const issues: string[] = [];
      for (const [key, value, of] of tests) {
        const r = await page(ctx, `/procedures${queryString([[key, value], ['page', 1], ['pageSize', MAX_PAGE_SIZE]])}`);
        if (r.bad) return r.bad;
        const items = r.value!.items;
        const wrong = items.find((p) => of(p) !== value);
        if (wrong) issues.push(m.filterLeak(key, value, wrong.code, of(wrong)));
        else if (!items.length) issues.push(m.filterEmpty(key, value, first.code));
      }
      if (issues.length) return fail(m.filtersIgnored, { expected: m.expectFilters, actual: some(issues), fix: m.fixFilters });
      return pass(m.filtersOk(tests.map(([k]) => k).join(', ')));
    }),
};

/** Words of a name without diacritics, case or punctuation: how citizens often type it. */
export const plainWords = (name: string): string => fold(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export const unaccented: Check = {
  id: 'procedures.unaccented',
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.procedures;
      const list = await listOrSkip(ctx);
      if (isFinding(list)) return list;
      // A name that has diacritics, so that leaving them out means something.
      const target = list.items.find((p) => fold(p.name) !== p.name.toLowerCase()) ?? list.items[0];
      // Read on while a full page and the total say more results follow, up to SEARCH_PAGES; `unread` when some
      // were left there.
      type Search = { bad: Finding } | { found: true } | { found: false; total: number; read: number; unread: boolean };
      const finds = async (q: string): Promise<Search> => {
        for (let pageNo = 1; ; pageNo++) {
          const { bad, value } = await page(ctx, `/procedures${queryString([['q', q], ['page', pageNo], ['pageSize', MAX_PAGE_SIZE]])}`);
          if (bad) return { bad };
          const { items, total } = value!;
          if (items.some((p) => p.code === target.code)) return { found: true };
          const read = (pageNo - 1) * MAX_PAGE_SIZE + items.length;
          const more = items.length === MAX_PAGE_SIZE && read < total;
          if (!more || pageNo === SEARCH_PAGES) return { found: false, total, read, unread: more };
        }
      };
      // The name as it is; then what the contract asks: without its diacritics, and in capitals. Then as citizens
      // often type it, without punctuation too ("cha me con" for "cha, mẹ, con"): the contract does not ask a server
      // to match words rather than the phrase as typed (as a LIKE on folded text does), so only a warning.
      const unmarked = fold(target.name);
      const upper = target.name.toUpperCase();
      const plain = plainWords(target.name);
      type Query = [q: string, finding: typeof fail, message: string, fix: string];
      const queries: Query[] = [
        [target.name, fail, m.nameNotFound(target.code), m.fixSearch],
        [unmarked, fail, m.plainNotFound(unmarked, target.code), m.fixUnaccented],
        [upper, fail, m.plainNotFound(upper, target.code), m.fixUnaccented],
      ];
      if (plain !== unmarked) queries.push([plain, warn, m.unpunctuatedNotFound(plain, target.code), m.fixUnpunctuated]);
      for (const [q, finding, message, fix] of queries) {
        const r = await finds(q);
        if ('bad' in r) return r.bad;
        if (r.found) continue;
        // Results left unread: whether the search finds it is unknown; that citizens, shown 10 at a time, will not
        // reach it is known. A ranking the contract does not set: a warning.
        if (r.unread) {
          return warn(m.notAmongFirst(q, target.code, r.read, r.total), {
            expected: m.expectAmongFirst(target.code, target.name, r.read),
            actual: m.resultsFirst(r.total, r.read),
            fix: m.fixRank,
          });
        }
        return finding(message, { expected: m.expectFound(target.code, target.name), actual: m.results(r.total), fix });
      }
      return pass(m.unaccentedOk(unmarked, target.code));
    }),
};

/** `codes=` as the widgets send it: sorted, comma-separated, one query parameter. */
const codesPath = (codes: string[]) => `/procedures${queryString([['codes', [...codes].sort().join(',')]])}`;

function pickKnown(list: Summaries): string[] {
  const known = [...new Set(list.items.map((p) => p.code))];
  return known.slice(0, MAX_CODES_PER_REQUEST - UNKNOWN_IN_CODES);
}

export const codes: Check = {
  id: 'procedures.codes',
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.procedures;
      const list = await listOrSkip(ctx);
      if (isFinding(list)) return list;
      const known = pickKnown(list);
      const unknown = Array.from({ length: MAX_CODES_PER_REQUEST - known.length }, (_, i) => unknownCode(i));
      const r = await page(ctx, codesPath([...known, ...unknown]));
      if (r.bad) return r.bad;
      const got = r.value!.items.map((p) => p.code);
      const gotSet = new Set(got);
      const asked = new Set([...known, ...unknown]);
      const issues: string[] = [];
      const dropped = known.filter((c) => !gotSet.has(c));
      const present = unknown.filter((c) => gotSet.has(c));
      const extra = got.filter((c) => !asked.has(c));
      const twice = got.filter((c, i) => got.indexOf(c) !== i);
      if (dropped.length) issues.push(m.codesDropped(dropped.length, some(dropped)));
      if (present.length) issues.push(m.codesUnknownPresent(some(present)));
      if (extra.length) issues.push(m.codesExtra(some(extra)));
      if (twice.length) issues.push(m.codesTwice(some(twice)));
      if (issues.length) {
        return fail(m.codesWrong, { expected: m.expectCodes(known.length, unknown.length), actual: issues.join('; '), fix: m.fixCodes });
      }
      return pass(m.codesOk(known.length, unknown.length));
    }),
};

export const codesLimit: Check = {
  id: 'procedures.codes-limit',
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.procedures;
      const list = await listOrSkip(ctx);
      if (isFinding(list)) return list;
      const known = pickKnown(list);
      const unknown = Array.from({ length: MAX_CODES_PER_REQUEST + 1 - known.length }, (_, i) => unknownCode(i));
      const answer = await ctx.http.get(codesPath([...known, ...unknown]), EP.search);
      const wrong = checkProblem(ctx, answer, { statuses: [422, 400], type: 'urn:dvc:problem:validation' });
      // The widgets never send more (they split at the limit), so a server that takes more breaks none of them:
      // a warning, for other clients that would get a list cut short without a word.
      if (wrong && answer.status >= 200 && answer.status < 300) {
        return warn(m.codesLimitSilent(MAX_CODES_PER_REQUEST + 1), {
          expected: m.expectCodesLimit(MAX_CODES_PER_REQUEST),
          actual: `HTTP ${answer.status}`,
          fix: m.fixCodesLimit(MAX_CODES_PER_REQUEST),
        });
      }
      return wrong ?? pass(m.codesLimitOk(MAX_CODES_PER_REQUEST + 1, answer.status));
    }),
};

export const detail: Check = {
  id: 'procedures.detail',
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const m = ctx.t.procedures;
      const list = await listOrSkip(ctx);
      if (isFinding(list)) return list;
      const items = list.items;
      const longest = items.reduce((a, b) => (b.code.length > a.code.length ? b : a));
      const picked = [...new Set([items[0].code, longest.code, items[items.length - 1].code])].slice(0, DETAILS_CHECKED);
      const answers: Answer[] = [];
      for (const code of picked) {
        const r = await ctx.discovery.fetchChecked(`/procedures/${encodeURIComponent(code)}`, '/procedures/{code}', EP.procedure, shape.procedure);
        const bad = unlessOk(ctx.t, r.answer, r.problems, m.expectDetail(code));
        if (bad) return bad;
        answers.push(r.answer);
        if (r.value!.code !== code) {
          return fail(m.detailOtherCode(code), { expected: `code: ${code}`, actual: `code: ${r.value!.code}`, fix: m.fixDetail });
        }
      }
      return checkComposed(ctx, ...answers) ?? pass(m.detailOk(picked.join(', ')));
    }),
};

export const notFound: Check = {
  id: 'procedures.not-found',
  run: (ctx) =>
    guarded(ctx.t, async () => {
      const answer = await ctx.http.get(`/procedures/${encodeURIComponent(UNKNOWN_CODE)}`, EP.procedure);
      return checkProblem(ctx, answer, { statuses: [404], type: 'urn:dvc:problem:not-found' }) ?? pass(ctx.t.procedures.notFoundOk(UNKNOWN_CODE));
    }),
};
