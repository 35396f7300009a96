/** Answer check of `/dossiers/{code}`. */
import type { Dossier } from '../types.js';
import { DOSSIER_STATUSES } from '../vocabulary.js';
import { arr, codeName, obj, oneOf, optStr, str } from './base.js';

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

