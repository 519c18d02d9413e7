// Replaces a file so that readers see the old text or the new one, never a mix, and a crash
// leaves the old file: write a temporary file beside it, fsync it, rename it over the target.
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { escapeRegExp, holdTemp, releaseTemp, sweepStaleTemps } from '../temp-files.js';

/** Writes `text` (UTF-8) to `path` atomically, keeping the mode of the file it replaces. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  // Write through a symlink to the file it points at, rather than replacing the link.
  const target = await realpath(path).catch(() => path);
  const mode = await stat(target).then(
    (s) => s.mode & 0o7777,
    () => undefined,
  );
  // Leftovers of an update that was killed (its pid is gone) go first.
  await sweepStaleTemps(dirname(target), new RegExp(`^\\.${escapeRegExp(basename(target))}\\.(\\d+)\\.[0-9a-f]{12}\\.tmp$`));
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  holdTemp(temp);
  try {
    const handle = await open(temp, 'wx', mode ?? 0o666);
    try {
      await handle.writeFile(text, 'utf8');
      // open() applies the umask; set the original mode exactly.
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    releaseTemp(temp);
  }
  await syncDirectory(dirname(target));
}

/** Makes the rename itself durable; not every platform can open a directory, so best effort. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
