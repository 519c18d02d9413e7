// At the start of a run: workspaces of earlier runs whose kindling is gone (killed with SIGKILL,
// or the machine went down) are cleaned up: their processes (found by the workspace marker in
// their environment, so only processes kindling's sessions started) are killed, their namespace
// deleted (without waiting), the directory removed. Workspaces without an owner note, or whose
// owner still runs, are not kindling's to touch.
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killProcessTree } from './kill-process-tree.js';
import { deleteLessonNamespace } from './lesson-namespace.js';
import { markerOf, ownerAlive, readOwner } from './workspace-owner.js';

export interface SweepResult {
  /** Workspaces removed. */
  workspaces: string[];
  /** Namespaces whose deletion was asked for. */
  namespaces: string[];
}

export async function sweepLeftovers(root: string = tmpdir()): Promise<SweepResult> {
  const result: SweepResult = { workspaces: [], namespaces: [] };
  let names: string[];
  try {
    names = readdirSync(root).filter((name) => name.startsWith('kindling-'));
  } catch {
    return result;
  }
  for (const name of names) {
    const dir = join(root, name);
    const owner = readOwner(dir);
    if (!owner || ownerAlive(owner)) continue;
    killProcessTree({ marker: markerOf(dir) });
    if (owner.namespace && owner.kubeconfig) {
      await deleteLessonNamespace(owner.kubeconfig, owner.namespace, {});
      result.namespaces.push(owner.namespace);
    }
    rmSync(dir, { recursive: true, force: true });
    result.workspaces.push(dir);
  }
  return result;
}

let swept: Promise<SweepResult> | undefined;

/** sweepLeftovers, once per process. */
export function sweepLeftoversOnce(): Promise<SweepResult> {
  swept ??= sweepLeftovers();
  return swept;
}
