/**
 * Checks that an answer has the shape the contract promises before a widget touches it. A backend that drifts
 * from the contract then produces one clear `bad-answer` error instead of a crash deep inside a template.
 * Only what the widgets rely on is checked; unknown extra fields pass through.
 */
import { CHANNELS, DOSSIER_STATUSES, SERVICE_LEVELS, TIERS } from './vocabulary.js';
import type {
  Agency, CodeName, Dossier, FeedbackReceipt, Page, Procedure, ProcedureSummary, Stats,
} from './types.js';

export class ShapeError extends Error {}

type Obj = Record<string, unknown>;

const fail = (path: string, want: string): never => {
  throw new ShapeError(`${path}: expected ${want}`);
};
const obj = (v: unknown, path: string): Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : fail(path, 'an object');
const str = (v: unknown, path: string): string => (typeof v === 'string' ? v : fail(path, 'a string'));
const optStr = (v: unknown, path: string): void => {
  if (v !== undefined && v !== null) str(v, path);
};
const num = (v: unknown, path: string): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fail(path, 'a number');
const arr = (v: unknown, path: string): unknown[] => (Array.isArray(v) ? v : fail(path, 'an array'));
const oneOf = <T extends string | number>(v: unknown, allowed: readonly T[], path: string): T =>
  allowed.includes(v as T) ? (v as T) : fail(path, `one of ${allowed.join(', ')}`);

function codeName(v: unknown, path: string): CodeName {
  const o = obj(v, path);
  str(o.code, `${path}.code`);
  str(o.name, `${path}.name`);
  return o as unknown as CodeName;
}

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

export function dossier(v: unknown): Dossier {
  const o = obj(v, 'dossier');
  str(o.code, 'code');
  codeName(o.procedure, 'procedure');
  codeName(o.agency, 'agency');
  optStr(o.applicant, 'applicant');
  oneOf(o.status, DOSSIER_STATUSES, 'status');
  str(o.receivedAt, 'receivedAt');
  for (const k of ['dueAt', 'finishedAt', 'returnedAt', 'channel']) optStr(o[k], k);
  arr(o.history, 'history').forEach((h, i) => {
    const e = obj(h, `history[${i}]`);
    str(e.at, `history[${i}].at`);
    str(e.action, `history[${i}].action`);
    optStr(e.unit, `history[${i}].unit`);
    optStr(e.note, `history[${i}].note`);
  });
  if (o.supplement !== undefined && o.supplement !== null) {
    const s = obj(o.supplement, 'supplement');
    str(s.requestedAt, 'supplement.requestedAt');
    str(s.reason, 'supplement.reason');
    if (s.documents !== undefined) arr(s.documents, 'supplement.documents').forEach((d, i) => str(d, `supplement.documents[${i}]`));
  }
  return o as unknown as Dossier;
}

export function feedbackReceipt(v: unknown): FeedbackReceipt {
  const o = obj(v, 'answer');
  str(o.id, 'id');
  str(o.receivedAt, 'receivedAt');
  return o as unknown as FeedbackReceipt;
}

export function stats(v: unknown): Stats {
  const o = obj(v, 'stats');
  if (o.agency !== undefined && o.agency !== null) codeName(o.agency, 'agency');
  const period = obj(o.period, 'period');
  str(period.from, 'period.from');
  str(period.to, 'period.to');
  const p = obj(o.procedures, 'procedures');
  for (const k of ['total', 'full', 'partial', 'info']) num(p[k], `procedures.${k}`);
  if (o.dossiers !== undefined && o.dossiers !== null) {
    const d = obj(o.dossiers, 'dossiers');
    for (const k of ['total', 'onTime', 'late']) num(d[k], `dossiers.${k}`);
  }
  return o as unknown as Stats;
}
