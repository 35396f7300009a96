/** Answer checks of the procedure endpoints: `/procedures` (a page, by codes, one procedure), `/domains`, `/agencies`. */
import type { Agency, CodeName, Page, Procedure, ProcedureSummary } from '../types.js';
import { CHANNELS, SERVICE_LEVELS, TIERS } from '../vocabulary.js';
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

export function procedure(v: unknown): Procedure {
  const o = procedureSummary(v) as unknown as Obj;
  if (o.steps !== undefined) arr(o.steps, 'steps').forEach((s, i) => str(s, `steps[${i}]`));
  if (o.documents !== undefined) {
    arr(o.documents, 'documents').forEach((d, i) => {
      const doc = obj(d, `documents[${i}]`);
      str(doc.name, `documents[${i}].name`);
      optStr(doc.copies, `documents[${i}].copies`);
      optStr(doc.formUrl, `documents[${i}].formUrl`);
    });
  }
  if (o.channels !== undefined) {
    arr(o.channels, 'channels').forEach((c, i) => {
      const ch = obj(c, `channels[${i}]`);
      oneOf(ch.channel, CHANNELS, `channels[${i}].channel`);
      optStr(ch.processingTime, `channels[${i}].processingTime`);
      optStr(ch.fee, `channels[${i}].fee`);
    });
  }
  if (o.legalBasis !== undefined) {
    arr(o.legalBasis, 'legalBasis').forEach((l, i) => {
      const lb = obj(l, `legalBasis[${i}]`);
      str(lb.number, `legalBasis[${i}].number`);
      str(lb.title, `legalBasis[${i}].title`);
    });
  }
  for (const k of ['conditions', 'result', 'applicants']) optStr(o[k], k);
  return o as unknown as Procedure;
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

