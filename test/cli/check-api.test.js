// `dvc-elements check-api` against the project's mock API (the model answer: every check passes), its output
// (human, JSON, languages), what it never does (write without --write, print the verifier), and its transport:
// IPv6 literals, HTTPS, an unreachable API, time limits.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { NOT_ABOUT_SPEED, notPassing, runCli, selfSignedCertificate, sleep, startMockApiServer, startProxy } from './helpers.js';

/** Every check, in the order they are reported. */
const ALL_CHECKS = [
  'reachable', 'transport', 'cors.preflight.dossier', 'cors.preflight.feedback',
  'procedures.search', 'procedures.paging', 'procedures.filters', 'procedures.unaccented', 'procedures.codes',
  'procedures.codes-limit', 'procedures.detail', 'procedures.not-found', 'domains', 'agencies', 'stats',
  'errors.validation', 'dossier.not-found', 'dossier.lookup', 'dossier.verifier', 'feedback.idempotency',
  'feedback.validation', 'cors.answers', 'cors.expose-headers', 'language', 'caching.catalog', 'caching.dossier',
  'rate-limit', 'timing',
];
const ORIGIN = 'https://tinhkhe.quangngai.gov.vn';
/** A verifier no output could contain by chance; the fixture below turns it into the mock dossier's own. */
const SECRET = 'Bi-mat-7Q';

let api;
let guarded;
before(async () => {
  api = await startMockApiServer();
  guarded = api.mocks.sampleDossiers().find((d) => d.verifier);
});
after(() => api.close());

const everything = (base, verifier = guarded.verifier) => [
  'check-api', base, '--origin', ORIGIN, '--dossier', guarded.code, '--verifier', verifier, '--write', ...NOT_ABOUT_SPEED,
];

describe('check-api against the mock API', { concurrency: 4 }, () => {
  test('every check passes; --json prints one document with every check, the timings and exit status 0', async () => {
    const r = await runCli([...everything(api.url), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.checks.map((c) => c.id), ALL_CHECKS);
    assert.deepEqual(notPassing(report), {});
    assert.equal(report.ok, true);
    assert.deepEqual(report.summary, { pass: ALL_CHECKS.length, warn: 0, fail: 0, skip: 0 });
    assert.equal(report.tool, 'dvc-elements check-api');
    assert.equal(report.api, api.url);
    assert.equal(report.origin, ORIGIN);
    assert.equal(report.lang, 'vi');
    for (const c of report.checks) {
      assert.equal(typeof c.title, 'string');
      assert.ok(c.message.length > 0, c.id);
      assert.equal(typeof c.durationMs, 'number');
    }
    const endpoints = report.timings.map((x) => x.endpoint);
    for (const e of ['GET /procedures', 'GET /procedures/{code}', 'GET /domains', 'GET /agencies', 'GET /stats', 'GET /dossiers/{code}', 'POST /feedback', 'OPTIONS /feedback']) {
      assert.ok(endpoints.includes(e), e);
    }
    for (const x of report.timings) assert.ok(x.count >= 1 && x.medianMs <= x.slowestMs, JSON.stringify(x));
    // Progress goes to stderr, never into the document.
    assert.match(r.stderr, /\[1\/28\]/);
  });

  test('human output: one line per check in Vietnamese, then the times and the verdict', async () => {
    const r = await runCli(everything(api.url));
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], `Kiểm tra API ${api.url}`);
    for (const id of ALL_CHECKS) {
      assert.ok(lines.some((l) => new RegExp(`^ĐẠT +${id.replace(/\./g, '\\.')} `).test(l)), id);
    }
    assert.ok(lines.includes('Thời gian trả lời (trung vị / chậm nhất / số lần):'));
    assert.match(r.stdout, /^28 đạt, 0 cảnh báo, 0 lỗi, 0 bỏ qua — [\d,]+ giây\.$/m);
    assert.match(r.stdout, /API này dùng được cho các tiện ích dvc-elements\./);
  });

  test('--lang en: the same report in English', async () => {
    const r = await runCli([...everything(api.url), '--lang', 'en']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^PASS +procedures\.unaccented +Search without diacritics, in any case — “dang ky khai sinh” finds 1\.001193/m);
    assert.match(r.stdout, /^28 passed, 0 warnings, 0 failed, 0 skipped/m);
    assert.match(r.stdout, /The dvc-elements widgets can use this API\./);
  });

  test('--lang en before the command: the same run as with --lang en after it', async () => {
    const [before, after] = await Promise.all([
      runCli(['--lang', 'en', ...everything(api.url), '--json']),
      runCli([...everything(api.url), '--json', '--lang', 'en']),
    ]);
    assert.equal(before.code, 0, before.stderr);
    assert.equal(after.code, 0, after.stderr);
    const [a, b] = [JSON.parse(before.stdout), JSON.parse(after.stdout)];
    assert.equal(a.lang, 'en');
    // Messages may hold measured times; what was checked, and how it went, is the same.
    const outline = (report) => report.checks.map(({ id, status, title }) => ({ id, status, title }));
    assert.deepEqual(outline(a), outline(b));
    assert.match(before.stderr, /\[1\/28\] /);
    assert.equal(before.stderr.split('\n')[0], after.stderr.split('\n')[0]);
  });

  test('without --write nothing is sent that the API would store; without --dossier no dossier is looked up', async () => {
    const proxy = await startProxy(api.url);
    try {
      const r = await runCli(['check-api', proxy.url, '--origin', ORIGIN, '--json', ...NOT_ABOUT_SPEED]);
      assert.equal(r.code, 0, r.stderr);
      const report = JSON.parse(r.stdout);
      assert.deepEqual(notPassing(report), {
        'dossier.lookup': 'skip',
        'dossier.verifier': 'skip',
        'feedback.idempotency': 'skip',
        'feedback.validation': 'skip',
        'caching.dossier': 'skip',
      });
      assert.match(report.checks.find((c) => c.id === 'feedback.idempotency').message, /--write/);
      assert.deepEqual(proxy.log.filter((e) => e.method === 'POST'), []);
      assert.deepEqual(proxy.log.filter((e) => e.method === 'GET' && e.path.includes(encodeURIComponent(guarded.code))), []);
    } finally {
      await proxy.close();
    }
  });

  test('the verifier never appears in the output, in either form', async () => {
    // The fixture stands for a province whose verifier is SECRET: it passes the mock dossier's own on.
    const proxy = await startProxy(api.url, {
      request(ctx) {
        if (ctx.headers['x-dossier-verifier'] === SECRET) ctx.headers['x-dossier-verifier'] = guarded.verifier;
      },
    });
    try {
      for (const extra of [[], ['--json'], ['--lang', 'en']]) {
        const r = await runCli([...everything(proxy.url, SECRET), ...extra]);
        assert.equal(r.code, 0, r.stdout);
        assert.ok(!r.stdout.includes(SECRET) && !r.stderr.includes(SECRET), 'the verifier was printed');
      }
      // It was sent, in the header only.
      const sent = proxy.log.filter((e) => e.headers['x-dossier-verifier'] === SECRET);
      assert.ok(sent.length >= 3);
      assert.ok(proxy.log.every((e) => !decodeURIComponent(e.path).includes(SECRET)));
    } finally {
      await proxy.close();
    }
  });

  test('a verifier echoed back by the API in an error is masked', async () => {
    const proxy = await startProxy(api.url, {
      request(ctx) {
        const v = ctx.headers['x-dossier-verifier'];
        if (v === SECRET) return { status: 500, headers: { 'Content-Type': 'text/plain' }, body: `X-Dossier-Verifier ${v} rejected` };
      },
    });
    try {
      for (const extra of [[], ['--json']]) {
        const r = await runCli([...everything(proxy.url, SECRET), ...extra]);
        assert.equal(r.code, 1);
        assert.ok(!r.stdout.includes(SECRET) && !r.stderr.includes(SECRET), 'the verifier was printed');
        assert.match(r.stdout, /X-Dossier-Verifier •+ rejected/);
      }
    } finally {
      await proxy.close();
    }
  });

  test('an IPv6 literal as the API address', async () => {
    const v6 = await startMockApiServer({ host: '::1' });
    try {
      assert.match(v6.url, /^http:\/\/\[::1\]:\d+\/api\/v1$/);
      const r = await runCli([...everything(v6.url), '--json']);
      assert.equal(r.code, 0, r.stderr);
      const report = JSON.parse(r.stdout);
      assert.deepEqual(notPassing(report), {});
      assert.equal(report.api, v6.url);
    } finally {
      await v6.close();
    }
  });

  test('an unreachable API: the first check says why, the others are skipped, exit status 1', async () => {
    const closed = await startProxy(api.url);
    const url = closed.url;
    await closed.close();
    const r = await runCli(['check-api', url, '--json', '--lang', 'en']);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout);
    const [first, ...rest] = report.checks;
    assert.equal(first.status, 'fail');
    assert.match(first.message, /refused the connection/);
    assert.ok(first.fix);
    assert.ok(rest.every((c) => c.status === 'skip'));
  });

  test('a request without an answer fails at its time limit (10 s) and the run goes on', async () => {
    const proxy = await startProxy(api.url, {
      async request(ctx) {
        if (!ctx.url.pathname.endsWith('/domains')) return undefined;
        await ctx.closed;
        return 'drop';
      },
    });
    try {
      const r = await runCli([...everything(proxy.url), '--json', '--lang', 'en']);
      assert.equal(r.code, 1);
      const report = JSON.parse(r.stdout);
      assert.deepEqual(notPassing(report), { domains: 'fail' });
      const domains = report.checks.find((c) => c.id === 'domains');
      assert.equal(domains.message, 'GET /domains: no answer within the time limit.');
      assert.equal(domains.actual, 'the time limit passed');
      assert.ok(domains.durationMs >= 10_000 && domains.durationMs < 20_000, `${domains.durationMs} ms`);
    } finally {
      await proxy.close();
    }
  });

  test('an answer that never ends (a stream, a file): reading stops at its size limit, said as such, not as a time-out', async () => {
    // Headers at once, then a body without end, as fast as the connection takes it.
    const server = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
      const chunk = Buffer.alloc(1 << 16, 0x20);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
      };
      res.on('drain', pump);
      res.on('close', () => res.off('drain', pump));
      pump();
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    try {
      const r = await runCli(['check-api', `http://127.0.0.1:${server.address().port}/api/v1`, '--json', '--lang', 'en']);
      assert.equal(r.code, 1);
      const [first, ...rest] = JSON.parse(r.stdout).checks;
      assert.equal(first.status, 'fail');
      assert.equal(first.message, 'GET /procedures: the answer goes on past 16 MB, where the check stopped reading it.');
      assert.equal(first.actual, 'a body far larger than any answer of the contract, or one that never ends');
      assert.match(first.fix, /pageSize/);
      assert.ok(rest.every((c) => c.status === 'skip'));
      // Well before the 10 s a request may take.
      assert.ok(first.durationMs < 5000, `${first.durationMs} ms`);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  test('the whole run stops at its limit (--max-time): what is left fails', async () => {
    // Every answer takes 300 ms: the whole run would take 10 s or more.
    const proxy = await startProxy(api.url, { request: () => sleep(300) });
    try {
      const r = await runCli([...everything(proxy.url), '--json', '--max-time', '1.5', '--lang', 'en']);
      assert.equal(r.code, 1);
      const report = JSON.parse(r.stdout);
      const limited = report.checks.filter((c) => c.status === 'fail' && /limit of 1\.5 s|whole run reached its time limit/.test(c.message));
      assert.ok(limited.length > 0, JSON.stringify(notPassing(report)));
      assert.equal(report.checks.at(-1).status, 'fail');
      assert.ok(report.durationMs < 5000, `${report.durationMs} ms`);
    } finally {
      await proxy.close();
    }
  });

  test('usage errors: a line saying what is wrong, a pointer to --help, exit status 2', async () => {
    const cases = [
      [['check-api'], /Thiếu <api-base>/],
      [['check-api', 'ftp://example.org'], /Địa chỉ API không hợp lệ/],
      [['check-api', api.url, '--orign', ORIGIN], /^dvc-elements: Không có tuỳ chọn --orign\. Ý bạn là --origin\?$/m],
      [['check-api', api.url, '--verifier', '1234'], /--verifier chỉ dùng cùng --dossier/],
      [['check-api', api.url, '--dossier', 'X', '--verifier', 'Số 12'], /header HTTP không mang được chữ có dấu/],
      [['check-api', api.url, '--origin', `${ORIGIN}/trang`], /Nguồn \(origin\) không hợp lệ/],
      [['check-api', api.url, '--lang', 'fr'], /Ngôn ngữ không hỗ trợ: fr/],
      [['check-api', api.url, '--timeout', 'abc'], /--timeout/],
      [['check-ap'], /Không có lệnh "check-ap"/],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCli(args)));
    for (const [i, [args, pattern]] of cases.entries()) {
      const r = runs[i];
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, pattern);
      assert.match(r.stderr, /--help/);
      assert.equal(r.stdout, '');
      assert.ok(!r.stderr.includes('Số 12'), 'the verifier was printed');
    }
  });

  test('--help for the whole command and for check-api, in both languages', async () => {
    const [whole, vi, en, none] = await Promise.all([
      runCli(['--help']),
      runCli(['check-api', '--help']),
      runCli(['check-api', '--help', '--lang', 'en']),
      runCli([]),
    ]);
    assert.equal(whole.code, 0);
    assert.match(whole.stdout, /check-api <api-base>/);
    assert.match(whole.stdout, /catalog/);
    assert.equal(vi.code, 0);
    for (const option of ['--origin', '--dossier', '--verifier', '--write', '--json', '--lang', '--timeout', '--max-time']) {
      assert.ok(vi.stdout.includes(option), option);
    }
    assert.match(vi.stdout, /không bao giờ được in ra/);
    assert.match(en.stdout, /Exit status: 0 when no check fails/);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /Cách dùng/);
  });
});

// A suite of its own, run after the one above: two more whole runs beside the test of an answer that never ends
// (which times its reading) made that test miss its limit on a busy machine.
describe('check-api and a verifier of 4 digits', () => {
  test('a verifier of 4 digits is masked where it is echoed, not where its digits are part of another number', async () => {
    // A province's dossier whose code holds 1234 in its date part (the mock's guarded dossier stands for it), and an
    // API whose error echoes the header beside a number that holds the same digits.
    const code = '000.00.53.H48-201234-0099';
    assert.equal(guarded.verifier, '1234');
    const proxy = await startProxy(api.url, {
      request(ctx) {
        ctx.url.pathname = ctx.url.pathname.replace(`/dossiers/${code}`, `/dossiers/${encodeURIComponent(guarded.code)}`);
        const v = ctx.headers['x-dossier-verifier'];
        if (v === '1234') return { status: 500, headers: { 'Content-Type': 'text/plain' }, body: `X-Dossier-Verifier ${v} rejected (request 81234)` };
      },
    });
    try {
      const args = ['check-api', proxy.url, '--dossier', code, '--verifier', '1234', '--lang', 'en', ...NOT_ABOUT_SPEED];
      const json = await runCli([...args, '--json']);
      const text = await runCli(args);
      const verifier = JSON.parse(json.stdout).checks.find((c) => c.id === 'dossier.verifier');
      assert.equal(verifier.expected, `HTTP 200, application/json, the Dossier ${code}`);
      assert.equal(verifier.actual, 'HTTP 500 text/plain X-Dossier-Verifier •••• rejected (request 81234)');
      assert.ok(text.stdout.includes(`Expected: HTTP 200, application/json, the Dossier ${code}\n`), text.stdout);
      assert.ok(text.stdout.includes('Got: HTTP 500 text/plain X-Dossier-Verifier •••• rejected (request 81234)\n'), text.stdout);
      for (const r of [json, text]) assert.ok(!/\b1234\b/.test(r.stdout) && !/\b1234\b/.test(r.stderr), 'the verifier was printed');
    } finally {
      await proxy.close();
    }
  });
});

describe('check-api over HTTPS', { concurrency: 2 }, () => {
  let cert;
  let soon;
  before(() => {
    cert = selfSignedCertificate(400);
    soon = selfSignedCertificate(10);
  });
  after(() => {
    for (const c of [cert, soon]) if (c) rmSync(c.dir, { recursive: true, force: true });
  });

  test('a certificate trusted through NODE_EXTRA_CA_CERTS: every check passes', async (t) => {
    if (!cert) return t.skip('openssl is not installed');
    const proxy = await startProxy(api.url, { tls: { key: cert.key, cert: cert.cert }, host: 'localhost' });
    try {
      assert.match(proxy.url, /^https:\/\/localhost:\d+\/api\/v1$/);
      const r = await runCli([...everything(proxy.url), '--json', '--lang', 'en'], { env: { NODE_EXTRA_CA_CERTS: cert.certFile } });
      assert.equal(r.code, 0, r.stdout);
      const report = JSON.parse(r.stdout);
      assert.deepEqual(notPassing(report), {});
      assert.match(report.checks.find((c) => c.id === 'transport').message, /^TLSv1\.[23], certificate valid until \d\d\/\d\d\/\d{4} \(39\d days left\)\.$/);
    } finally {
      await proxy.close();
    }
  });

  test('an IPv6 literal over HTTPS', async (t) => {
    if (!cert) return t.skip('openssl is not installed');
    const proxy = await startProxy(api.url, { tls: { key: cert.key, cert: cert.cert }, host: '::1' });
    try {
      const r = await runCli([...everything(proxy.url), '--json'], { env: { NODE_EXTRA_CA_CERTS: cert.certFile } });
      assert.equal(r.code, 0, r.stdout);
      assert.deepEqual(notPassing(JSON.parse(r.stdout)), {});
    } finally {
      await proxy.close();
    }
  });

  test('an untrusted certificate: the API is unreachable, and the report says it is the certificate', async (t) => {
    if (!cert) return t.skip('openssl is not installed');
    const proxy = await startProxy(api.url, { tls: { key: cert.key, cert: cert.cert }, host: 'localhost' });
    try {
      const r = await runCli(['check-api', proxy.url, '--json', '--lang', 'en']);
      assert.equal(r.code, 1);
      const [first, ...rest] = JSON.parse(r.stdout).checks;
      assert.equal(first.status, 'fail');
      assert.match(first.message, /certificate\/TLS error: DEPTH_ZERO_SELF_SIGNED_CERT/);
      // What to do is about the certificate (the transport check, which would say so, cannot run).
      assert.equal(first.fix, 'Use a certificate from an authority that browsers trust, with its full chain of intermediate certificates.');
      assert.ok(rest.every((c) => c.status === 'skip'));
    } finally {
      await proxy.close();
    }
  });

  test('a certificate about to expire is a warning', async (t) => {
    if (!soon) return t.skip('openssl is not installed');
    const proxy = await startProxy(api.url, { tls: { key: soon.key, cert: soon.cert }, host: 'localhost' });
    try {
      const r = await runCli([...everything(proxy.url), '--json', '--lang', 'en'], { env: { NODE_EXTRA_CA_CERTS: soon.certFile } });
      assert.equal(r.code, 0, r.stdout);
      const report = JSON.parse(r.stdout);
      assert.deepEqual(notPassing(report), { transport: 'warn' });
      assert.match(report.checks.find((c) => c.id === 'transport').message, /expires on \d\d\/\d\d\/\d{4} \((9|10) days left\)/);
    } finally {
      await proxy.close();
    }
  });
});
