/**
 * Writing a folder so that readers only ever see the old one or the new one: the new content goes into a
 * hidden sibling folder, which replaces the old one by renames when it is complete. A run that fails or is
 * interrupted removes its sibling; one killed outright leaves it behind, and the next run removes it.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const siblingName = (out: string, kind: 'tmp' | 'old', pid = process.pid) => join(dirname(out), `.${basename(out)}.${kind}-${pid}`);

/** A fresh, empty hidden folder next to `out`, on the same file system (a rename cannot cross file systems). */
export const tempFolderFor = (out: string): string => siblingName(out, 'tmp');

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes what runs that were killed outright left next to `out`. If one was killed between its two renames,
 * `out` is missing and its old content waits in an `.old-` folder: that is put back.
 */
export function cleanUpAfterKilledRuns(out: string): void {
  const dir = dirname(out);
  if (!existsSync(dir)) return;
  const pattern = new RegExp(`^\\.${basename(out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
  for (const name of readdirSync(dir)) {
    const m = pattern.exec(name);
    if (!m || alive(Number(m[2]))) continue;
    const path = join(dir, name);
    if (m[1] === 'old' && !existsSync(out)) renameSync(path, out);
    else rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Puts the complete folder `tmp` in the place of `out`. Synchronous on purpose: a signal handler cannot run
 * between the two renames, so an interruption sees either the old folder or the new one.
 */
export function swapIn(tmp: string, out: string): void {
  const had = existsSync(out) && statSync(out).isDirectory();
  const old = siblingName(out, 'old');
  if (had) renameSync(out, old);
  try {
    renameSync(tmp, out);
  } catch (e) {
    if (had) renameSync(old, out);
    throw e;
  }
  if (had) rmSync(old, { recursive: true, force: true });
}
