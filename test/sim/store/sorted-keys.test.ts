// Keys read in etcd key order while they come and go in any order.
import { describe, expect, it } from 'vitest';
import { byKey, SortedKeys } from '../../../src/sim/store/sorted-keys.js';

describe('SortedKeys', () => {
  it('reads the keys in key order through adds, removes and re-adds between reads', () => {
    const keys = new SortedKeys(['b/2', 'a/1', 'c/3']);
    expect(keys.keys()).toEqual(['a/1', 'b/2', 'c/3']);
    keys.add('b/1');
    keys.remove('a/1');
    keys.add('a/1');
    keys.remove('c/3');
    keys.add('d');
    keys.remove('d');
    expect(keys.keys()).toEqual(['a/1', 'b/1', 'b/2']);
  });

  it('matches a sorted copy of a set after many random changes', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const keys = new SortedKeys([]);
    const truth = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const key = `ns/pod-${rand(300)}`;
      if (truth.has(key)) {
        truth.delete(key);
        keys.remove(key);
      } else {
        truth.add(key);
        keys.add(key);
      }
      if (rand(10) === 0) expect(keys.keys()).toEqual([...truth].sort(byKey));
    }
    expect(keys.keys()).toEqual([...truth].sort(byKey));
  });
});
