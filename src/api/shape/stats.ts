/** Answer check of `/stats`. */
import type { Stats } from '../types.js';
import { codeName, num, obj, str } from './base.js';

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
