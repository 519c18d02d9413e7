// Whether a process still runs, for tests that check nothing outlives a session (Linux /proc).
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** True while `pid` exists and is not a zombie. */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Waits (briefly) for the kernel to finish killing `pids`; returns those still running. */
export async function stillRunning(pids: number[]): Promise<number[]> {
  for (let tries = 0; tries < 50; tries++) {
    const alive = pids.filter(isRunning);
    if (alive.length === 0) return [];
    await sleep(10);
  }
  return pids.filter(isRunning);
}
