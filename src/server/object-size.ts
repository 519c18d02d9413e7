// An estimate of the memory a stored object holds: the lengths of its strings and keys, 8 bytes
// a number or boolean, 16 a container. Used to bound what the watch history keeps by size, not
// only by count (a few big ConfigMaps must not stay in memory after they are deleted). Stored
// objects are frozen snapshots that never change, so the estimate of one is remembered (weakly).

const measured = new WeakMap<object, number>();

function sizeOf(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (value === null || typeof value !== 'object') return 8;
  let size = 16;
  if (Array.isArray(value)) {
    for (const item of value) size += sizeOf(item);
    return size;
  }
  for (const key in value) size += key.length + sizeOf((value as Record<string, unknown>)[key]);
  return size;
}

/** The estimated size of `obj` in bytes (remembered for frozen objects). */
export function objectSize(obj: object): number {
  const known = measured.get(obj);
  if (known !== undefined) return known;
  const size = sizeOf(obj);
  if (Object.isFrozen(obj)) measured.set(obj, size);
  return size;
}
