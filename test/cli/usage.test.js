// Usage errors of both commands: the command line's own mistakes (an unknown option, a missing value, one word
// too many) and API addresses no widget could use (a user name and password, a query or a fragment) are said in
// the language asked for, name what is wrong, point to --help, exit with status 2 at once, send no request and
// never print a password or key.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importTs, runCli, startMockApiServer, startProxy } from './helpers.js';

const ORIGIN = 'https://tinhkhe.quangngai.gov.vn';
const PASSWORD = 'Mk-9xQ2';
const KEY = 'khoa-7Rt4';

let api;
let proxy;
let work;
before(async () => {
  api = await startMockApiServer();
  // Every request the commands make is logged here: a usage error must make none.
  proxy = await startProxy(api.url);
  work = mkdtempSync(join(tmpdir(), 'dvc-usage-'));
});
after(async () => {
  await proxy.close();
  await api.close();
  rmSync(work, { recursive: true, force: true });
});

const HELP = {
  vi: (cmd) => `Xem: npx dvc-elements ${cmd} --help`,
  en: (cmd) => `See: npx dvc-elements ${cmd} --help`,
};

/** Runs every case at once; each must print exactly its sentence and the pointer to --help, and exit with 2. */
async function expectUsageErrors(cases) {
  const runs = await Promise.all(cases.map(({ args, lang }) => runCli(lang === 'en' ? [...args, '--lang', 'en'] : args)));
  for (const [i, { args, lang, said }] of cases.entries()) {
    const r = runs[i];
    const line = `${args.join(' ')} (${lang})`;
    assert.equal(r.code, 2, line);
    assert.equal(r.stdout, '', line);
    assert.equal(r.stderr, `dvc-elements: ${said}\n${HELP[lang](args[0])}\n`, line);
  }
  return runs;
}

describe('option-parsing errors in the language asked for', { concurrency: 2 }, () => {
  test('an unknown option, a missing or unwanted value, a word too many: both commands, vi and en', async () => {
    const out = join(work, 'thu-tuc');
    const runs = await expectUsageErrors([
      { args: ['check-api', proxy.url, '--orign', ORIGIN], lang: 'vi', said: 'Không có tuỳ chọn --orign. Ý bạn là --origin?' },
      { args: ['check-api', proxy.url, '--orign', ORIGIN], lang: 'en', said: 'There is no option --orign. Did you mean --origin?' },
      { args: ['check-api', proxy.url, '-x'], lang: 'vi', said: 'Không có tuỳ chọn -x.' },
      { args: ['check-api', proxy.url, '-x'], lang: 'en', said: 'There is no option -x.' },
      { args: ['check-api', proxy.url, '--json=yes'], lang: 'vi', said: 'Tuỳ chọn --json không nhận giá trị.' },
      { args: ['check-api', proxy.url, '--json=yes'], lang: 'en', said: '--json takes no value.' },
      { args: ['check-api', proxy.url, 'thua'], lang: 'vi', said: 'Đối số thừa: "thua".' },
      { args: ['check-api', proxy.url, 'thua'], lang: 'en', said: 'Unexpected argument: "thua".' },
      { args: ['catalog', '--api', proxy.url, '--out'], lang: 'vi', said: 'Thiếu giá trị cho --out.' },
      // (--lang en comes last: the value of --out is then missing and "--lang" is what follows it.)
      { args: ['catalog', '--api', proxy.url, '--out'], lang: 'en', said: '--out needs a value (it is followed by "--lang"; if the value really starts with "-", write --out=--lang).' },
      { args: ['catalog', '--out', '--api', proxy.url], lang: 'vi', said: 'Thiếu giá trị cho --out (theo sau là "--api"; nếu giá trị thật sự bắt đầu bằng "-", hãy viết --out=--api).' },
      { args: ['catalog', '--api', proxy.url, '--out', out, '--ouput', 'x'], lang: 'vi', said: 'Không có tuỳ chọn --ouput. Ý bạn là --out?' },
      { args: ['catalog', '--api', proxy.url, '--out', out, '--ouput', 'x'], lang: 'en', said: 'There is no option --ouput. Did you mean --out?' },
      { args: ['catalog', '--api', proxy.url, '--out', out, 'thua'], lang: 'vi', said: 'Đối số thừa: "thua".' },
      { args: ['catalog', '--api', proxy.url, '--out', out, 'thua'], lang: 'en', said: 'Unexpected argument: "thua".' },
    ]);
    for (const r of runs) assert.doesNotMatch(r.stderr, /Unknown option|argument missing|does not take|To specify/);
    assert.equal(proxy.log.length, 0);
    assert.ok(!existsSync(out));
  });
});

describe('API addresses the widgets could not use', { concurrency: 2 }, () => {
  const withPassword = () => proxy.url.replace('://', `://nguoi-dung:${PASSWORD}@`);
  const plain = () => proxy.url;

  test('a user name and password: a usage error at once, no request, the password never printed', async () => {
    const out = join(work, 'credentials');
    const vi = (what) =>
      `${what} không được chứa tên đăng nhập hay mật khẩu. Các tiện ích gọi API ngay từ trình duyệt của người dân, và trình duyệt cũng không gửi kèm được những thông tin ấy: API dùng cho tiện ích phải là API công khai. Hãy dùng địa chỉ không có chúng: ${plain()}`;
    const en = (what) =>
      `${what} must not contain a user name or password. The widgets call the API from citizens' browsers, which cannot send such credentials either: an API the widgets can use is public. Use the address without them: ${plain()}`;
    const runs = await expectUsageErrors([
      { args: ['catalog', '--api', withPassword(), '--out', out], lang: 'vi', said: vi('Địa chỉ API (--api)') },
      { args: ['catalog', '--api', withPassword(), '--out', out], lang: 'en', said: en('The API address (--api)') },
      { args: ['check-api', withPassword()], lang: 'vi', said: vi('Địa chỉ API (<api-base>)') },
      { args: ['check-api', withPassword()], lang: 'en', said: en('The API address (<api-base>)') },
      // A password alone (no user name), and one in the embedding site's origin.
      { args: ['check-api', proxy.url.replace('://', `://:${PASSWORD}@`)], lang: 'vi', said: vi('Địa chỉ API (<api-base>)') },
      { args: ['check-api', proxy.url, '--origin', ORIGIN.replace('://', `://a:${PASSWORD}@`)], lang: 'vi', said: 'Nguồn (origin) không hợp lệ: https://•••@tinhkhe.quangngai.gov.vn (dạng https://ten-mien[:cổng], không có đường dẫn).' },
      // Not a web address at all: still no password printed.
      { args: ['check-api', `ftp://a:${PASSWORD}@example.org/api`], lang: 'en', said: 'Not a valid API address: ftp://•••@example.org/api (http:// or https:// needed).' },
    ]);
    for (const r of runs) assert.ok(!r.stderr.includes(PASSWORD), r.stderr);
    assert.equal(proxy.log.length, 0);
    assert.ok(!existsSync(out));
  });

  const TEXTS = { gaveUp: (path, reason, n) => `${path}: ${reason} (${n})`, timeout: () => 'timeout' };

  test('the catalog client: a request fetch cannot even make fails at once, without a retry', async () => {
    const { RetryingClient, BuildError } = await importTs('src/cli/retrying-client.ts');
    const retries = [];
    const client = new RetryingClient(withPassword(), new AbortController().signal, TEXTS, (e) => e.message, {
      onRetry: (...args) => retries.push(args),
      onWait: (...args) => retries.push(args),
    });
    await assert.rejects(client.get('/domains', (x) => x), (e) => e instanceof BuildError && /^\/domains: /.test(e.message));
    assert.deepEqual(retries, []);
    assert.equal(proxy.log.length, 0);
  });

  test('a query or a fragment: a usage error, no request, the key never printed', async () => {
    const out = join(work, 'query');
    const vi = (what) =>
      `${what} không được có phần truy vấn (?…) hay phân đoạn (#…): các tiện ích (và lệnh này) ghép đường dẫn (/procedures, /domains…) vào sau địa chỉ, nên mọi yêu cầu sẽ sai; một khoá API đặt ở đó cũng sẽ lộ trên mọi trang nhúng tiện ích. Hãy dùng địa chỉ gốc: ${plain()}`;
    const en = (what) =>
      `${what} must not have a query (?…) or fragment (#…): the widgets (and this command) add paths (/procedures, /domains…) after the address, so every request would go wrong; an API key there would also be public on every page that embeds them. Use the base address: ${plain()}`;
    const runs = await expectUsageErrors([
      { args: ['catalog', '--api', `${proxy.url}?apikey=${KEY}`, '--out', out], lang: 'vi', said: vi('Địa chỉ API (--api)') },
      { args: ['catalog', '--api', `${proxy.url}?apikey=${KEY}`, '--out', out], lang: 'en', said: en('The API address (--api)') },
      { args: ['catalog', '--api', `${proxy.url}/#${KEY}`, '--out', out], lang: 'vi', said: vi('Địa chỉ API (--api)') },
      { args: ['check-api', `${proxy.url}?apikey=${KEY}`], lang: 'vi', said: vi('Địa chỉ API (<api-base>)') },
      { args: ['check-api', `${proxy.url}?apikey=${KEY}`], lang: 'en', said: en('The API address (<api-base>)') },
      { args: ['check-api', `${proxy.url}#${KEY}`], lang: 'en', said: en('The API address (<api-base>)') },
      // An empty query is still a "?" the paths would go after.
      { args: ['check-api', `${proxy.url}?`], lang: 'vi', said: vi('Địa chỉ API (<api-base>)') },
      // Not a web address, or no address at all: the key is still never printed.
      { args: ['check-api', `ftp://example.org/api?apikey=${KEY}`], lang: 'en', said: 'Not a valid API address: ftp://example.org/api?••• (http:// or https:// needed).' },
      { args: ['catalog', '--api', `dichvucong.tinh.test/api#${KEY}`, '--out', out], lang: 'vi', said: 'Địa chỉ API không hợp lệ: dichvucong.tinh.test/api#••• (cần http:// hoặc https://).' },
      { args: ['check-api', proxy.url, '--origin', `${ORIGIN}?k=${KEY}`], lang: 'en', said: `Not a valid origin: ${ORIGIN}?••• (https://host[:port], without a path).` },
    ]);
    for (const r of runs) assert.ok(!r.stderr.includes(KEY), r.stderr);
    assert.equal(proxy.log.length, 0);
    assert.ok(!existsSync(out));
  });
});

describe('time limits beyond what a timer can wait', () => {
  test('--timeout or --max-time over 2147483 seconds is a usage error naming the largest value, not a run that fails at once', async () => {
    // A proxy of its own: before the limit was checked, these runs did send requests.
    const local = await startProxy(api.url);
    try {
      await expectUsageErrors([
        { args: ['check-api', local.url, '--timeout', '3000000'], lang: 'vi', said: '--timeout quá lớn ("3000000"): tối đa 2147483 giây.' },
        { args: ['check-api', local.url, '--timeout', '3000000'], lang: 'en', said: '--timeout is too large ("3000000"): at most 2147483 seconds.' },
        { args: ['check-api', local.url, '--max-time', '2147483.7'], lang: 'en', said: '--max-time is too large ("2147483.7"): at most 2147483 seconds.' },
        { args: ['check-api', local.url, '--max-time', '1e9'], lang: 'vi', said: '--max-time quá lớn ("1e9"): tối đa 2147483 giây.' },
      ]);
      assert.equal(local.log.length, 0);
    } finally {
      await local.close();
    }
    // The largest value itself is accepted: 2147483000 ms, within the 2^31 − 1 ms a timer can wait.
    const { checkSeconds } = await importTs('src/cli/args.ts');
    assert.equal(checkSeconds('2147483', 'timeout', 10_000, 'vi'), 2_147_483_000);
    assert.ok(2_147_483_000 <= 2 ** 31 - 1);
  });
});

describe('common options before the command', () => {
  test('--lang before the command works as after it; --help and --version first are unchanged; an unknown one is a usage error', async () => {
    const out = join(work, 'leading');
    const [ouput, missing, lnag, json, fr, enHelp, enNone, h, version] = await Promise.all([
      runCli(['--lang', 'en', 'catalog', '--api', proxy.url, '--out', out, '--ouput', 'x']),
      runCli(['--lang=en', 'check-api']),
      runCli(['--lnag', 'en', 'check-api', proxy.url]),
      runCli(['--json', 'check-api', proxy.url, '--lang', 'en']),
      runCli(['--lang', 'fr', 'check-api', proxy.url]),
      runCli(['--lang', 'en', '--help']),
      runCli(['--lang', 'en']),
      runCli(['-h', 'check-api']),
      runCli(['--version', '--lang', 'en']),
    ]);
    const usage = (r, text) => {
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, text);
    };
    usage(ouput, 'dvc-elements: There is no option --ouput. Did you mean --out?\nSee: npx dvc-elements catalog --help\n');
    usage(missing, 'dvc-elements: <api-base> is missing.\nSee: npx dvc-elements check-api --help\n');
    usage(lnag, 'dvc-elements: Không có tuỳ chọn --lnag. Ý bạn là --lang?\nXem: npx dvc-elements --help\n');
    usage(json, "dvc-elements: There is no option --json. If it belongs to a command, put it after the command's name.\nSee: npx dvc-elements --help\n");
    usage(fr, 'dvc-elements: Ngôn ngữ không hỗ trợ: fr (vi hoặc en).\nXem: npx dvc-elements --help\n');
    assert.equal(enHelp.code, 0);
    assert.match(enHelp.stdout, /^dvc-elements — command-line tools/);
    assert.equal(enNone.code, 2);
    assert.match(enNone.stderr, /^dvc-elements — command-line tools/);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /^dvc-elements — công cụ dòng lệnh/);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\S*\n$/);
    assert.equal(proxy.log.length, 0);
    assert.ok(!existsSync(out));
  });
});

describe('the general help', () => {
  test('says that the common options may also come before the command, in both languages, also when printed for a usage error', async () => {
    const LINE = {
      vi: 'Tuỳ chọn chung đặt trước hay sau tên lệnh đều được, ví dụ: npx dvc-elements --lang en check-api <api-base>',
      en: 'Common options may also come before the command, e.g. npx dvc-elements --lang en check-api <api-base>',
    };
    const [vi, en, viNone, enNone] = await Promise.all([runCli(['--help']), runCli(['--help', '--lang', 'en']), runCli([]), runCli(['--lang', 'en'])]);
    for (const [r, lang, stream, code] of [
      [vi, 'vi', 'stdout', 0],
      [en, 'en', 'stdout', 0],
      [viNone, 'vi', 'stderr', 2],
      [enNone, 'en', 'stderr', 2],
    ]) {
      assert.equal(r.code, code, r.stderr);
      assert.ok(r[stream].split('\n').includes(LINE[lang]), `${lang} ${stream}:\n${r[stream]}`);
    }
  });
});
