// The seeded random source: the same seed gives the same values, and each purpose has its own
// stream, so drawing more for one purpose leaves every other purpose's values where they were.
import { describe, expect, it } from 'vitest';
import { NAME_ALPHABET, SeededRandom } from '../../../src/sim/core/random.js';

describe('SeededRandom', () => {
  it('repeats itself for the same seed and differs for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, () => new SeededRandom(seed)).map((r, i) => r.hex(8 + i));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('gives each purpose an independent stream: extra draws for one do not move another', () => {
    const quiet = new SeededRandom(42);
    const busy = new SeededRandom(42);
    for (let i = 0; i < 100; i++) busy.stream('scheduler').between(4, 30);
    busy.next();
    expect(busy.stream('uids').uuid()).toBe(quiet.stream('uids').uuid());
    expect(busy.stream('names').nameSuffix()).toBe(quiet.stream('names').nameSuffix());
    expect(quiet.stream('uids').uuid()).not.toBe(quiet.stream('names').uuid());
  });

  it('makes version-4 UUIDs and name suffixes over apimachinery’s alphabet', () => {
    const r = new SeededRandom(1);
    for (let i = 0; i < 50; i++) {
      expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect([...r.nameSuffix()].every((c) => NAME_ALPHABET.includes(c))).toBe(true);
    }
  });
});
