// The simulator's only source of randomness: seeded, so UIDs, names, IPs and container IDs are
// the same on every run of the same lesson.

/** apimachinery's util/rand alphabet for generated name suffixes (no vowels, no confusables). */
export const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** The hex digits' character codes: a text of digits is made in one string, not one concatenation per digit. */
const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const DASH = 0x2d;
/** uuid()'s character codes before they are joined (the simulator is single-threaded). */
const UUID_SCRATCH: number[] = new Array<number>(36).fill(DASH);

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
    const codes = new Array<number>(length);
    for (let i = 0; i < length; i++) codes[i] = HEX_CODES[this.int(16)]!;
    return String.fromCharCode.apply(null, codes);
  }

  /** A random string over apimachinery's name alphabet (generateName suffixes, hashes). */
  nameSuffix(length = 5): string {
    let out = '';
    for (let i = 0; i < length; i++) out += NAME_ALPHABET[this.int(NAME_ALPHABET.length)];
    return out;
  }

  /** A version-4 UUID: 32 hex digits drawn as `hex(32)` draws them (the 13th then set to 4), and one more draw for the variant. */
  uuid(): string {
    const h = UUID_SCRATCH;
    // Digit i goes after the dashes before it (at 8, 13, 18 and 23).
    for (let i = 0; i < 32; i++) h[i + (i < 8 ? 0 : i < 12 ? 1 : i < 16 ? 2 : i < 20 ? 3 : 4)] = HEX_CODES[this.int(16)]!;
    h[14] = 0x34; // '4'
    h[19] = '89ab'.charCodeAt(this.int(4));
    return String.fromCharCode.apply(null, h);
  }
}
