/**
 * What every answer check is made of (the checks themselves are per endpoint group, beside this file, so a widget
 * carries only those of the endpoints it calls). A failed check throws a `ShapeError` naming the path and what was
 * expected there.
 */
import type { CodeName } from '../types.js';

export class ShapeError extends Error {}

export type Obj = Record<string, unknown>;

export const fail = (path: string, want: string): never => {
  throw new ShapeError(`${path}: expected ${want}`);
};
export const obj = (v: unknown, path: string): Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : fail(path, 'an object');
export const str = (v: unknown, path: string): string => (typeof v === 'string' ? v : fail(path, 'a string'));
export const optStr = (v: unknown, path: string): void => {
  if (v !== undefined && v !== null) str(v, path);
};
export const num = (v: unknown, path: string): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fail(path, 'a number');
export const arr = (v: unknown, path: string): unknown[] => (Array.isArray(v) ? v : fail(path, 'an array'));
export const oneOf = <T extends string | number>(v: unknown, allowed: readonly T[], path: string): T =>
  allowed.includes(v as T) ? (v as T) : fail(path, `one of ${allowed.join(', ')}`);

export function codeName(v: unknown, path: string): CodeName {
  const o = obj(v, path);
  str(o.code, `${path}.code`);
  str(o.name, `${path}.name`);
  return o as unknown as CodeName;
}

