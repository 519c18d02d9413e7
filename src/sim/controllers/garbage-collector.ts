// The garbage collector (pkg/controller/garbagecollector/garbagecollector.go), over the store
// rather than a dependency graph:
// - an owner that is gone: each dependent without another solid owner is deleted (background
//   propagation; attemptToDeleteItem), one that has one only loses the dangling reference;
// - an owner marked for deletion with the `orphan` finalizer: its dependents lose their
//   ownerReference to it, then the finalizer is removed and the owner goes (attemptToOrphan);
// - an owner marked with `foregroundDeletion`: its dependents are deleted (in the foreground
//   themselves when they have dependents), and the finalizer is removed once no dependent that
//   blocks owner deletion is left (processDeletingDependentsItem).
import { RESOURCE_TYPES, typeForKind, type ResourceType } from '../api/resources.js';
import { FINALIZER_DELETE_DEPENDENTS, FINALIZER_ORPHAN_DEPENDENTS } from '../api/gc-finalizers.js';
import { StatusError } from '../api/status-error.js';
import type { KubeObject, OwnerReference } from '../api/types.js';
import type { ClusterParts } from './cluster-parts.js';
import { ApiServer } from '../api/api-server.js';
import { OwnerReferenceCounts } from './owner-reference-counts.js';

type Located = { type: ResourceType; obj: KubeObject };

function hasFinalizer(obj: KubeObject, f: string): boolean {
  return (obj.metadata.finalizers ?? []).includes(f);
}

export function startGarbageCollector(parts: ClusterParts): void {
  const { api, loop } = parts;
  const background = parts.random.stream('garbage-collector');
  const finalizing = parts.random.stream('garbage-collector-finalizers');
  const scheduled = new Set<string>();
  const referenced = new OwnerReferenceCounts(api.store, new Set(RESOURCE_TYPES.filter((t) => t.kind !== 'Event').map((t) => ApiServer.key(t))));

  /** Objects whose ownerReferences name `uid` (a namespaced owner's dependents are in its namespace). */
  const dependentsOf = (uid: string, ns: string | undefined): Located[] => {
    const out: Located[] = [];
    // Nothing stored names it (a deleted Pod, most often): no scan of every stored object.
    if (!referenced.hasDependents(uid)) return out;
    for (const type of RESOURCE_TYPES) {
      // A type whose bootstrap objects are still unstored holds nothing that has owners.
      if (type.kind === 'Event' || api.untouched(type)) continue;
      for (const obj of api.viewList(type, type.namespaced ? ns : undefined)) {
        if ((obj.metadata.ownerReferences ?? []).some((o) => o.uid === uid)) out.push({ type, obj });
      }
    }
    return out;
  };

  /** The owner a reference names, if it is there with that uid. */
  const ownerOf = (ref: OwnerReference, ns: string | undefined): Located | undefined => {
    const type = typeForKind(ref.kind, ref.apiVersion);
    if (!type) return undefined;
    const obj = api.view(type, type.namespaced ? ns : undefined, ref.name);
    return obj && obj.metadata.uid === ref.uid ? { type, obj } : undefined;
  };

  const write = (type: ResourceType, obj: KubeObject): void => {
    try {
      api.put(type, obj);
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
    }
  };
  const remove = (type: ResourceType, obj: KubeObject, propagationPolicy: string): void => {
    try {
      const cur = api.view(type, obj.metadata.namespace, obj.metadata.name);
      if (cur && cur.metadata.uid === obj.metadata.uid) api.delete(type, obj.metadata.namespace, obj.metadata.name, { propagationPolicy });
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
    }
  };
  const dropOwnerRefs = (type: ResourceType, obj: KubeObject, uids: ReadonlySet<string>): void => {
    const fresh = api.find(type, obj.metadata.namespace, obj.metadata.name);
    if (!fresh || fresh.metadata.uid !== obj.metadata.uid) return;
    const refs = (fresh.metadata.ownerReferences ?? []).filter((o) => !uids.has(o.uid));
    if (refs.length > 0) fresh.metadata.ownerReferences = refs;
    else delete fresh.metadata.ownerReferences;
    write(type, fresh);
  };
  const removeFinalizer = (type: ResourceType, obj: KubeObject, finalizer: string): void => {
    const fresh = api.find(type, obj.metadata.namespace, obj.metadata.name);
    if (!fresh || fresh.metadata.uid !== obj.metadata.uid) return;
    const rest = (fresh.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    if (rest.length > 0) fresh.metadata.finalizers = rest;
    else delete fresh.metadata.finalizers;
    write(type, fresh);
  };

  /** attemptToDeleteItem: a dependent whose owners are gone or waiting is deleted; one with a solid owner stays. */
  const attemptToDelete = ({ type, obj: stale }: Located): void => {
    const obj = api.view(type, stale.metadata.namespace, stale.metadata.name);
    if (!obj || obj.metadata.uid !== stale.metadata.uid) return;
    if (obj.metadata.deletionTimestamp && !hasFinalizer(obj, FINALIZER_DELETE_DEPENDENTS)) return;
    const refs = obj.metadata.ownerReferences ?? [];
    if (refs.length === 0) return;
    const solid: OwnerReference[] = [];
    const dangling: OwnerReference[] = [];
    const waiting: OwnerReference[] = [];
    for (const ref of refs) {
      const owner = ownerOf(ref, obj.metadata.namespace);
      if (!owner) dangling.push(ref);
      else if (owner.obj.metadata.deletionTimestamp && hasFinalizer(owner.obj, FINALIZER_DELETE_DEPENDENTS)) waiting.push(ref);
      else solid.push(ref);
    }
    if (solid.length > 0) {
      if (dangling.length + waiting.length > 0) dropOwnerRefs(type, obj, new Set([...dangling, ...waiting].map((r) => r.uid)));
      return;
    }
    if (obj.metadata.deletionTimestamp) return;
    if (waiting.length > 0 && dependentsOf(obj.metadata.uid ?? '', obj.metadata.namespace).length > 0) {
      remove(type, obj, 'Foreground');
      return;
    }
    remove(type, obj, hasFinalizer(obj, FINALIZER_ORPHAN_DEPENDENTS) ? 'Orphan' : hasFinalizer(obj, FINALIZER_DELETE_DEPENDENTS) ? 'Foreground' : 'Background');
  };

  /** An owner marked for deletion with a garbage-collection finalizer. */
  const processOwner = (type: ResourceType, ns: string | undefined, name: string, uid: string): void => {
    const owner = api.view(type, ns, name);
    if (!owner || owner.metadata.uid !== uid || !owner.metadata.deletionTimestamp) return;
    if (hasFinalizer(owner, FINALIZER_ORPHAN_DEPENDENTS)) {
      // attemptToOrphanWorker: orphanDependents, then removeFinalizer.
      for (const dep of dependentsOf(uid, ns)) dropOwnerRefs(dep.type, dep.obj, new Set([uid]));
      removeFinalizer(type, owner, FINALIZER_ORPHAN_DEPENDENTS);
      return;
    }
    if (hasFinalizer(owner, FINALIZER_DELETE_DEPENDENTS)) {
      const deps = dependentsOf(uid, ns);
      const blocking = deps.filter((d) => d.obj.metadata.ownerReferences!.some((o) => o.uid === uid && o.blockOwnerDeletion === true));
      if (blocking.length === 0) {
        removeFinalizer(type, owner, FINALIZER_DELETE_DEPENDENTS);
        return;
      }
      for (const dep of deps) if (!dep.obj.metadata.deletionTimestamp) attemptToDelete(dep);
    }
  };

  const scheduleOwner = (type: ResourceType, ns: string | undefined, name: string, uid: string): void => {
    if (scheduled.has(uid)) return;
    scheduled.add(uid);
    loop.after(finalizing.between(20, 200), `gc finalizers ${name}`, () => {
      scheduled.delete(uid);
      processOwner(type, ns, name, uid);
    });
  };

  api.store.watch(undefined, (e) => {
    if (e.object.kind === 'Event') return;
    const obj = e.object;
    const uid = obj.metadata.uid;
    const ns = obj.metadata.namespace;
    if (!uid) return;
    if (e.type === 'DELETED') {
      // The owner is gone: its dependents are collected in the background.
      loop.after(background.between(20, 200), `gc ${obj.metadata.name}`, () => {
        for (const dep of dependentsOf(uid, ns)) if (!dep.obj.metadata.deletionTimestamp) attemptToDelete(dep);
      });
      // An owner waiting in the foreground for this dependent looks again.
      for (const ref of obj.metadata.ownerReferences ?? []) {
        const owner = ownerOf(ref, ns);
        if (owner?.obj.metadata.deletionTimestamp && hasFinalizer(owner.obj, FINALIZER_DELETE_DEPENDENTS)) {
          scheduleOwner(owner.type, owner.obj.metadata.namespace, owner.obj.metadata.name, ref.uid);
        }
      }
      return;
    }
    if (obj.metadata.deletionTimestamp && (hasFinalizer(obj, FINALIZER_ORPHAN_DEPENDENTS) || hasFinalizer(obj, FINALIZER_DELETE_DEPENDENTS))) {
      const type = typeForKind(obj.kind, obj.apiVersion);
      if (type) scheduleOwner(type, ns, obj.metadata.name, uid);
    }
  });
}
