import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { sampleDossiers } from '../../src/mocks/data/dossiers.js';
import { setFault } from '../../src/mocks/faults.js';
import { API, useMockApi } from '../helpers/mock-api.js';

/**
 * The mocks are what tests, Storybook and the demo believe the API does: every answer they give is checked
 * against the OpenAPI file, so the mocks cannot drift from the documented contract.
 */
let spec: { paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: unknown }> }> }>> };

function validate(path: string, method: string, status: number, body: unknown) {
  const op = spec.paths[path][method];
  const response = op.responses[String(status)];
  expect(response, `${method.toUpperCase()} ${path} documents status ${status}`).to.exist;
  const schema = Object.values(response.content)[0].schema;
  const validator = new Validator({ ...(schema as object), components: (spec as unknown as { components: unknown }).components } as never, '2020-12', false);
  const result = validator.validate(body);
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

  it('every sample procedure has the documented detail shape', async () => {
    const page = await (await fetch(`${API}/procedures?page=1&pageSize=100`)).json();
    for (const p of page.items) await check('/procedures/{code}', `/procedures/${encodeURIComponent(p.code)}`);
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
