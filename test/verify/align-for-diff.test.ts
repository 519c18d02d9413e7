import { describe, expect, it } from 'vitest';
import { alignForDiff } from '../../src/verify/align-for-diff.js';
import { alignOutput } from '../../src/verify/match-output.js';

describe('alignForDiff', () => {
  it('is alignOutput when the table is small enough', () => {
    const e = ['a', '...', 'z', 'q'];
    const a = ['a', 'b', 'z', 'r'];
    expect(alignForDiff(e, a)).toEqual(alignOutput(e, a));
  });

  it('trims matching ends before aligning a big middle', () => {
    const e = ['h1', 'h2', 'old', 't1', 't2'];
    const a = ['h1', 'h2', 'new', 'extra', 't1', 't2'];
    expect(alignForDiff(e, a, 10)).toEqual([
      { op: 'same', e: 0, a: 0 },
      { op: 'same', e: 1, a: 1 },
      { op: 'del', e: 2 },
      { op: 'add', a: 2 },
      { op: 'add', a: 3 },
      { op: 'same', e: 3, a: 4 },
      { op: 'same', e: 4, a: 5 },
    ]);
  });

  it('replaces the whole middle when even the trimmed table is too big', () => {
    const e = ['h', 'x1', 'x2', 'x3', 't'];
    const a = ['h', 'y1', 'x2', 'y3', 't'];
    expect(alignForDiff(e, a, 4)).toEqual([
      { op: 'same', e: 0, a: 0 },
      { op: 'del', e: 1 },
      { op: 'del', e: 2 },
      { op: 'del', e: 3 },
      { op: 'add', a: 1 },
      { op: 'add', a: 2 },
      { op: 'add', a: 3 },
      { op: 'same', e: 4, a: 4 },
    ]);
  });

  it('does not trim through a ... line', () => {
    const e = ['...', 'z'];
    const a = ['a', 'b', 'z'];
    expect(alignForDiff(e, a, 1)[0]).toEqual({ op: 'del', e: 0 });
  });
});
