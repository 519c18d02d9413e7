// Random facts derived from a name alone (a generic image's size): the same on every run.
import { SeededRandom } from '../../core/random.js';

/** FNV-1a of the text: the seed. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A random source seeded by `name` alone. */
export function randomFor(name: string): SeededRandom {
  return new SeededRandom(fnv(name));
}
