// The simulator's etcd: API objects by resource, namespace and name, with a global
// resourceVersion and watches. Objects are cloned on the way in and out, so no caller can
// change stored state behind the store's back.
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
    const found = this.#tables.get(resource)?.get(keyOf(namespace, name));
    return found ? (structuredClone(found) as T) : undefined;
  }

  /** Objects of a resource, sorted by namespace then name (etcd key order). */
  list<T extends KubeObject = KubeObject>(resource: string, namespace?: string): T[] {
    const table = this.#tables.get(resource);
    if (!table) return [];
    const out: T[] = [];
    for (const [key, obj] of table) {
      if (namespace !== undefined && obj.metadata.namespace !== namespace) continue;
      out.push(structuredClone(obj) as T);
      void key;
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
    this.#table(resource).set(keyOf(stored.metadata.namespace, stored.metadata.name), stored);
    this.#emit('ADDED', resource, stored);
    return structuredClone(stored);
  }

  /** Replaces an existing object, stamping a new resourceVersion. */
  replace<T extends KubeObject>(resource: string, obj: T): T {
    const stored = structuredClone(obj);
    stored.metadata.resourceVersion = String(++this.#revision);
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
    found.metadata.resourceVersion = String(++this.#revision);
    this.#emit('DELETED', resource, found);
    return structuredClone(found) as T;
  }

  /** Calls `listener` for every change to `resource` (or to anything, when undefined). */
  watch(resource: string | undefined, listener: WatchListener): Watch {
    const entry = { resource, listener };
    this.#listeners.add(entry);
    return { stop: () => this.#listeners.delete(entry) };
  }

  #emit(type: WatchEventType, resource: string, obj: KubeObject): void {
    if (this.#listeners.size === 0) return;
    for (const entry of [...this.#listeners]) {
      if (entry.resource === undefined || entry.resource === resource) {
        entry.listener({ type, resource, object: structuredClone(obj) });
      }
    }
  }
}

function compareKeys(a: KubeObject, b: KubeObject): number {
  const ka = keyOf(a.metadata.namespace, a.metadata.name);
  const kb = keyOf(b.metadata.namespace, b.metadata.name);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
