// What Linux's /proc says about processes: parent, group, session, start time and (for our own
// user's processes) the environment. The cluster backend finds a session's processes with it,
// including those that left the session's process group (`setsid`) or lost their parent.
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcEntry {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  /** Clock ticks after boot when the process started: with the pid, names one process for good. */
  startTime: number;
}

/** Parses `/proc/<pid>/stat`; the command name (field 2) may hold spaces and parentheses. */
export function parseStat(pid: number, stat: string): ProcEntry | undefined {
  const close = stat.lastIndexOf(')');
  if (close < 0) return undefined;
  // Fields after the name: 3 state, 4 ppid, 5 pgrp, 6 session, ..., 22 starttime.
  const fields = stat.slice(close + 2).split(' ');
  if (fields[0] === 'Z' || fields[0] === 'X') return undefined;
  const num = (field: number): number => Number(fields[field - 3]);
  return { pid, ppid: num(4), pgid: num(5), sid: num(6), startTime: num(22) };
}

/** One process, or undefined when it is gone or a zombie. */
export function readProc(pid: number): ProcEntry | undefined {
  try {
    return parseStat(pid, readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Every live process. */
export function listProcs(): ProcEntry[] {
  const out: ProcEntry[] = [];
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const entry = readProc(Number(name));
    if (entry) out.push(entry);
  }
  return out;
}

/** Whether `pid`'s environment holds exactly `NAME=value`; false when unreadable (another user's). */
export function hasEnvEntry(pid: number, entry: string): boolean {
  try {
    const environ = readFileSync(`/proc/${pid}/environ`);
    const needle = Buffer.from(`${entry}\0`);
    return environ.subarray(0, needle.length).equals(needle) || environ.includes(Buffer.from(`\0${entry}\0`));
  } catch {
    return false;
  }
}

/** kindling's own process and its ancestors: never to be killed by a sweep. */
export function selfAndAncestors(): Set<number> {
  const keep = new Set<number>();
  for (let pid: number | undefined = process.pid; pid !== undefined && pid > 1 && !keep.has(pid); pid = readProc(pid)?.ppid) keep.add(pid);
  return keep;
}
