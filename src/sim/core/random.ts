// The simulator's only source of randomness: seeded, so UIDs, names, IPs and container IDs are
// the same on every run of the same lesson.

/** apimachinery's util/rand alphabet for generated name suffixes (no vowels, no confusables). */
export const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

const HEX_DIGITS = '0123456789abcdef';
/**
 * uuid()'s characters before they are joined (the simulator is single-threaded). Joined, not
 * concatenated: `+=` or a template literal leaves a tree of one cons string per character, which
 * the heap keeps for as long as the ID lives (a UID, a container ID: ~100 per Pod); `join` makes
 * one flat string.
 */
const UUID_SCRATCH: string[] = Array.from('00000000-0000-0000-0000-000000000000');
const DASHES = new Set([8, 13, 18, 23]);
/** Where each of the 32 digits goes in the UUID's 36 characters. */
const UUID_SLOTS = Array.from({ length: 36 }, (_, i) => i).filter((i) => !DASHES.has(i));
const scratch: string[] = [];

export class SeededRandom {
  #state: number;
  readonly #seed: number;
  #streams = new Map<string, SeededRandom>();

  constructor(seed: number) {
    this.#seed = seed >>> 0;
    this.#state = this.#seed || 0x9e3779b9;
  }

  /**
   * An independent generator for one purpose (`uids`, `scheduler`, `kubelet`, ...), seeded from
   * this one's seed and the purpose's name. Each purpose draws from its own stream, so a change in
   * how often one part of the simulator draws does not shift the names, IPs or timings the others
   * produce: a lesson's recorded outputs stay put across unrelated changes to kindling.
   */
  stream(purpose: string): SeededRandom {
    let found = this.#streams.get(purpose);
    if (!found) {
      // FNV-1a over the purpose, mixed with the seed.
      let h = 0x811c9dc5 ^ this.#seed;
      for (let i = 0; i < purpose.length; i++) h = Math.imul(h ^ purpose.charCodeAt(i), 0x01000193) >>> 0;
      found = new SeededRandom(h);
      this.#streams.set(purpose, found);
    }
    return found;
  }

  /** A float in [0, 1) (mulberry32). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  hex(length: number): string {
    scratch.length = length;
    for (let i = 0; i < length; i++) scratch[i] = HEX_DIGITS[this.int(16)]!;
    return scratch.join('');
  }

  /** A random string over apimachinery's name alphabet (generateName suffixes, hashes). */
  nameSuffix(length = 5): string {
    scratch.length = length;
    for (let i = 0; i < length; i++) scratch[i] = NAME_ALPHABET[this.int(NAME_ALPHABET.length)]!;
    return scratch.join('');
  }

  /** A version-4 UUID: 32 hex digits drawn as `hex(32)` draws them (the 13th then set to 4), and one more draw for the variant. */
  uuid(): string {
    const h = UUID_SCRATCH;
    for (let i = 0; i < 32; i++) h[UUID_SLOTS[i]!] = HEX_DIGITS[this.int(16)]!;
    h[UUID_SLOTS[12]!] = '4';
    h[UUID_SLOTS[16]!] = '89ab'[this.int(4)]!;
    return h.join('');
  }
}
