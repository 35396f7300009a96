/**
 * The check of one whole procedure (`GET /procedures/{code}`), apart from the lists' checks (procedures.ts): only
 * the code that shows a procedure's details imports it, so a page of results does not download it.
 */
import type { Procedure } from '../types.js';
import { CHANNELS } from '../vocabulary.js';
import { arr, obj, oneOf, optStr, str, type Obj } from './base.js';
import { procedureSummary } from './procedures.js';

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
