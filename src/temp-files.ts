// Temporary files and directories kindling writes beside its outputs (`.lesson.md.<pid>.<hex>.tmp`
// for `update`, `dist.tmp-<pid>-XXXXXX` for `build`): removed when the process is stopped by a
// signal, and swept later when the process that made them is gone (a kill -9, a crash). The
// names carry the owner's pid so that a sweep never touches the work of a running kindling.
import { rmSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

const live = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const path of live) rmSync(path, { recursive: true, force: true });
  live.clear();
  // Alone, end the process as the signal would have; with other listeners (serve's Ctrl-C), let them.
  if (process.listenerCount(signal) === 1) {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
  }
}

/** Removes `path` (a file or a directory) if the process is stopped by a signal before `release`. */
export function holdTemp(path: string): void {
  if (!installed) {
    installed = true;
    // First in line, so that other listeners (serve's `once` Ctrl-C) are still counted when it runs.
    for (const s of SIGNALS) process.prependListener(s, onSignal);
  }
  live.add(path);
}

/** `path` is gone or in place: a signal no longer removes it. */
export function releaseTemp(path: string): void {
  live.delete(path);
}

/** Whether a process with this pid exists (EPERM: it exists, owned by someone else). */
export function pidAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes entries of `dir` whose names match `pattern` (its first group is the owner's pid) when
 * their owner is no longer running. Errors are ignored: sweeping is best effort.
 */
export async function sweepStaleTemps(dir: string, pattern: RegExp): Promise<string[]> {
  const removed: string[] = [];
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || pidAlive(pid)) continue;
    await rm(join(dir, name), { recursive: true, force: true }).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}

/** `a.b` -> `a\.b`: a name as a literal in a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
