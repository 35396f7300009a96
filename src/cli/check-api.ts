import openapi from '../api/openapi.json';
import { SLOW_MEDIAN_MS } from '../conformance/checks/headers.js';
import { runConformance, type OpenApiDocument, type RunOptions } from '../conformance/index.js';
import { conformanceMessages } from '../i18n/messages/conformance.js';
import { cliMessages } from '../i18n/messages/cli.js';
import { VERSION } from '../version.js';
import { checkLang, checkSeconds, checkUrl, EXIT_FAILED, EXIT_OK, hideSecrets, parse, UsageError } from './args.js';
import { describeNetworkError, fixNetworkError } from './network-error.js';
import { NODE_CHECKS } from './node-checks.js';
import { Output, redactDeep, redactor } from './output.js';
import { formatReport } from './report.js';

/** Limit of one request, as the widgets' own client has. */
export const REQUEST_TIMEOUT_MS = 10_000;
/** Limit of the whole run. */
export const RUN_LIMIT_MS = 120_000;

const OPTIONS = {
  origin: { type: 'string' },
  dossier: { type: 'string' },
  verifier: { type: 'string' },
  write: { type: 'boolean' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  timeout: { type: 'string' },
  'max-time': { type: 'string' },
  slow: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `--origin`: scheme, host and port only, written as browsers send it; a password in it is never printed. */
function checkOrigin(value: string | undefined, lang: RunOptions['lang']): string | undefined {
  if (value === undefined) return undefined;
  if (!value) throw new UsageError(cliMessages[lang].usage.missing('--origin'));
  const bad = () => new UsageError(cliMessages[lang].usage.badOrigin(hideSecrets(value)));
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw bad();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw bad();
  if ((url.pathname !== '/' && url.pathname !== '') || /[?#]/.test(url.href) || url.username || url.password) throw bad();
  return url.origin;
}

/** `npx dvc-elements check-api <api-base> …`: resolves to the exit status. */
export async function checkApi(argv: string[], lang: RunOptions['lang']): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS, lang);
  lang = checkLang(values.lang, lang);
  if (values.help) {
    process.stdout.write(cliMessages[lang].helpCheckApi);
    return EXIT_OK;
  }
  if (positionals.length > 1) throw new UsageError(cliMessages[lang].usage.unexpectedArgument(positionals[1]));
  const base = checkUrl(positionals[0], '<api-base>', lang);
  if (values.verifier !== undefined && values.dossier === undefined) throw new UsageError(cliMessages[lang].usage.verifierWithoutDossier);
  // Sent as a header, as the tracker sends it: printable ASCII only.
  if (values.verifier !== undefined && !/^[\x20-\x7e]+$/.test(values.verifier)) throw new UsageError(cliMessages[lang].usage.verifierNotAscii);
  const options: RunOptions = {
    base: base.href.replace(/\/+$/, ''),
    origin: checkOrigin(values.origin, lang),
    dossier: values.dossier,
    verifier: values.verifier,
    write: !!values.write,
    lang,
    timeoutMs: checkSeconds(values.timeout, 'timeout', REQUEST_TIMEOUT_MS, lang),
    runLimitMs: checkSeconds(values['max-time'], 'max-time', RUN_LIMIT_MS, lang),
    slowMs: checkSeconds(values.slow, 'slow', SLOW_MEDIAN_MS, lang),
  };

  const redact = redactor(options.verifier);
  const io = new Output(redact);
  const t = conformanceMessages[lang];
  const report = await runConformance(
    options,
    { fetch: globalThis.fetch, serverSide: true, describeNetworkError, fixNetworkError },
    openapi as unknown as OpenApiDocument,
    NODE_CHECKS,
    { onStart: (check, i, n) => io.progress(t.report.progress(i + 1, n, t.titles[check.id])) },
  );
  io.endProgress();
  if (values.json) {
    // Strings are redacted inside the document, so its numbers stay numbers and it stays valid JSON.
    process.stdout.write(`${JSON.stringify(redactDeep({ tool: 'dvc-elements check-api', version: VERSION, ...report }, redact), null, 2)}\n`);
  } else {
    io.out(formatReport(redactDeep(report, redact), process.stdout));
  }
  return report.ok ? EXIT_OK : EXIT_FAILED;
}
