// Each lesson workspace (`$TMPDIR/kindling-<slug>-XXXXXX`) holds a note saying which kindling
// process owns it and which namespace it created, so that a later run can tell a leftover (its
// owner is gone: SIGKILL, a crash of the machine) from a workspace in use, and clean it up.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProc } from './proc-table.js';

export const OWNER_FILE = 'kindling-owner.json';
/** The variable every process of a session carries: `KINDLING_WORKSPACE=<workspace dir>`. */
export const WORKSPACE_VARIABLE = 'KINDLING_WORKSPACE';

export interface WorkspaceOwner {
  pid: number;
  /** The owner's start time (/proc), so that a reused pid is not taken for the owner. */
  startTime: number;
  /** The lesson's namespace, once chosen. */
  namespace?: string;
  /** The private kubeconfig that reaches its cluster. */
  kubeconfig?: string;
}

export function markerOf(dir: string): string {
  return `${WORKSPACE_VARIABLE}=${dir}`;
}

/** Writes the note for this process (again, when the namespace is known). */
export function writeOwner(dir: string, extra: Pick<WorkspaceOwner, 'namespace' | 'kubeconfig'> = {}): void {
  const self = readProc(process.pid);
  const owner: WorkspaceOwner = { pid: process.pid, startTime: self?.startTime ?? 0, ...extra };
  writeFileSync(join(dir, OWNER_FILE), `${JSON.stringify(owner)}\n`);
}

export function readOwner(dir: string): WorkspaceOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8')) as WorkspaceOwner;
    return typeof owner.pid === 'number' && typeof owner.startTime === 'number' ? owner : undefined;
  } catch {
    return undefined;
  }
}

/** The owner process still runs (same pid, same start time). */
export function ownerAlive(owner: WorkspaceOwner): boolean {
  const proc = readProc(owner.pid);
  return proc !== undefined && proc.startTime === owner.startTime;
}
