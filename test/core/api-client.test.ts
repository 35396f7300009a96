import { expect } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import { ApiClient, parseRetryAfter } from '../../src/api/client.js';
import { getProcedure } from '../../src/api/procedure-details.js';
import { listDomains, proceduresByCodes, searchProcedures } from '../../src/api/procedures.js';
import { getDossier } from '../../src/api/dossiers.js';
import { sendFeedback } from '../../src/api/feedback.js';
import { getStats } from '../../src/api/stats-answer.js';
import { ApiError } from '../../src/api/errors.js';
import { setFault } from '../../src/mocks/faults.js';
import { API, requests, useMockApi } from '../helpers/mock-api.js';

const client = (timeoutMs?: number) => new ApiClient({ baseUrl: API, lang: 'vi', timeoutMs });

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error('expected the call to fail');
}

describe('API client', () => {
  beforeEach(() => useMockApi());

  it('searches with parameters in a stable order, no credentials, and the language', async () => {
    const page = await searchProcedures(client(), { pageSize: 5, level: 'full', q: ' khai sinh ', tier: 'commune', page: 1 });
    expect(page.items.length).to.be.greaterThan(0);
    const req = requests[0];
    expect(req.url).to.equal(`${API}/procedures?q=khai%20sinh&tier=commune&level=full&page=1&pageSize=5`);
    expect(req.credentials).to.equal('omit');
    expect(req.headers.get('Accept-Language')).to.equal('vi');
    await searchProcedures(new ApiClient({ baseUrl: `${API}/`, lang: 'en' }), { q: 'khai sinh', level: 'full', tier: 'commune', pageSize: 5 });
    expect(requests[1].url).to.equal(req.url);
    expect(requests[1].headers.get('Accept-Language')).to.equal('en');
  });

  it('asks for codes sorted and once each, and keeps codes as strings', async () => {
    const page = await proceduresByCodes(client(), ['1.001193', '1.000894', '1.001193', '9.999999']);
    expect(requests[0].url).to.equal(`${API}/procedures?codes=1.000894%2C1.001193%2C9.999999`);
    expect(page.items.map((p) => p.code).sort()).to.deep.equal(['1.000894', '1.001193']);
    expect(() => proceduresByCodes(client(), Array.from({ length: 101 }, (_, i) => `1.${i}`))).to.throw(RangeError);
  });

  it('URL-encodes codes in paths', async () => {
    await failure(getDossier(client(), 'a/b c'));
    expect(requests[0].url).to.equal(`${API}/dossiers/a%2Fb%20c`);
  });

  it('sends the verifier only as a header', async () => {
    await failure(getDossier(client(), '000.00.53.H48-220921-0099x', '1234'));
    expect(requests[0].headers.get('X-Dossier-Verifier')).to.equal('1234');
    expect(requests[0].url).not.to.contain('1234');
  });

  it('turns problem+json into typed errors', async () => {
    const nf = await failure(getProcedure(client(), '0.000000'));
    expect(nf.kind).to.equal('not-found');
    expect(nf.status).to.equal(404);

    const v = await failure(searchProcedures(client(), { pageSize: 500 }));
    expect(v.kind).to.equal('validation');
    expect(v.fieldErrors[0].field).to.equal('pageSize');
    expect(v.retryable).to.equal(false);
  });

  it('reports verifier-required with the server label', async () => {
    const { sampleDossiers } = await import('../../src/mocks/data/dossiers.js');
    const d = sampleDossiers().find((x) => x.verifier)!;
    const e = await failure(getDossier(client(), d.code));
    expect(e.kind).to.equal('verifier-required');
    expect(e.verifierLabel).to.equal('4 số cuối CCCD của người nộp');
    const ok = await getDossier(client(), d.code, d.verifier);
    expect(ok.code).to.equal(d.code);
  });

  it('reports rate limiting and unavailability with Retry-After', async () => {
    setFault('procedures', { kind: 'rate-limited', retryAfter: 30 });
    const rl = await failure(searchProcedures(client(), {}));
    expect([rl.kind, rl.retryAfter, rl.retryable]).to.deep.equal(['rate-limited', 30, true]);
    setFault('procedures', { kind: 'unavailable', retryAfter: 120 });
    const un = await failure(searchProcedures(client(), {}));
    expect([un.kind, un.status, un.retryAfter]).to.deep.equal(['unavailable', 503, 120]);
  });

  it('reports server errors, network failures, malformed and wrong-shaped answers', async () => {
    setFault('domains', { kind: 'server-error' });
    expect((await failure(listDomains(client()))).kind).to.equal('server');
    setFault('domains', { kind: 'network' });
    expect((await failure(listDomains(client()))).kind).to.equal('network');
    setFault('domains', { kind: 'malformed' });
    expect((await failure(listDomains(client()))).kind).to.equal('bad-answer');
    setFault('domains', { kind: 'wrong-shape' });
    const shape = await failure(listDomains(client()));
    expect(shape.kind).to.equal('bad-answer');
    expect(shape.message).to.contain('items');
    setFault('domains', { kind: 'empty' });
    expect((await failure(listDomains(client()))).kind).to.equal('bad-answer');
  });

  it('times out, and tells a timeout from a cancellation', async () => {
    setFault('stats', { kind: 'hang' });
    expect((await failure(getStats(client(150)))).kind).to.equal('timeout');
    const controller = new AbortController();
    const p = getStats(client(), undefined, { signal: controller.signal });
    controller.abort();
    expect((await failure(p)).kind).to.equal('aborted');
  });

  it('rejects an answer whose fields have the wrong types', async () => {
    const worker = await useMockApi();
    worker.use(http.get(`${API}/procedures/:code`, () => HttpResponse.json({ code: 1001193, name: 'x' })));
    const e = await failure(getProcedure(client(), '1.001193'));
    expect(e.kind).to.equal('bad-answer');
    expect(e.message).to.contain('procedure.code');
  });

  it('posts feedback with its idempotency key and challenge token', async () => {
    const receipt = await sendFeedback(client(), 
      { kind: 'satisfaction', rating: 'satisfied', consent: false, lang: 'vi' },
      { idempotencyKey: 'k-1', challengeToken: 'tok' },
    );
    expect(receipt.id).to.match(/^PAKN-/);
    expect(requests[0].method).to.equal('POST');
    expect(requests[0].headers.get('Idempotency-Key')).to.equal('k-1');
    expect(requests[0].headers.get('X-Challenge-Token')).to.equal('tok');
  });

  it('parses Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('42')).to.equal(42);
    expect(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 1)).toUTCString(), Date.UTC(2030, 0, 1))).to.equal(60);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter(null)).to.equal(undefined);
  });

  it('uses a slow answer when it arrives within the time limit', async () => {
    const worker = await useMockApi();
    worker.use(http.get(`${API}/domains`, async () => {
      await delay(100);
      return HttpResponse.json({ items: [{ code: 'HT', name: 'Hộ tịch' }] });
    }));
    expect(await listDomains(client(2000))).to.deep.equal([{ code: 'HT', name: 'Hộ tịch' }]);
  });
});
