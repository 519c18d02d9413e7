// Writes a directory so readers see the old one or the new one, never half of each: fill a
// sibling temp directory, then swap it in with renames on the same filesystem.
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { escapeRegExp, holdTemp, releaseTemp, sweepStaleTemps } from '../temp-files.js';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/**
 * Fills `<dir>.tmp-<pid>-XXXXXX` with `fill`, then puts it in place of `dir`. When `fill` (or the
 * swap) throws, or a signal stops the process, `dir` is left as it was and the temp directory is
 * removed; those of a build that was killed outright are swept by the next one.
 */
export async function replaceDirAtomically(dir: string, fill: (tmpDir: string) => Promise<void>): Promise<void> {
  const target = resolve(dir);
  await mkdir(dirname(target), { recursive: true });
  await sweepStaleTemps(dirname(target), new RegExp(`^${escapeRegExp(basename(target))}\\.tmp-(\\d+)-[A-Za-z0-9]{6}(?:\\.old)?$`));
  const tmp = await mkdtemp(`${target}.tmp-${process.pid}-`);
  holdTemp(tmp);
  try {
    await swapIn(target, tmp, fill);
  } finally {
    releaseTemp(tmp);
  }
}

async function swapIn(target: string, tmp: string, fill: (tmpDir: string) => Promise<void>): Promise<void> {
  try {
    await fill(tmp);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }

  const old = `${tmp}.old`;
  let hadOld = true;
  try {
    await rename(target, old);
  } catch (error) {
    if (!isMissing(error)) {
      await rm(tmp, { recursive: true, force: true });
      throw error;
    }
    hadOld = false;
  }
  try {
    await rename(tmp, target);
  } catch (error) {
    if (hadOld) await rename(old, target);
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}
