// How many stored objects name each uid in their ownerReferences, kept up to date from the
// store's watch (the garbage collector's dependency graph, pkg/controller/garbagecollector/graph.go,
// reduced to what the collector asks first: does anything depend on this owner at all?). Most
// deleted objects (Pods) own nothing: the answer "no" spares a scan of every stored object.
import type { KubeObject } from '../api/types.js';
import type { ObjectStore, WatchEvent } from '../store/object-store.js';

const NONE: readonly string[] = [];

/** The distinct owner uids an object names, in the order it names them. */
function ownerUids(obj: KubeObject): readonly string[] {
  const refs = obj.metadata.ownerReferences;
  if (!refs || refs.length === 0) return NONE;
  const out: string[] = [];
  for (const r of refs) if (r.uid && !out.includes(r.uid)) out.push(r.uid);
  return out;
}

function sameUids(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class OwnerReferenceCounts {
  /** By owner uid: how many stored objects name it. */
  readonly #counts = new Map<string, number>();
  /** By `resource\0namespace/name`: the owner uids the stored object names now. */
  readonly #named = new Map<string, readonly string[]>();

  /** Counts what `store` holds of `resources` now, then follows every change. */
  constructor(store: ObjectStore, resources: Iterable<string>) {
    for (const resource of resources) for (const obj of store.viewList(resource)) this.#set(resource, obj, ownerUids(obj));
    store.watch(undefined, (e) => this.#onChange(e));
  }

  /** Whether some stored object names `uid` as an owner. */
  hasDependents(uid: string): boolean {
    return (this.#counts.get(uid) ?? 0) > 0;
  }

  #onChange(e: WatchEvent): void {
    // The collector never looks at Events (dependentsOf skips them).
    if (e.object.kind === 'Event') return;
    this.#set(e.resource, e.object, e.type === 'DELETED' ? NONE : ownerUids(e.object));
  }

  #set(resource: string, obj: KubeObject, uids: readonly string[]): void {
    const m = obj.metadata;
    const key = `${resource}\0${m.namespace ?? ''}/${m.name}`;
    const before = this.#named.get(key) ?? NONE;
    if (sameUids(before, uids)) return;
    for (const uid of before) {
      const n = (this.#counts.get(uid) ?? 0) - 1;
      if (n > 0) this.#counts.set(uid, n);
      else this.#counts.delete(uid);
    }
    for (const uid of uids) this.#counts.set(uid, (this.#counts.get(uid) ?? 0) + 1);
    if (uids.length > 0) this.#named.set(key, uids);
    else this.#named.delete(key);
  }
}
