// `dvc-elements check-api` against an API that breaks one thing at a time (a fixture server in front of the
// mock API): each break is caught by its own check, and by no other.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CORS, json, NOT_ABOUT_SPEED, notPassing, runCli, sleep, startMockApiServer, startProxy } from './helpers.js';

const ORIGIN = 'https://tinhkhe.quangngai.gov.vn';

let api;
let guarded;
before(async () => {
  api = await startMockApiServer();
  guarded = api.mocks.sampleDossiers().find((d) => d.verifier);
});
after(() => api.close());

const path = (ctx) => ctx.url.pathname.replace(/^\/api\/v1/, '');
const codesOf = (ctx) => ctx.url.searchParams.get('codes')?.split(',') ?? null;
const setCodes = (ctx, codes) => ctx.url.searchParams.set('codes', codes.join(','));
const withoutHeader = (answer, name) => ({
  ...answer,
  headers: Object.fromEntries(Object.entries(answer.headers).filter(([k]) => k.toLowerCase() !== name.toLowerCase())),
});
const nfd = (text) => text.normalize('NFD');
/** The answer with every `name` in its JSON decomposed (NFD), as a "tổ hợp" keyboard setting types it. */
function withNamesDecomposed(answer) {
  if (!/json/.test(answer.headers['content-type'] ?? '')) return answer;
  const body = JSON.stringify(JSON.parse(String(answer.body)), (key, v) => (key === 'name' && typeof v === 'string' ? nfd(v) : v));
  return { ...answer, body };
}
/** The answer to POST /feedback with each field of its 422 errors renamed by `rename`, headers untouched. */
function withFeedbackFieldsRenamed(ctx, answer, rename) {
  if (ctx.method !== 'POST' || path(ctx) !== '/feedback' || answer.status !== 422) return answer;
  const problem = JSON.parse(String(answer.body));
  return { ...answer, body: JSON.stringify({ ...problem, errors: problem.errors.map((e) => ({ ...e, field: rename(e.field) })) }) };
}
const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
/** A name with commas for 1.001193, wherever an answer names it. */
const COMMA_NAME = 'Đăng ký khai sinh, nhận cha, mẹ, con';
function withCommaName(answer) {
  if (!/json/.test(answer.headers['content-type'] ?? '')) return answer;
  const body = JSON.stringify(JSON.parse(String(answer.body), (key, v) => (v?.code === '1.001193' && typeof v.name === 'string' ? { ...v, name: COMMA_NAME } : v)));
  return { ...answer, body };
}
/** The checks that read an answer with names: one warning for each kind of answer. */
const READ_NAMES = ['procedures.search', 'procedures.detail', 'domains', 'agencies', 'stats', 'dossier.verifier'];

/** The API moved from /api/v1 to /api/v2, and its old address redirects GETs there with `headers`. */
function movedApi(ctx, headers) {
  if (ctx.method === 'GET' && ctx.url.pathname.startsWith('/api/v1/')) {
    return { status: 301, headers: { ...headers, Location: ctx.url.pathname.replace('/api/v1/', '/api/v2/') + ctx.url.search }, body: '' };
  }
  ctx.url.pathname = ctx.url.pathname.replace('/api/v2/', '/api/v1/');
  return undefined;
}

/** Each fixture: how the API misbehaves, and the only checks that may not pass (with their status). */
const FIXTURES = [
  {
    name: 'no CORS header on the answers',
    response: (ctx, a) => (ctx.method === 'OPTIONS' ? a : withoutHeader(a, 'Access-Control-Allow-Origin')),
    expect: { 'cors.answers': 'fail' },
    fix: /Access-Control-Allow-Origin/,
  },
  {
    name: 'CORS header on successes only (a gateway adding it to 2xx answers only)',
    response: (ctx, a) => (ctx.method !== 'OPTIONS' && a.status >= 400 ? withoutHeader(a, 'Access-Control-Allow-Origin') : a),
    expect: { 'cors.answers': 'fail' },
    actual: /GET \/procedures\/\{code\} 404/,
  },
  {
    name: 'a preflight without X-Dossier-Verifier',
    response: (ctx, a) =>
      ctx.method === 'OPTIONS'
        ? { ...a, headers: { ...a.headers, 'access-control-allow-headers': 'Content-Type, Accept-Language, Idempotency-Key, X-Challenge-Token' } }
        : a,
    expect: { 'cors.preflight.dossier': 'fail' },
    fix: /Access-Control-Allow-Headers: X-Dossier-Verifier/,
  },
  {
    name: 'a preflight answered with a redirect (browsers never follow one)',
    request: (ctx) =>
      ctx.method === 'OPTIONS' && !ctx.url.pathname.endsWith('/')
        ? { status: 307, headers: { ...CORS, 'Access-Control-Allow-Headers': '*', Location: `${ctx.url.pathname}/` }, body: '' }
        : undefined,
    expect: { 'cors.preflight.dossier': 'fail', 'cors.preflight.feedback': 'fail' },
    actual: /^HTTP 307; .*Location: http:\/\/127\.0\.0\.1:\d+\/api\/v1\/dossiers\/[^/]+\/$/,
  },
  {
    name: 'the API moved, its redirects without CORS headers (a browser stops at the first)',
    request: (ctx) => movedApi(ctx, {}),
    expect: { 'cors.answers': 'fail', reachable: 'warn' },
    actual: /GET \/procedures 301: —/,
  },
  {
    name: 'the API moved, its redirects with CORS headers (followed, one more round trip each)',
    request: (ctx) => movedApi(ctx, CORS),
    expect: { reachable: 'warn' },
    fix: /Dùng địa chỉ cuối cùng làm api-base|Use the final address as api-base/,
    // A redirect is part of the answer it leads to: timed once, from the first request, not as answers of its own.
    after: (proxy, report) => {
      const search = report.timings.find((x) => x.endpoint === 'GET /procedures');
      const answered = proxy.log.filter((e) => e.method === 'GET' && /^\/api\/v2\/procedures\?/.test(e.path)).length;
      assert.equal(search.count, answered);
    },
  },
  {
    name: 'an unknown procedure answered 500 (the system fails on it) instead of 404',
    request: (ctx) =>
      /^\/procedures\/0\.000000/.test(path(ctx)) ? { status: 500, headers: { ...CORS, 'Content-Type': 'application/problem+json' }, body: '{"title":"NullPointerException","status":500}' } : undefined,
    expect: { 'procedures.not-found': 'fail' },
    // What to change agrees with what was expected: the 404, not "answer with success".
    fix: /^Answer HTTP 404 with application\/problem\+json in this case; HTTP 500 shows the system fails on this very request/,
  },
  {
    name: 'pages that overlap (a list ordered by a key that is not unique)',
    response: async (ctx, a) => {
      const size = Number(ctx.url.searchParams.get('pageSize'));
      const pageNo = Number(ctx.url.searchParams.get('page'));
      if (path(ctx) !== '/procedures' || ctx.url.search.match(/[?&](q|codes|domain|agency|tier|level)=/) || pageNo < 2 || size < 10) return a;
      // Page n starts with the last procedure of page n - 1, as a database may hand it back under such an order.
      const before = await (await fetch(`${api.url}/procedures?page=${pageNo - 1}&pageSize=${size}`)).json();
      const body = JSON.parse(String(a.body));
      return { ...a, body: JSON.stringify({ ...body, items: [before.items.at(-1), ...body.items.slice(0, -1)] }) };
    },
    expect: { 'procedures.paging': 'fail' },
    // The mock's catalog fits in one page of 100: the widgets' page size shows it.
    actual: /^page=2&pageSize=10 has procedure [\w.]+ of page 1 again$/,
    fix: /^Sort the list by a unique key/,
  },
  {
    name: 'a wrong shape on /domains',
    request: (ctx) =>
      path(ctx) === '/domains' ? json(200, { items: [{ code: 'HT', title: 'Hộ tịch' }] }, { ...CORS, 'Cache-Control': 'public, max-age=300' }) : undefined,
    expect: { domains: 'fail' },
    actual: /items\[0\]/,
  },
  {
    name: 'a 404 as an HTML page instead of problem+json',
    response: (ctx, a) =>
      a.status === 404
        ? { ...a, headers: { ...a.headers, 'content-type': 'text/html' }, body: '<html><body><h1>404 Not Found</h1><hr>nginx</body></html>' }
        : a,
    // The same defect, met on both endpoints that answer 404.
    expect: { 'procedures.not-found': 'fail', 'dossier.not-found': 'fail' },
    actual: /text\/html/,
  },
  {
    name: 'pageSize ignored',
    request: (ctx) => {
      if (path(ctx) === '/procedures' && !ctx.url.searchParams.has('codes')) ctx.url.searchParams.delete('pageSize');
    },
    expect: { 'procedures.paging': 'fail' },
    actual: /pageSize=1: 10/,
  },
  {
    name: 'more than 100 codes accepted silently (cut to 100)',
    request: (ctx) => {
      const codes = codesOf(ctx);
      if (codes && codes.length > 100) setCodes(ctx, codes.slice(0, 100));
    },
    // The widgets split at 100 and never send more: a warning, not a failure.
    expect: { 'procedures.codes-limit': 'warn' },
    fix: /422/,
  },
  {
    // A search as a LIKE on folded text does it: the folded query must be a part of the folded name, punctuation
    // included. It meets the contract (diacritics and case ignored), but not a citizen who leaves the commas out.
    name: 'a search for the phrase as typed (punctuation counts), on a name with commas',
    request: (ctx) => {
      const p = ctx.url.searchParams;
      if (ctx.method !== 'GET' || path(ctx) !== '/procedures' || !p.get('q')) return;
      ctx.like = { q: fold(p.get('q')).trim(), page: Number(p.get('page') ?? 1), pageSize: Number(p.get('pageSize') ?? 10) };
      p.delete('q');
      p.set('page', '1');
      p.set('pageSize', '100');
    },
    response: (ctx, a) => {
      const answer = withCommaName(a);
      if (!ctx.like || answer.status !== 200) return answer;
      const { q, page, pageSize } = ctx.like;
      const found = JSON.parse(String(answer.body)).items.filter((p) => fold(p.name).includes(q) || fold(p.code) === q);
      return { ...answer, body: JSON.stringify({ items: found.slice((page - 1) * pageSize, page * pageSize), total: found.length, page, pageSize }) };
    },
    expect: { 'procedures.unaccented': 'warn' },
    actual: /0 results/,
    fix: /cha me con/,
  },
  {
    name: 'codes dropped (only the first 50 answered)',
    request: (ctx) => {
      const codes = codesOf(ctx);
      if (codes && codes.length <= 100) setCodes(ctx, codes.slice(0, 50));
    },
    expect: { 'procedures.codes': 'fail' },
    actual: /existing codes missing/,
  },
  {
    name: 'Accept-Language ignored',
    request: (ctx) => {
      ctx.headers['accept-language'] = 'vi';
    },
    expect: { language: 'warn' },
  },
  {
    name: 'a 429 without Retry-After',
    request: (ctx) => {
      const first = ctx.log.filter((e) => e.path.startsWith('/api/v1/agencies')).length === 1;
      if (path(ctx) === '/agencies' && first) {
        return {
          status: 429,
          headers: { ...CORS, 'Content-Type': 'application/problem+json' },
          body: JSON.stringify({ type: 'urn:dvc:problem:rate-limited', title: 'Too Many Requests', status: 429 }),
        };
      }
    },
    expect: { 'rate-limit': 'warn' },
    after(proxy) {
      // The check waited before it asked again.
      const [limited, again] = proxy.log.filter((e) => e.path.startsWith('/api/v1/agencies'));
      assert.ok(again.start - limited.answered >= 1000, `${again.start - limited.answered} ms`);
    },
  },
  {
    name: 'slow answers',
    request: async (ctx) => {
      if (path(ctx) === '/domains') await sleep(3500);
    },
    // Far above what the shared test machine adds to the other answers.
    options: ['--slow', '3'],
    expect: { timing: 'warn' },
    actual: /^GET \/domains: median \d,\d{3} ms/,
    after(proxy, report) {
      const domains = report.timings.find((x) => x.endpoint === 'GET /domains');
      assert.ok(domains.medianMs >= 3500, JSON.stringify(domains));
    },
  },
  {
    name: 'feedback without idempotency (a new record for every request)',
    request: (ctx) => {
      if (ctx.method === 'POST') ctx.headers['idempotency-key'] = crypto.randomUUID();
    },
    expect: { 'feedback.idempotency': 'fail' },
    fix: /Idempotency-Key/,
  },
  {
    name: 'a wrong verifier still shows the dossier',
    request: (ctx) => {
      if (ctx.headers['x-dossier-verifier'] !== undefined) ctx.headers['x-dossier-verifier'] = guarded.verifier;
    },
    expect: { 'dossier.verifier': 'fail' },
  },
  {
    name: 'a 403 asking for the verifier with another problem type (the tracker would show a general error)',
    response: (ctx, a) => (a.status === 403 ? { ...a, body: JSON.stringify({ ...JSON.parse(String(a.body)), type: 'about:blank' }) } : a),
    expect: { 'dossier.lookup': 'fail', 'dossier.verifier': 'fail' },
    actual: /^type: about:blank$/,
    fix: /403 .*"urn:dvc:problem:verifier-required"/,
    after(proxy, report) {
      assert.match(report.checks.find((x) => x.id === 'dossier.lookup').message, /never ask for the verifier/);
    },
  },
  {
    name: 'names sent decomposed (NFD)',
    response: (ctx, a) => withNamesDecomposed(a),
    expect: Object.fromEntries(READ_NAMES.map((id) => [id, 'warn'])),
    actual: new RegExp(`^/procedures\\?page=1&pageSize=100 items\\[0\\]\\.name: “${nfd('Đăng ký khai sinh')}” \\(ă = a \\+ U\\+0306\\)`),
    fix: /text\.normalize\('NFC'\)/,
  },
  {
    name: 'feedback refused with errors the form cannot place at its field (field "msg")',
    response: (ctx, a) => withFeedbackFieldsRenamed(ctx, a, (field) => (field === 'message' ? 'msg' : field)),
    expect: { 'feedback.validation': 'warn' },
    actual: /^field: "msg", field: "email"$/,
    fix: /"message"/,
    after(proxy, report) {
      const c = report.checks.find((x) => x.id === 'feedback.validation');
      assert.match(c.message, /cannot place the error at the message field/);
      assert.match(c.expected, /field: "message".*contact\.email/);
    },
  },
  {
    name: 'feedback refused with an email error the form cannot place (field "emailAddress")',
    response: (ctx, a) => withFeedbackFieldsRenamed(ctx, a, (field) => (field === 'email' ? 'emailAddress' : field)),
    expect: { 'feedback.validation': 'warn' },
    actual: /^field: "emailAddress"$/,
    fix: /"contact\.email"/,
    after(proxy, report) {
      const c = report.checks.find((x) => x.id === 'feedback.validation');
      assert.match(c.message, /cannot place some errors at the field to correct/);
      assert.match(c.expected, /rating, message, name, email, phone, consent/);
    },
  },
  {
    name: 'no caching headers on the catalog',
    response: (ctx, a) => withoutHeader(a, 'Cache-Control'),
    // Dossiers lose their no-store as well.
    expect: { 'caching.catalog': 'warn', 'caching.dossier': 'warn' },
    fix: /max-age/,
  },
];

describe('check-api catches each break alone', { concurrency: 4 }, () => {
  for (const f of FIXTURES) {
    test(f.name, async () => {
      const proxy = await startProxy(api.url, { request: f.request, response: f.response });
      try {
        const r = await runCli([
          'check-api', proxy.url, '--origin', ORIGIN, '--dossier', guarded.code, '--verifier', guarded.verifier, '--write', '--json',
          '--lang', 'en', ...(f.options ?? NOT_ABOUT_SPEED),
        ]);
        const report = JSON.parse(r.stdout);
        assert.deepEqual(notPassing(report), f.expect);
        const failing = Object.values(f.expect).includes('fail');
        assert.equal(r.code, failing ? 1 : 0);
        for (const id of Object.keys(f.expect)) {
          const c = report.checks.find((x) => x.id === id);
          // What was expected, what came back, what to change.
          assert.ok(c.expected && c.fix, `${id}: ${JSON.stringify(c)}`);
          if (c.status === 'fail') assert.ok(c.actual, `${id}: ${JSON.stringify(c)}`);
        }
        const found = report.checks.find((x) => x.id === Object.keys(f.expect)[0]);
        if (f.fix) assert.match(found.fix, f.fix);
        if (f.actual) assert.match(found.actual, f.actual);
        f.after?.(proxy, report);
      } finally {
        await proxy.close();
      }
    });
  }
});

describe('check-api and the names of refused fields', () => {
  test('a path whose last name is message (/message, body.message) is the form\'s message field: the check passes', async () => {
    await Promise.all(
      ['/message', 'body.message'].map(async (name) => {
        const sent = [];
        const rename = (field) => {
          sent.push(field === 'message' ? name : field);
          return sent.at(-1);
        };
        const proxy = await startProxy(api.url, { response: (ctx, a) => withFeedbackFieldsRenamed(ctx, a, rename) });
        try {
          const r = await runCli([
            'check-api', proxy.url, '--origin', ORIGIN, '--dossier', guarded.code, '--verifier', guarded.verifier, '--write', '--json',
            '--lang', 'en', ...NOT_ABOUT_SPEED,
          ]);
          const report = JSON.parse(r.stdout);
          assert.deepEqual(notPassing(report), {}, name);
          assert.equal(r.code, 0, name);
          // The check read the message field under that name, and the email's as the server names it.
          assert.deepEqual(sent, [name, 'email']);
        } finally {
          await proxy.close();
        }
      }),
    );
  });
});

describe('check-api and texts sent decomposed', () => {
  test('names sent decomposed (NFD): a warning for each kind of answer, saying where and what to do, and exit status 0', async () => {
    const proxy = await startProxy(api.url, { response: (ctx, a) => withNamesDecomposed(a) });
    try {
      const r = await runCli(['check-api', proxy.url, '--origin', ORIGIN, '--dossier', guarded.code, '--verifier', guarded.verifier, '--write', ...NOT_ABOUT_SPEED]);
      assert.equal(r.code, 0, r.stdout);
      for (const id of READ_NAMES) assert.match(r.stdout, new RegExp(`^CẢNH BÁO  ${id.replace(/\./g, '\\.')} `, 'm'), id);
      assert.match(
        r.stdout,
        /^CẢNH BÁO  procedures\.search +Tìm thủ tục: GET \/procedures — GET \/procedures gửi \d+ chuỗi ở dạng Unicode tổ hợp \(NFD\) thay vì dựng sẵn \(NFC\): /m,
      );
      assert.ok(r.stdout.includes(`Nhận được: /procedures?page=1&pageSize=100 items[0].name: «${nfd('Đăng ký khai sinh')}» (ă = a + U+0306); `), r.stdout);
      assert.ok(r.stdout.includes(`Nhận được: /domains items[0].name: «${nfd('Hộ tịch')}» (ộ = o + U+0323 + U+0302)`), r.stdout);
      assert.match(r.stdout, /^ +Cách sửa: Chuẩn hoá chuỗi sang NFC trên máy chủ .*text\.normalize\('NFC'\)/m);
      assert.match(r.stdout, /^22 đạt, 6 cảnh báo, 0 lỗi, 0 bỏ qua — /m);
      assert.match(r.stdout, /API này dùng được cho các tiện ích dvc-elements\./);
    } finally {
      await proxy.close();
    }
  });
});

/** Words of a text without diacritics, case or punctuation. */
const wordsOf = (text) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * A search as many portals' full-text searches make it: a procedure matches when any word of q is a word of its
 * name, diacritics and case ignored, and the newest codes come first. Allowed by the contract; but the words of a
 * name are common ("đăng ký", "khai"), so a name's own procedure comes after hundreds of others.
 */
async function anyWordNewestFirst(target) {
  let catalog;
  const load = async () => {
    const all = [];
    for (let page = 1; ; page++) {
      const body = await (await fetch(`${target}/procedures?page=${page}&pageSize=100`)).json();
      all.push(...body.items);
      if (all.length >= body.total || !body.items.length) return all.sort((a, b) => (a.code < b.code ? 1 : -1));
    }
  };
  return startProxy(target, {
    async request(ctx) {
      const p = ctx.url.searchParams;
      if (ctx.method !== 'GET' || path(ctx) !== '/procedures' || !p.get('q')) return undefined;
      const q = wordsOf(p.get('q'));
      const found = (await (catalog ??= load())).filter((x) => wordsOf(x.name).some((w) => q.includes(w)));
      const [page, pageSize] = [Number(p.get('page') ?? 1), Number(p.get('pageSize') ?? 10)];
      const body = { items: found.slice((page - 1) * pageSize, page * pageSize), total: found.length, page, pageSize };
      return json(200, body, { ...CORS, 'Cache-Control': 'public, max-age=300' });
    },
  });
}

describe('check-api and a search whose matches for a name fill more than a page', () => {
  const unaccented = async (catalogSize) => {
    const mock = await startMockApiServer({ catalogSize });
    const proxy = await anyWordNewestFirst(mock.url);
    try {
      const r = await runCli(['check-api', proxy.url, '--json', '--lang', 'en', ...NOT_ABOUT_SPEED]);
      const report = JSON.parse(r.stdout);
      const searches = proxy.log.filter((e) => /[?&]q=/.test(e.path)).map((e) => new URL(e.path, proxy.url).searchParams);
      return { code: r.code, report, check: report.checks.find((c) => c.id === 'procedures.unaccented'), searches };
    } finally {
      await proxy.close();
      await mock.close();
    }
  };

  test('the procedure a few pages on (1,671 procedures, as one province published, 366 of them matching) is found: a pass, not "does not find it"', async () => {
    const r = await unaccented(1671);
    assert.equal(r.check.status, 'pass', JSON.stringify(r.check));
    assert.equal(r.check.message, '“dang ky khai sinh” finds 1.001193, also in capitals.');
    assert.equal(r.code, 0, JSON.stringify(notPassing(r.report)));
    // Read on to page 4 for each of the three forms of the name, no further.
    assert.deepEqual(r.searches.map((s) => s.get('page')), ['1', '2', '3', '4', '1', '2', '3', '4', '1', '2', '3', '4']);
  });

  test('past the pages the check reads (500 of 694): a warning that it cannot tell, with the ranking to change, not a failure', async () => {
    const r = await unaccented(3000);
    assert.equal(r.check.status, 'warn', JSON.stringify(r.check));
    assert.equal(r.check.message, 'Searching for “Đăng ký khai sinh” gives 694 results, and 1.001193 is not among the first 500: the check reads no further, so it cannot tell whether the search finds it.');
    assert.equal(r.check.expected, '1.001193 “Đăng ký khai sinh” among the first 500 results');
    assert.equal(r.check.actual, '694 results; this procedure is not among the first 500');
    assert.match(r.check.fix, /^Rank the results so that a procedure whose name matches q in full comes first/);
    assert.equal(r.searches.length, 5);
  });
});

describe('check-api and a redirect loop', () => {
  test('redirects that never end: the API does not answer, said as such, with where to look, and the run stops', async () => {
    const proxy = await startProxy(api.url, {
      request: (ctx) => (ctx.method === 'GET' ? { status: 302, headers: { ...CORS, Location: ctx.url.pathname + ctx.url.search }, body: '' } : undefined),
    });
    try {
      const r = await runCli(['check-api', proxy.url, '--json', ...NOT_ABOUT_SPEED]);
      assert.equal(r.code, 1);
      const report = JSON.parse(r.stdout);
      const reachable = report.checks.find((c) => c.id === 'reachable');
      assert.equal(reachable.status, 'fail');
      assert.match(reachable.message, /^GET \/procedures: chuyển hướng mãi không dừng \(quá 20 lần, lần cuối đến http:\/\/127\.0\.0\.1:\d+\/api\/v1\/procedures\?page=1&pageSize=1\)\.$/);
      assert.equal(reachable.actual, 'chuyển hướng lặp vòng');
      assert.match(reachable.fix, /cổng \(gateway\) và máy chủ web: địa chỉ API phải trả lời trực tiếp/);
      // 21 requests (the first and 20 redirects), then nothing more: the run stops there.
      assert.equal(proxy.log.filter((e) => e.method === 'GET').length, 21);
      assert.equal(report.summary.pass, 0);
    } finally {
      await proxy.close();
    }
  });
});

describe('check-api when the first answer is not the API\'s', () => {
  const first = async (answer) => {
    const proxy = await startProxy(api.url, { request: () => answer });
    try {
      const r = await runCli(['check-api', proxy.url, '--json', ...NOT_ABOUT_SPEED]);
      const report = JSON.parse(r.stdout);
      return { code: r.code, report, reachable: report.checks[0], requests: proxy.log.length };
    } finally {
      await proxy.close();
    }
  };

  test('rate-limited from the start (429, Retry-After: 30): said so, when to run again, and nothing else is run', async () => {
    const r = await first({ status: 429, headers: { ...CORS, 'Retry-After': '30', 'Content-Type': 'application/problem+json' }, body: '{"title":"Too Many Requests","status":429}' });
    assert.equal(r.code, 1);
    assert.equal(r.reachable.status, 'fail');
    assert.equal(r.reachable.message, 'API đang giới hạn tần suất với máy chạy kiểm tra (HTTP 429, Retry-After: 30 giây): các kiểm tra khác chưa chạy được.');
    assert.match(r.reachable.fix, /^Chạy lại sau 30 giây; nếu vẫn thế, nới giới hạn cho địa chỉ IP của máy chạy kiểm tra/);
    assert.deepEqual(r.report.summary, { pass: 0, warn: 0, fail: 1, skip: r.report.checks.length - 1 });
    assert.equal(r.requests, 1);
  });

  test('unavailable from the start (503, Retry-After: 30, as a gateway answers when the system behind it is down): said so, and nothing else is run', async () => {
    const r = await first({ status: 503, headers: { ...CORS, 'Retry-After': '30', 'Content-Type': 'application/problem+json' }, body: '{"type":"about:blank","title":"Hệ thống tạm ngừng","status":503}' });
    assert.equal(r.code, 1);
    assert.equal(r.reachable.status, 'fail');
    assert.equal(r.reachable.message, 'API tạm thời không phục vụ (HTTP 503, Retry-After: 30 giây): các kiểm tra khác chưa chạy được.');
    assert.match(r.reachable.fix, /^Cho hệ thống phía sau cổng \(gateway\) chạy lại .* rồi chạy lại kiểm tra, sau ít nhất 30 giây/);
    assert.deepEqual(r.report.summary, { pass: 0, warn: 0, fail: 1, skip: r.report.checks.length - 1 });
    assert.equal(r.requests, 1);
  });

  test('credentials asked for from the start (401 from a gateway\'s login rule, 403): said once, with the gateway rule to change, and nothing else is run', async () => {
    const r = await first({ status: 401, headers: { ...CORS, 'WWW-Authenticate': 'Bearer realm="dvc"', 'Content-Type': 'application/problem+json' }, body: '{"title":"Unauthorized","status":401}' });
    assert.equal(r.code, 1);
    // Stopped at once: every other check skipped, no other request made.
    assert.deepEqual(r.report.summary, { pass: 0, warn: 0, fail: 1, skip: r.report.checks.length - 1 });
    assert.equal(r.requests, 1);
    assert.equal(r.reachable.status, 'fail');
    assert.equal(
      r.reachable.message,
      'API đòi đăng nhập (HTTP 401); tiện ích không bao giờ gửi cookie hay thông tin đăng nhập (chúng gọi API từ trình duyệt của người dân, không ai đăng nhập): các kiểm tra khác chưa chạy được.',
    );
    assert.match(r.reachable.fix, /^Mở các địa chỉ công khai của hợp đồng cho yêu cầu ẩn danh: trên cổng \(gateway\), bỏ quy tắc đòi đăng nhập .*\/procedures, \/domains, \/agencies, \/stats, \/dossiers và \/feedback/);
    const forbidden = await first({ status: 403, headers: { ...CORS, 'Content-Type': 'text/plain' }, body: 'Forbidden' });
    assert.equal(forbidden.reachable.message.slice(0, 33), 'API đòi đăng nhập (HTTP 403); tiệ');
    assert.deepEqual(forbidden.report.summary, { pass: 0, warn: 0, fail: 1, skip: forbidden.report.checks.length - 1 });
    assert.equal(forbidden.requests, 1);
  });

  test('a website\'s page (HTML, 200) where the API should be: the base address is questioned, and nothing else is run', async () => {
    const r = await first({ status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: '<!doctype html><html><body>Cổng thông tin điện tử</body></html>' });
    assert.equal(r.code, 1);
    assert.match(r.reachable.message, /^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/procedures trả lời một trang web \(HTML\), không phải API: địa chỉ gốc của API có đúng không\?$/);
    assert.equal(r.reachable.actual, 'HTTP 200 text/html <!doctype html><html><body>Cổng thông tin điện tử</body></html>');
    assert.match(r.reachable.fix, /^Dùng địa chỉ gốc mà dưới nó có \/procedures/);
    assert.deepEqual(r.report.summary, { pass: 0, warn: 0, fail: 1, skip: r.report.checks.length - 1 });
  });

  test('a body marked gzip that is not: the answer cannot be read, and the fix is the compression settings', async () => {
    const proxy = await startProxy(api.url, { response: (ctx, a) => ({ ...a, headers: { ...a.headers, 'content-encoding': 'gzip' } }) });
    try {
      const r = await runCli(['check-api', proxy.url, '--json', ...NOT_ABOUT_SPEED]);
      const reachable = JSON.parse(r.stdout).checks[0];
      assert.equal(r.code, 1);
      assert.match(reachable.message, /nội dung nén của câu trả lời bị hỏng, không giải nén được: Z_DATA_ERROR/);
      assert.match(reachable.fix, /^Sửa cấu hình nén ở cổng \(gateway\) và máy chủ web: Content-Encoding phải đúng với nội dung gửi đi/);
    } finally {
      await proxy.close();
    }
  });

  test('the checks left out after such a stop say its own reason, not that the API does not answer, in both languages, text and --json', async () => {
    const problem = (status, title) => ({ status, headers: { ...CORS, 'Retry-After': '30', 'Content-Type': 'application/problem+json' }, body: JSON.stringify({ title, status }) });
    const cases = [
      [problem(401, 'Unauthorized'), 'Không chạy: API đòi đăng nhập.', 'Not run: the API asks for credentials.'],
      [problem(429, 'Too Many Requests'), 'Không chạy: API đang giới hạn tần suất với máy chạy kiểm tra.', 'Not run: the API is rate-limiting the machine running the checks.'],
      [problem(503, 'Service Unavailable'), 'Không chạy: API tạm thời không phục vụ.', 'Not run: the API is unavailable for now.'],
      [
        { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: '<!doctype html><html><body>Cổng thông tin điện tử</body></html>' },
        'Không chạy: địa chỉ này trả lời một trang web, không phải API.',
        'Not run: this address answers with a web page, not the API.',
      ],
      // No answer at all: the only stop that says so.
      ['drop', 'Không chạy: API không trả lời.', 'Not run: the API does not answer.'],
    ];
    for (const [answer, vi, en] of cases) {
      const proxy = await startProxy(api.url, { request: () => answer });
      try {
        for (const [lang, said, label] of [['vi', vi, 'BỎ QUA'], ['en', en, 'SKIP']]) {
          const args = ['check-api', proxy.url, '--lang', lang, ...NOT_ABOUT_SPEED];
          const [json, text] = await Promise.all([runCli([...args, '--json']), runCli(args)]);
          const [first, ...rest] = JSON.parse(json.stdout).checks;
          assert.equal(first.status, 'fail');
          assert.deepEqual([...new Set(rest.map((c) => `${c.status}: ${c.message}`))], [`skip: ${said}`]);
          const lines = text.stdout.split('\n').filter((l) => l.startsWith(label));
          assert.equal(lines.length, rest.length, text.stdout);
          for (const l of lines) assert.ok(l.endsWith(` — ${said}`), l);
        }
      } finally {
        await proxy.close();
      }
    }
  });

  test('another refusal (405): a failure, not "answered"', async () => {
    const r = await first({ status: 405, headers: { ...CORS, 'Content-Type': 'application/problem+json' }, body: '{"title":"Method Not Allowed","status":405}' });
    assert.equal(r.code, 1);
    assert.equal(r.reachable.status, 'fail');
    assert.equal(r.reachable.message, 'GET /procedures trả lời HTTP 405 thay vì thành công.');
  });
});

describe('check-api and a redirect to another origin', () => {
  test('after it a browser sends Origin: null, so a gateway that allows only the site\'s own origin blocks the widgets', async () => {
    // The API's new home allows the embedding site by name only, as an allow-list gateway does.
    const home = await startProxy(api.url, {
      response: (ctx, a) => (ctx.method === 'OPTIONS' ? a : { ...a, headers: { ...a.headers, 'access-control-allow-origin': ORIGIN, vary: 'Origin' } }),
    });
    const old = await startProxy(api.url, {
      request: (ctx) =>
        ctx.method === 'GET' ? { status: 301, headers: { ...CORS, Location: home.url + ctx.url.pathname.replace(/^\/api\/v1/, '') + ctx.url.search }, body: '' } : undefined,
    });
    try {
      const r = await runCli(['check-api', old.url, '--origin', ORIGIN, '--json', '--lang', 'en', ...NOT_ABOUT_SPEED]);
      const cors = JSON.parse(r.stdout).checks.find((c) => c.id === 'cors.answers');
      assert.equal(cors.status, 'fail');
      assert.match(cors.actual, new RegExp(`GET /procedures 200: ${ORIGIN.replace(/\./g, '\\.')}`));
      assert.equal(r.code, 1);
      // What the new home received after the redirect.
      assert.ok(home.log.filter((e) => e.method === 'GET').every((e) => e.headers.origin === 'null'));
    } finally {
      await old.close();
      await home.close();
    }
  });
});

describe('check-api and a redirect that goes nowhere', () => {
  test('a Location that is not an address: the redirect is the answer, reported as such, not as a network failure', async () => {
    const proxy = await startProxy(api.url, {
      request: (ctx) => (ctx.method === 'GET' && path(ctx) === '/domains' ? { status: 302, headers: { ...CORS, Location: 'http://[khong-phai-dia-chi' }, body: '' } : undefined),
    });
    try {
      const r = await runCli(['check-api', proxy.url, '--json', '--lang', 'en', ...NOT_ABOUT_SPEED]);
      const domains = JSON.parse(r.stdout).checks.find((c) => c.id === 'domains');
      assert.equal(domains.status, 'fail');
      assert.match(domains.message, /HTTP 302/);
      assert.doesNotMatch(domains.message, /no answer/);
    } finally {
      await proxy.close();
    }
  });
});
