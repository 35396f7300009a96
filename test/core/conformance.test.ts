import { expect } from '@open-wc/testing';
import { runConformance, type OpenApiDocument } from '../../src/conformance/index.js';
import { sampleDossiers } from '../../src/mocks/data/dossiers.js';
import { setFault } from '../../src/mocks/faults.js';
import { API, useMockApi } from '../helpers/mock-api.js';

/**
 * The conformance checks run in a page too (the embed builder runs them for the API address typed into it):
 * plain fetch, no Node. A page cannot send an Origin of its choice nor read CORS headers, so those checks are
 * not part of its run.
 */
describe('API conformance checks in a browser', () => {
  let spec: OpenApiDocument;
  before(async () => {
    spec = (await (await fetch('/src/api/openapi.json')).json()) as OpenApiDocument;
  });
  beforeEach(() => useMockApi());

  const guarded = sampleDossiers().find((d) => d.verifier)!;
  const options = { base: API, dossier: guarded.code, verifier: guarded.verifier, write: true, lang: 'vi' as const, timeoutMs: 5000, runLimitMs: 30_000 };
  const browser = { fetch: window.fetch.bind(window), serverSide: false };

  it('runs every check a page can make against the mock API, and they pass', async () => {
    const report = await runConformance(options, browser, spec);
    const ids = report.checks.map((c) => c.id);
    for (const nodeOnly of ['transport', 'cors.preflight.dossier', 'cors.preflight.feedback', 'cors.answers', 'cors.expose-headers']) {
      expect(ids).to.not.include(nodeOnly);
    }
    const notPassing = Object.fromEntries(report.checks.filter((c) => c.status !== 'pass').map((c) => [c.id, c.status]));
    // Answers made inside the page by MSW carry no caching headers: the HTTP mock server adds them, as a gateway would.
    expect(notPassing).to.deep.equal({ 'caching.catalog': 'warn', 'caching.dossier': 'warn' });
    expect(report.ok).to.equal(true);
    expect(report.checks.find((c) => c.id === 'procedures.unaccented')!.message).to.equal('«dang ky khai sinh» tìm ra 1.001193, cả khi viết hoa.');
  });

  it('says what is wrong, in the language asked for, when an answer breaks the contract', async () => {
    setFault('domains', { kind: 'wrong-shape' });
    const report = await runConformance({ ...options, lang: 'en' }, browser, spec);
    const domains = report.checks.find((c) => c.id === 'domains')!;
    expect(domains.status).to.equal('fail');
    expect(domains.message).to.equal('GET /domains answered HTTP 200 with content that breaks the API contract.');
    expect(domains.actual).to.contain('items');
    expect(domains.fix).to.contain('openapi.json');
    expect(report.ok).to.equal(false);
  });
});
