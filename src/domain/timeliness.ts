import type { Dossier } from '../api/types.js';
import { parseInstant, vnDaysBetween } from '../time/ho-chi-minh.js';
import { isFinished, isOpen } from './dossier-status.js';

/**
 * Whether a dossier is early, on time or late, compared by calendar day in Asia/Ho_Chi_Minh:
 * - finished (9, 10): `early` before the due day, `on-time` on it, `late` after it;
 * - open (1, 2, 4, 5, 6): `overdue` once today is past the due day, else `remaining` with the days left
 *   (0 on the due day itself);
 * - otherwise, or without a due date: null.
 */
export type Timeliness =
  | { kind: 'early'; days: number }
  | { kind: 'on-time' }
  | { kind: 'late'; days: number }
  | { kind: 'remaining'; days: number }
  | { kind: 'overdue'; days: number };

export function timeliness(d: Pick<Dossier, 'status' | 'dueAt' | 'finishedAt' | 'returnedAt'>, now = Date.now()): Timeliness | null {
  const due = parseInstant(d.dueAt);
  if (due === null) return null;
  if (isFinished(d.status)) {
    const done = parseInstant(d.finishedAt) ?? parseInstant(d.returnedAt);
    if (done === null) return null;
    const diff = vnDaysBetween(done, due);
    if (diff > 0) return { kind: 'early', days: diff };
    if (diff === 0) return { kind: 'on-time' };
    return { kind: 'late', days: -diff };
  }
  if (isOpen(d.status)) {
    const left = vnDaysBetween(now, due);
    return left < 0 ? { kind: 'overdue', days: -left } : { kind: 'remaining', days: left };
  }
  return null;
}
