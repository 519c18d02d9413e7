// Copies and comparisons of API objects. They are plain JSON data (objects, arrays, strings,
// numbers, booleans, null), so a direct walk copies them as structuredClone would, at a fraction
// of its cost; the store copies every object on the way in and out. The walks use for-in: on
// plain data (no enumerable inherited keys) it visits the own keys in Object.keys order, from
// V8's enum cache, without allocating an array of keys per object.

/** A deep copy of plain JSON data (undefined values are kept, as structuredClone keeps them). */
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneJson(value[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  // for-in over plain data visits the own keys in Object.keys order without allocating their array.
  for (const key in value) out[key] = cloneJson((value as Record<string, unknown>)[key]);
  return out as T;
}

/**
 * A deep copy of plain JSON data, every object and array in it frozen. A part that is already
 * such a copy (a stored snapshot's spec, reused in the next version of the object) is shared, not
 * copied: nothing can change it, so the new snapshot may point at it, as persistent data
 * structures do. The simulator freezes nothing else, so a frozen object is such a copy, frozen
 * all the way down (a WeakSet of them would say so for sure, but costs more than the copy saves).
 */
export function frozenCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Object.isFrozen(value)) return value;
  let out: unknown[] | Record<string, unknown>;
  if (Array.isArray(value)) {
    out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = frozenCopy(value[i]);
  } else {
    out = {};
    for (const key in value) out[key] = frozenCopy((value as Record<string, unknown>)[key]);
  }
  return Object.freeze(out) as T;
}

/**
 * Whether two pieces of JSON data are equal as JSON: the same values, keys in any order, a key
 * whose value is undefined the same as no key (JSON has no undefined).
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    if (a.length !== bs.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], bs[i])) return false;
    return true;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  let count = 0;
  for (const key in ao) {
    if (ao[key] === undefined) continue;
    count++;
    if (!jsonEqual(ao[key], bo[key])) return false;
  }
  for (const key in bo) if (bo[key] !== undefined) count--;
  return count === 0;
}
