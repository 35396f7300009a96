import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import type { ConformanceMessages } from '../i18n/messages/conformance.js';
import type { Answer } from './http.js';
import { snippet } from './findings.js';
import { jsonOf } from './http.js';

type ContractTexts = ConformanceMessages['contract'];

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

/** The value at a JSON pointer (`#/items/0/level`) of an answer: what a schema error refused. */
function valueAt(json: unknown, pointer: string): unknown {
  let v = json;
  for (const part of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    v = (v as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

/**
 * One schema error in the report's language. The validator words its errors in English only; the keywords the
 * contract's schemas use are said again from the error's own figures (the field, the types, the allowed values);
 * any other keyword keeps the validator's words.
 */
function schemaErrorText(e: OutputUnit, json: unknown, t: ContractTexts): string {
  const quoted = [...e.error.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  const type = (name: string) => t.types[name] ?? name;
  const value = () => JSON.stringify(valueAt(json, e.instanceLocation)) ?? '—';
  const limit = / (-?[\d.e+-]+)\)?\.$/.exec(e.error)?.[1];
  switch (e.keyword) {
    case 'required':
      return t.required(quoted[0]);
    case 'type':
      return t.type(type(quoted[0]), quoted.slice(1).map(type).join(t.or));
    case 'enum': {
      const allowed = /any of (\[.*\])\.$/.exec(e.error)?.[1];
      return allowed ? t.enum(value(), (JSON.parse(allowed) as unknown[]).map((v) => JSON.stringify(v)).join(', ')) : e.error;
    }
    case 'const': {
      const wanted = /match (.*)\.$/.exec(e.error)?.[1];
      return wanted ? t.const(wanted) : e.error;
    }
    case 'format':
      return t.format(t.formats[quoted[0]] ?? quoted[0]);
    case 'minimum':
    case 'maximum':
      return limit ? t[e.keyword](value(), limit) : e.error;
    case 'minLength':
    case 'maxLength': {
      const figures = /\((\d+) [<>] (\d+)\)/.exec(e.error);
      return figures ? t[e.keyword](figures[1], figures[2]) : e.error;
    }
  }
  return e.error;
}

/** The first bytes that were not UTF-8, shown where they stand: a few characters either side of the first U+FFFD. */
function notUtf8Sample(text: string): string {
  const at = text.indexOf('\uFFFD');
  return text.slice(Math.max(0, at - 12), at + 13).replace(/\s+/g, ' ');
}

/**
 * A refusal of the widgets' own answer checks in the report's language. Those checks run in citizens' browsers
 * and word their errors once, in English, as `path: expected a string` (src/api/shape/base.ts).
 */
export function shapeErrorText(message: string, t: ContractTexts): string {
  const m = /^(.*): expected (.*)$/.exec(message);
  if (!m) return message;
  const kind = /^an? (\w+)$/.exec(m[2])?.[1];
  const oneOf = /^one of (.*)$/.exec(m[2])?.[1];
  return `${m[1]}: ${t.expected(kind && t.types[kind] ? t.types[kind] : oneOf ? t.oneOf(oneOf) : m[2])}`;
}

/**
 * Answers checked twice: against the OpenAPI document (what the contract promises) and against the widgets' own
 * answer checks (src/api/shape.ts: what the widgets rely on). Both must accept an answer.
 */
export class Contract {
  private readonly validators = new Map<string, Validator>();

  constructor(
    private readonly spec: OpenApiDocument,
    private readonly t: ContractTexts,
  ) {}

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
    return this.errorsOf(this.validator({ $ref: `#/components/schemas/${name}` }).validate(value).errors, value);
  }

  validateSchema(schema: unknown, value: unknown): string[] {
    return this.errorsOf(this.validator(schema).validate(value).errors, value);
  }

  private errorsOf(errors: OutputUnit[], value: unknown): string[] {
    const leaves = errors.filter((e) => !WRAPPERS.has(e.keyword));
    const list = (leaves.length ? leaves : errors).map((e) => `${jsonPath(e.instanceLocation)}: ${schemaErrorText(e, value, this.t)}`);
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
    if (answer.notUtf8) out.push(this.t.notUtf8(notUtf8Sample(answer.text)));
    const json = jsonOf(answer);
    if (json === undefined) {
      out.push(this.t.notJson(snippet(answer.text)));
      return out;
    }
    const schema = this.schemaFor(path, method, answer.status);
    if (schema === undefined) out.push(this.t.undocumented(answer.status, method.toUpperCase(), path));
    else out.push(...this.validateSchema(schema, json));
    if (ok && widgetCheck) {
      try {
        widgetCheck(json);
      } catch (e) {
        out.push(this.t.widgets(shapeErrorText((e as Error).message, this.t)));
      }
    }
    return [...new Set(out)].slice(0, MAX_REPORTED);
  }
}
