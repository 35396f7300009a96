/**
 * `npx dvc-elements <command>`: the package's command-line entry (built to dist/cli/dvc-elements.js).
 * Node only; nothing in the browser bundles imports this folder.
 */
import { cliMessages } from '../i18n/messages/cli.js';
import { conformanceMessages } from '../i18n/messages/conformance.js';
import { VERSION } from '../version.js';
import { checkLang, EXIT_OK, EXIT_USAGE, langOf, parse, UsageError } from './args.js';
import { catalog } from './catalog.js';
import { checkApi } from './check-api.js';

const COMMANDS: Record<string, (argv: string[], lang: ReturnType<typeof langOf>) => Promise<number>> = {
  'check-api': checkApi,
  catalog,
};

/** The options the general help lists as common: also accepted before the command. */
const COMMON_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** The options before the command (`--lang en check-api …`), up to the first word that is not one or a value. */
function leadingOptions(argv: string[]): string[] {
  let i = 0;
  while (i < argv.length && argv[i].startsWith('-')) i += argv[i] === '--lang' ? 2 : 1;
  return argv.slice(0, i);
}

async function main(argv: string[]): Promise<number> {
  const lang = langOf(argv);
  // English is a module of its own (for the browser's sake): every text the commands may print, loaded first.
  await Promise.all([cliMessages.load(lang), conformanceMessages.load(lang)]);
  const m = cliMessages[lang];
  const showHelp = (asked: boolean) => {
    (asked ? process.stdout : process.stderr).write(m.help);
    return asked ? EXIT_OK : EXIT_USAGE;
  };
  const showVersion = () => {
    process.stdout.write(`${VERSION}\n`);
    return EXIT_OK;
  };
  // As first word, these answer whatever follows.
  if (argv[0] === '--version') return showVersion();
  if (argv[0] === '--help' || argv[0] === '-h') return showHelp(true);
  const leading = leadingOptions(argv);
  const [command, ...rest] = argv.slice(leading.length);
  let run: (typeof COMMANDS)[string] | undefined;
  try {
    const { values } = parse(leading, COMMON_OPTIONS, lang, m.usage.optionOfCommand);
    if (values.lang !== undefined) checkLang(values.lang, lang);
    if (values.version) return showVersion();
    if (values.help || command === 'help') return showHelp(true);
    if (command === undefined) return showHelp(false);
    run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new UsageError(m.usage.unknownCommand(command));
    // Handed on first, so a --lang after the command still wins, as it does for langOf().
    return await run([...(values.lang === undefined ? [] : [`--lang=${values.lang}`]), ...rest], lang);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`dvc-elements: ${e.message}\n${m.usage.seeHelp(run ? command : '')}\n`);
    return EXIT_USAGE;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`dvc-elements: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 1;
  },
);
