import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, realpathSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as shape from '../api/shape.js';
import type { Lang, Page, ProcedureSummary } from '../api/types.js';
import { CATALOG_INDEX, CATALOG_VERSION, procedureFileName, procedureFilePath } from '../catalog/file-name.js';
import { cliMessages, type OutBefore } from '../i18n/messages/cli.js';
import { conformanceMessages } from '../i18n/messages/conformance.js';
import openapi from '../api/openapi.json';
import { Contract, shapeErrorText, type OpenApiDocument } from '../conformance/contract.js';
import { checkLang, checkUrl, EXIT_FAILED, EXIT_OK, parse, UsageError } from './args.js';
import { describeNetworkError } from './network-error.js';
import { Output } from './output.js';
import { BuildError, RetryingClient, StatusError, Stopped } from './retrying-client.js';
import { checkReplaceable, cleanUpAfterKilledRuns, swapIn, tempFolderFor } from './swap-dir.js';

/** The contract's largest page: the fewest list requests. */
const PAGE_SIZE = 100;
/** File names stay well under the 255 bytes every file system allows (".json" and a margin included). */
const MAX_FILE_NAME_BYTES = 240;
/** On a terminal the progress line is rewritten at most this often; in a log, one line per tenth. */
const PROGRESS_EVERY_MS = 200;
/**
 * What stops a run, which then removes its temporary folder: Ctrl+C, a service manager's SIGTERM, and the hangup
 * of a closed terminal or a dropped ssh connection (Node does not keep the hangup ignored, even under nohup).
 */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const OPTIONS = {
  api: { type: 'string' },
  out: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Texts = (typeof cliMessages)['vi']['catalog'];

/** The summary fields of the contract only, in its order: the index carries nothing else. */
function summaryOf(p: ProcedureSummary): ProcedureSummary {
  const { code, name, domain, agency, tier, level, processingTime, fee, url } = p;
  const out: ProcedureSummary = {
    code,
    name,
    domain: { code: domain.code, name: domain.name },
    agency: { code: agency.code, name: agency.name },
    tier,
    level,
  };
  if (processingTime != null) out.processingTime = processingTime;
  if (fee != null) out.fee = fee;
  if (url != null) out.url = url;
  return out;
}

/**
 * Every text of an answer in composed form (NFC). Vietnamese typed with a "tổ hợp" (decomposed) keyboard setting
 * reaches some provincial databases as NFD, often mixed with NFC: the catalog search ranks shorter names first,
 * and a decomposed name counts one more character for each tone or vowel mark. Composed, every name is measured
 * alike, the files are smaller, and what the widgets show is the same text whichever way it was typed.
 */
function composed<T>(value: T): T {
  // Codes are identifiers, kept byte for byte: the widgets ask for a procedure's file by its code as given.
  const text = (key: string, v: unknown) => (typeof v === 'string' && key !== 'code' ? v.normalize('NFC') : v);
  return JSON.parse(JSON.stringify(value, text)) as T;
}

/** The API address as the index records it: no user name or password, no trailing slash. */
function sourceOf(api: URL): string {
  const u = new URL(api.href);
  u.username = '';
  u.password = '';
  return u.href.replace(/\/+$/, '');
}

/** Codes that cannot become distinct, reasonable file names end the build before anything is fetched. */
function checkCodes(list: ProcedureSummary[], t: Texts): void {
  const seen = new Set<string>();
  const byFolded = new Map<string, string>();
  for (const { code } of list) {
    if (!code) throw new BuildError(t.emptyCode);
    if (seen.has(code)) throw new BuildError(t.duplicateCode(code));
    seen.add(code);
    const name = procedureFileName(code);
    if (Buffer.byteLength(name) > MAX_FILE_NAME_BYTES) throw new BuildError(t.nameTooLong(code));
    // Windows and macOS file systems ignore case: two codes that differ only in case would share a file.
    const folded = name.toLowerCase();
    const other = byFolded.get(folded);
    if (other !== undefined) throw new BuildError(t.nameClash(other, code));
    byFolded.set(folded, code);
  }
}

/**
 * A code on two pages: the pages overlap, which a list sorted by a column that is not unique does (rows with equal
 * values may come in another order on each request). Said apart from a code listed twice on one page, whose cause
 * and cure are not the same.
 */
function checkPagesDoNotOverlap(pages: Page<ProcedureSummary>[], t: Texts): void {
  const pageOf = new Map<string, number>();
  pages.forEach((p, i) => {
    for (const { code } of p.items) {
      const seen = pageOf.get(code);
      if (seen !== undefined && seen !== i + 1) throw new BuildError(t.pagesOverlap(code, seen, i + 1));
      pageOf.set(code, i + 1);
    }
  });
}

/** A progress reporter that does not flood a log. */
function throttled(io: Output) {
  let last = 0;
  let lastTenth = -1;
  return (text: string, done: number, total: number) => {
    const now = Date.now();
    if (process.stderr.isTTY) {
      if (done === total || now - last >= PROGRESS_EVERY_MS) {
        io.progress(text);
        last = now;
      }
      return;
    }
    const tenth = Math.floor((done / Math.max(1, total)) * 10);
    if (tenth !== lastTenth || done === total) io.progress(text);
    lastTenth = tenth;
  };
}

/**
 * Runs `write`, which writes into a folder in `dir`. A file system that refuses it (a full disk, a quota, a size
 * limit) is said as the checks at the start say it, in the command's language, rather than as Node's own English
 * text naming a temporary folder that is then removed.
 */
function writeOrSay(dir: string, t: Texts, write: () => void): void {
  try {
    write();
  } catch (e) {
    throw new BuildError(t.cannotWrite(dir, fileSystemReason(e, t)));
  }
}

/** What the command writes in a catalog folder; anything else there is someone else's (see `keepOthers`). */
const OWN_ENTRIES = [CATALOG_INDEX, 'procedures'];
/**
 * A web server's settings for a folder (see `keepOthers`), in lower case: IIS, on Windows, reads `Web.config` too.
 * A webmaster often puts them in place (the CORS header) before the first build.
 */
const SERVER_SETTINGS = ['.htaccess', 'web.config', '_headers'];

/**
 * Copies into the new folder `tmp` what the folder `out` holds beside the catalog (or before the first one): a web
 * server's settings for the folder (Apache's `.htaccess`, IIS's `web.config`, a CDN's `_headers`), where the CORS
 * header the widgets need is often set. Replaced with the rest, they would vanish on the first rebuild, and every
 * page that embeds a search would then lose the catalog.
 */
function keepOthers(out: string, tmp: string, t: Texts): void {
  writeOrSay(dirname(out), t, () => {
    for (const name of readdirSync(out)) {
      if (OWN_ENTRIES.includes(name)) continue;
      cpSync(join(out, name), join(tmp, name), { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
    }
  });
}

/** Fetches everything into `folder` and returns the number of procedures. */
async function build(api: URL, folder: string, client: RetryingClient, io: Output, t: Texts, contract: Contract): Promise<number> {
  const listPath = (page: number) => `/procedures?page=${page}&pageSize=${PAGE_SIZE}`;
  const [domains, agencies, first] = composed(
    await Promise.all([client.get('/domains', shape.codeNameList), client.get('/agencies', shape.agencyList), client.get(listPath(1), shape.procedurePage)]),
  );
  // The answer's own page size decides the pages: an API that caps it lower is still read completely.
  if (!Number.isInteger(first.pageSize) || first.pageSize < 1) throw new BuildError(t.badPageSize(first.pageSize));
  // An API whose database is down behind it may answer an empty list: written, it would empty every search that
  // reads the catalog (a nightly run, unattended). A province has procedures; the previous catalog stays.
  if (!first.total) throw new BuildError(t.noProcedures);
  // An API that caps its pages below the size asked for but echoes that size would have every later page start
  // past items never listed: said now, before the whole download, rather than as a count that does not add up.
  if (first.items.length < Math.min(first.pageSize, first.total)) {
    throw new BuildError(t.shortFirstPage(listPath(1), first.items.length, first.pageSize, first.total));
  }
  // A domain or agency listed twice becomes two choices of one filter, or two names for one code.
  for (const [path, list] of [['/domains', domains], ['/agencies', agencies]] as const) {
    const twice = list.find((item, i) => list.findIndex((other) => other.code === item.code) !== i);
    if (twice) throw new BuildError(t.duplicateListCode(path, twice.code));
  }
  const pageCount = Math.max(1, Math.ceil(first.total / first.pageSize));
  io.err(`${t.lists(domains.length, agencies.length, first.total, pageCount)}\n`);

  const pageProgress = throttled(io);
  let pagesDone = 1;
  const rest = await Promise.all(
    Array.from({ length: pageCount - 1 }, (_, i) =>
      client.get(listPath(i + 2), shape.procedurePage).then((p: Page<ProcedureSummary>) => {
        pagesDone += 1;
        pageProgress(t.pages(pagesDone, pageCount), pagesDone, pageCount);
        return composed(p);
      }),
    ),
  );
  const pages = [first, ...rest];
  checkPagesDoNotOverlap(pages, t);
  const procedures = pages.flatMap((p) => p.items).map(summaryOf);
  if (procedures.length !== first.total) {
    // Every answer carries its own total: one that changed says the data changed during the run, and another run
    // may add up. The same total on every page says the API's count is not of what it lists (hidden or repealed
    // procedures counted too): running again gives the same failure, so the reason must say what to fix instead.
    const changed = rest.some((p) => p.total !== first.total);
    throw new BuildError((changed ? t.countMismatch : t.totalNotListed)(procedures.length, first.total));
  }
  checkCodes(procedures, t);
  // The index against the contract's own schema, before any detail is fetched: the widgets' answer checks above
  // take only what they rely on, and a value such as a `url` that is not one would be written and published.
  const draft = { version: CATALOG_VERSION, generatedAt: new Date().toISOString(), source: sourceOf(api), domains, agencies, procedures };
  const broken = contract.validateComponent('Catalog', draft);
  if (broken.length) throw new BuildError(t.badIndex(broken.join('; ')));

  const onDisk = (write: () => void) => writeOrSay(dirname(folder), t, write);
  onDisk(() => mkdirSync(join(folder, 'procedures'), { recursive: true }));
  const detailProgress = throttled(io);
  let detailsDone = 0;
  await Promise.all(
    procedures.map(async ({ code }) => {
      const path = `/procedures/${encodeURIComponent(code)}`;
      const detail = composed(
        await client.get(path, shape.procedure).catch((e: unknown) => {
          // Listed, yet refused: the API's list and its details disagree, which no other run changes. What is
          // to fix depends on the status, so each is said with the code: not found, withdrawn (410), or
          // closed to anonymous requests while the list is open (401, 403: a gateway rule on one path only).
          if (e instanceof StatusError) {
            if (e.status === 404) throw new BuildError(t.listedNotFound(code, path));
            if (e.status === 410) throw new BuildError(t.listedGone(code, path));
            if (e.status === 401 || e.status === 403) throw new BuildError(t.detailsRefused(code, path, e.status));
          }
          throw e;
        }),
      );
      if (detail.code !== code) throw new BuildError(t.otherCode(code, detail.code));
      onDisk(() => writeFileSync(join(folder, procedureFilePath(code)), JSON.stringify(detail)));
      detailsDone += 1;
      detailProgress(t.details(detailsDone, procedures.length), detailsDone, procedures.length);
    }),
  );

  onDisk(() => writeFileSync(join(folder, CATALOG_INDEX), JSON.stringify({ ...draft, generatedAt: new Date().toISOString() })));
  return procedures.length;
}

/** Links followed at most from `--out` to where they end, as the system itself gives up on a loop. */
const MAX_LINKS = 40;

/**
 * The folder `--out` names, through any symbolic link: a web root often reaches the published folder by one
 * (`~/thu-tuc` → `/var/www/html/thu-tuc`). Replaced by renames, the link itself would become a new folder beside
 * it, and the web server would go on serving the old catalog while the run says it is done. A path that does not
 * exist yet is taken as given; a link to a folder that does not exist yet is refused here, before any request:
 * the folder the run builds could not be renamed onto the link, and that would be found only after the whole
 * download, said as a folder held by another program.
 */
function followLinks(out: string, t: Texts): string {
  try {
    return realpathSync(out);
  } catch {
    const target = linkTarget(out);
    if (target !== undefined) throw new BuildError(t.linkToNothing(out, target));
    return out;
  }
}

/** Where the links from `path` end, when they end at nothing; undefined when `path` is no link or they loop. */
function linkTarget(path: string): string | undefined {
  let at = path;
  try {
    for (let hops = 0; hops < MAX_LINKS; hops++) {
      const entry = lstatSync(at, { throwIfNoEntry: false });
      if (!entry) return at === path ? undefined : at;
      if (!entry.isSymbolicLink()) return undefined;
      at = resolve(dirname(at), readlinkSync(at));
    }
  } catch {
    // A path the system refuses to look into (a file in it, no permission): said by the steps that follow.
  }
  return undefined;
}

/**
 * What may be replaced: nothing yet, an empty folder, a folder holding only a web server's settings (carried into
 * the new one, as on a rebuild), or a catalog folder (one with an index.json). Which of them it is decides what a
 * run that does not finish says it left: only a catalog folder held a catalog to keep.
 */
function checkOut(out: string, t: Texts): OutBefore {
  if (!existsSync(out)) return 'none';
  if (!statSync(out).isDirectory()) throw new BuildError(t.notFolder(out));
  const names = readdirSync(out);
  if (!names.length) return 'empty';
  if (existsSync(join(out, CATALOG_INDEX))) return 'catalog';
  if (names.every((name) => SERVER_SETTINGS.includes(name.toLowerCase()))) return 'settings';
  throw new BuildError(t.notCatalogFolder(out));
}

/**
 * Removes the folders a run made to hold `out`, from `dir` up to `made` (the first of them, as mkdirSync
 * returns it), so that a run that wrote nothing leaves nothing. Only folders left empty: something another
 * process put there meanwhile is not this run's to remove.
 */
function removeMadeFolders(dir: string, made: string | undefined): void {
  for (let d = dir; made; d = dirname(d)) {
    try {
      rmdirSync(d);
    } catch {
      break;
    }
    if (d === made || dirname(d) === d) break;
  }
}

/**
 * Makes the folder that holds `out`, clears what killed runs left there, and creates the temporary folder `tmp`
 * in it: before any request, so that a folder that cannot be written is said at once rather than after the whole
 * download. Returns the first folder it made, if any, for the run to remove should it fail later. On failure,
 * the folders it made are removed again and the reason names the folder and the system's error code.
 */
function prepare(out: string, tmp: string, t: Texts): string | undefined {
  const dir = dirname(out);
  let made: string | undefined;
  try {
    made = mkdirSync(dir, { recursive: true });
    // A last name the file system refuses (over 255 bytes) fails here, not at the final rename after the whole
    // download: the temporary folder's own name is kept short enough.
    statSync(out, { throwIfNoEntry: false });
    cleanUpAfterKilledRuns(out);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp);
  } catch (e) {
    removeMadeFolders(dir, made);
    throw new BuildError(t.cannotPrepare(dir, fileSystemReason(e, t)));
  }
  try {
    checkReplaceable(out);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw new BuildError(t.cannotReplace(out, fileSystemReason(e, t)));
  }
  return made;
}

/** A file system error as the command says it: its code and what it means, in the command's language. */
function fileSystemReason(e: unknown, t: Texts): string {
  const { code, message } = e as NodeJS.ErrnoException;
  const known = code ? t.fileSystem[code] : undefined;
  return code ? (known ? `${code}: ${known}` : code) : String(message ?? e);
}

/** `npx dvc-elements catalog --api <base> --out <dir>`: resolves to the exit status. */
export async function catalog(argv: string[], lang: Lang): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS, lang);
  lang = checkLang(values.lang, lang);
  const m = cliMessages[lang];
  if (values.help) {
    process.stdout.write(m.helpCatalog);
    return EXIT_OK;
  }
  if (positionals.length) throw new UsageError(m.usage.unexpectedArgument(positionals[0]));
  const api = checkUrl(values.api, '--api', lang);
  if (!values.out) throw new UsageError(m.usage.missing('--out'));
  const t = m.catalog;
  const io = new Output();
  const started = performance.now();

  let out: string;
  let before: OutBefore;
  try {
    out = followLinks(resolve(values.out), t);
    before = checkOut(out, t);
  } catch (e) {
    io.err(`${t.failed((e as Error).message, 'none')}\n`);
    return EXIT_FAILED;
  }

  // A stop signal stops every request; the temporary folder is then removed.
  const work = new AbortController();
  let signal: NodeJS.Signals | undefined;
  const onSignal = (s: NodeJS.Signals) => {
    signal = s;
    work.abort();
  };
  for (const s of STOP_SIGNALS) process.on(s, onSignal);

  const tmp = tempFolderFor(out);
  let prepared = false;
  let made: string | undefined;
  try {
    made = prepare(out, tmp, t);
    prepared = true;
    io.err(`${t.start(sourceOf(api), out)}\n`);
    // The widgets' answer checks say what they refused in English; the command says it in its own language.
    await conformanceMessages.load(lang);
    const { contract, common } = conformanceMessages[lang];
    const texts = {
      ...t,
      badShape: (path: string, detail: string) => t.badShape(path, shapeErrorText(detail, contract)),
      // What such an answer is and what to change are check-api's own words: one text for both commands.
      tooLarge: (path: string, mb: number) => t.tooLarge(path, mb, common.noAnswerActual['too-large'], common.noAnswerFix['too-large']),
    };
    const client = new RetryingClient(api.href.replace(/\/+$/, ''), work.signal, texts, (e) => describeNetworkError(e, lang), {
      onWait: (s, status, path) => io.err(`${t.waiting(s, status, path)}\n`),
      onRetry: (path, reason, s, attempt, max) => io.err(`${t.retrying(path, reason, s, attempt, max)}\n`),
    });
    const count = await build(api, tmp, client, io, t, new Contract(openapi as unknown as OpenApiDocument, contract)).catch((e) => {
      // The first failure stops every other request at once.
      work.abort();
      throw e;
    });
    if (before !== 'none') keepOthers(out, tmp, t);
    try {
      swapIn(tmp, out);
    } catch (e) {
      // Held by another program since the check at the start (after every try): said as the check says it.
      throw new BuildError(t.cannotReplace(out, fileSystemReason(e, t)));
    }
    io.endProgress();
    io.err(`${t.done(count, out, (performance.now() - started) / 1000)}\n`);
    return EXIT_OK;
  } catch (e) {
    if (prepared) {
      rmSync(tmp, { recursive: true, force: true });
      removeMadeFolders(dirname(out), made);
    }
    if (signal) {
      io.err(`${t.interrupted(before)}\n`);
      // The status a shell gives a process the signal ended, for Windows, where the signal cannot end it (see below).
      return 128 + constants.signals[signal];
    }
    const reason = e instanceof BuildError || e instanceof Stopped ? e.message : String((e as Error)?.message ?? e);
    io.err(`${t.failed(reason, before)}\n`);
    return EXIT_FAILED;
  } finally {
    for (const s of STOP_SIGNALS) process.off(s, onSignal);
    // Once cleaned up, the run ends by the signal itself rather than by an exit status, so that whatever started it
    // sees it stopped, not failed: a shell loop over several catalogs ends at Ctrl+C instead of going on to the next.
    // Windows has no such end (a kill there is exit status 1): the status above says it there.
    if (signal && process.platform !== 'win32') process.kill(process.pid, signal);
  }
}
