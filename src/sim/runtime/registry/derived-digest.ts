// Digests for builds the catalog does not list (generic images, versions it knows only the shape
// of): stable for a name, so the same lesson shows the same image ID on every run.
import { SeededRandom } from '../../cluster/random.js';

/** FNV-1a of the text: the seed of its digest. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A random source seeded by `name` alone. */
export function randomFor(name: string): SeededRandom {
  return new SeededRandom(fnv(name));
}

/** `sha256:` and 64 hex digits derived from `name`. */
export function derivedDigest(name: string): string {
  return `sha256:${randomFor(`digest:${name}`).hex(64)}`;
}
