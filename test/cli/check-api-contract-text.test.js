// What `dvc-elements check-api` says came back when an answer breaks the contract: in the report's language, from
// the figures of the error itself (the schema validator and the widgets' answer checks word theirs in English);
// and bytes that are not UTF-8, which a browser would turn into �.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importTs, NOT_ABOUT_SPEED, ROOT, runCli, startMockApiServer, startProxy } from './helpers.js';

let api;
before(async () => {
  api = await startMockApiServer();
});
after(() => api.close());

const path = (ctx) => ctx.url.pathname.replace(/^\/api\/v1/, '');

describe('check-api and answers that break the contract', () => {
  /** Answers with one thing wrong at each endpoint: a field missing, a value not allowed, HTML, an odd status. */
  function breakAnswers(ctx, answer) {
    const p = path(ctx);
    if (ctx.method !== 'GET') return answer;
    if (p === '/procedures' && answer.status === 200) {
      const page = JSON.parse(String(answer.body));
      const { name, ...nameless } = page.items[0];
      return { ...answer, body: JSON.stringify({ ...page, items: [nameless, ...page.items.slice(1)] }) };
    }
    if (p === '/agencies') {
      const list = JSON.parse(String(answer.body));
      return { ...answer, body: JSON.stringify({ ...list, items: [{ ...list.items[0], tier: 'thon' }, ...list.items.slice(1)] }) };
    }
    if (p === '/domains') return { ...answer, body: '<html><body>Bảo trì hệ thống</body></html>' };
    if (p === '/stats') return { ...answer, status: 203 };
    if (p.startsWith('/procedures/') && answer.status === 404) return { ...answer, body: '<html>404 Not Found</html>' };
    return answer;
  }
  const gotLine = (stdout, id) => {
    const lines = stdout.split('\n');
    const at = lines.findIndex((l) => new RegExp(` ${id.replace(/\./g, '\\.')} `).test(l));
    return lines.slice(at + 1).find((l) => /^ +(Nhận được|Got):/.test(l))?.trim();
  };

  test('in Vietnamese, what came back is said in Vietnamese: no English from the schema validator or the answer checks', async () => {
    const proxy = await startProxy(api.url, { response: breakAnswers });
    try {
      const r = await runCli(['check-api', proxy.url, ...NOT_ABOUT_SPEED]);
      assert.equal(r.code, 1, r.stdout);
      assert.equal(gotLine(r.stdout, 'procedures.search'), 'Nhận được: items[0]: thiếu trường bắt buộc "name"; tiện ích: items[0].name: cần chuỗi (string)');
      assert.equal(
        gotLine(r.stdout, 'agencies'),
        'Nhận được: items[0].tier: "thon" không thuộc các giá trị cho phép: "province", "district", "commune"; tiện ích: items[0].tier: cần một trong province, commune, district',
      );
      assert.equal(gotLine(r.stdout, 'domains'), 'Nhận được: không phải JSON: <html><body>Bảo trì hệ thống</body></html>');
      assert.equal(gotLine(r.stdout, 'stats'), 'Nhận được: hợp đồng không có HTTP 203 cho GET /stats');
      assert.equal(gotLine(r.stdout, 'procedures.not-found'), 'Nhận được: không phải JSON: <html>404 Not Found</html>');
      assert.doesNotMatch(r.stdout, /Instance|expected|not JSON|not documented|widgets:/);
    } finally {
      await proxy.close();
    }
  });

  test('in English, the same lines read as English', async () => {
    const proxy = await startProxy(api.url, { response: breakAnswers });
    try {
      const r = await runCli(['check-api', proxy.url, '--lang', 'en', ...NOT_ABOUT_SPEED]);
      assert.equal(r.code, 1, r.stdout);
      assert.equal(gotLine(r.stdout, 'procedures.search'), 'Got: items[0]: the required field "name" is missing; widgets: items[0].name: expected a string');
      assert.equal(
        gotLine(r.stdout, 'agencies'),
        'Got: items[0].tier: "thon" is not one of the allowed values: "province", "district", "commune"; widgets: items[0].tier: expected one of province, commune, district',
      );
      assert.equal(gotLine(r.stdout, 'stats'), 'Got: the contract has no HTTP 203 for GET /stats');
    } finally {
      await proxy.close();
    }
  });

  test('each keyword of the contract\'s schemas, said in both languages from the error\'s own figures', async () => {
    const { Contract } = await importTs('src/conformance/contract.ts');
    const { conformanceMessages } = await importTs('src/i18n/messages/conformance.ts');
    const spec = JSON.parse(readFileSync(join(ROOT, 'src/api/openapi.json'), 'utf8'));
    await conformanceMessages.load('en');
    const page = { items: [{ code: 7, name: 'Đăng ký kết hôn', domain: { code: 'HT', name: 'Hộ tịch' }, agency: { code: 'UBX', name: 'UBND xã' }, tier: 'commune', level: 'full', url: 'khong phai dia chi' }], total: -1, page: 1, pageSize: 10 };
    const said = (lang) => new Contract(spec, conformanceMessages[lang].contract).validateComponent('ProcedurePage', page);
    assert.deepEqual(said('vi'), ['items[0].code: là số (number), cần chuỗi (string)', 'items[0].url: không đúng định dạng địa chỉ URL (uri)', 'total: -1 nhỏ hơn mức tối thiểu 0']);
    assert.deepEqual(said('en'), ['items[0].code: a number instead of a string', 'items[0].url: not a valid URL (uri)', 'total: -1 is below the minimum of 0']);
    const long = { kind: 'petition', message: 'x'.repeat(2001), consent: true };
    const feedback = (lang) => new Contract(spec, conformanceMessages[lang].contract).validateComponent('Feedback', long);
    assert.ok(feedback('vi').includes('message: dài 2001 ký tự, tối đa 2000'), feedback('vi').join('\n'));
  });
});

describe('check-api and answers whose bytes are not UTF-8', () => {
  /** Letters U+0080–U+00FF sent as single Latin-1 bytes, the rest as UTF-8: still valid JSON, as a legacy driver sends. */
  function latin1Letters(answer) {
    if (!/json/.test(answer.headers['content-type'] ?? '')) return answer;
    const parts = [];
    for (const ch of String(answer.body)) {
      const c = ch.codePointAt(0);
      parts.push(c >= 0x80 && c <= 0xff ? Buffer.from([c]) : Buffer.from(ch, 'utf8'));
    }
    return { ...answer, body: Buffer.concat(parts) };
  }

  test('names with Latin-1 bytes fail, with where the first one is and how to fix it', async () => {
    const proxy = await startProxy(api.url, { response: (ctx, a) => (path(ctx) === '/domains' ? latin1Letters(a) : a) });
    try {
      const r = await runCli(['check-api', proxy.url, '--json', ...NOT_ABOUT_SPEED]);
      assert.equal(r.code, 1);
      const domains = JSON.parse(r.stdout).checks.find((c) => c.id === 'domains');
      assert.equal(domains.status, 'fail');
      assert.match(domains.actual, /^có byte không phải UTF-8, tiện ích sẽ hiện thành �: «.*\uFFFD.*»$/);
      assert.match(domains.fix, /^Gửi mọi câu trả lời bằng UTF-8 \(trình duyệt luôn đọc JSON là UTF-8, bất kể charset\)/);
    } finally {
      await proxy.close();
    }
  });
});
