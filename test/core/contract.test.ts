import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import * as shape from '../../src/api/shape.js';
import { CHANNELS, DOSSIER_STATUSES, FEEDBACK_KINDS, MESSAGE_MAX, RATINGS, SERVICE_LEVELS, TIERS } from '../../src/api/vocabulary.js';
import { sampleDossiers } from '../../src/mocks/data/dossiers.js';
import { setFault } from '../../src/mocks/faults.js';
import { API, useMockApi } from '../helpers/mock-api.js';

/**
 * The mocks are what tests, Storybook and the demo believe the API does: every answer they give is checked
 * against the OpenAPI file, so the mocks cannot drift from the documented contract.
 */
let spec: { paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: unknown }> }> }>> };

/** A validator for one schema of the file, its `$ref`s resolved against the file's components. */
const validatorFor = (schema: unknown) =>
  new Validator({ ...(schema as Schema), components: (spec as unknown as { components: unknown }).components } as Schema, '2020-12', false);

function validate(path: string, method: string, status: number, body: unknown) {
  const op = spec.paths[path][method];
  const response = op.responses[String(status)];
  expect(response, `${method.toUpperCase()} ${path} documents status ${status}`).to.exist;
  const schema = Object.values(response.content)[0].schema;
  const result = validatorFor(schema).validate(body);
  expect(result.valid, `${method.toUpperCase()} ${path} ${status}: ${JSON.stringify(result.errors.slice(0, 3))}`).to.equal(true);
}

async function check(path: string, url: string, init: RequestInit = {}) {
  const res = await fetch(`${API}${url}`, init);
  const type = res.headers.get('Content-Type') ?? '';
  expect(type, url).to.match(res.ok ? /application\/json/ : /application\/problem\+json/);
  validate(path, (init.method ?? 'get').toLowerCase(), res.status, await res.json());
  return res.status;
}

describe('the mocks keep the OpenAPI contract', () => {
  before(async () => {
    spec = await (await fetch('/src/api/openapi.json')).json();
  });
  beforeEach(() => useMockApi());

  it('is an OpenAPI 3.1 document covering every endpoint', () => {
    expect((spec as unknown as { openapi: string }).openapi).to.equal('3.1.0');
    expect(Object.keys(spec.paths).sort()).to.deep.equal(
      ['/agencies', '/domains', '/dossiers/{code}', '/feedback', '/procedures', '/procedures/{code}', '/stats'],
    );
  });

  it('rejects an answer that breaks the contract (the check can fail)', () => {
    expect(() => validate('/procedures/{code}', 'get', 200, { code: 1001193, name: 'Đăng ký khai sinh' })).to.throw();
    expect(() => validate('/stats', 'get', 200, { period: {}, procedures: { total: -1 } })).to.throw();
  });

  it('procedures: search, codes, one procedure, not found, validation', async () => {
    expect(await check('/procedures', '/procedures?q=dang%20ky&page=1&pageSize=5')).to.equal(200);
    expect(await check('/procedures', '/procedures?codes=1.001193,1.000894,0.0')).to.equal(200);
    expect(await check('/procedures', '/procedures?pageSize=500')).to.equal(422);
    expect(await check('/procedures/{code}', '/procedures/1.001193')).to.equal(200);
    expect(await check('/procedures/{code}', '/procedures/2.000815')).to.equal(200);
    expect(await check('/procedures/{code}', '/procedures/0.000000')).to.equal(404);
  });

  it('every sample procedure has the documented detail shape', async function () {
    // 60 requests through the service worker, each checked against the schema: WebKit needs more than the
    // default time limit while two other engines run beside it.
    this.timeout(30_000);
    const page = await (await fetch(`${API}/procedures?page=1&pageSize=100`)).json();
    // All at once: one after another, 60 round trips through the service worker outlast the time limit in WebKit.
    const statuses = await Promise.all(page.items.map((p: { code: string }) => check('/procedures/{code}', `/procedures/${encodeURIComponent(p.code)}`)));
    expect(statuses.length).to.equal(page.total);
    expect(statuses.every((s) => s === 200)).to.equal(true);
  });

  it('domains and agencies', async () => {
    expect(await check('/domains', '/domains')).to.equal(200);
    expect(await check('/agencies', '/agencies')).to.equal(200);
    expect(await check('/agencies', '/agencies?tier=commune')).to.equal(200);
  });

  it('every sample dossier, and the not-found and verifier problems', async () => {
    for (const d of sampleDossiers()) {
      const headers: Record<string, string> = d.verifier ? { 'X-Dossier-Verifier': d.verifier } : {};
      expect(await check('/dossiers/{code}', `/dossiers/${encodeURIComponent(d.code)}`, { headers })).to.equal(200);
    }
    const guarded = sampleDossiers().find((d) => d.verifier)!;
    expect(await check('/dossiers/{code}', `/dossiers/${encodeURIComponent(guarded.code)}`)).to.equal(403);
    expect(await check('/dossiers/{code}', '/dossiers/000.00.53.H48-000000-0000')).to.equal(404);
  });

  it('feedback: received, and a validation problem with field errors', async () => {
    const post = (body: unknown, key: string) => ({
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(body),
    });
    expect(await check('/feedback', '/feedback', post({ kind: 'satisfaction', rating: 'satisfied', consent: false, lang: 'vi' }, 'a'))).to.equal(201);
    expect(await check('/feedback', '/feedback', post({ kind: 'petition', message: '', consent: false, lang: 'vi' }, 'b'))).to.equal(422);
  });

  it('stats for an agency and the province', async () => {
    expect(await check('/stats', '/stats?agency=STP')).to.equal(200);
    expect(await check('/stats', '/stats')).to.equal(200);
    expect(await check('/stats', '/stats?agency=NOPE')).to.equal(404);
  });

  it('rate limiting and unavailability are documented problems with Retry-After', async () => {
    setFault('procedures', { kind: 'rate-limited', retryAfter: 9 }, 1);
    const r = await fetch(`${API}/procedures`);
    expect(r.headers.get('Retry-After')).to.equal('9');
    validate('/procedures', 'get', 429, await r.json());
    setFault('procedures', { kind: 'unavailable', retryAfter: 9 }, 1);
    expect(await check('/procedures', '/procedures')).to.equal(503);
  });
});

// ─── the answer checks of the client (src/api/shape.ts) against the contract ───────────────────────────────

interface SchemaNode {
  $ref?: string;
  allOf?: SchemaNode[];
  type?: string;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}
type Key = string | number;
interface Mutation {
  what: string;
  path: Key[];
  /** The value put at `path`; absent: the key is removed. */
  value?: unknown;
}

/** The check the client runs on each documented success answer. */
const CHECKS: Record<string, (json: unknown) => unknown> = {
  'get /procedures': shape.procedurePage,
  'get /procedures/{code}': shape.procedure,
  'get /domains': shape.codeNameList,
  'get /agencies': shape.agencyList,
  'get /dossiers/{code}': shape.dossier,
  'post /feedback': shape.feedbackReceipt,
  'get /stats': shape.stats,
};

/** Every example of a JSON success answer in the file, with its schema and the check that applies. */
function successExamples() {
  const found: { name: string; op: string; schema: unknown; value: unknown }[] = [];
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      for (const [status, response] of Object.entries(op.responses)) {
        const media = (response.content as Record<string, { schema: unknown; examples?: Record<string, { value: unknown }> }> | undefined)?.['application/json'];
        if (!/^2/.test(status) || !media) continue;
        const op = `${method} ${path}`;
        expect(Object.keys(media.examples ?? {}), `${op} ${status} documents an example`).not.to.be.empty;
        for (const [name, example] of Object.entries(media.examples ?? {})) found.push({ name: `${op} ${status} "${name}"`, op, schema: media.schema, value: example.value });
      }
    }
  }
  return found;
}

/** A schema with its `$ref` followed and its `allOf` merged: the properties and required keys that apply. */
function resolve(node: SchemaNode): SchemaNode {
  if (node.$ref) {
    const name = node.$ref.replace('#/components/schemas/', '');
    return resolve((spec as unknown as { components: { schemas: Record<string, SchemaNode> } }).components.schemas[name]);
  }
  if (node.allOf) {
    const parts = node.allOf.map(resolve);
    return {
      type: 'object',
      required: parts.flatMap((p) => p.required ?? []),
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
    };
  }
  return node;
}

/** Each way to break `value` that its schema forbids: a required key removed, a value outside its list, a wrong type. */
function mutations(value: unknown, node: SchemaNode, path: Key[] = []): Mutation[] {
  const s = resolve(node);
  const at = path.join('.') || 'the answer';
  const out: Mutation[] = [];
  if (s.type === 'object' || s.properties) {
    if (path.length) out.push({ what: `${at} not an object`, path, value: 'một chuỗi' });
    const o = value as Record<string, unknown>;
    for (const key of s.required ?? []) if (key in o) out.push({ what: `${at}.${key} missing`, path: [...path, key] });
    for (const [key, child] of Object.entries(s.properties ?? {})) if (key in o) out.push(...mutations(o[key], child, [...path, key]));
  } else if (s.type === 'array') {
    out.push({ what: `${at} not an array`, path, value: { items: value } });
    const list = value as unknown[];
    if (list.length) out.push(...mutations(list[0], s.items!, [...path, 0]));
  } else {
    if (s.enum) out.push({ what: `${at} outside its list`, path, value: '__ngoai-hop-dong__' });
    if (s.type === 'string') out.push({ what: `${at} a number`, path, value: 42 });
    if (s.type === 'integer' || s.type === 'number') out.push({ what: `${at} a string`, path, value: 'nhiều' });
  }
  return out;
}

function applied(value: unknown, m: Mutation): unknown {
  const copy = structuredClone(value) as Record<Key, unknown>;
  let parent = copy;
  for (const key of m.path.slice(0, -1)) parent = parent[key] as Record<Key, unknown>;
  const last = m.path.at(-1)!;
  if ('value' in m) parent[last] = m.value;
  else delete parent[last];
  return copy;
}

describe('the answer checks of the client keep the OpenAPI contract', () => {
  before(async () => {
    spec = await (await fetch('/src/api/openapi.json')).json();
  });

  it('every JSON success answer documents an example, and the client checks each kind', () => {
    const examples = successExamples();
    expect(new Set(examples.map((e) => e.op))).to.deep.equal(new Set(Object.keys(CHECKS)));
  });

  it('every example in the contract passes the schema and the answer check', () => {
    for (const e of successExamples()) {
      const result = validatorFor(e.schema).validate(e.value);
      expect(result.valid, `${e.name}: ${JSON.stringify(result.errors.slice(0, 2))}`).to.equal(true);
      expect(() => CHECKS[e.op](e.value), e.name).not.to.throw();
    }
  });

  it('every example broken the way its schema forbids is refused by the answer check', () => {
    let count = 0;
    const accepted: string[] = [];
    for (const e of successExamples()) {
      for (const m of mutations(e.value, e.schema as SchemaNode)) {
        const broken = applied(e.value, m);
        // The mutation really breaks the contract, so the check must refuse it.
        expect(validatorFor(e.schema).validate(broken).valid, `${e.name}: ${m.what} breaks the schema`).to.equal(false);
        try {
          CHECKS[e.op](broken);
          accepted.push(`${e.name}: ${m.what}`);
        } catch (err) {
          expect(err instanceof shape.ShapeError, `${e.name}: ${m.what} fails as a ShapeError`).to.equal(true);
        }
        count++;
      }
    }
    expect(accepted, 'broken answers the check let through').to.deep.equal([]);
    expect(count).to.be.greaterThan(100);
  });

  it('the vocabularies of the contract are the lists the client and widgets use', () => {
    const schemas = (spec as unknown as { components: { schemas: Record<string, SchemaNode & { minimum?: number; maximum?: number; maxLength?: number }> } }).components.schemas;
    const enumOf = (node: SchemaNode) => [...(resolve(node).enum ?? [])].sort();
    const sorted = (list: readonly unknown[]) => [...list].sort();
    expect(enumOf(schemas.Tier)).to.deep.equal(sorted(TIERS));
    expect(enumOf(schemas.Level)).to.deep.equal(sorted(SERVICE_LEVELS));
    expect(enumOf(resolve(schemas.Procedure).properties!.channels.items!.properties!.channel)).to.deep.equal(sorted(CHANNELS));
    const status = schemas.Dossier.properties!.status as { minimum: number; maximum: number };
    expect([...DOSSIER_STATUSES]).to.deep.equal(Array.from({ length: status.maximum - status.minimum + 1 }, (_, i) => status.minimum + i));
    expect(enumOf(schemas.Feedback.properties!.rating)).to.deep.equal(sorted(RATINGS));
    expect(enumOf(schemas.Feedback.properties!.kind)).to.deep.equal(sorted(FEEDBACK_KINDS));
    expect((schemas.Feedback.properties!.message as { maxLength: number }).maxLength).to.equal(MESSAGE_MAX);
  });
});
