// Makes sure the requested engines are installed, and says exactly what to install when one is not. As root on
// Debian or Ubuntu it installs the missing packages itself (as CI does).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ENGINES, missingEngines, requestedEngines } from './engines.js';

export function ensureEngines(names = requestedEngines()) {
  let missing = missingEngines(names);
  if (!missing.length) return;
  const packages = [...new Set(missing.flatMap((m) => m.packages))];
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing the missing browser engines with apt-get: ${packages.join(' ')}…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, {
      stdio: 'inherit',
    });
    missing = missingEngines(names);
    if (!missing.length) return;
  }
  const lines = [
    `The tests run in ${names.map((n) => ENGINES[n].label).join(', ')}; missing: ${missing.map((m) => ENGINES[m.name].label).join(', ')}.`,
    'Install, then run the tests again:',
    ...missing.map((m) => `  ${ENGINES[m.name].label}: ${m.install}`),
    `All at once (Debian/Ubuntu): sudo apt-get install -y ${packages.join(' ')}`,
    'Or run only the engines you have, e.g.: npm test -- --browser chromium',
  ];
  console.error(lines.join('\n'));
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureEngines();
