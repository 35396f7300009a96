/**
 * `npx dvc-elements <command>`: the package's command-line entry (built to dist/cli/dvc-elements.js).
 * Node only; nothing in the browser bundles imports this folder.
 */
import { cliMessages } from '../i18n/messages/cli.js';
import { conformanceMessages } from '../i18n/messages/conformance.js';
import { VERSION } from '../version.js';
import { EXIT_OK, EXIT_USAGE, langOf, UsageError } from './args.js';
import { catalog } from './catalog.js';
import { checkApi } from './check-api.js';

const COMMANDS: Record<string, (argv: string[], lang: ReturnType<typeof langOf>) => Promise<number>> = {
  'check-api': checkApi,
  catalog,
};

async function main(argv: string[]): Promise<number> {
  const lang = langOf(argv);
  // English is a module of its own (for the browser's sake): every text the commands may print, loaded first.
  await Promise.all([cliMessages.load(lang), conformanceMessages.load(lang)]);
  const m = cliMessages[lang];
  const [command, ...rest] = argv;
  if (command === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return EXIT_OK;
  }
  if (command === undefined || command.startsWith('-') || command === 'help') {
    const asked = command === '--help' || command === '-h' || command === 'help';
    (asked ? process.stdout : process.stderr).write(m.help);
    return asked ? EXIT_OK : EXIT_USAGE;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  try {
    if (!run) throw new UsageError(m.usage.unknownCommand(command));
    return await run(rest, lang);
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
