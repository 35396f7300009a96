import { formatNumber, plural } from '../format.js';
import type { CliMessages, OutBefore } from './cli.js';

const en = (n: number, digits = 0) => formatNumber(n, 'en', digits);
/** A count with its noun: "1 page", "2 pages". */
const count = (n: number, one: string, other: string) => plural(n, 'en', { one: `{n} ${one}`, other: `{n} ${other}` });

/** What to do about a request that fails the same way on every try, by the kind of failure. */
const networkFix: Record<string, string | undefined> = {
  certificate:
    "The API's HTTPS certificate is not trusted (self-signed, expired, for another name, or without its intermediate certificates), so trying again cannot help: fix the certificate on the server; if an in-house CA issued it, have Node trust that CA: NODE_EXTRA_CA_CERTS=<the CA's .pem file> npx dvc-elements catalog …",
  tls: 'No HTTPS connection could be made, so trying again cannot help: check that --api uses the right scheme and port (https:// for an HTTPS port), and the TLS settings of the server.',
  redirects:
    "Trying again cannot help: check the --api address (http or https, a trailing slash, the path) and the server's redirect rules; open the address in a browser to see where it leads.",
  decoding: 'The server (or gateway) states a Content-Encoding its body does not have, so trying again cannot help: fix its compression settings.',
  dns: "Check the host name in --api (and this machine's DNS).",
  other: 'Trying again would not change this: check the --api address and the server.',
};

/** What a run that does not finish left in `--out`, by what it held before. */
const left: Record<OutBefore, string> = {
  none: 'Nothing was written.',
  empty: 'Nothing was written; the folder is empty, as it was.',
  settings: 'Nothing was written; the folder is as it was.',
  catalog: 'The previous catalog is kept.',
};

const english: CliMessages = {
  help: `dvc-elements — command-line tools for a province's public-service API

Usage:
npx dvc-elements <command> [options]

Commands:
check-api <api-base>   check whether an API (or gateway) is one the widgets can use
catalog                build a static procedure catalog folder from an API

Common options:
--lang vi|en           language (default: vi)
--help, -h             help; "npx dvc-elements <command> --help" for each command
--version              version
Common options may also come before the command, e.g. npx dvc-elements --lang en check-api <api-base>
`,
  helpCheckApi: `Usage:
npx dvc-elements check-api <api-base> [--origin <origin>] [--dossier <code> [--verifier <value>]]
                           [--write] [--json] [--lang vi|en] [--timeout <seconds>] [--max-time <seconds>]
                           [--slow <seconds>]

Checks an API against the dvc-elements contract (openapi.json) before any page embeds a widget.
One line per check: PASS, WARN, FAIL or SKIP, and why; a failure says what was expected, what came back and
what to change.

<api-base>             the API's base address, e.g. https://dichvucong.example.gov.vn/api/v1
--origin <origin>      the origin of a site that will embed the widgets (e.g. https://tinhkhe.quangngai.gov.vn):
                       CORS is checked for that site
--dossier <code>       a real dossier code, to check the dossier lookup
--verifier <value>     that dossier's verifier (X-Dossier-Verifier); never printed
--write                allow sending one test feedback (POST /feedback); without it nothing is written
--json                 print one JSON document on stdout (for CI); progress stays on stderr
--lang vi|en           language of the results (default: vi)
--timeout <seconds>    limit of each request (default: 10)
--max-time <seconds>   limit of the whole run (default: 120)
--slow <seconds>       report an endpoint as slow when its median answer time is over this, or one answer
                       is over three times this (default: 1)

Exit status: 0 when no check fails; 1 when one does; 2 for a usage error.
`,
  helpCatalog: `Usage:
npx dvc-elements catalog --api <api-base> --out <folder> [--lang vi|en]

Builds a static procedure catalog folder (index.json and procedures/<code>.json) from an API that speaks the
contract, to put on any web server or CDN. At most 4 requests at once; waits as Retry-After says on 429 and
503; tries again after a dropped connection. Writes into a temporary folder and replaces the old one only when
done: a failed or interrupted run leaves the previous catalog as it was.

--api <api-base>   the API's base address, e.g. https://dichvucong.example.gov.vn/api/v1
--out <folder>     the catalog folder (new, or an existing catalog to replace)
--lang vi|en       language of the messages (default: vi)

Exit status: 0 when done; 1 on failure (the old catalog is kept); 2 for a usage error. Interrupted with Ctrl+C
(SIGINT), or stopped with SIGTERM (as a service manager sends it) or SIGHUP (a terminal closed, an ssh
connection dropped), the command removes its temporary folder (the old catalog is kept), then ends by that
same signal: the shell reports 130, 143 or 129, and a loop in a script stops too.
`,
  usage: {
    unknownCommand: (cmd: string) => `There is no command "${cmd}".`,
    missing: (what: string) => `${what} is missing.`,
    unknownOption: (option: string, near?: string) => `There is no option ${option}.${near ? ` Did you mean ${near}?` : ''}`,
    optionOfCommand: "If it belongs to a command, put it after the command's name.",
    missingValue: (option: string) => `${option} needs a value.`,
    dashValue: (option: string, next: string) =>
      `${option} needs a value (it is followed by "${next}"; if the value really starts with "-", write ${option}=${next}).`,
    noValue: (option: string) => `${option} takes no value.`,
    unexpectedArgument: (arg: string) => `Unexpected argument: "${arg}".`,
    badArguments: 'The command line is not valid.',
    badUrl: (value: string) => `Not a valid API address: ${value} (http:// or https:// needed).`,
    credentials: (what: string, plain: string) =>
      `The API address (${what}) must not contain a user name or password. The widgets call the API from citizens' browsers, which cannot send such credentials either: an API the widgets can use is public. Use the address without them: ${plain}`,
    queryOrFragment: (what: string, plain: string) =>
      `The API address (${what}) must not have a query (?…) or fragment (#…): the widgets (and this command) add paths (/procedures, /domains…) after the address, so every request would go wrong; an API key there would also be public on every page that embeds them. Use the base address: ${plain}`,
    badOrigin: (value: string) => `Not a valid origin: ${value} (https://host[:port], without a path).`,
    badLang: (value: string) => `Language not supported: ${value} (vi or en).`,
    badNumber: (name: string, value: string) => `--${name} needs a positive number of seconds, not "${value}".`,
    tooManySeconds: (name: string, value: string, max: number) => `--${name} is too large ("${value}"): at most ${max} seconds.`,
    verifierWithoutDossier: '--verifier goes only with --dossier.',
    verifierNotAscii: '--verifier may hold ASCII letters, digits and signs only: an HTTP header cannot carry accented letters.',
    seeHelp: (cmd: string) => `See: npx dvc-elements${cmd ? ` ${cmd}` : ''} --help`,
  },
  catalog: {
    start: (api: string, out: string) => `Building the catalog from ${api} into ${out}`,
    lists: (domains: number, agencies: number, total: number, pages: number) =>
      `${count(domains, 'domain', 'domains')}, ${count(agencies, 'agency', 'agencies')}, ${count(total, 'procedure', 'procedures')} (${count(pages, 'page', 'pages')}).`,
    pages: (done: number, n: number) => `Procedure list: page ${en(done)}/${en(n)}`,
    details: (done: number, n: number) => `Procedure details: ${en(done)}/${en(n)}`,
    waiting: (s: number, status: number, path: string) => `The API asks to wait ${en(s, 1)} s (HTTP ${status}, ${path})…`,
    retrying: (path: string, reason: string, s: number, attempt: number, max: number) =>
      `${path}: ${reason}; trying again in ${en(s, 1)} s (attempt ${attempt}/${max})…`,
    done: (n: number, out: string, s: number) => `Done: ${count(n, 'procedure', 'procedures')} in ${out} (${en(s, 1)} s).`,
    failed: (reason: string, before: OutBefore) => `dvc-elements catalog: ${reason} ${left[before]}`,
    interrupted: (before: OutBefore) => `dvc-elements catalog: stopped on request. ${left[before]}`,
    httpStatus: (path: string, status: number) => `${path} answered HTTP ${status}.`,
    notJson: (path: string) => `${path} did not answer JSON.`,
    notUtf8: (path: string, charset: string | undefined) =>
      `The answer of ${path} is not UTF-8${charset ? ` (its Content-Type says charset=${charset})` : ''}: accented letters come in a legacy encoding (such as Latin-1 or Windows-1252) and would be garbled in the catalog. The API's JSON must be encoded in UTF-8: fix it in the API or in its database driver.`,
    badShape: (path: string, detail: string) => `${path} breaks the API contract (${detail}).`,
    gaveUp: (path: string, reason: string, attempts: number) => `${path}: ${reason} after ${count(attempts, 'attempt', 'attempts')}.`,
    timeout: (s: number) => `no answer within ${en(s)} s`,
    cannotSucceed: (path: string, reason: string, kind: string) => `${path}: ${reason}. ${networkFix[kind] ?? networkFix.other}`,
    waitTooLong: (path: string, s: number) => `${path}: the API asks to wait ${en(s)} s; run again later.`,
    tooLarge: (path: string, mb: number, what: string, fix: string) =>
      `${path}: the answer goes on past ${en(mb)} MB, where the command stopped reading it (${what}), so trying again cannot help. ${fix}`,
    badIndex: (detail: string) =>
      `A catalog made from this API would break the Catalog schema (${detail}): the widgets would refuse it. Fix the data in the API; check it with npx dvc-elements check-api.`,
    shortFirstPage: (path: string, got: number, pageSize: number, total: number) =>
      `${path} returned ${count(got, 'procedure', 'procedures')}, fewer than the answer itself states (pageSize ${en(pageSize)}, total ${en(total)}: page 1 should hold ${en(Math.min(pageSize, total))}). The API probably caps its pages below the pageSize asked for while echoing that pageSize (or its total counts procedures it does not list), so the list cannot be read completely: have the API state the pageSize it really uses and a total of what it lists; check it with npx dvc-elements check-api.`,
    countMismatch: (got: number, total: number) =>
      `The procedure list is inconsistent: ${count(got, 'procedure', 'procedures')} received, total says ${en(total)} (did the data change meanwhile? run again).`,
    totalNotListed: (got: number, total: number) =>
      `/procedures states total ${en(total)} on every page but lists ${count(got, 'procedure', 'procedures')}: the API's total does not count what it lists (it may count hidden or repealed procedures too), so running again gives the same, and the list cannot be known to be complete. Have the API state as total the number of procedures /procedures lists.`,
    badPageSize: (pageSize: number) => `/procedures states pageSize ${pageSize}; it cannot be paged.`,
    noProcedures: '/procedures lists no procedure: an empty catalog finds nothing (check the API with npx dvc-elements check-api).',
    duplicateCode: (code: string) => `Procedure code ${code} appears twice in the list.`,
    duplicateListCode: (path: string, code: string) =>
      `Code ${code} appears twice in ${path}: the search's filter would offer two choices with one code. Each code must be listed once; fix the data on the API, and check it with npx dvc-elements check-api.`,
    pagesOverlap: (code: string, a: number, b: number) =>
      `Procedure code ${code} is on both page ${en(a)} and page ${en(b)} of /procedures: the pages overlap (so another procedure may be missed), usually because the API sorts its list by a column that is not unique (a date, a name) and procedures with equal values swap places between two requests. The API must sort /procedures by a unique key (for example by code, or with the code as the last sort key) so that pages do not overlap; if the data changed during the run, run again.`,
    emptyCode: 'A procedure has an empty code.',
    otherCode: (code: string, got: string) => `/procedures/${code} answered procedure ${got}.`,
    listedNotFound: (code: string, path: string) =>
      `/procedures lists the procedure ${code}, but ${path} answers HTTP 404: the API does not serve the details of a procedure its own list names (often a procedure hidden or repealed in one and not the other, or a code with characters that must be encoded in an address). The API's list and details must agree: every code in /procedures opens at /procedures/{code}; npx dvc-elements check-api checks it on a few codes.`,
    listedGone: (code: string, path: string) =>
      `/procedures lists the procedure ${code}, but ${path} answers HTTP 410 (Gone): the API says the procedure was withdrawn (repealed or replaced), yet its list still names it, so running again gives the same. The list must leave out what the API no longer serves: every code in /procedures opens at /procedures/{code}; npx dvc-elements check-api checks it on a few codes.`,
    detailsRefused: (code: string, path: string, status: number) =>
      `/procedures answers, but ${path} (the details of procedure ${code}) answers HTTP ${status}: the details ${status === 401 ? 'need credentials (a login, an API key)' : 'are refused'} while the list ${status === 401 ? 'does' : 'is'} not, usually a gateway or firewall rule that opens /procedures but not /procedures/{code}. The widgets open a procedure's details from citizens' browsers, where nobody logs in: open /procedures/{code} to anonymous requests as /procedures is (on the gateway, remove the rule that asks for a login or an API key on that path, or that blocks it).`,
    nameClash: (a: string, b: string) => `Codes ${a} and ${b} differ only in case: their files would clash on Windows or macOS.`,
    nameTooLong: (code: string) => `A procedure code is too long for a file name: ${code.slice(0, 40)}…`,
    linkToNothing: (out: string, target: string) =>
      `--out ${out} is a symbolic link to ${target}, which does not exist: the command replaces the folder a link points to, and there is none. Create that folder (mkdir -p ${target}), or give --out the real folder.`,
    notFolder: (out: string) => `${out} exists and is not a folder.`,
    notCatalogFolder: (out: string) =>
      `${out} is not empty and not a catalog folder (no index.json); choose a new folder, an empty one, or one that holds only a web server's settings (.htaccess, web.config, _headers).`,
    cannotPrepare: (dir: string, reason: string) => `Cannot create or write to ${dir}, the folder that holds --out (${reason}).`,
    cannotWrite: (dir: string, reason: string) =>
      `Cannot write the catalog to ${dir}, the folder that holds --out (${reason}). Free some space or fix the permission there (or choose an --out on another disk), then run again.`,
    cannotReplace: (out: string, reason: string) =>
      `Cannot replace ${out} (${reason}): the command replaces the whole folder by renaming it, so --out cannot be a mount point (a network share, a Docker volume) or a folder another program holds; use a folder inside it.`,
    fileSystem: {
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EBUSY: 'in use, or a mount point',
      EROFS: 'read-only file system',
      ENOSPC: 'no space left on the disk',
      EFBIG: 'a file larger than the system allows',
      EDQUOT: 'disk quota exceeded',
      EEXIST: 'part of the path is a file, not a folder',
      ENOTDIR: 'part of the path is a file, not a folder',
      ENAMETOOLONG: 'a name in the path is too long',
    },
  },
};

export default english;
