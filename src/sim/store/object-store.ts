// The simulator's etcd: API objects by resource, namespace and name, with a global
// resourceVersion and watches. Stored objects are deep-frozen snapshots: `get`/`list` hand out
// clones a caller may change, `view`/`viewList` and watch events hand out the frozen snapshots
// themselves (cheap, read-only), so no caller can change stored state behind the store's back.
import type { KubeObject } from '../api/types.js';
import { cloneJson, frozenCopy } from './json-data.js';

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

/** A frozen copy of `obj` with its resourceVersion set to `revision`. */
function stamped<T extends KubeObject>(obj: T, revision: number): T {
  return frozenCopy({ ...obj, metadata: { ...obj.metadata, resourceVersion: String(revision) } });
}

function keyOf(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

export class ObjectStore {
  #tables = new Map<string, Map<string, KubeObject>>();
  /** Each table's keys in etcd key order, rebuilt lazily after an add or a remove. */
  #order = new Map<string, string[]>();
  #pending: WatchEvent[] = [];
  #delivering = false;
  #revision = 0;
  #listeners = new Set<{ resource: string | undefined; listener: WatchListener }>();

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

  #keysInOrder(resource: string, table: Map<string, KubeObject>): string[] {
    let keys = this.#order.get(resource);
    if (!keys) {
      // etcd orders keys bytewise; for these ASCII keys that is UTF-16 code-unit order.
      keys = [...table.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      this.#order.set(resource, keys);
    }
    return keys;
  }

  /** Number of stored objects of a resource (no cloning). */
  count(resource: string): number {
    return this.#tables.get(resource)?.size ?? 0;
  }

  /** Stores a new object, stamping its resourceVersion; the caller checked it does not exist. */
  add<T extends KubeObject>(resource: string, obj: T): T {
    const stored = stamped(obj, ++this.#revision);
    this.#table(resource).set(keyOf(stored.metadata.namespace, stored.metadata.name), stored);
    this.#order.delete(resource);
    this.#emit('ADDED', resource, stored);
    return cloneJson(stored);
  }

  /** Replaces an existing object, stamping a new resourceVersion. */
  replace<T extends KubeObject>(resource: string, obj: T): T {
    const stored = stamped(obj, ++this.#revision);
    const table = this.#table(resource);
    const key = keyOf(stored.metadata.namespace, stored.metadata.name);
    if (!table.has(key)) this.#order.delete(resource);
    table.set(key, stored);
    this.#emit('MODIFIED', resource, stored);
    return cloneJson(stored);
  }

  /** Removes an object; returns it as it was, with a final resourceVersion. */
  remove<T extends KubeObject = KubeObject>(resource: string, namespace: string | undefined, name: string): T | undefined {
    const table = this.#tables.get(resource);
    const key = keyOf(namespace, name);
    const found = table?.get(key);
    if (!table || !found) return undefined;
    table.delete(key);
    this.#order.delete(resource);
    const gone = stamped(found, ++this.#revision);
    this.#emit('DELETED', resource, gone);
    return cloneJson(gone) as T;
  }

  /** Calls `listener` for every change to `resource` (or to anything, when undefined). */
  watch(resource: string | undefined, listener: WatchListener): Watch {
    const entry = { resource, listener };
    this.#listeners.add(entry);
    return { stop: () => this.#listeners.delete(entry) };
  }

  /**
   * Listeners get the frozen snapshot: they may read it, and must copy it to change it. A listener
   * that writes while changes are being delivered has its change queued behind the current one,
   * so every listener hears every change in resourceVersion order (as a watch would).
   */
  #emit(type: WatchEventType, resource: string, obj: KubeObject): void {
    if (this.#listeners.size === 0) return;
    this.#pending.push({ type, resource, object: obj });
    if (this.#delivering) return;
    this.#delivering = true;
    try {
      for (let event = this.#pending.shift(); event; event = this.#pending.shift()) {
        for (const entry of [...this.#listeners]) {
          if (entry.resource === undefined || entry.resource === event.resource) entry.listener(event);
        }
      }
    } finally {
      this.#delivering = false;
      this.#pending.length = 0;
    }
  }
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
