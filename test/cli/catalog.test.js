// `dvc-elements catalog`: a static catalog folder built from the mock API (valid against the OpenAPI `Catalog`
// and `Procedure` schemas), at most 4 requests at once, Retry-After honoured, dropped connections retried, and
// the previous folder intact after a failure or an interruption.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CLI, contractValidator, CORS, importTs, json, runCli, selfSignedCertificate, sleep, startMockApiServer, startProxy } from './helpers.js';

let api;
let work;
let validate;
let fileName;
/** A complete catalog built once, copied where a test needs an "old" catalog. */
let reference;

before(async () => {
  api = await startMockApiServer();
  work = mkdtempSync(join(tmpdir(), 'dvc-catalog-'));
  validate = await contractValidator();
  ({ procedureFileName: fileName } = await importTs('src/catalog/file-name.ts'));
  reference = join(work, 'reference');
  const r = await runCli(['catalog', '--api', api.url, '--out', reference]);
  assert.equal(r.code, 0, r.stderr);
});
after(async () => {
  await api.close();
  rmSync(work, { recursive: true, force: true });
});

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Every file of a folder with a hash of its content: equal snapshots, untouched folder. */
function snapshot(dir) {
  const out = {};
  const walk = (d, prefix) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      if (name.isDirectory()) walk(join(d, name.name), `${prefix}${name.name}/`);
      else out[prefix + name.name] = createHash('sha1').update(readFileSync(join(d, name.name))).digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

/** A catalog as a previous run left it, to be replaced. */
function oldCatalog(name) {
  const dir = join(work, name, 'thu-tuc');
  mkdirSync(join(work, name), { recursive: true });
  cpSync(reference, dir, { recursive: true });
  return dir;
}

const leftovers = (dir) => readdirSync(join(dir, '..')).filter((n) => n.startsWith('.'));
const lastLine = (text) => text.trim().split('\n').at(-1);


/** `n` procedure summaries (codes 1.000000, 1.000001… unless `codeOf` says), for an API a test answers by itself. */
const summaries = (n, codeOf = (i) => `1.00000${i}`) =>
  Array.from({ length: n }, (_, i) => ({
    code: codeOf(i),
    name: `Thủ tục ${i}`,
    domain: { code: 'HT', name: 'Hộ tịch' },
    agency: { code: 'STP', name: 'Sở Tư pháp' },
    tier: 'province',
    level: 'full',
  }));
describe('catalog from the mock API', { concurrency: 3 }, () => {
  test('index.json is a valid Catalog, each procedures/{code}.json a valid Procedure, 4 requests at once', async () => {
    const proxy = await startProxy(api.url, { request: () => sleep(20) });
    const out = join(work, 'fresh', 'thu-tuc');
    try {
      const started = Date.now();
      const r = await runCli(['catalog', '--api', proxy.url, '--out', out]);
      assert.equal(r.code, 0, r.stderr);
      const index = readJson(join(out, 'index.json'));
      assert.deepEqual(validate('Catalog', index), []);
      assert.equal(index.version, 1);
      assert.equal(index.source, proxy.url);
      assert.ok(Date.parse(index.generatedAt) >= started - 1000);
      assert.equal(index.procedures.length, 60);
      const list = await (await fetch(`${api.url}/procedures?page=1&pageSize=100`)).json();
      assert.deepEqual(index.procedures.map((p) => p.code), list.items.map((p) => p.code));
      assert.deepEqual(index.domains, (await (await fetch(`${api.url}/domains`)).json()).items);
      assert.deepEqual(index.agencies, (await (await fetch(`${api.url}/agencies`)).json()).items);
      const files = readdirSync(join(out, 'procedures')).sort();
      assert.deepEqual(files, index.procedures.map((p) => `${fileName(p.code)}.json`).sort());
      for (const p of index.procedures) {
        // Official codes name their own file: the widgets' encodeURIComponent(code) finds it.
        assert.equal(fileName(p.code), encodeURIComponent(p.code));
        const detail = readJson(join(out, 'procedures', `${fileName(p.code)}.json`));
        assert.deepEqual(validate('Procedure', detail), [], p.code);
        assert.deepEqual(detail, await (await fetch(`${api.url}/procedures/${encodeURIComponent(p.code)}`)).json());
      }
      assert.equal(proxy.maxInFlight, 4);
      assert.match(r.stderr, /20 lĩnh vực, 14 cơ quan, 60 thủ tục \(1 trang\)\./);
      assert.match(r.stderr, /Chi tiết thủ tục: 60\/60/);
      assert.match(lastLine(r.stderr), /^Xong: 60 thủ tục trong .*thu-tuc/);
      assert.deepEqual(leftovers(out), []);
    } finally {
      await proxy.close();
    }
  });

  test('an existing catalog is replaced as a whole', async () => {
    const out = oldCatalog('replace');
    writeFileSync(join(out, 'procedures', '9.999999.json'), '{}');
    const r = await runCli(['catalog', '--api', api.url, '--out', out, '--lang', 'en']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!existsSync(join(out, 'procedures', '9.999999.json')));
    assert.equal(readdirSync(join(out, 'procedures')).length, 60);
    assert.match(lastLine(r.stderr), /^Done: 60 procedures in /);
    assert.deepEqual(leftovers(out), []);
  });

  test('what the webmaster keeps in the catalog folder beside the catalog (the CORS header in .htaccess or web.config) stays across a rebuild', async () => {
    const out = oldCatalog('server-settings');
    const htaccess = 'Header set Access-Control-Allow-Origin "*"\n';
    const webConfig = '<configuration><system.webServer><httpProtocol><customHeaders><add name="Access-Control-Allow-Origin" value="*" /></customHeaders></httpProtocol></system.webServer></configuration>\n';
    writeFileSync(join(out, '.htaccess'), htaccess);
    writeFileSync(join(out, 'web.config'), webConfig);
    mkdirSync(join(out, 'ghi-chu'));
    writeFileSync(join(out, 'ghi-chu', 'đọc-tôi.txt'), 'Danh mục thủ tục của tỉnh');
    writeFileSync(join(out, 'procedures', '9.999999.json'), '{}');
    const r = await runCli(['catalog', '--api', api.url, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(join(out, '.htaccess'), 'utf8'), htaccess);
    assert.equal(readFileSync(join(out, 'web.config'), 'utf8'), webConfig);
    assert.equal(readFileSync(join(out, 'ghi-chu', 'đọc-tôi.txt'), 'utf8'), 'Danh mục thủ tục của tỉnh');
    // The catalog's own files are still replaced as a whole.
    assert.ok(!existsSync(join(out, 'procedures', '9.999999.json')));
    assert.equal(readdirSync(join(out, 'procedures')).length, 60);
    assert.ok(Date.parse(readJson(join(out, 'index.json')).generatedAt) > Date.parse(readJson(join(reference, 'index.json')).generatedAt));
    assert.deepEqual(leftovers(out), []);
  });

  test('an --out that is a symbolic link to the published catalog: the folder it points to is replaced, the link kept', async () => {
    // The web server serves the real folder; the link is how the province's IT team reaches it.
    const published = oldCatalog('linked');
    writeFileSync(join(published, 'procedures', '9.999999.json'), '{}');
    const link = join(work, 'linked-home', 'thu-tuc');
    mkdirSync(join(work, 'linked-home'));
    symlinkSync(published, link, 'dir');
    const r = await runCli(['catalog', '--api', api.url, '--out', link, '--lang', 'en']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
    assert.ok(!existsSync(join(published, 'procedures', '9.999999.json')), 'the published folder holds the new catalog');
    assert.equal(readdirSync(join(published, 'procedures')).length, 60);
    assert.match(lastLine(r.stderr), /^Done: 60 procedures in .*linked/);
    assert.deepEqual(leftovers(published), []);
    assert.deepEqual(leftovers(link), []);
  });

  test('429 and 503 with Retry-After: every request waits as long as asked, then the build completes', async () => {
    const first = (ctx, p) => ctx.url.pathname.endsWith(p) && ctx.log.filter((e) => e.path.endsWith(p)).length === 1;
    const busy = (status) => ({
      status,
      headers: { ...CORS, 'Content-Type': 'application/problem+json', 'Retry-After': '1' },
      body: JSON.stringify({ type: status === 429 ? 'urn:dvc:problem:rate-limited' : 'about:blank', title: 'Busy', status }),
    });
    const proxy = await startProxy(api.url, {
      request(ctx) {
        if (first(ctx, '/domains')) return busy(503);
        if (first(ctx, '/procedures/1.000894')) return busy(429);
      },
    });
    const out = join(work, 'busy', 'thu-tuc');
    try {
      const r = await runCli(['catalog', '--api', proxy.url, '--out', out, '--lang', 'en']);
      assert.equal(r.code, 0, r.stderr);
      for (const p of ['/domains', '/procedures/1.000894']) {
        const [refused, again] = proxy.log.filter((e) => e.path.endsWith(p));
        assert.ok(again.start - refused.answered >= 1000, `${p}: asked again after ${again.start - refused.answered} ms`);
      }
      assert.match(r.stderr, /The API asks to wait 1 s \(HTTP 503, \/domains\)/);
      assert.match(r.stderr, /The API asks to wait 1 s \(HTTP 429, \/procedures\/1\.000894\)/);
      assert.equal(readdirSync(join(out, 'procedures')).length, 60);
    } finally {
      await proxy.close();
    }
  });

  test('a dropped connection is tried again', async () => {
    const proxy = await startProxy(api.url, {
      request: (ctx) => (ctx.url.pathname.endsWith('/procedures/1.001193') && ctx.log.filter((e) => e.path.endsWith('/procedures/1.001193')).length === 1 ? 'drop' : undefined),
    });
    const out = join(work, 'dropped', 'thu-tuc');
    try {
      const r = await runCli(['catalog', '--api', proxy.url, '--out', out, '--lang', 'en']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /\/procedures\/1\.001193: the connection was dropped; trying again in [\d.]+ s \(attempt 2\/6\)/);
      assert.equal(proxy.log.filter((e) => e.path.endsWith('/procedures/1.001193')).length, 2);
      assert.ok(existsSync(join(out, 'procedures', '1.001193.json')));
    } finally {
      await proxy.close();
    }
  });

  test('a short outage of every detail at once: each waits its turn again, and the output holds no runtime warning', async () => {
    let failUntil = 0;
    const proxy = await startProxy(api.url, {
      request(ctx) {
        if (!/\/procedures\/[^/]+$/.test(ctx.url.pathname)) return undefined;
        failUntil ||= Date.now() + 1200;
        if (Date.now() < failUntil) return json(500, { type: 'about:blank', title: 'Internal Server Error', status: 500 }, CORS);
      },
    });
    const out = join(work, 'outage', 'thu-tuc');
    try {
      const r = await runCli(['catalog', '--api', proxy.url, '--out', out, '--lang', 'en']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /trying again in [\d.]+ s \(attempt 2\/6\)/);
      assert.doesNotMatch(r.stderr, /Warning|memory leak/);
    } finally {
      await proxy.close();
    }
  });

  /**
   * Builds into `out` through a slowed proxy and sends `signal` once details are being fetched: the run's result,
   * and how many requests reached the API in the 200 ms after it ended. The run ends by the signal as soon as it
   * has cleaned up, so a request already on its way may reach a proxy slowed by a loaded machine after that: at
   * most one per slot (4). More would be requests made once stopped.
   */
  async function stoppedWhileFetchingDetails(out, signal) {
    const proxy = await startProxy(api.url, { request: () => sleep(50) });
    try {
      let sent = false;
      const r = await runCli(['catalog', '--api', proxy.url, '--out', out], {
        onStderr(text, child) {
          if (!sent && /Chi tiết thủ tục: \d+\/60/.test(text)) {
            sent = true;
            child.kill(signal);
          }
        },
      });
      assert.ok(sent);
      const settled = proxy.log.length;
      await sleep(200);
      return { r, askedAfter: proxy.log.length - settled };
    } finally {
      await proxy.close();
    }
  }

  test('interrupted (Ctrl+C) while fetching details: the old catalog is left as it was, then the run ends by SIGINT itself', async () => {
    const out = oldCatalog('interrupted');
    const before = snapshot(out);
    const { r, askedAfter } = await stoppedWhileFetchingDetails(out, 'SIGINT');
    // Ended by the signal, not by an exit status: what tells a shell to stop a loop (it reports 130 all the same).
    assert.equal(r.signal, 'SIGINT', r.stderr);
    assert.equal(r.code, null);
    assert.equal(lastLine(r.stderr), 'dvc-elements catalog: đã dừng theo yêu cầu. Danh mục cũ giữ nguyên.');
    assert.deepEqual(snapshot(out), before);
    assert.deepEqual(leftovers(out), []);
    // Nothing more was asked of the API once stopped.
    assert.ok(askedAfter <= 4, `${askedAfter} requests after the end`);
  });

  test('stopped by SIGTERM (a service manager stopping the job) or SIGHUP (a terminal closed, ssh dropped): cleaned up, then ended by that signal, as the help and README say; the old catalog is left as it was', async () => {
    for (const signal of ['SIGHUP', 'SIGTERM']) {
      const out = oldCatalog(`stopped-${signal}`);
      const before = snapshot(out);
      const { r, askedAfter } = await stoppedWhileFetchingDetails(out, signal);
      assert.equal(r.signal, signal, r.stderr);
      assert.equal(lastLine(r.stderr), 'dvc-elements catalog: đã dừng theo yêu cầu. Danh mục cũ giữ nguyên.', signal);
      assert.deepEqual(snapshot(out), before, signal);
      assert.deepEqual(leftovers(out), [], signal);
      assert.ok(askedAfter <= 4, `${signal}: ${askedAfter} requests after the end`);
    }
    for (const [lang, line] of [
      ['vi', /SIGHUP \(đóng cửa sổ dòng lệnh, mất kết nối\s+ssh\),[\s\S]*kết thúc bằng chính tín hiệu ấy: shell báo 130, 143\s+hay 129/],
      ['en', /SIGHUP \(a terminal closed, an ssh\s+connection dropped\),[\s\S]*ends by that\s+same signal: the shell reports 130, 143 or 129/],
    ]) {
      const help = await runCli(['catalog', '--help', '--lang', lang]);
      assert.match(help.stdout, line);
    }
  });

  test('Ctrl+C in a shell loop over several catalogs stops the loop, not only the run', async () => {
    const proxy = await startProxy(api.url, { request: () => sleep(50) });
    const first = join(work, 'loop', 'a', 'thu-tuc');
    const second = join(work, 'loop', 'b', 'thu-tuc');
    try {
      // Its own process group, as a terminal's foreground job: Ctrl+C reaches the shell and the command alike.
      const script = 'for out in "$@"; do "$NODE" "$CLI" catalog --api "$API" --out "$out" || echo "exit $?" >&2; done';
      const shell = spawn('bash', ['-c', script, 'loop', first, second], {
        detached: true,
        env: { ...process.env, NO_COLOR: '1', NODE: process.execPath, CLI, API: proxy.url },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      let sent = false;
      shell.stderr.on('data', (d) => {
        stderr += d;
        if (!sent && /Chi tiết thủ tục: \d+\/60/.test(stderr)) {
          sent = true;
          process.kill(-shell.pid, 'SIGINT');
        }
      });
      const [code, signal] = await new Promise((r) => shell.on('close', (...a) => r(a)));
      assert.ok(sent);
      assert.equal(signal, 'SIGINT', `bash ended with ${code}: ${stderr}`);
      assert.doesNotMatch(stderr, /exit 130/);
      assert.ok(!existsSync(join(work, 'loop', 'b')), 'the loop went on to the next catalog');
      assert.ok(!existsSync(join(work, 'loop', 'a')));
    } finally {
      await proxy.close();
    }
  });

  test('killed outright: the old catalog is intact, and the next run clears what was left', async () => {
    const out = oldCatalog('killed');
    const before = snapshot(out);
    const proxy = await startProxy(api.url, { request: () => sleep(50) });
    try {
      let sent = false;
      const r = await runCli(['catalog', '--api', proxy.url, '--out', out], {
        onStderr(text, child) {
          if (!sent && /Chi tiết thủ tục: \d+\/60/.test(text)) {
            sent = true;
            child.kill('SIGKILL');
          }
        },
      });
      assert.equal(r.signal, 'SIGKILL');
      assert.deepEqual(snapshot(out), before);
      assert.equal(leftovers(out).length, 1);
      const again = await runCli(['catalog', '--api', api.url, '--out', out]);
      assert.equal(again.code, 0, again.stderr);
      assert.deepEqual(leftovers(out), []);
    } finally {
      await proxy.close();
    }
  });

  test('a value the widgets\' checks let through but the Catalog schema refuses (a url that is not one): nothing written, and why', async () => {
    const out = oldCatalog('bad-url');
    const before = snapshot(out);
    const proxy = await startProxy(api.url, {
      response: (ctx, a) => {
        if (!ctx.url.pathname.endsWith('/procedures') || a.status !== 200) return a;
        const page = JSON.parse(String(a.body));
        return { ...a, body: JSON.stringify({ ...page, items: page.items.map((p, i) => (i === 0 ? { ...p, url: 'dichvucong.quangngai.gov.vn/thu-tuc?id=1' } : p)) }) };
      },
    });
    try {
      const r = await runCli(['catalog', '--api', proxy.url, '--out', out]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(
        lastLine(r.stderr),
        /^dvc-elements catalog: Danh mục tạo từ API này sẽ sai lược đồ Catalog \(procedures\[0\]\.url: không đúng định dạng địa chỉ URL \(uri\)\): các tiện ích sẽ từ chối nó\. .*npx dvc-elements check-api\. Danh mục cũ giữ nguyên\.$/,
      );
      assert.deepEqual(snapshot(out), before);
      // Before any procedure's details were asked for.
      assert.deepEqual(proxy.log.filter((e) => /\/procedures\/./.test(e.path)), []);
    } finally {
      await proxy.close();
    }
  });

  test('a broken API, in Vietnamese: what the answer lacks is said in Vietnamese too', async () => {
    const out = oldCatalog('broken-vi');
    const proxy = await startProxy(api.url, {
      request: (ctx) => {
        if (ctx.url.pathname.endsWith('/procedures/1.000894')) return json(200, { code: '1.000894', name: 'Đăng ký kết hôn', domain: { code: 'HT', name: 'Hộ tịch' }, level: 5 }, CORS);
      },
    });
    try {
      const r = await runCli(['catalog', '--api', proxy.url, '--out', out]);
      assert.equal(r.code, 1);
      assert.equal(
        lastLine(r.stderr),
        'dvc-elements catalog: /procedures/1.000894 trả lời sai hợp đồng API (procedure.agency: cần đối tượng (object)). Danh mục cũ giữ nguyên.',
      );
    } finally {
      await proxy.close();
    }
  });

  test('a broken API: exit status 1 with a one-line reason, the old catalog kept, no more requests', async () => {
    const out = oldCatalog('broken');
    const before = snapshot(out);
    const proxy = await startProxy(api.url, {
      request: async (ctx) => {
        if (ctx.url.pathname.endsWith('/procedures/1.000894')) return json(200, { code: '1.000894', name: 'Đăng ký kết hôn', level: 5 }, CORS);
        if (/\/procedures\/[^/]+$/.test(ctx.url.pathname)) await sleep(30);
      },
    });
    try {
      const r = await runCli(['catalog', '--api', proxy.url, '--out', out, '--lang', 'en']);
      assert.equal(r.code, 1);
      assert.equal(
        lastLine(r.stderr),
        'dvc-elements catalog: /procedures/1.000894 breaks the API contract (procedure.domain: expected an object). The previous catalog is kept.',
      );
      assert.deepEqual(snapshot(out), before);
      assert.deepEqual(leftovers(out), []);
      const details = proxy.log.filter((e) => /\/procedures\/[^/?]+$/.test(e.path)).length;
      assert.ok(details < 60, `${details} detail requests`);
    } finally {
      await proxy.close();
    }
  });

  test('an API that lists no procedure (its database down behind it): exit status 1, the old catalog kept', async () => {
    const out = oldCatalog('empty');
    const before = snapshot(out);
    const proxy = await startProxy(api.url, {
      request(ctx) {
        if (ctx.url.pathname.endsWith('/procedures')) return json(200, { items: [], total: 0, page: 1, pageSize: 100 }, CORS);
      },
    });
    try {
      const r = await runCli(['catalog', '--api', proxy.url, '--out', out]);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(
        lastLine(r.stderr),
        'dvc-elements catalog: /procedures không có thủ tục nào: danh mục trống thì tìm kiếm không có kết quả (kiểm tra API bằng npx dvc-elements check-api). Danh mục cũ giữ nguyên.',
      );
      assert.deepEqual(snapshot(out), before);
      assert.deepEqual(leftovers(out), []);
    } finally {
      await proxy.close();
    }
  });

  test('an API that stays unavailable: the build gives up with the reason', async () => {
    // Retry-After: 0, so the tries come at once.
    const unavailable = { status: 503, headers: { ...CORS, 'Content-Type': 'application/problem+json', 'Retry-After': '0' }, body: '{}' };
    const proxy = await startProxy(api.url, { request: (ctx) => (ctx.url.pathname.endsWith('/agencies') ? unavailable : undefined) });
    const out = join(work, 'failing', 'thu-tuc');
    try {
      const r = await runCli(['catalog', '--api', proxy.url, '--out', out, '--lang', 'en']);
      assert.equal(r.code, 1);
      assert.equal(proxy.log.filter((e) => e.path.endsWith('/agencies')).length, 6);
      assert.equal(lastLine(r.stderr), 'dvc-elements catalog: /agencies: HTTP 503 after 6 attempts. Nothing was written.');
      // Nothing left: neither --out nor the folder made to hold it (nor, so, a temporary folder in it).
      assert.ok(!existsSync(join(work, 'failing')));
    } finally {
      await proxy.close();
    }
  });

  test('a failed or interrupted build removes the folders it made to hold --out, and only those', async () => {
    const broken = await startProxy(api.url, { request: (ctx) => (ctx.url.pathname.endsWith('/domains') ? json(200, { items: 'x' }, CORS) : undefined) });
    const slow = await startProxy(api.url, { request: () => sleep(50) });
    // A folder that was there before, with something in it: kept, with what it holds.
    const existing = join(work, 'made-existing');
    mkdirSync(existing);
    writeFileSync(join(existing, 'ghi-chu.txt'), 'x');
    try {
      let sent = false;
      const [failed, beside, interrupted] = await Promise.all([
        runCli(['catalog', '--api', broken.url, '--out', join(work, 'made-failed', 'a', 'b', 'thu-tuc'), '--lang', 'en']),
        runCli(['catalog', '--api', broken.url, '--out', join(existing, 'a', 'thu-tuc')]),
        runCli(['catalog', '--api', slow.url, '--out', join(work, 'made-interrupted', 'a', 'thu-tuc')], {
          onStderr(text, child) {
            if (!sent && /^Tạo danh mục từ /m.test(text)) {
              sent = true;
              child.kill('SIGINT');
            }
          },
        }),
      ]);
      assert.equal(failed.code, 1, failed.stderr);
      assert.match(lastLine(failed.stderr), /^dvc-elements catalog: \/domains breaks the API contract .*Nothing was written\.$/);
      assert.equal(beside.code, 1, beside.stderr);
      assert.equal(interrupted.signal, 'SIGINT', interrupted.stderr);
      assert.ok(!existsSync(join(work, 'made-failed')), 'made-failed is left');
      assert.ok(!existsSync(join(work, 'made-interrupted')), 'made-interrupted is left');
      assert.deepEqual(readdirSync(existing), ['ghi-chu.txt']);
    } finally {
      await broken.close();
      await slow.close();
    }
  });

  test('a last name of 250 bytes (Vietnamese letters count 2–3 bytes each): built, then replaced, nothing left beside it', async () => {
    const name = 'danh-mục-thủ-tục-tỉnh-'.repeat(20);
    let base = '';
    for (const ch of name) if (Buffer.byteLength(base + ch) <= 250) base += ch;
    base += 'x'.repeat(250 - Buffer.byteLength(base));
    assert.equal(Buffer.byteLength(base), 250);
    const out = join(work, 'long-name-ok', base);
    const r = await runCli(['catalog', '--api', api.url, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readJson(join(out, 'index.json')).procedures.length, 60);
    assert.equal(readdirSync(join(out, 'procedures')).length, 60);
    const again = await runCli(['catalog', '--api', api.url, '--out', out, '--lang', 'en']);
    assert.equal(again.code, 0, again.stderr);
    assert.match(lastLine(again.stderr), /^Done: 60 procedures in /);
    assert.deepEqual(readdirSync(join(work, 'long-name-ok')), [base]);
  });

  test('what killed runs left beside a long name is found and removed, under the short sibling name and the former full one', async () => {
    const { cleanUpAfterKilledRuns, tempFolderFor } = await importTs('src/cli/swap-dir.ts');
    // The id of a process that has ended: its folders are leftovers.
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => child.on('close', r));
    const dead = child.pid;
    const dir = join(work, 'long-leftovers');
    mkdirSync(dir);
    const long = join(dir, 'đ'.repeat(125));
    const former = join(dir, 'e'.repeat(242));
    const leftovers = [
      tempFolderFor(long).replace(/tmp-\d+$/, `tmp-${dead}`),
      tempFolderFor(long).replace(/tmp-\d+$/, `old-${dead}`),
      // As the former naming called it: it fitted, with a process id of up to 7 digits.
      join(dir, `.${'e'.repeat(242)}.tmp-${dead}`),
    ];
    for (const l of leftovers) mkdirSync(l);
    // A live run's folder stays.
    const live = tempFolderFor(long);
    mkdirSync(live);
    cleanUpAfterKilledRuns(long);
    cleanUpAfterKilledRuns(former);
    // The old catalog of a run killed between its two renames is put back in place.
    assert.deepEqual(readdirSync(dir).sort(), [long.slice(dir.length + 1), live.slice(dir.length + 1)].sort());
  });

  test('a folder that cannot be written beside --out: a one-line reason naming it, exit status 1, no request, nothing changed', async () => {
    // A file where a folder should be fails like a folder without write permission, which the tests (run as
    // root) cannot make.
    const parent = join(work, 'unwritable');
    mkdirSync(parent);
    const file = join(parent, 'bao-cao.txt');
    writeFileSync(file, 'x');
    // A last name over the 255 bytes file systems allow, in a folder that exists.
    const longParent = join(work, 'long-name');
    mkdirSync(longParent);
    const proxy = await startProxy(api.url);
    try {
      // The same name in a folder that does not exist yet: made for the run, then removed again.
      const newParent = join(work, 'new-parent');
      const [inFile, underFile, tooLong, tooLongNew] = await Promise.all([
        runCli(['catalog', '--api', proxy.url, '--out', join(file, 'thu-tuc')]),
        runCli(['catalog', '--api', proxy.url, '--out', join(file, 'a', 'thu-tuc'), '--lang', 'en']),
        runCli(['catalog', '--api', proxy.url, '--out', join(longParent, 'd'.repeat(256)), '--lang', 'en']),
        runCli(['catalog', '--api', proxy.url, '--out', join(newParent, 'đ'.repeat(128))]),
      ]);
      for (const r of [inFile, underFile, tooLong, tooLongNew]) assert.equal(r.code, 1, r.stderr);
      assert.equal(
        inFile.stderr,
        `dvc-elements catalog: Không tạo hay ghi được vào ${file}, thư mục chứa --out (EEXIST: trên đường dẫn có một tệp chứ không phải thư mục). Chưa ghi gì.\n`,
      );
      assert.equal(
        underFile.stderr,
        `dvc-elements catalog: Cannot create or write to ${join(file, 'a')}, the folder that holds --out (ENOTDIR: part of the path is a file, not a folder). Nothing was written.\n`,
      );
      assert.equal(
        tooLong.stderr,
        `dvc-elements catalog: Cannot create or write to ${longParent}, the folder that holds --out (ENAMETOOLONG: a name in the path is too long). Nothing was written.\n`,
      );
      assert.equal(
        tooLongNew.stderr,
        `dvc-elements catalog: Không tạo hay ghi được vào ${newParent}, thư mục chứa --out (ENAMETOOLONG: một tên trong đường dẫn quá dài). Chưa ghi gì.\n`,
      );
      assert.ok(!existsSync(newParent));
      // No request before the folder is known to be writable, and nothing left behind.
      assert.equal(proxy.log.length, 0);
      assert.deepEqual(readdirSync(parent), ['bao-cao.txt']);
      assert.equal(readFileSync(file, 'utf8'), 'x');
      assert.deepEqual(readdirSync(longParent), []);
    } finally {
      await proxy.close();
    }
  });

  /**
   * Runs the command with Node's rename of `out` (to anything) failing with `code`, `times` times: what a folder
   * held by another program (Windows: a virus scanner, an indexer) or a mount point (Infinity) does.
   */
  function runWithOutHeld(args, out, code, times) {
    const hook = join(work, 'hold-out.mjs');
    writeFileSync(
      hook,
      `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const rename = fs.renameSync;
let left = Number(process.env.HOLD_TIMES);
fs.renameSync = (from, to) => {
  if (from === process.env.HOLD_OUT && left-- > 0) throw Object.assign(new Error(process.env.HOLD_CODE + ': held'), { code: process.env.HOLD_CODE });
  return rename(from, to);
};
syncBuiltinESMExports();
`,
    );
    return runCli(args, { env: { NODE_OPTIONS: `--import ${pathToFileURL(hook).href}`, HOLD_OUT: out, HOLD_CODE: code, HOLD_TIMES: String(times) } });
  }

  test('a disk that fills up while the details are written: the reason in the command’s language, with what to do; the old catalog kept', async () => {
    // Node's writeFileSync fails as on a full disk once 10 procedures' files are written.
    const hook = join(work, 'disk-full.mjs');
    writeFileSync(
      hook,
      `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const write = fs.writeFileSync;
let left = 10;
fs.writeFileSync = (file, ...rest) => {
  if (String(file).includes('procedures') && left-- <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, open ' + file), { code: 'ENOSPC' });
  return write(file, ...rest);
};
syncBuiltinESMExports();
`,
    );
    const env = { NODE_OPTIONS: `--import ${pathToFileURL(hook).href}` };
    const out = oldCatalog('disk-full');
    const before = snapshot(out);
    const [vi, en] = await Promise.all([
      runCli(['catalog', '--api', api.url, '--out', out], { env }),
      runCli(['catalog', '--api', api.url, '--out', join(work, 'disk-full-new', 'thu-tuc'), '--lang', 'en'], { env }),
    ]);
    assert.equal(vi.code, 1, vi.stderr);
    assert.equal(
      lastLine(vi.stderr),
      `dvc-elements catalog: Không ghi được danh mục vào ${join(out, '..')}, thư mục chứa --out (ENOSPC: đĩa đã đầy). Hãy giải phóng chỗ trống hoặc sửa quyền ghi ở đó (hay chọn --out trên một ổ đĩa khác), rồi chạy lại. Danh mục cũ giữ nguyên.`,
    );
    assert.deepEqual(snapshot(out), before);
    assert.deepEqual(leftovers(out), []);
    assert.equal(en.code, 1, en.stderr);
    assert.equal(
      lastLine(en.stderr),
      `dvc-elements catalog: Cannot write the catalog to ${join(work, 'disk-full-new')}, the folder that holds --out (ENOSPC: no space left on the disk). Free some space or fix the permission there (or choose an --out on another disk), then run again. Nothing was written.`,
    );
    assert.ok(!existsSync(join(work, 'disk-full-new')));
  });

  test('a catalog folder held for a moment by another program (Windows): the rename is tried again, and the build lands', async () => {
    const out = oldCatalog('held');
    const before = readJson(join(out, 'index.json')).generatedAt;
    const r = await runWithOutHeld(['catalog', '--api', api.url, '--out', out], out, 'EPERM', 2);
    assert.equal(r.code, 0, r.stderr);
    assert.notEqual(readJson(join(out, 'index.json')).generatedAt, before);
    assert.deepEqual(leftovers(out), []);
  });

  test('a catalog folder that cannot be renamed (a mount point): said before any request, in the command’s language; the old catalog kept', async () => {
    const out = oldCatalog('mounted');
    const before = snapshot(out);
    const proxy = await startProxy(api.url, {});
    try {
      const r = await runWithOutHeld(['catalog', '--api', proxy.url, '--out', out], out, 'EBUSY', Infinity);
      assert.equal(r.code, 1);
      assert.equal(
        lastLine(r.stderr),
        `dvc-elements catalog: Không thay được ${out} (EBUSY: đang được dùng, hoặc là một điểm gắn kết): lệnh thay cả thư mục bằng cách đổi tên, nên --out không thể là một điểm gắn kết (ổ mạng, volume Docker) hay thư mục đang bị chương trình khác giữ; hãy dùng một thư mục con của nó. Danh mục cũ giữ nguyên.`,
      );
      assert.deepEqual(proxy.log, []);
      assert.deepEqual(snapshot(out), before);
      assert.deepEqual(leftovers(out), []);
    } finally {
      await proxy.close();
    }
  });

  test('an empty --out folder and a build that fails or is interrupted: said to be as it was, not to hold an old catalog', async () => {
    const broken = await startProxy(api.url, { request: (ctx) => (ctx.url.pathname.endsWith('/domains') ? json(200, { items: 'x' }, CORS) : undefined) });
    const slow = await startProxy(api.url, { request: () => sleep(50) });
    const failedOut = join(work, 'empty-failed');
    const interruptedOut = join(work, 'empty-interrupted');
    mkdirSync(failedOut);
    mkdirSync(interruptedOut);
    try {
      let sent = false;
      const [failed, interrupted] = await Promise.all([
        runCli(['catalog', '--api', broken.url, '--out', failedOut, '--lang', 'en']),
        runCli(['catalog', '--api', slow.url, '--out', interruptedOut], {
          onStderr(text, child) {
            if (!sent && /^Tạo danh mục từ /m.test(text)) {
              sent = true;
              child.kill('SIGINT');
            }
          },
        }),
      ]);
      assert.equal(failed.code, 1, failed.stderr);
      assert.match(lastLine(failed.stderr), /^dvc-elements catalog: \/domains breaks the API contract .*\)\. Nothing was written; the folder is empty, as it was\.$/);
      assert.equal(interrupted.signal, 'SIGINT', interrupted.stderr);
      assert.equal(lastLine(interrupted.stderr), 'dvc-elements catalog: đã dừng theo yêu cầu. Chưa ghi gì; thư mục vẫn trống như trước.');
      assert.deepEqual(readdirSync(failedOut), []);
      assert.deepEqual(readdirSync(interruptedOut), []);
      assert.deepEqual(leftovers(failedOut), []);
    } finally {
      await broken.close();
      await slow.close();
    }
  });

  test('an --out that is a symbolic link to a folder not made yet: said before any request, with what to do; nothing made', async () => {
    const target = join(work, 'dangling-target', 'thu-tuc');
    const link = join(work, 'dangling-home', 'thu-tuc');
    mkdirSync(join(work, 'dangling-home'));
    symlinkSync(target, link, 'dir');
    const proxy = await startProxy(api.url, {});
    try {
      const [en, vi] = await Promise.all([
        runCli(['catalog', '--api', proxy.url, '--out', link, '--lang', 'en']),
        runCli(['catalog', '--api', proxy.url, '--out', link]),
      ]);
      assert.equal(en.code, 1, en.stderr);
      assert.equal(
        lastLine(en.stderr),
        `dvc-elements catalog: --out ${link} is a symbolic link to ${target}, which does not exist: the command replaces the folder a link points to, and there is none. Create that folder (mkdir -p ${target}), or give --out the real folder. Nothing was written.`,
      );
      assert.equal(vi.code, 1, vi.stderr);
      assert.equal(
        lastLine(vi.stderr),
        `dvc-elements catalog: --out ${link} là một liên kết tượng trưng (symbolic link) đến ${target}, nhưng thư mục ấy chưa có: lệnh thay thư mục mà liên kết trỏ đến, và ở đó chưa có gì. Hãy tạo thư mục ấy (mkdir -p ${target}), hoặc cho --out chỉ thẳng vào thư mục thật. Chưa ghi gì.`,
      );
      assert.deepEqual(proxy.log, []);
      assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
      assert.ok(!existsSync(join(work, 'dangling-target')), 'nothing made where the link points');
      assert.deepEqual(readdirSync(join(work, 'dangling-home')), ['thu-tuc']);
    } finally {
      await proxy.close();
    }
  });

  test('a folder that is not a catalog is never replaced, also with a web server\'s settings beside what it holds', async () => {
    const out = join(work, 'documents');
    mkdirSync(out);
    writeFileSync(join(out, 'bao-cao.docx'), 'x');
    const withSettings = join(work, 'documents-served');
    mkdirSync(withSettings);
    writeFileSync(join(withSettings, '.htaccess'), 'Header set Access-Control-Allow-Origin "*"\n');
    writeFileSync(join(withSettings, 'bao-cao.docx'), 'x');
    for (const dir of [out, withSettings]) {
      const before = snapshot(dir);
      const r = await runCli(['catalog', '--api', api.url, '--out', dir, '--lang', 'en']);
      assert.equal(r.code, 1);
      assert.match(lastLine(r.stderr), /is not empty and not a catalog folder \(no index\.json\)/);
      assert.deepEqual(snapshot(dir), before);
    }
  });

  test('a first build into a folder holding only a web server\'s settings (the CORS header set up first): built, the settings kept; a failed build leaves it as it was', async () => {
    const settings = {
      '.htaccess': 'Header set Access-Control-Allow-Origin "*"\n',
      'Web.config': '<configuration><system.webServer><httpProtocol><customHeaders><add name="Access-Control-Allow-Origin" value="*" /></customHeaders></httpProtocol></system.webServer></configuration>\n',
      _headers: '/*\n  Access-Control-Allow-Origin: *\n',
    };
    const prepared = (name) => {
      const dir = join(work, name, 'thu-tuc');
      mkdirSync(dir, { recursive: true });
      for (const [file, text] of Object.entries(settings)) writeFileSync(join(dir, file), text);
      return dir;
    };
    const out = prepared('settings-first');
    const failedOut = prepared('settings-first-failed');
    const failedViOut = prepared('settings-first-failed-vi');
    const before = snapshot(failedOut);
    const broken = await startProxy(api.url, { request: (ctx) => (ctx.url.pathname.endsWith('/domains') ? json(200, { items: 'x' }, CORS) : undefined) });
    try {
      const [r, failed, failedVi] = await Promise.all([
        runCli(['catalog', '--api', api.url, '--out', out]),
        runCli(['catalog', '--api', broken.url, '--out', failedOut, '--lang', 'en']),
        runCli(['catalog', '--api', broken.url, '--out', failedViOut]),
      ]);
      assert.equal(r.code, 0, r.stderr);
      for (const [file, text] of Object.entries(settings)) assert.equal(readFileSync(join(out, file), 'utf8'), text, file);
      assert.deepEqual(validate('Catalog', readJson(join(out, 'index.json'))), []);
      assert.equal(readdirSync(join(out, 'procedures')).length, 60);
      assert.deepEqual(leftovers(out), []);
      assert.equal(failed.code, 1, failed.stderr);
      assert.match(lastLine(failed.stderr), /^dvc-elements catalog: \/domains breaks the API contract .*\)\. Nothing was written; the folder is as it was\.$/);
      assert.equal(failedVi.code, 1, failedVi.stderr);
      assert.match(lastLine(failedVi.stderr), /\. Chưa ghi gì; thư mục vẫn như trước\.$/);
      for (const dir of [failedOut, failedViOut]) {
        assert.deepEqual(snapshot(dir), before);
        assert.deepEqual(leftovers(dir), []);
      }
    } finally {
      await broken.close();
    }
  });

  test('usage: --help, and a missing option is a usage error', async () => {
    const help = await runCli(['catalog', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--api <api-base>/);
    assert.match(help.stdout, /danh mục cũ giữ nguyên/);
    for (const args of [['catalog', '--out', join(work, 'x')], ['catalog', '--api', api.url], ['catalog', '--api', 'thu-tuc', '--out', 'x']]) {
      const r = await runCli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /npx dvc-elements catalog --help/);
    }
  });
});

describe('catalog: failures no other try can change', { concurrency: 3 }, () => {
  test('an untrusted (self-signed) certificate: one try, a reason that says how to have it trusted, the old catalog kept; trusted, the build completes', async (t) => {
    const cert = selfSignedCertificate(30);
    if (!cert) return t.skip('openssl is not installed');
    const proxy = await startProxy(api.url, { tls: { key: cert.key, cert: cert.cert }, host: 'localhost' });
    const out = oldCatalog('untrusted');
    const before = snapshot(out);
    try {
      const [en, vi] = await Promise.all([
        runCli(['catalog', '--api', proxy.url, '--out', out, '--lang', 'en']),
        runCli(['catalog', '--api', proxy.url, '--out', join(work, 'untrusted-new', 'thu-tuc')]),
      ]);
      assert.equal(en.code, 1, en.stderr);
      assert.doesNotMatch(en.stderr, /\(attempt \d\/\d\)/);
      assert.match(
        lastLine(en.stderr),
        /^dvc-elements catalog: \/\S+: certificate\/TLS error: DEPTH_ZERO_SELF_SIGNED_CERT \(self-signed certificate\)\. The API's HTTPS certificate is not trusted .*: fix the certificate on the server; .*NODE_EXTRA_CA_CERTS=.* The previous catalog is kept\.$/,
      );
      assert.equal(vi.code, 1, vi.stderr);
      assert.doesNotMatch(vi.stderr, /\(lần \d\/\d\)/);
      assert.match(
        lastLine(vi.stderr),
        /^dvc-elements catalog: \/\S+: lỗi chứng chỉ\/TLS: DEPTH_ZERO_SELF_SIGNED_CERT \(self-signed certificate\)\. Chứng chỉ HTTPS của API không được tin cậy .*: hãy sửa chứng chỉ trên máy chủ; .*NODE_EXTRA_CA_CERTS=.* Chưa ghi gì\.$/,
      );
      assert.deepEqual(snapshot(out), before);
      assert.ok(!existsSync(join(work, 'untrusted-new')));
      const trusted = await runCli(['catalog', '--api', proxy.url, '--out', out], { env: { NODE_EXTRA_CA_CERTS: cert.certFile } });
      assert.equal(trusted.code, 0, trusted.stderr);
      assert.equal(readJson(join(out, 'index.json')).source, proxy.url);
    } finally {
      await proxy.close();
      rmSync(cert.dir, { recursive: true, force: true });
    }
  });

  test('a redirect loop: followed once (20 redirects), not six times; the reason says to check the address', async () => {
    const proxy = await startProxy(api.url, {
      request: (ctx) => (ctx.url.pathname.endsWith('/domains') ? { status: 301, headers: { Location: ctx.url.pathname }, body: '' } : undefined),
    });
    const out = join(work, 'redirect-loop', 'thu-tuc');
    try {
      const r = await runCli(['catalog', '--api', proxy.url, '--out', out, '--lang', 'en']);
      assert.equal(r.code, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /\(attempt \d\/\d\)/);
      assert.equal(
        lastLine(r.stderr),
        "dvc-elements catalog: /domains: more than 20 redirects (the addresses redirect in a loop). Trying again cannot help: check the --api address (http or https, a trailing slash, the path) and the server's redirect rules; open the address in a browser to see where it leads. Nothing was written.",
      );
      assert.ok(proxy.log.filter((e) => e.path.endsWith('/domains')).length <= 21);
      assert.ok(!existsSync(join(work, 'redirect-loop')));
    } finally {
      await proxy.close();
    }
  });

  test('a body that fails to decompress (gzip stated, not sent): one try, the reason says so', async () => {
    const proxy = await startProxy(api.url, {
      response: (ctx, answer) => (ctx.url.pathname.endsWith('/agencies') ? { ...answer, headers: { ...answer.headers, 'content-encoding': 'gzip' } } : undefined),
    });
    const out = oldCatalog('bad-gzip');
    const before = snapshot(out);
    try {
      const r = await runCli(['catalog', '--api', proxy.url, '--out', out]);
      assert.equal(r.code, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /\(lần \d\/\d\)/);
      assert.equal(
        lastLine(r.stderr),
        'dvc-elements catalog: /agencies: nội dung nén của câu trả lời bị hỏng, không giải nén được: Z_DATA_ERROR (incorrect header check). Máy chủ (hay cổng) ghi Content-Encoding không khớp với nội dung gửi đi, nên thử lại cũng vô ích: hãy sửa cấu hình nén của nó. Danh mục cũ giữ nguyên.',
      );
      assert.equal(proxy.log.filter((e) => e.path.endsWith('/agencies')).length, 1);
      assert.deepEqual(snapshot(out), before);
    } finally {
      await proxy.close();
    }
  });

  test('an answer far larger than the contract\'s (a file, a whole table): reading stops at 16 MB, said as check-api says it, not tried again', async () => {
    // 20 MB of a "list" in chunks, with no Content-Length: nothing says in advance how long it is.
    const huge = Buffer.alloc(20 * 1024 * 1024, 0x20);
    const proxy = await startProxy(api.url, {
      request: (ctx) => (ctx.url.pathname.endsWith('/domains') ? { status: 200, headers: { ...CORS, 'Content-Type': 'application/json' }, body: huge } : undefined),
    });
    const out = oldCatalog('too-large');
    const before = snapshot(out);
    try {
      const [en, vi] = await Promise.all([
        runCli(['catalog', '--api', proxy.url, '--out', out, '--lang', 'en']),
        runCli(['catalog', '--api', proxy.url, '--out', join(work, 'too-large-new', 'thu-tuc')]),
      ]);
      assert.equal(en.code, 1, en.stderr);
      assert.doesNotMatch(en.stderr, /\(attempt \d\/\d\)/);
      assert.equal(
        lastLine(en.stderr),
        'dvc-elements catalog: /domains: the answer goes on past 16 MB, where the command stopped reading it (a body far larger than any answer of the contract, or one that never ends), so trying again cannot help. Answer only what was asked: a page of pageSize procedures (at most 100). Look at what the gateway or the server sends at this address: a file, a whole table or a stream that never ends. The previous catalog is kept.',
      );
      assert.equal(vi.code, 1, vi.stderr);
      assert.equal(
        lastLine(vi.stderr),
        'dvc-elements catalog: /domains: câu trả lời dài quá 16 MB, lệnh dừng đọc ở đó (nội dung lớn hơn nhiều so với mọi câu trả lời của hợp đồng, hoặc không bao giờ dừng), nên thử lại cũng vô ích. Chỉ trả lời đúng phần được hỏi: một trang gồm pageSize thủ tục (tối đa 100). Xem cổng (gateway) hoặc máy chủ đang gửi gì ở địa chỉ này: một tệp, cả một bảng dữ liệu hay một luồng không bao giờ dừng. Chưa ghi gì.',
      );
      // One request each: the same address sends the same on every try.
      assert.equal(proxy.log.filter((e) => e.path.endsWith('/domains')).length, 2);
      assert.deepEqual(snapshot(out), before);
      assert.ok(!existsSync(join(work, 'too-large-new')));
    } finally {
      await proxy.close();
    }
  });
});

describe('catalog: answers that do not add up', { concurrency: 3 }, () => {
  test('an answer that is not UTF-8 (Latin-1 bytes for "ý", "à", as a legacy database driver sends): refused, naming it; a BOM and a quoted charset are fine', async () => {
    // Every character from U+0080 to U+00FF as one byte, the rest UTF-8: the JSON still parses.
    const legacy = (text) => Buffer.concat([...text].map((ch) => (ch.codePointAt(0) >= 0x80 && ch.codePointAt(0) <= 0xff ? Buffer.from([ch.codePointAt(0)]) : Buffer.from(ch))));
    const broken = await startProxy(api.url, {
      response(ctx, answer) {
        if (!ctx.url.pathname.endsWith('/procedures/1.001193')) return undefined;
        return { ...answer, headers: { ...answer.headers, 'content-type': 'application/json; charset=windows-1252' }, body: legacy(answer.body.toString()) };
      },
    });
    const withBom = await startProxy(api.url, {
      response: (ctx, answer) => ({
        ...answer,
        headers: { ...answer.headers, 'content-type': 'application/json; charset="UTF-8"' },
        body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), answer.body]),
      }),
    });
    const out = oldCatalog('legacy-bytes');
    const before = snapshot(out);
    try {
      const [vi, en, bom] = await Promise.all([
        runCli(['catalog', '--api', broken.url, '--out', out]),
        runCli(['catalog', '--api', broken.url, '--out', join(work, 'legacy-bytes-new', 'thu-tuc'), '--lang', 'en']),
        runCli(['catalog', '--api', withBom.url, '--out', join(work, 'bom', 'thu-tuc')]),
      ]);
      assert.equal(vi.code, 1, vi.stderr);
      assert.match(
        lastLine(vi.stderr),
        /^dvc-elements catalog: Câu trả lời của \/procedures\/1\.001193 không phải UTF-8 \(Content-Type ghi charset=windows-1252\): .*JSON của API phải mã hoá UTF-8.* Danh mục cũ giữ nguyên\.$/,
      );
      assert.deepEqual(snapshot(out), before);
      assert.equal(en.code, 1, en.stderr);
      assert.match(lastLine(en.stderr), /^dvc-elements catalog: The answer of \/procedures\/1\.001193 is not UTF-8 \(its Content-Type says charset=windows-1252\): .* Nothing was written\.$/);
      assert.equal(bom.code, 0, bom.stderr);
      assert.deepEqual(readJson(join(work, 'bom', 'thu-tuc', 'index.json')).procedures, readJson(join(reference, 'index.json')).procedures);
    } finally {
      await broken.close();
      await withBom.close();
    }
  });

  test('an API that caps its pages below the pageSize it echoes: said at once, from page 1, pointing to check-api; a list that changed meanwhile still says so', async () => {
    // At most 50 a page, whatever is asked, while the answer says pageSize 100.
    const capped = await startProxy(api.url, {
      response(ctx, answer) {
        if (!ctx.url.pathname.endsWith('/procedures') || answer.status !== 200) return undefined;
        const page = JSON.parse(answer.body);
        return { ...answer, body: JSON.stringify({ ...page, items: page.items.slice(0, 50) }) };
      },
    });
    // Five procedures two by two, and the fifth deleted before page 3 is asked for.
    const procedures = summaries(5);
    const changing = await startProxy(api.url, {
      request(ctx) {
        if (!ctx.url.pathname.endsWith('/procedures')) return undefined;
        const page = Number(ctx.url.searchParams.get('page'));
        const now = page === 3 ? procedures.slice(0, 4) : procedures;
        return json(200, { items: now.slice((page - 1) * 2, page * 2), total: now.length, page, pageSize: 2 });
      },
    });
    try {
      const [r, changed] = await Promise.all([
        runCli(['catalog', '--api', capped.url, '--out', join(work, 'capped', 'thu-tuc')]),
        runCli(['catalog', '--api', changing.url, '--out', join(work, 'changing', 'thu-tuc')]),
      ]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(
        lastLine(r.stderr),
        /^dvc-elements catalog: \/procedures\?page=1&pageSize=100 trả về 50 thủ tục, ít hơn chính câu trả lời ghi \(pageSize 100, total 60: trang 1 phải có 60\)\. API có lẽ giới hạn số thủ tục mỗi trang thấp hơn pageSize được hỏi .*kiểm tra bằng npx dvc-elements check-api\. Chưa ghi gì\.$/,
      );
      assert.doesNotMatch(r.stderr, /thay đổi trong lúc tạo/);
      // Before any procedure's details are asked for.
      assert.deepEqual(capped.log.filter((e) => /\/procedures\/./.test(e.path)), []);
      assert.equal(changed.code, 1, changed.stderr);
      assert.match(lastLine(changed.stderr), /nhận 4 thủ tục, total ghi 5 \(dữ liệu thay đổi trong lúc tạo\? hãy chạy lại\)\. Chưa ghi gì\.$/);
    } finally {
      await capped.close();
      await changing.close();
    }
  });

  test('a total that does not count what the list holds (the same on every page): the reason says running again cannot help, and what to fix', async () => {
    // 25 a page, as the answer says, and a total that counts 20 procedures the list leaves out (hidden ones).
    const proxy = await startProxy(api.url, {
      request(ctx) {
        if (ctx.url.pathname.endsWith('/procedures')) ctx.url.searchParams.set('pageSize', '25');
      },
      response(ctx, answer) {
        if (!ctx.url.pathname.endsWith('/procedures') || answer.status !== 200) return undefined;
        const page = JSON.parse(answer.body);
        return { ...answer, body: JSON.stringify({ ...page, total: page.total + 20 }) };
      },
    });
    try {
      const [vi, en] = await Promise.all([
        runCli(['catalog', '--api', proxy.url, '--out', join(work, 'overcounted', 'thu-tuc')]),
        runCli(['catalog', '--api', proxy.url, '--out', join(work, 'overcounted-en', 'thu-tuc'), '--lang', 'en']),
      ]);
      assert.equal(vi.code, 1, vi.stderr);
      assert.equal(
        lastLine(vi.stderr),
        'dvc-elements catalog: /procedures ghi total 80 trên mọi trang nhưng liệt kê 60 thủ tục: total của API không đếm đúng những thủ tục nó liệt kê (có thể đếm cả thủ tục đã ẩn hay đã bãi bỏ), nên chạy lại cũng vậy, và không biết được danh sách đã đủ hay chưa. Hãy để API ghi total bằng đúng số thủ tục /procedures liệt kê. Chưa ghi gì.',
      );
      assert.equal(en.code, 1, en.stderr);
      assert.equal(
        lastLine(en.stderr),
        "dvc-elements catalog: /procedures states total 80 on every page but lists 60 procedures: the API's total does not count what it lists (it may count hidden or repealed procedures too), so running again gives the same, and the list cannot be known to be complete. Have the API state as total the number of procedures /procedures lists. Nothing was written.",
      );
      // Before any procedure's details are asked for.
      assert.deepEqual(proxy.log.filter((e) => /\/procedures\/./.test(e.path)), []);
    } finally {
      await proxy.close();
    }
  });

  test('pages that overlap (a list sorted by a column that is not unique): the reason names the pages and says to sort by a unique key', async () => {
    const procedures = summaries(6);
    // Each page after the first starts with the previous page's last procedure: one repeated, one never listed.
    const proxy = await startProxy(api.url, {
      request(ctx) {
        if (!ctx.url.pathname.endsWith('/procedures')) return undefined;
        const page = Number(ctx.url.searchParams.get('page'));
        const items = procedures.slice((page - 1) * 2, page * 2);
        if (page > 1) items[0] = procedures[(page - 1) * 2 - 1];
        return json(200, { items, total: procedures.length, page, pageSize: 2 });
      },
    });
    try {
      const [vi, en] = await Promise.all([
        runCli(['catalog', '--api', proxy.url, '--out', join(work, 'overlap', 'thu-tuc')]),
        runCli(['catalog', '--api', proxy.url, '--out', join(work, 'overlap-en', 'thu-tuc'), '--lang', 'en']),
      ]);
      assert.equal(vi.code, 1, vi.stderr);
      assert.match(
        lastLine(vi.stderr),
        /^dvc-elements catalog: Mã thủ tục 1\.000001 có ở cả trang 1 và trang 2 của \/procedures: các trang chồng lên nhau .*API phải sắp xếp \/procedures theo một khoá duy nhất \(ví dụ theo mã.*Chưa ghi gì\.$/,
      );
      assert.equal(en.code, 1, en.stderr);
      assert.match(lastLine(en.stderr), /^dvc-elements catalog: Procedure code 1\.000001 is on both page 1 and page 2 of \/procedures: the pages overlap .*The API must sort \/procedures by a unique key \(for example by code/);
    } finally {
      await proxy.close();
    }
  });

  test('a procedure the list names but whose details are not found (404): the reason names the code, says list and details disagree and what to fix', async () => {
    const notFound = { status: 404, headers: { ...CORS, 'Content-Type': 'application/problem+json' }, body: '{"type":"urn:dvc:problem:not-found","title":"Not found","status":404}' };
    const proxy = await startProxy(api.url, { request: (ctx) => (ctx.url.pathname.endsWith('/procedures/1.000894') ? notFound : undefined) });
    const out = oldCatalog('detail-404');
    const before = snapshot(out);
    try {
      const [en, vi] = await Promise.all([
        runCli(['catalog', '--api', proxy.url, '--out', out, '--lang', 'en']),
        runCli(['catalog', '--api', proxy.url, '--out', join(work, 'detail-404-new', 'thu-tuc')]),
      ]);
      assert.equal(en.code, 1, en.stderr);
      assert.equal(
        lastLine(en.stderr),
        "dvc-elements catalog: /procedures lists the procedure 1.000894, but /procedures/1.000894 answers HTTP 404: the API does not serve the details of a procedure its own list names (often a procedure hidden or repealed in one and not the other, or a code with characters that must be encoded in an address). The API's list and details must agree: every code in /procedures opens at /procedures/{code}; npx dvc-elements check-api checks it on a few codes. The previous catalog is kept.",
      );
      assert.equal(vi.code, 1, vi.stderr);
      assert.equal(
        lastLine(vi.stderr),
        'dvc-elements catalog: /procedures liệt kê thủ tục 1.000894, nhưng /procedures/1.000894 trả lời HTTP 404: API không phục vụ chi tiết của một thủ tục mà chính danh sách của nó liệt kê (thường do thủ tục đã ẩn hay bãi bỏ ở một bên mà chưa ở bên kia, hoặc do mã có ký tự phải mã hoá trong địa chỉ). Danh sách và chi tiết của API phải khớp nhau: mọi mã trong /procedures đều mở được ở /procedures/{mã}; npx dvc-elements check-api kiểm tra điều này với một vài mã. Chưa ghi gì.',
      );
      assert.deepEqual(snapshot(out), before);
      assert.ok(!existsSync(join(work, 'detail-404-new')));
    } finally {
      await proxy.close();
    }
  });

  test('a listed procedure whose details answer 410, 401 or 403: the reason names the code, says what the status means there and what to fix', async () => {
    const problem = (status, type, title) => ({ status, headers: { ...CORS, 'Content-Type': 'application/problem+json' }, body: JSON.stringify({ type, title, status }) });
    const refusing = (status) =>
      startProxy(api.url, {
        request: (ctx) =>
          ctx.url.pathname.endsWith('/procedures/1.000894') ? problem(status, status === 410 ? 'about:blank' : 'urn:gateway:denied', status === 410 ? 'Gone' : 'Denied') : undefined,
      });
    const [gone, unauthorized, forbidden] = await Promise.all([refusing(410), refusing(401), refusing(403)]);
    const out = oldCatalog('detail-410');
    const before = snapshot(out);
    try {
      const [goneEn, goneVi, unauthorizedEn, forbiddenVi] = await Promise.all([
        runCli(['catalog', '--api', gone.url, '--out', out, '--lang', 'en']),
        runCli(['catalog', '--api', gone.url, '--out', join(work, 'detail-410-new', 'thu-tuc')]),
        runCli(['catalog', '--api', unauthorized.url, '--out', join(work, 'detail-401-new', 'thu-tuc'), '--lang', 'en']),
        runCli(['catalog', '--api', forbidden.url, '--out', join(work, 'detail-403-new', 'thu-tuc')]),
      ]);
      for (const r of [goneEn, goneVi, unauthorizedEn, forbiddenVi]) assert.equal(r.code, 1, r.stderr);
      assert.equal(
        lastLine(goneEn.stderr),
        'dvc-elements catalog: /procedures lists the procedure 1.000894, but /procedures/1.000894 answers HTTP 410 (Gone): the API says the procedure was withdrawn (repealed or replaced), yet its list still names it, so running again gives the same. The list must leave out what the API no longer serves: every code in /procedures opens at /procedures/{code}; npx dvc-elements check-api checks it on a few codes. The previous catalog is kept.',
      );
      assert.equal(
        lastLine(goneVi.stderr),
        'dvc-elements catalog: /procedures liệt kê thủ tục 1.000894, nhưng /procedures/1.000894 trả lời HTTP 410 (Gone): API cho biết thủ tục đã bị gỡ bỏ (bãi bỏ hay thay thế), vậy mà danh sách vẫn liệt kê nó, nên chạy lại cũng vậy. Danh sách phải bỏ những thủ tục API không còn phục vụ: mọi mã trong /procedures đều mở được ở /procedures/{mã}; npx dvc-elements check-api kiểm tra điều này với một vài mã. Chưa ghi gì.',
      );
      assert.equal(
        lastLine(unauthorizedEn.stderr),
        'dvc-elements catalog: /procedures answers, but /procedures/1.000894 (the details of procedure 1.000894) answers HTTP 401: the details need credentials (a login, an API key) while the list does not, usually a gateway or firewall rule that opens /procedures but not /procedures/{code}. The widgets open a procedure\'s details from citizens\' browsers, where nobody logs in: open /procedures/{code} to anonymous requests as /procedures is (on the gateway, remove the rule that asks for a login or an API key on that path, or that blocks it). Nothing was written.',
      );
      assert.equal(
        lastLine(forbiddenVi.stderr),
        'dvc-elements catalog: /procedures trả lời bình thường, nhưng /procedures/1.000894 (chi tiết của thủ tục 1.000894) trả lời HTTP 403: chi tiết thủ tục bị từ chối, còn danh sách thì không, thường do một quy tắc của cổng (gateway) hay tường lửa mở /procedures mà chưa mở /procedures/{mã}. Các tiện ích mở chi tiết thủ tục ngay từ trình duyệt của người dân, nơi không ai đăng nhập: hãy mở /procedures/{mã} cho yêu cầu ẩn danh như /procedures (trên cổng, bỏ quy tắc đòi đăng nhập, khoá API hay chặn đường dẫn ấy). Chưa ghi gì.',
      );
      assert.deepEqual(snapshot(out), before);
      for (const status of [410, 401, 403]) assert.ok(!existsSync(join(work, `detail-${status}-new`)), String(status));
    } finally {
      await Promise.all([gone.close(), unauthorized.close(), forbidden.close()]);
    }
  });

  test('a domain or an agency listed twice: refused, naming the code and the list, before any detail is fetched', async () => {
    let details = 0;
    const proxy = await startProxy(api.url, {
      request(ctx) {
        const p = ctx.url.pathname.replace(/^\/api\/v1/, '');
        if (p.startsWith('/procedures/')) details++;
        if (p === '/domains') return json(200, { items: [{ code: 'HT', name: 'Hộ tịch' }, { code: 'DD', name: 'Đất đai' }, { code: 'HT', name: 'Hộ tịch (cũ)' }] });
        return undefined;
      },
    });
    const agenciesTwice = await startProxy(api.url, {
      request(ctx) {
        const p = ctx.url.pathname.replace(/^\/api\/v1/, '');
        if (p.startsWith('/procedures/')) details++;
        if (p === '/agencies') return json(200, { items: [{ code: 'UBX', name: 'UBND cấp xã', tier: 'commune' }, { code: 'UBX', name: 'UBND xã', tier: 'commune' }] });
        return undefined;
      },
    });
    try {
      const [vi, en] = await Promise.all([
        runCli(['catalog', '--api', proxy.url, '--out', join(work, 'domain-twice', 'thu-tuc')]),
        runCli(['catalog', '--api', agenciesTwice.url, '--out', join(work, 'agency-twice', 'thu-tuc'), '--lang', 'en']),
      ]);
      assert.equal(vi.code, 1, vi.stderr);
      assert.match(lastLine(vi.stderr), /^dvc-elements catalog: Mã HT xuất hiện hai lần trong \/domains: bộ lọc của tìm kiếm sẽ có hai lựa chọn cùng một mã\..*Chưa ghi gì\.$/);
      assert.equal(en.code, 1, en.stderr);
      assert.match(lastLine(en.stderr), /^dvc-elements catalog: Code UBX appears twice in \/agencies: /);
      assert.equal(details, 0);
      assert.equal(existsSync(join(work, 'domain-twice', 'thu-tuc')), false);
    } finally {
      await proxy.close();
      await agenciesTwice.close();
    }
  });

  test('counts in English: 1 domain, 1 agency, 1 procedure (1 page); 60 procedures (1 page)', async () => {
    const one = {
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      domain: { code: 'HT', name: 'Hộ tịch' },
      agency: { code: 'UBX', name: 'UBND cấp xã' },
      tier: 'commune',
      level: 'full',
    };
    const proxy = await startProxy(api.url, {
      request(ctx) {
        const p = ctx.url.pathname.replace(/^\/api\/v1/, '');
        if (p === '/domains') return json(200, { items: [one.domain] });
        if (p === '/agencies') return json(200, { items: [{ ...one.agency, tier: 'commune' }] });
        if (p === '/procedures') return json(200, { items: [one], total: 1, page: 1, pageSize: 100 });
        if (p === '/procedures/1.001193') return json(200, one);
      },
    });
    try {
      const [single, sample] = await Promise.all([
        runCli(['catalog', '--api', proxy.url, '--out', join(work, 'one', 'thu-tuc'), '--lang', 'en']),
        runCli(['catalog', '--api', api.url, '--out', join(work, 'sample-en', 'thu-tuc'), '--lang', 'en']),
      ]);
      assert.equal(single.code, 0, single.stderr);
      assert.match(single.stderr, /^1 domain, 1 agency, 1 procedure \(1 page\)\.$/m);
      assert.match(lastLine(single.stderr), /^Done: 1 procedure in /);
      assert.equal(sample.code, 0, sample.stderr);
      assert.match(sample.stderr, /^20 domains, 14 agencies, 60 procedures \(1 page\)\.$/m);
    } finally {
      await proxy.close();
    }
  });
});

describe('catalog text', () => {
  test('names typed decomposed (NFD, a "tổ hợp" keyboard) are written composed, so the search ranks them like the others', async () => {
    const nfd = (text) => text.normalize('NFD');
    const domain = { code: 'HT', name: nfd('Hộ tịch') };
    const agency = { code: 'UBX', name: 'UBND cấp xã' };
    // The shorter name comes first among names that hold the query as a phrase; decomposed, it counted 3 more
    // characters (ă, ý, ẻ) and came second.
    const procedures = [
      { code: '1.001193', name: 'Đăng ký khai sinh lưu động', domain, agency, tier: 'commune', level: 'full' },
      { code: '1.004884', name: nfd('Đăng ký khai sinh cho trẻ'), domain, agency, tier: 'commune', level: 'partial' },
    ];
    const steps = [nfd('Nộp hồ sơ tại Bộ phận một cửa'), 'Nhận kết quả'];
    const proxy = await startProxy(api.url, {
      request(ctx) {
        const p = ctx.url.pathname.replace(/^\/api\/v1/, '');
        if (p === '/domains') return json(200, { items: [domain] });
        if (p === '/procedures') return json(200, { items: procedures, total: 2, page: 1, pageSize: 100 });
        const m = /^\/procedures\/(.+)$/.exec(p);
        if (m) return json(200, { ...procedures.find((x) => x.code === decodeURIComponent(m[1])), steps });
      },
    });
    const out = join(work, 'decomposed', 'thu-tuc');
    try {
      const r = await runCli(['catalog', '--api', proxy.url, '--out', out]);
      assert.equal(r.code, 0, r.stderr);
      const index = readJson(join(out, 'index.json'));
      assert.deepEqual(validate('Catalog', index), []);
      assert.deepEqual(
        index.procedures.map((p) => [p.name, p.domain.name]),
        [
          ['Đăng ký khai sinh lưu động', 'Hộ tịch'],
          ['Đăng ký khai sinh cho trẻ', 'Hộ tịch'],
        ],
      );
      assert.deepEqual(index.domains, [{ code: 'HT', name: 'Hộ tịch' }]);
      assert.ok(index.procedures.every((p) => p.name === p.name.normalize('NFC')));
      const detail = readJson(join(out, 'procedures', `${fileName('1.004884')}.json`));
      assert.equal(detail.name, 'Đăng ký khai sinh cho trẻ');
      assert.deepEqual(detail.steps, ['Nộp hồ sơ tại Bộ phận một cửa', 'Nhận kết quả']);
      // What a citizen searching the catalog sees first.
      const { buildSearchIndex, searchIndex } = await importTs('src/catalog/search-index.ts');
      const found = searchIndex(buildSearchIndex(index.procedures), 'khai sinh').map((i) => index.procedures[i].name);
      assert.deepEqual(found, ['Đăng ký khai sinh cho trẻ', 'Đăng ký khai sinh lưu động']);
    } finally {
      await proxy.close();
    }
  });

  test('bidirectional control characters are removed from every answer, as the widgets\' API client does: codes, file names and texts are what the browser asks for', async () => {
    // An override left open in a database field: U+202E (right-to-left override), U+2066…U+2069 (isolates).
    const RLO = '\u202E';
    const domain = { code: `HT${RLO}`, name: 'Hộ tịch' };
    const agency = { code: 'UBX', name: `\u2066UBND cấp xã\u2069` };
    const procedures = [
      { code: `1.001193${RLO}`, name: `Đăng ký khai sinh ${RLO}(trực tuyến)`, domain, agency, tier: 'commune', level: 'full' },
      { code: '1.004884', name: 'Đăng ký kết hôn', domain, agency, tier: 'commune', level: `partial${RLO}` },
    ];
    const clean = (text) => text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
    const asked = [];
    const proxy = await startProxy(api.url, {
      request(ctx) {
        const p = ctx.url.pathname.replace(/^\/api\/v1/, '');
        if (p === '/domains') return json(200, { items: [domain] });
        if (p === '/agencies') return json(200, { items: [{ ...agency, tier: 'commune' }] });
        if (p === '/procedures') return json(200, { items: procedures, total: 2, page: 1, pageSize: 100 });
        const m = /^\/procedures\/(.+)$/.exec(p);
        if (m) {
          asked.push(decodeURIComponent(m[1]));
          const found = procedures.find((x) => clean(x.code) === clean(decodeURIComponent(m[1])));
          return found ? json(200, { ...found, steps: [`Nộp hồ sơ${RLO}`] }) : json(404, { type: 'urn:dvc:problem:not-found', title: 'Not found', status: 404 });
        }
      },
    });
    const out = join(work, 'bidi', 'thu-tuc');
    try {
      const r = await runCli(['catalog', '--api', proxy.url, '--out', out]);
      assert.equal(r.code, 0, r.stderr);
      const index = readJson(join(out, 'index.json'));
      assert.deepEqual(validate('Catalog', index), []);
      assert.deepEqual(index.procedures.map((p) => p.code), ['1.001193', '1.004884']);
      assert.deepEqual(index.procedures.map((p) => [p.name, p.domain.code, p.agency.name, p.level]), [
        ['Đăng ký khai sinh (trực tuyến)', 'HT', 'UBND cấp xã', 'full'],
        ['Đăng ký kết hôn', 'HT', 'UBND cấp xã', 'partial'],
      ]);
      assert.deepEqual(index.domains, [{ code: 'HT', name: 'Hộ tịch' }]);
      assert.deepEqual(index.agencies, [{ code: 'UBX', name: 'UBND cấp xã', tier: 'commune' }]);
      // The file the browser asks for, by the code it reads from the index once cleaned.
      assert.deepEqual(readdirSync(join(out, 'procedures')).sort(), ['1.001193.json', '1.004884.json']);
      const detail = readJson(join(out, 'procedures', '1.001193.json'));
      assert.equal(detail.code, '1.001193');
      assert.deepEqual(detail.steps, ['Nộp hồ sơ']);
      assert.doesNotMatch(JSON.stringify(index) + JSON.stringify(detail), /[\u202A-\u202E\u2066-\u2069]/);
      // Asked for by the cleaned code, as the widgets ask an API.
      assert.deepEqual(asked.sort(), ['1.001193', '1.004884']);
    } finally {
      await proxy.close();
    }
  });
});

describe('catalog file names', () => {
  const CODES = ['1.001193', '1.001193.000.00.00.H56', 'a/b', '.hidden', 'CON', 'con.1', 'x y', 'Đăng~ký', '..', 'a%2Fb'];

  test('every code maps to a distinct name of URL- and file-safe characters', () => {
    const names = CODES.map(fileName);
    assert.deepEqual(names, [
      '1.001193',
      '1.001193.000.00.00.H56',
      'a~2Fb',
      '~2Ehidden',
      '~43ON',
      '~63on.1',
      'x~20y',
      '~C4~90~C4~83ng~7Ek~C3~BD',
      '~2E.',
      'a~252Fb',
    ]);
    for (const n of names) assert.match(n, /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/);
    assert.equal(new Set(names).size, names.length);
  });

  test('an API with such codes and its own page size: every page read, every file where the rule puts it', async () => {
    // A small API of its own, which answers at most 2 procedures a page whatever is asked. ('..' cannot be
    // asked for in a URL path at all: URL parsers remove it, escaped or not.)
    const codes = CODES.filter((c) => c !== '..');
    const procedures = summaries(codes.length, (i) => codes[i]);
    const proxy = await startProxy(api.url, {
      request(ctx) {
        const p = ctx.url.pathname.replace(/^\/api\/v1/, '');
        if (p === '/procedures') {
          const page = Number(ctx.url.searchParams.get('page'));
          return json(200, { items: procedures.slice((page - 1) * 2, page * 2), total: procedures.length, page, pageSize: 2 });
        }
        const m = /^\/procedures\/(.+)$/.exec(p);
        if (m) return json(200, { ...procedures.find((x) => x.code === decodeURIComponent(m[1])), steps: ['Nộp hồ sơ'] });
      },
    });
    const out = join(work, 'odd', 'thu-tuc');
    try {
      const r = await runCli(['catalog', '--api', proxy.url, '--out', out]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /\(5 trang\)/);
      const index = readJson(join(out, 'index.json'));
      assert.deepEqual(validate('Catalog', index), []);
      assert.deepEqual(index.procedures.map((p) => p.code), codes);
      assert.deepEqual(readdirSync(join(out, 'procedures')).sort(), codes.map((c) => `${fileName(c)}.json`).sort());
      for (const code of codes) assert.equal(readJson(join(out, 'procedures', `${fileName(code)}.json`)).code, code);
    } finally {
      await proxy.close();
    }
  });
});
