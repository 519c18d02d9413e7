// The simulator's etcd: API objects by resource, namespace and name, with a global
// resourceVersion and watches. Stored objects are deep-frozen snapshots: `get`/`list` hand out
// clones a caller may change, `view`/`viewList`, watch events and the writes (`add`, `replace`,
// `remove`) hand out the frozen snapshots themselves (cheap, read-only), so no caller can change
// stored state behind the store's back.
import type { KubeObject } from '../api/types.js';
import { cloneJson, frozenCopy } from './json-data.js';
import { SortedKeys } from './sorted-keys.js';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent {
  type: WatchEventType;
  /** `resource` or `resource.group`, e.g. `pods`, `deployments.apps`. */
  resource: string;
  object: KubeObject;
}

export type WatchListener = (event: WatchEvent) => void;

export interface Watch {
  stop(): void;
}

/**
 * A watch that hears only the changes whose trigger value is `value`: the watch cache's
 * indexed triggers (apiserver storage/cacher: a kubelet's `spec.nodeName=<node>` watch of pods is
 * sent the events of its node's pods, not every pod's). `name` is a trigger added with
 * `addWatchTrigger`.
 */
export interface WatchTrigger {
  name: string;
  value: string;
}

interface ListenerEntry {
  resource: string | undefined;
  listener: WatchListener;
  /** Order of the watches: listeners hear a change in the order they started watching. */
  seq: number;
  trigger: WatchTrigger | undefined;
}

/** One trigger of one resource: its function and the watches on each value. */
interface TriggerIndex {
  fn: IndexFunc;
  byValue: Map<string, ListenerEntry[]>;
}

/** A frozen copy of `obj` with its resourceVersion set to `revision`. */
function stamped<T extends KubeObject>(obj: T, revision: number): T {
  return frozenCopy({ ...obj, metadata: { ...obj.metadata, resourceVersion: String(revision) } });
}

function keyOf(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

/** Which bucket of an index an object goes in (undefined: none). */
export type IndexFunc = (obj: KubeObject) => string | undefined;

/**
 * A running total kept per bucket of an index, updated as objects enter and leave the bucket (the
 * scheduler cache's NodeInfo, updated by AddPod and RemovePod rather than recounted).
 */
export interface IndexAggregate<A> {
  empty(): A;
  add(acc: A, obj: KubeObject): void;
  remove(acc: A, obj: KubeObject): void;
}

interface Bucket {
  objects: Map<string, KubeObject>;
  keys: SortedKeys | undefined;
  acc: unknown;
}

/** What `indexReader` gives: a bucket's object count, and its running total (undefined while it is empty). */
export interface IndexReader<A> {
  size(value: string): number;
  total(value: string): A | undefined;
}

/** One index of one resource: objects by the value `fn` gives, each bucket's keys in key order once asked for. */
interface StoreIndex {
  fn: IndexFunc;
  aggregate: IndexAggregate<unknown> | undefined;
  buckets: Map<string, Bucket>;
  /** The bucket each stored key is in now. */
  valueOf: Map<string, string>;
}

export class ObjectStore {
  #tables = new Map<string, Map<string, KubeObject>>();
  /** Each table's keys in etcd key order: sorted on first use, then kept in order as keys come and go. */
  #order = new Map<string, SortedKeys>();
  #pending: Array<{ event: WatchEvent; previous: KubeObject | undefined }> = [];
  #delivering = false;
  #revision = 0;
  #listeners = new Set<ListenerEntry>();
  #seq = 0;
  /** Per resource, the listeners without a trigger that hear it, in the order they started watching (rebuilt after a change). */
  #audience = new Map<string, ReadonlyArray<ListenerEntry>>();
  /** Watch triggers by resource, then by name. */
  #triggers = new Map<string, Map<string, TriggerIndex>>();
  /** Indexes by resource, then by name (client-go's Indexers). */
  #indexes = new Map<string, Map<string, StoreIndex>>();
  /** Writes per resource, for callers that keep something worked out from a resource's objects. */
  #generations = new Map<string, number>();

  /** A number that changes whenever an object of `resource` is added, replaced or removed (and only then). */
  generation(resource: string): number {
    return this.#generations.get(resource) ?? 0;
  }

  #changed(resource: string): void {
    this.#generations.set(resource, (this.#generations.get(resource) ?? 0) + 1);
  }

  /** The store's current resourceVersion (as the API reports it: a decimal string). */
  revision(): string {
    return String(this.#revision);
  }

  #table(resource: string): Map<string, KubeObject> {
    let table = this.#tables.get(resource);
    if (!table) {
      table = new Map();
      this.#tables.set(resource, table);
    }
    return table;
  }

  get<T extends KubeObject = KubeObject>(resource: string, namespace: string | undefined, name: string): T | undefined {
    const found = this.view<T>(resource, namespace, name);
    return found ? cloneJson(found) : undefined;
  }

  /** The stored snapshot itself: frozen, read-only, not copied. */
  view<T extends KubeObject = KubeObject>(resource: string, namespace: string | undefined, name: string): T | undefined {
    return this.#tables.get(resource)?.get(keyOf(namespace, name)) as T | undefined;
  }

  /** Objects of a resource, sorted by namespace then name (etcd key order); copies a caller may change. */
  list<T extends KubeObject = KubeObject>(resource: string, namespace?: string): T[] {
    return this.viewList<T>(resource, namespace).map((o) => cloneJson(o));
  }

  /** The stored snapshots of a resource in key order: frozen, read-only, not copied. */
  viewList<T extends KubeObject = KubeObject>(resource: string, namespace?: string): T[] {
    const table = this.#tables.get(resource);
    if (!table) return [];
    const keys = this.#keysInOrder(resource, table);
    const out: T[] = [];
    // Namespaced keys are `namespace/name`, so one namespace is one run of the ordered keys.
    const prefix = namespace === undefined ? '' : `${namespace}/`;
    for (let i = prefix ? lowerBound(keys, prefix) : 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (prefix && !key.startsWith(prefix)) break;
      out.push(table.get(key) as T);
    }
    return out;
  }

  /**
   * The keys of a resource that start with `prefix` and are not below `from`, in key order (etcd's
   * range read from a key to the prefix's end): read-only, valid until the next change.
   */
  keyRange(resource: string, prefix: string, from: string): { keys: readonly string[]; start: number; end: number } {
    const table = this.#tables.get(resource);
    if (!table) return { keys: [], start: 0, end: 0 };
    const keys = this.#keysInOrder(resource, table);
    const start = lowerBound(keys, from > prefix ? from : prefix);
    // Keys are ASCII: every key with the prefix sorts below the prefix followed by U+FFFF.
    const end = prefix ? lowerBound(keys, `${prefix}\uffff`) : keys.length;
    return { keys, start, end: Math.max(start, end) };
  }

  /** The stored snapshot under a store key (`namespace/name`, or `name`): frozen, read-only. */
  viewKey<T extends KubeObject = KubeObject>(resource: string, key: string): T | undefined {
    return this.#tables.get(resource)?.get(key) as T | undefined;
  }

  #keysInOrder(resource: string, table: Map<string, KubeObject>): readonly string[] {
    let keys = this.#order.get(resource);
    if (!keys) {
      keys = new SortedKeys(table.keys());
      this.#order.set(resource, keys);
    }
    return keys.keys();
  }

  /**
   * Adds an index of `resource` named `name` (client-go's cache.Indexer: AddIndexers), filled
   * with what is stored now and kept up to date on every change. Adding an index a second time
   * keeps the first.
   */
  addIndex<A = never>(resource: string, name: string, fn: IndexFunc, aggregate?: IndexAggregate<A>): void {
    let byName = this.#indexes.get(resource);
    if (!byName) {
      byName = new Map();
      this.#indexes.set(resource, byName);
    }
    if (byName.has(name)) return;
    const index: StoreIndex = { fn, aggregate: aggregate as IndexAggregate<unknown> | undefined, buckets: new Map(), valueOf: new Map() };
    byName.set(name, index);
    for (const [key, obj] of this.#tables.get(resource) ?? []) indexPut(index, key, obj);
  }

  /** The stored snapshots in one bucket of an index (ByIndex), in key order: frozen, read-only, not copied. */
  byIndex<T extends KubeObject = KubeObject>(resource: string, name: string, value: string): T[] {
    const index = this.#index(resource, name);
    const bucket = index.buckets.get(value);
    if (!bucket) return [];
    bucket.keys ??= new SortedKeys(bucket.objects.keys());
    return bucket.keys.keys().map((k) => bucket.objects.get(k) as T);
  }

  /** How many objects one bucket of an index holds. */
  bucketSize(resource: string, name: string, value: string): number {
    return this.#index(resource, name).buckets.get(value)?.objects.size ?? 0;
  }

  /** The running total of one bucket of an index made with an aggregate (undefined while the bucket is empty). Read-only. */
  bucketTotal<A>(resource: string, name: string, value: string): A | undefined {
    return this.#index(resource, name).buckets.get(value)?.acc as A | undefined;
  }

  /**
   * A reader of one index's buckets (sizes and running totals), for a caller that asks about many
   * buckets in a row (the scheduler, about each node it looks at): the index is looked up once.
   */
  indexReader<A>(resource: string, name: string): IndexReader<A> {
    const index = this.#index(resource, name);
    return {
      size: (value) => index.buckets.get(value)?.objects.size ?? 0,
      total: (value) => index.buckets.get(value)?.acc as A | undefined,
    };
  }

  #index(resource: string, name: string): StoreIndex {
    const index = this.#indexes.get(resource)?.get(name);
    if (!index) throw new Error(`no index ${name} of ${resource}`);
    return index;
  }

  #indexPut(resource: string, key: string, obj: KubeObject): void {
    const byName = this.#indexes.get(resource);
    if (byName) for (const index of byName.values()) indexPut(index, key, obj);
  }

  #indexRemove(resource: string, key: string): void {
    const byName = this.#indexes.get(resource);
    if (byName) for (const index of byName.values()) indexRemove(index, key);
  }

  #orderAdd(resource: string, key: string): void {
    this.#order.get(resource)?.add(key);
  }

  #orderRemove(resource: string, key: string): void {
    this.#order.get(resource)?.remove(key);
  }

  /** Number of stored objects of a resource (no cloning). */
  count(resource: string): number {
    return this.#tables.get(resource)?.size ?? 0;
  }

  /** Stores a new object, stamping its resourceVersion; the caller checked it does not exist. Returns the frozen snapshot. */
  add<T extends KubeObject>(resource: string, obj: T): T {
    const stored = stamped(obj, ++this.#revision);
    const key = keyOf(stored.metadata.namespace, stored.metadata.name);
    this.#table(resource).set(key, stored);
    this.#changed(resource);
    this.#orderAdd(resource, key);
    this.#indexPut(resource, key, stored);
    this.#emit('ADDED', resource, stored);
    return stored;
  }

  /** Replaces an existing object, stamping a new resourceVersion. Returns the frozen snapshot. */
  replace<T extends KubeObject>(resource: string, obj: T): T {
    const stored = stamped(obj, ++this.#revision);
    const table = this.#table(resource);
    const key = keyOf(stored.metadata.namespace, stored.metadata.name);
    const previous = table.get(key);
    if (!previous) this.#orderAdd(resource, key);
    table.set(key, stored);
    this.#changed(resource);
    this.#indexPut(resource, key, stored);
    this.#emit('MODIFIED', resource, stored, previous);
    return stored;
  }

  /** Removes an object; returns it as it was, with a final resourceVersion (a frozen snapshot). */
  remove<T extends KubeObject = KubeObject>(resource: string, namespace: string | undefined, name: string): T | undefined {
    const table = this.#tables.get(resource);
    const key = keyOf(namespace, name);
    const found = table?.get(key);
    if (!table || !found) return undefined;
    table.delete(key);
    this.#changed(resource);
    this.#orderRemove(resource, key);
    this.#indexRemove(resource, key);
    const gone = stamped(found, ++this.#revision);
    this.#emit('DELETED', resource, gone);
    return gone as T;
  }

  /**
   * Adds a watch trigger of `resource` named `name` (the watch cache's IndexerFuncs for
   * triggers): watches started with this trigger hear a change only when `fn` gives their value
   * for the object as it is now or as it was before the change. Adding it a second time keeps the first.
   */
  addWatchTrigger(resource: string, name: string, fn: IndexFunc): void {
    let byName = this.#triggers.get(resource);
    if (!byName) {
      byName = new Map();
      this.#triggers.set(resource, byName);
    }
    if (!byName.has(name)) byName.set(name, { fn, byValue: new Map() });
  }

  /**
   * Calls `listener` for every change to `resource` (or to anything, when undefined), or, with a
   * `trigger`, for the changes of the objects whose trigger value is the trigger's.
   */
  watch(resource: string | undefined, listener: WatchListener, trigger?: WatchTrigger): Watch {
    const entry: ListenerEntry = { resource, listener, seq: this.#seq++, trigger };
    let watchers: ListenerEntry[] | undefined;
    if (trigger) {
      const index = resource === undefined ? undefined : this.#triggers.get(resource)?.get(trigger.name);
      if (!index) throw new Error(`no watch trigger ${trigger.name} of ${resource ?? 'every resource'}`);
      watchers = index.byValue.get(trigger.value);
      if (!watchers) {
        watchers = [];
        index.byValue.set(trigger.value, watchers);
      }
      watchers.push(entry);
    } else {
      this.#audience.clear();
    }
    this.#listeners.add(entry);
    return {
      stop: () => {
        if (!this.#listeners.delete(entry)) return;
        if (!watchers) {
          this.#audience.clear();
          return;
        }
        // A new array: a delivery under way keeps the list it started with.
        const left = watchers.filter((e) => e !== entry);
        const index = this.#triggers.get(resource!)!.get(trigger!.name)!;
        if (left.length > 0) index.byValue.set(trigger!.value, left);
        else index.byValue.delete(trigger!.value);
        watchers = left;
      },
    };
  }

  /** Who hears any change to `resource` (no trigger): its watchers and the watchers of everything. */
  #audienceOf(resource: string): ReadonlyArray<ListenerEntry> {
    let audience = this.#audience.get(resource);
    if (!audience) {
      audience = [...this.#listeners].filter((e) => !e.trigger && (e.resource === undefined || e.resource === resource));
      this.#audience.set(resource, audience);
    }
    return audience;
  }

  /**
   * Who hears this change: the audience of the resource, and the watches whose trigger value the
   * object has now or had before, in the order they started watching.
   */
  #listenersOf(event: WatchEvent, previous: KubeObject | undefined): ReadonlyArray<ListenerEntry> {
    const audience = this.#audienceOf(event.resource);
    const triggers = this.#triggers.get(event.resource);
    if (!triggers) return audience;
    let extra: ListenerEntry[] | undefined;
    for (const index of triggers.values()) {
      if (index.byValue.size === 0) continue;
      const now = index.fn(event.object);
      const before = previous === undefined ? undefined : index.fn(previous);
      for (const value of before === now ? [now] : [now, before]) {
        const watchers = value === undefined ? undefined : index.byValue.get(value);
        if (watchers) (extra ??= []).push(...watchers);
      }
    }
    if (!extra) return audience;
    return [...audience, ...extra].sort((a, b) => a.seq - b.seq);
  }

  /**
   * Listeners get the frozen snapshot: they may read it, and must copy it to change it. A listener
   * that writes while changes are being delivered has its change queued behind the current one,
   * so every listener hears every change in resourceVersion order (as a watch would).
   */
  #emit(type: WatchEventType, resource: string, obj: KubeObject, previous?: KubeObject): void {
    if (this.#listeners.size === 0) return;
    this.#pending.push({ event: { type, resource, object: obj }, previous });
    if (this.#delivering) return;
    this.#delivering = true;
    try {
      for (let next = this.#pending.shift(); next; next = this.#pending.shift()) {
        // The list as it is when the event's delivery starts: a watch started or stopped meanwhile
        // gives a new list and leaves this one as it was.
        for (const entry of this.#listenersOf(next.event, next.previous)) entry.listener(next.event);
      }
    } finally {
      this.#delivering = false;
      this.#pending.length = 0;
    }
  }
}

function indexPut(index: StoreIndex, key: string, obj: KubeObject): void {
  const value = index.fn(obj);
  const before = index.valueOf.get(key);
  if (before !== undefined && before !== value) indexRemove(index, key);
  if (value === undefined) return;
  let bucket = index.buckets.get(value);
  if (!bucket) {
    bucket = { objects: new Map(), keys: undefined, acc: index.aggregate?.empty() };
    index.buckets.set(value, bucket);
  }
  const previous = bucket.objects.get(key);
  if (previous === undefined && bucket.keys) bucket.keys.add(key);
  if (index.aggregate) {
    if (previous !== undefined) index.aggregate.remove(bucket.acc, previous);
    index.aggregate.add(bucket.acc, obj);
  }
  bucket.objects.set(key, obj);
  index.valueOf.set(key, value);
}

function indexRemove(index: StoreIndex, key: string): void {
  const value = index.valueOf.get(key);
  if (value === undefined) return;
  index.valueOf.delete(key);
  const bucket = index.buckets.get(value);
  if (!bucket) return;
  const gone = bucket.objects.get(key);
  if (gone !== undefined && index.aggregate) index.aggregate.remove(bucket.acc, gone);
  bucket.objects.delete(key);
  if (bucket.objects.size === 0) index.buckets.delete(value);
  else if (bucket.keys) bucket.keys.remove(key);
}

/** The first index whose key is not below `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
