/**
 * Answer checks of the procedure endpoints: `/procedures` (a page, by codes), `/domains`, `/agencies`. One whole
 * procedure's (`/procedures/{code}`) is in procedure-details.ts.
 */
import type { Agency, CodeName, Page, ProcedureSummary } from '../types.js';
import { SERVICE_LEVELS, TIERS } from '../vocabulary.js';
import { arr, codeName, num, obj, oneOf, optStr, str, type Obj } from './base.js';

export function procedureSummary(v: unknown, path = 'procedure'): ProcedureSummary {
  const o = obj(v, path);
  str(o.code, `${path}.code`);
  str(o.name, `${path}.name`);
  codeName(o.domain, `${path}.domain`);
  codeName(o.agency, `${path}.agency`);
  oneOf(o.tier, TIERS, `${path}.tier`);
  oneOf(o.level, SERVICE_LEVELS, `${path}.level`);
  optStr(o.processingTime, `${path}.processingTime`);
  optStr(o.fee, `${path}.fee`);
  optStr(o.url, `${path}.url`);
  return o as unknown as ProcedureSummary;
}

export function procedurePage(v: unknown): Page<ProcedureSummary> {
  const o = obj(v, 'answer');
  arr(o.items, 'items').forEach((p, i) => procedureSummary(p, `items[${i}]`));
  num(o.total, 'total');
  num(o.page, 'page');
  num(o.pageSize, 'pageSize');
  return o as unknown as Page<ProcedureSummary>;
}

export function codeNameList(v: unknown): CodeName[] {
  const o = obj(v, 'answer');
  return arr(o.items, 'items').map((x, i) => codeName(x, `items[${i}]`));
}

export function agencyList(v: unknown): Agency[] {
  return codeNameList(v).map((a, i) => {
    oneOf((a as unknown as Obj).tier, TIERS, `items[${i}].tier`);
    return a as Agency;
  });
}

