import { describe, expect, it } from 'vitest';
import { goSortSlice } from '../../../src/sim/printers/go-sort.js';

type Item = { label: string; key: number };

function items(keys: number[]): Item[] {
  return keys.map((key, i) => ({ label: String.fromCharCode(97 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : ''), key }));
}

function order(keys: number[]): string {
  return goSortSlice(items(keys), (a, b) => a.key < b.key)
    .map((x) => x.label)
    .join('');
}

describe('goSort (Go 1.23 sort.Sort)', () => {
  it('is an insertion sort, hence stable, for 12 elements or fewer', () => {
    expect(order([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe('bcdefghijkla');
    expect(order([2, 1, 2, 1, 0])).toBe('ebdac');
  });

  it('leaves 13 or more equal elements in place (the partial insertion sort finds them sorted)', () => {
    expect(order(Array.from({ length: 20 }, () => 7))).toBe('abcdefghijklmnopqrst');
  });

  it('moves the pivot of the first partition to the front when the other 12 elements tie', () => {
    // Traced by hand through pdqsort: pivot = median of indexes 3, 6, 9 = 6 ("g"); partition swaps
    // it to the front and puts nothing left of it; insertion sort then orders the remaining 12 stably.
    expect(order([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe('gbcdefhijklma');
  });

  it('sorts correctly whatever the input pattern and size', () => {
    let seed = 12345;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (const n of [13, 20, 49, 50, 64, 200, 1000]) {
      const patterns = [
        Array.from({ length: n }, () => rand() % 1000),
        Array.from({ length: n }, (_, i) => n - i),
        Array.from({ length: n }, (_, i) => (i < n / 2 ? i : n - i)),
        Array.from({ length: n }, () => rand() % 3),
        Array.from({ length: n }, (_, i) => (i % 7 === 0 ? -i : i)),
      ];
      for (const keys of patterns) {
        const sorted = goSortSlice(items(keys), (a, b) => a.key < b.key).map((x) => x.key);
        expect(sorted).toEqual([...keys].sort((a, b) => a - b));
      }
    }
  });
});
