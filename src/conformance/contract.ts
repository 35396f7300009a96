import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import type { Answer } from './http.js';
import { jsonOf } from './http.js';

/** The parts of the OpenAPI document the checks read. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
  components: { schemas: Record<string, unknown> };
}

export const JSON_TYPE = 'application/json';
export const PROBLEM_TYPE = 'application/problem+json';

/** Keywords that only say "something inside failed"; the leaf errors below them say what. */
const WRAPPERS = new Set(['$ref', 'properties', 'items', 'prefixItems', 'allOf', 'anyOf', 'oneOf', 'additionalProperties', 'unevaluatedProperties']);

/** `#/items/0/tier` → `items[0].tier`. */
export function jsonPath(pointer: string): string {
  const parts = pointer.replace(/^#\/?/, '').split('/').filter(Boolean).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (!parts.length) return '(answer)';
  return parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i ? `.${p}` : p)).join('');
}

const MAX_REPORTED = 3;

/**
 * Answers checked twice: against the OpenAPI document (what the contract promises) and against the widgets' own
 * answer checks (src/api/shape.ts: what the widgets rely on). Both must accept an answer.
 */
export class Contract {
  private readonly validators = new Map<string, Validator>();

  constructor(private readonly spec: OpenApiDocument) {}

  /** The schema the document gives for this path, method and status, or undefined when it documents none. */
  schemaFor(path: string, method: string, status: number): unknown {
    const op = this.spec.paths[path]?.[method.toLowerCase()];
    const response = op?.responses[String(status)];
    if (!response?.content) return undefined;
    return Object.values(response.content)[0]?.schema;
  }

  private validator(schema: unknown): Validator {
    const key = JSON.stringify(schema);
    let v = this.validators.get(key);
    if (!v) {
      v = new Validator({ ...(schema as object), components: this.spec.components } as Schema, '2020-12', false);
      this.validators.set(key, v);
    }
    return v;
  }

  /** Schema errors of a value against a named component schema (e.g. `Catalog`), as short readable lines. */
  validateComponent(name: string, value: unknown): string[] {
    return this.errorsOf(this.validator({ $ref: `#/components/schemas/${name}` }).validate(value).errors);
  }

  validateSchema(schema: unknown, value: unknown): string[] {
    return this.errorsOf(this.validator(schema).validate(value).errors);
  }

  private errorsOf(errors: OutputUnit[]): string[] {
    const leaves = errors.filter((e) => !WRAPPERS.has(e.keyword));
    const list = (leaves.length ? leaves : errors).map((e) => `${jsonPath(e.instanceLocation)}: ${e.error}`);
    return [...new Set(list)].slice(0, MAX_REPORTED);
  }

  /**
   * What is wrong with an answer, as short readable lines (empty: nothing). Checks the media type (JSON for a
   * success, problem+json for an error), that the body parses, the OpenAPI schema for its status, and for a
   * success the widgets' own answer check.
   */
  problems(answer: Answer, path: string, method: string, widgetCheck?: (json: unknown) => unknown): string[] {
    const ok = answer.status >= 200 && answer.status < 300;
    const want = ok ? JSON_TYPE : PROBLEM_TYPE;
    const out: string[] = [];
    if (answer.mediaType !== want) out.push(`Content-Type: ${answer.mediaType || '—'} ≠ ${want}`);
    const json = jsonOf(answer);
    if (json === undefined) {
      out.push(`not JSON: ${answer.text.slice(0, 60).replace(/\s+/g, ' ')}`);
      return out;
    }
    const schema = this.schemaFor(path, method, answer.status);
    if (schema === undefined) out.push(`HTTP ${answer.status} is not documented for ${method.toUpperCase()} ${path}`);
    else out.push(...this.validateSchema(schema, json));
    if (ok && widgetCheck) {
      try {
        widgetCheck(json);
      } catch (e) {
        out.push(`widgets: ${(e as Error).message}`);
      }
    }
    return [...new Set(out)].slice(0, MAX_REPORTED);
  }
}
