// The garbage-collection finalizers a DELETE puts on an object: a port of
// deletionFinalizersForGarbageCollection, shouldOrphanDependents and shouldDeleteDependents from
// staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go. Every kind the simulator
// serves has the DeleteDependents default policy (apps/v1 and core kinds do).
import type { KubeObject } from './types.js';

export const FINALIZER_ORPHAN_DEPENDENTS = 'orphan';
export const FINALIZER_DELETE_DEPENDENTS = 'foregroundDeletion';

function shouldOrphan(obj: KubeObject, policy: string | undefined): boolean {
  if (policy === 'Orphan') return true;
  if (policy === 'Background' || policy === 'Foreground') return false;
  for (const f of obj.metadata.finalizers ?? []) {
    if (f === FINALIZER_ORPHAN_DEPENDENTS) return true;
    if (f === FINALIZER_DELETE_DEPENDENTS) return false;
  }
  return false;
}

function shouldDeleteDependents(obj: KubeObject, policy: string | undefined): boolean {
  if (policy === 'Foreground') return true;
  if (policy === 'Background' || policy === 'Orphan') return false;
  return (obj.metadata.finalizers ?? []).includes(FINALIZER_DELETE_DEPENDENTS);
}

/** The finalizers the object has after a DELETE with `policy`, or undefined when they stay as they are. */
export function finalizersForGarbageCollection(obj: KubeObject, policy: string | undefined): string[] | undefined {
  const before = obj.metadata.finalizers ?? [];
  const next = before.filter((f) => f !== FINALIZER_ORPHAN_DEPENDENTS && f !== FINALIZER_DELETE_DEPENDENTS);
  if (shouldOrphan(obj, policy)) next.push(FINALIZER_ORPHAN_DEPENDENTS);
  if (shouldDeleteDependents(obj, policy)) next.push(FINALIZER_DELETE_DEPENDENTS);
  const a = new Set(before);
  const b = new Set(next);
  if (a.size === b.size && [...a].every((f) => b.has(f))) return undefined;
  return next;
}
