// The simulator's etcd: API objects by resource, namespace and name, with a global
// resourceVersion and watches. Stored objects are deep-frozen snapshots: `get`/`list` hand out
// clones a caller may change, `view`/`viewList` and watch events hand out the frozen snapshots
// themselves (cheap, read-only), so no caller can change stored state behind the store's back.
import type { KubeObject } from '../api/types.js';

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

/** Freezes an object and everything in it. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

function keyOf(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

export class ObjectStore {
  #tables = new Map<string, Map<string, KubeObject>>();
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
    return found ? structuredClone(found) : undefined;
  }

  /** The stored snapshot itself: frozen, read-only, not copied. */
  view<T extends KubeObject = KubeObject>(resource: string, namespace: string | undefined, name: string): T | undefined {
    return this.#tables.get(resource)?.get(keyOf(namespace, name)) as T | undefined;
  }

  /** Objects of a resource, sorted by namespace then name (etcd key order); copies a caller may change. */
  list<T extends KubeObject = KubeObject>(resource: string, namespace?: string): T[] {
    return this.viewList<T>(resource, namespace).map((o) => structuredClone(o));
  }

  /** The stored snapshots of a resource in key order: frozen, read-only, not copied. */
  viewList<T extends KubeObject = KubeObject>(resource: string, namespace?: string): T[] {
    const table = this.#tables.get(resource);
    if (!table) return [];
    const out: T[] = [];
    for (const obj of table.values()) {
      if (namespace !== undefined && obj.metadata.namespace !== namespace) continue;
      out.push(obj as T);
    }
    return out.sort((a, b) => compareKeys(a, b));
  }

  /** Number of stored objects of a resource (no cloning). */
  count(resource: string): number {
    return this.#tables.get(resource)?.size ?? 0;
  }

  /** Stores a new object, stamping its resourceVersion; the caller checked it does not exist. */
  add<T extends KubeObject>(resource: string, obj: T): T {
    const stored = structuredClone(obj);
    stored.metadata.resourceVersion = String(++this.#revision);
    deepFreeze(stored);
    this.#table(resource).set(keyOf(stored.metadata.namespace, stored.metadata.name), stored);
    this.#emit('ADDED', resource, stored);
    return structuredClone(stored);
  }

  /** Replaces an existing object, stamping a new resourceVersion. */
  replace<T extends KubeObject>(resource: string, obj: T): T {
    const stored = structuredClone(obj);
    stored.metadata.resourceVersion = String(++this.#revision);
    deepFreeze(stored);
    this.#table(resource).set(keyOf(stored.metadata.namespace, stored.metadata.name), stored);
    this.#emit('MODIFIED', resource, stored);
    return structuredClone(stored);
  }

  /** Removes an object; returns it as it was, with a final resourceVersion. */
  remove<T extends KubeObject = KubeObject>(resource: string, namespace: string | undefined, name: string): T | undefined {
    const table = this.#tables.get(resource);
    const key = keyOf(namespace, name);
    const found = table?.get(key);
    if (!table || !found) return undefined;
    table.delete(key);
    const gone = structuredClone(found);
    gone.metadata.resourceVersion = String(++this.#revision);
    deepFreeze(gone);
    this.#emit('DELETED', resource, gone);
    return structuredClone(gone) as T;
  }

  /** Calls `listener` for every change to `resource` (or to anything, when undefined). */
  watch(resource: string | undefined, listener: WatchListener): Watch {
    const entry = { resource, listener };
    this.#listeners.add(entry);
    return { stop: () => this.#listeners.delete(entry) };
  }

  /** Listeners get the frozen snapshot: they may read it, and must copy it to change it. */
  #emit(type: WatchEventType, resource: string, obj: KubeObject): void {
    if (this.#listeners.size === 0) return;
    for (const entry of [...this.#listeners]) {
      if (entry.resource === undefined || entry.resource === resource) {
        entry.listener({ type, resource, object: obj });
      }
    }
  }
}

function compareKeys(a: KubeObject, b: KubeObject): number {
  const ka = keyOf(a.metadata.namespace, a.metadata.name);
  const kb = keyOf(b.metadata.namespace, b.metadata.name);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
