// A set of store keys read in etcd key order. Keys added or removed since the last read are kept
// aside and merged in at the next read (O(n + k log k) for k changes), where inserting each one
// into a sorted array moved half of it (O(n) per key: O(n²) for a Deployment of n Pods).

/** etcd orders keys bytewise; for these ASCII keys that is UTF-16 code-unit order. */
export function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class SortedKeys {
  #sorted: string[];
  /** Keys added since the last read (not in #sorted). */
  #added = new Set<string>();
  /** Keys of #sorted removed since the last read. */
  #removed = new Set<string>();

  /** `keys` in any order, each once. */
  constructor(keys: Iterable<string>) {
    this.#sorted = [...keys].sort(byKey);
  }

  /** Adds a key that is not in the set. */
  add(key: string): void {
    if (!this.#removed.delete(key)) this.#added.add(key);
  }

  /** Removes a key that is in the set. */
  remove(key: string): void {
    if (!this.#added.delete(key)) this.#removed.add(key);
  }

  /** The keys in key order: read-only, valid until the next change. */
  keys(): readonly string[] {
    if (this.#added.size === 0 && this.#removed.size === 0) return this.#sorted;
    const removed = this.#removed;
    const kept = removed.size === 0 ? this.#sorted : this.#sorted.filter((k) => !removed.has(k));
    const added = [...this.#added].sort(byKey);
    this.#sorted = added.length === 0 ? kept : merge(kept, added);
    this.#added = new Set();
    this.#removed = new Set();
    return this.#sorted;
  }
}

function merge(a: readonly string[], b: readonly string[]): string[] {
  const out = new Array<string>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! < b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
