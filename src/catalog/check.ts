import { ShapeError } from '../api/shape/base.js';
import * as shape from '../api/shape/procedures.js';
import type { Agency, CodeName, ProcedureSummary } from '../api/types.js';
import { CATALOG_VERSION } from './file-name.js';

/** `index.json` of a catalog folder (SPEC 5.3): the contract's own shapes, in one file. */
export interface CatalogIndex {
  version: typeof CATALOG_VERSION;
  generatedAt: string;
  source?: string;
  domains: CodeName[];
  agencies: Agency[];
  procedures: ProcedureSummary[];
}

/**
 * Checks a parsed `index.json` with the same shape checks as the API's answers, so a catalog with a missing or
 * wrong field fails as one `bad-answer` (the message and retry of a failing API), never deep in a widget.
 */
export function catalogIndex(v: unknown): CatalogIndex {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ShapeError('index: expected an object');
  const o = v as Record<string, unknown>;
  if (o.version !== CATALOG_VERSION) throw new ShapeError(`version: expected ${CATALOG_VERSION}`);
  if (typeof o.generatedAt !== 'string') throw new ShapeError('generatedAt: expected a string');
  if (o.source != null && typeof o.source !== 'string') throw new ShapeError('source: expected a string');
  shape.codeNameList({ items: o.domains });
  shape.agencyList({ items: o.agencies });
  if (!Array.isArray(o.procedures)) throw new ShapeError('procedures: expected an array');
  o.procedures.forEach((p, i) => shape.procedureSummary(p, `procedures[${i}]`));
  return o as unknown as CatalogIndex;
}
