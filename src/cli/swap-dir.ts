/**
 * Writing a folder so that readers only ever see the old one or the new one: the new content goes into a
 * hidden sibling folder, which replaces the old one by renames when it is complete. A run that fails or is
 * interrupted removes its sibling; one killed outright leaves it behind, and the next run removes it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The bytes a sibling's name leaves for the name of `out`: 255 (what file systems allow) less the dot before,
 * ".tmp-" or ".old-" after and a process id of up to 10 digits (2^32), whatever this run's own id is, so that a
 * later run finds the same name for the same folder.
 */
const NAME_BYTES = 255 - 1 - 5 - 10;
/** Hex digits of the hash that keeps apart two long names that begin alike. */
const HASH_DIGITS = 10;

/**
 * The name of `out` as its siblings carry it: as it is when it fits; otherwise its beginning, cut between two
 * letters (a Vietnamese letter is 2 or 3 bytes), then "~" and a hash of the whole name. A last name of up to
 * 255 bytes is valid, and the command must not refuse it only because ".<name>.tmp-<pid>" would be too long.
 */
function shortName(name: string): string {
  if (Buffer.byteLength(name) <= NAME_BYTES) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, HASH_DIGITS);
  let kept = '';
  for (const letter of name) {
    if (Buffer.byteLength(kept + letter) > NAME_BYTES - 1 - HASH_DIGITS) break;
    kept += letter;
  }
  return `${kept}~${hash}`;
}

const siblingName = (out: string, kind: 'tmp' | 'old', pid = process.pid) => join(dirname(out), `.${shortName(basename(out))}.${kind}-${pid}`);

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
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The full name too: what runs before names were shortened left beside a name of 240 to 248 bytes.
  const names = [...new Set([shortName(basename(out)), basename(out)])].map(escape).join('|');
  const pattern = new RegExp(`^\\.(?:${names})\\.(tmp|old)-(\\d+)$`);
  for (const name of readdirSync(dir)) {
    const m = pattern.exec(name);
    if (!m || alive(Number(m[2]))) continue;
    const path = join(dir, name);
    if (m[1] === 'old' && !existsSync(out)) renameSync(path, out);
    else rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Errors of a rename that a moment may clear: on Windows, a file in the folder held open by a virus scanner or
 * an indexer.
 */
const TRANSIENT = ['EPERM', 'EBUSY', 'EACCES'];
/** Waits between tries of such a rename (2.3 s in all), as tools that write on Windows do. */
const RENAME_WAITS_MS = [100, 200, 400, 600, 1000];

/** Renames, trying again for a while when the folder is held (see TRANSIENT). Synchronous, as `swapIn` needs. */
function rename(from: string, to: string): void {
  for (let i = 0; ; i++) {
    try {
      return renameSync(from, to);
    } catch (e) {
      if (i >= RENAME_WAITS_MS.length || !TRANSIENT.includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RENAME_WAITS_MS[i]);
    }
  }
}

/**
 * Checks that `out`, if it is there, can be replaced at the end: renamed away and back at once, before any
 * request. A folder that is a mount point (a Docker volume, a network share) or is held by another program fails
 * here, with its error code, rather than after the whole download.
 */
export function checkReplaceable(out: string): void {
  if (!existsSync(out)) return;
  const old = siblingName(out, 'old');
  rename(out, old);
  rename(old, out);
}

/**
 * Puts the complete folder `tmp` in the place of `out`. Synchronous on purpose: a signal handler cannot run
 * between the two renames, so an interruption sees either the old folder or the new one.
 */
export function swapIn(tmp: string, out: string): void {
  const had = existsSync(out) && statSync(out).isDirectory();
  const old = siblingName(out, 'old');
  if (had) rename(out, old);
  try {
    rename(tmp, out);
  } catch (e) {
    if (had) rename(old, out);
    throw e;
  }
  if (had) rmSync(old, { recursive: true, force: true });
}
