// Every change the store makes while we serve it, kept (up to a limit) with the object's previous
// state. A watch that starts from a list's resourceVersion replays the changes after it, so
// nothing that happens between kubectl's list and its watch is lost (the virtual clock keeps
// running in between), and selector transitions become ADDED/DELETED as the real watch cache
// reports them. The oldest changes are forgotten beyond a count (10,000) and beyond a size (the
// estimated bytes of the objects the kept changes hold, 16 MiB): like the real watch cache's
// bounded window, and so that memory comes back after big objects are deleted. A watch from a
// forgotten resourceVersion gets 410 Expired, and clients list again.
import { objectSize } from './object-size.js';
import type { KubeObject, ObjectStore, Watch, WatchEventType } from '../sim/index.js';

export interface HistoryEntry {
  /** The resourceVersion the change produced. */
  rv: number;
  type: WatchEventType;
  /** Store key: `pods`, `deployments.apps`. */
  resource: string;
  object: KubeObject;
  /** The object before the change (undefined for ADDED). */
  previous: KubeObject | undefined;
}

export type HistoryListener = (entry: HistoryEntry) => void;

function entrySize(entry: HistoryEntry): number {
  return objectSize(entry.object) + (entry.previous === undefined ? 0 : objectSize(entry.previous));
}

function objectKey(obj: KubeObject): string {
  return `${obj.metadata.namespace ?? ''}/${obj.metadata.name}`;
}

export class WatchHistory {
  readonly #entries: HistoryEntry[] = [];
  readonly #limit: number;
  /** Changes after this resourceVersion are all still here. */
  #floor: number;
  readonly #latest = new Map<string, Map<string, KubeObject>>();
  readonly #listeners = new Set<HistoryListener>();
  readonly #watch: Watch;
  #next: number;
  /** The estimated bytes of the objects (and previous states) the kept entries hold. */
  #bytes = 0;
  readonly #byteLimit: number;
  /** The first kept entry in #entries (the ones before it are forgotten, removed in batches). */
  #head = 0;
  readonly #pending = new Map<number, { type: WatchEventType; resource: string; object: KubeObject }>();

  constructor(store: ObjectStore, resources: readonly string[], limit = 10_000, byteLimit = 16 * 1024 * 1024) {
    this.#limit = limit;
    this.#byteLimit = byteLimit;
    this.#floor = Number(store.revision());
    for (const resource of resources) {
      const byKey = new Map<string, KubeObject>();
      for (const obj of store.viewList(resource)) byKey.set(objectKey(obj), obj);
      this.#latest.set(resource, byKey);
    }
    this.#next = this.#floor + 1;
    // A store listener may write while the store is still telling others about a change, so the
    // changes can reach us out of order; they are put back in resourceVersion order (which has no
    // gaps) before anyone hears of them.
    this.#watch = store.watch(undefined, (event) => {
      this.#pending.set(Number(event.object.metadata.resourceVersion), { type: event.type, resource: event.resource, object: event.object });
      for (let next = this.#pending.get(this.#next); next; next = this.#pending.get(this.#next)) {
        this.#pending.delete(this.#next);
        this.#record(this.#next, next.type, next.resource, next.object);
        this.#next++;
      }
    });
  }

  #record(rv: number, type: WatchEventType, resource: string, object: KubeObject): void {
    let byKey = this.#latest.get(resource);
    if (!byKey) {
      byKey = new Map();
      this.#latest.set(resource, byKey);
    }
    const key = objectKey(object);
    const previous = byKey.get(key);
    if (type === 'DELETED') byKey.delete(key);
    else byKey.set(key, object);
    const entry: HistoryEntry = { rv, type, resource, object, previous };
    this.#entries.push(entry);
    this.#bytes += entrySize(entry);
    // Forget the oldest entries while there are too many or they hold too much; the array is
    // compacted once half of it is forgotten (not on every change).
    while (this.#entries.length - this.#head > this.#limit || (this.#bytes > this.#byteLimit && this.#entries.length - this.#head > 1)) {
      const dropped = this.#entries[this.#head]!;
      this.#entries[this.#head++] = undefined as unknown as HistoryEntry;
      this.#bytes -= entrySize(dropped);
      this.#floor = dropped.rv;
    }
    if (this.#head > 0 && this.#head * 2 >= this.#entries.length) {
      this.#entries.splice(0, this.#head);
      this.#head = 0;
    }
    for (const listener of [...this.#listeners]) listener(entry);
  }

  /** Changes to `resource` after `rv`, or undefined when they are no longer all kept (410 Gone). */
  since(resource: string, rv: number): HistoryEntry[] | undefined {
    if (rv < this.#floor) return undefined;
    // Entries are in resourceVersion order: the first one after `rv` is found by bisection.
    let lo = this.#head;
    let hi = this.#entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#entries[mid]!.rv <= rv) lo = mid + 1;
      else hi = mid;
    }
    const out: HistoryEntry[] = [];
    for (let i = lo; i < this.#entries.length; i++) if (this.#entries[i]!.resource === resource) out.push(this.#entries[i]!);
    return out;
  }

  /**
   * What changed in `resource` after `rv`, as it was at `rv`: each changed object by its store
   * key (`namespace/name`, or `name`), undefined for one that did not exist then. Undefined when
   * the changes after `rv` are no longer all kept (etcd has compacted that revision).
   */
  stateAt(resource: string, rv: number): Map<string, KubeObject | undefined> | undefined {
    const changes = this.since(resource, rv);
    if (!changes) return undefined;
    const out = new Map<string, KubeObject | undefined>();
    for (const e of changes) {
      const key = e.object.metadata.namespace ? `${e.object.metadata.namespace}/${e.object.metadata.name}` : e.object.metadata.name;
      // The first change after `rv` knows the object as it was at `rv`.
      if (!out.has(key)) out.set(key, e.previous);
    }
    return out;
  }

  /** The oldest resourceVersion a watch may still start from. */
  get floor(): number {
    return this.#floor;
  }

  subscribe(listener: HistoryListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  stop(): void {
    this.#watch.stop();
    this.#listeners.clear();
  }
}
