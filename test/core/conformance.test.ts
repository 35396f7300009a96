import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { UNKNOWN_CODE } from '../../src/conformance/discovery.js';
import { runConformance, type OpenApiDocument, type RunReport } from '../../src/conformance/index.js';
import { makeCatalog } from '../../src/mocks/catalog.js';
import { sampleDossiers } from '../../src/mocks/data/dossiers.js';
import { DOMAINS, PROCEDURES } from '../../src/mocks/data/procedures.js';
import { problem } from '../../src/mocks/handlers.js';
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

  describe('texts sent decomposed (Unicode NFD, as a "tổ hợp" keyboard setting types them)', () => {
    const nfd = (text: string) => text.normalize('NFD');
    const check = (report: RunReport, id: string) => report.checks.find((c) => c.id === id)!;
    const last = PROCEDURES[PROCEDURES.length - 1];

    /** One name in the list, one domain, one text of the last procedure's details and the dossier's procedure. */
    function decomposedApi() {
      const procedures = PROCEDURES.map((p, i) =>
        i === 3 ? { ...p, name: nfd(p.name) } : p === last ? { ...p, conditions: nfd('Cơ sở có đủ điều kiện theo quy định') } : p,
      );
      const catalog = { ...makeCatalog(procedures), domains: DOMAINS.map((d) => (d.code === 'HT' ? { ...d, name: nfd(d.name) } : d)) };
      const dossiers = sampleDossiers().map((d) => (d.code === guarded.code ? { ...d, procedure: { ...d.procedure, name: nfd(d.procedure.name) } } : d));
      return useMockApi({ catalog, dossiers });
    }

    it('warns once per kind of answer, naming where and showing the text; composed texts are not reported', async () => {
      await decomposedApi();
      const report = await runConformance(options, browser, spec);
      const notPassing = Object.fromEntries(report.checks.filter((c) => c.status !== 'pass').map((c) => [c.id, c.status]));
      expect(notPassing).to.deep.equal({
        'procedures.search': 'warn',
        'procedures.detail': 'warn',
        domains: 'warn',
        'dossier.verifier': 'warn',
        'caching.catalog': 'warn',
        'caching.dossier': 'warn',
      });
      expect(report.ok).to.equal(true);

      const search = check(report, 'procedures.search');
      // One of the 60 names: the 59 composed ones are not counted.
      expect(search.message).to.equal(
        'GET /procedures gửi 1 chuỗi ở dạng Unicode tổ hợp (NFD) thay vì dựng sẵn (NFC): tiện ích hiển thị đúng như nhận được, ' +
          'nên trình đọc màn hình có thể đọc sai, còn tìm kiếm và xếp hạng đếm mỗi dấu là một ký tự riêng.',
      );
      expect(search.actual).to.equal(`/procedures?page=1&pageSize=100 items[3].name: «${nfd('Đăng ký lại khai sinh')}» (ă = a + U+0306)`);
      expect(search.expected).to.equal('Mọi chuỗi ở dạng Unicode dựng sẵn (NFC)');
      expect(search.fix).to.contain("text.normalize('NFC')");
      expect(search.fix).to.contain('trên máy chủ');

      expect(check(report, 'procedures.detail').actual).to.match(new RegExp(`^/procedures/${last.code.replace(/\./g, '\\.')} conditions: «`));
      expect(check(report, 'domains').actual).to.equal(`/domains items[0].name: «${nfd('Hộ tịch')}» (ộ = o + U+0323 + U+0302)`);
      expect(check(report, 'dossier.verifier').actual).to.equal(
        `/dossiers/${encodeURIComponent(guarded.code)} procedure.name: «${nfd(guarded.procedure.name)}» (ă = a + U+0306)`,
      );
    });

    it('says it in English too', async () => {
      await decomposedApi();
      const report = await runConformance({ ...options, lang: 'en' }, browser, spec);
      const domains = check(report, 'domains');
      expect(domains.status).to.equal('warn');
      expect(domains.message).to.equal(
        'GET /domains sent 1 text decomposed (Unicode NFD) instead of composed (NFC): the widgets show text as it comes, ' +
          'so screen readers may read it badly, and search matching and ranking count each combining mark as a character of its own.',
      );
      expect(domains.actual).to.equal(`/domains items[0].name: “${nfd('Hộ tịch')}” (ộ = o + U+0323 + U+0302)`);
      expect(domains.expected).to.equal('Every text composed (Unicode NFC)');
      expect(domains.fix).to.contain("text.normalize('NFC')");
      expect(domains.fix).to.contain('on the server');
    });

    it('reads the texts of error answers too', async () => {
      const worker = await useMockApi();
      worker.use(http.get(`${API}/procedures/${UNKNOWN_CODE}`, () => problem(404, 'urn:dvc:problem:not-found', nfd('Không tìm thấy thủ tục'))));
      const report = await runConformance(options, browser, spec);
      const notFound = check(report, 'procedures.not-found');
      expect(notFound.status).to.equal('warn');
      expect(notFound.actual).to.equal(`/procedures/${UNKNOWN_CODE} title: «${nfd('Không tìm thấy thủ tục')}» (ô = o + U+0302)`);
    });
  });
});
