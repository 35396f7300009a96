// Run before the tests: makes sure a Chromium is there, and says exactly how to get one when it is not.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.js';

if (!chromiumPath()) {
  const debianRoot = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (debianRoot) {
    console.log('Chromium not found: installing it with apt-get (Debian package "chromium")…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  }
  if (!chromiumPath()) {
    console.error(
      [
        'The tests run in Chromium, and none was found.',
        'Install it, then run `npm test` again:',
        '  Debian/Ubuntu:  sudo apt-get install -y chromium',
        '  Other systems:  install Chromium or Chrome and set CHROME_PATH=/path/to/chrome',
      ].join('\n'),
    );
    process.exit(1);
  }
}
