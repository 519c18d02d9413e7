// Kills everything a lesson's shell started. Three nets, because each alone misses something:
// the process group (what bash runs, unless it calls setsid), the descendants by parent links
// (setsid children while their parent lives), and the workspace marker every process of the
// session inherits in its environment (orphans re-parented to init after their parent died).
// A process that clears its environment *and* leaves the group *and* loses its parent escapes;
// README "Processes" says so.
import { hasEnvEntry, listProcs, selfAndAncestors, type ProcEntry } from './proc-table.js';

/** How many kill-and-look-again rounds before giving up on processes that keep forking. */
const ROUNDS = 20;

function sigkill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Sends SIGKILL to every process in the group led by `pid`; a group already gone is fine. */
export function killProcessGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

export interface TreeTarget {
  /** The session's bash: leader of its process group and root of its tree. */
  rootPid?: number;
  /** `NAME=value` every process of the session carries in its environment. */
  marker?: string;
}

/** The processes of `target` now alive (never kindling itself or its ancestors). */
export function findTree(target: TreeTarget, procs: ProcEntry[] = listProcs()): ProcEntry[] {
  const keep = selfAndAncestors();
  const found = new Map<number, ProcEntry>();
  const children = new Map<number, ProcEntry[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const add = (p: ProcEntry): void => {
    if (found.has(p.pid) || keep.has(p.pid)) return;
    found.set(p.pid, p);
    for (const child of children.get(p.pid) ?? []) add(child);
  };
  for (const p of procs) {
    if (target.rootPid !== undefined && (p.pid === target.rootPid || p.pgid === target.rootPid)) add(p);
    else if (target.marker !== undefined && hasEnvEntry(p.pid, target.marker)) add(p);
  }
  return [...found.values()];
}

/** Kills the group, the descendants and the marked processes, looking again until none is left. */
export function killProcessTree(target: TreeTarget): void {
  if (target.rootPid !== undefined) killProcessGroup(target.rootPid);
  for (let round = 0; round < ROUNDS; round++) {
    const alive = findTree(target);
    if (alive.length === 0) return;
    for (const p of alive) sigkill(p.pid);
    if (target.rootPid !== undefined) killProcessGroup(target.rootPid);
  }
}
