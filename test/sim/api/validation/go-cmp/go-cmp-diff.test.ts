// The go-cmp reporter port on small Go types of its own: the rules that shape the text.
import { describe, expect, test } from 'vitest';
import { DiffStats } from '../../../../../src/sim/api/validation/go-cmp/diff-stats.js';
import { difference, IDENTITY, MODIFIED, UNIQUE_X, UNIQUE_Y, boolResult } from '../../../../../src/sim/api/validation/go-cmp/edit-script.js';
import { goCmpDiff } from '../../../../../src/sim/api/validation/go-cmp/go-cmp-diff.js';
import type { GoValue } from '../../../../../src/sim/api/validation/go-types/go-type.js';
import { GoTypeResolver } from '../../../../../src/sim/api/validation/go-types/resolve-go-type.js';

const types = new GoTypeResolver({
  core: {
    Box: ['Count int32', 'Name string', 'Items []Inner', 'Tags []string', 'Labels map[string]string', 'Inner *Inner'],
    Inner: ['A string', 'B string', 'C string', 'D string', 'E string'],
  },
});
const BOX = types.resolve('core', 'Box');
const inner = (...v: string[]): string[] => ['A', 'B', 'C', 'D', 'E'].map((_, i) => v[i] ?? '');
const box = (over: Partial<Record<'count' | 'name' | 'items' | 'tags' | 'labels' | 'inner', GoValue>>): GoValue[] => [
  over.count ?? 0,
  over.name ?? 'box',
  over.items ?? null,
  over.tags ?? null,
  over.labels ?? null,
  over.inner ?? null,
];
const lines = (...l: string[]): string => `${l.join('\n')}\n`;

describe('goCmpDiff', () => {
  test('equal values have no report', () => {
    expect(goCmpDiff(BOX, box({ tags: ['a'] }), box({ tags: ['a'] }))).toBe('');
  });

  test('a changed leaf prints - and + lines, keys aligned with their context, the type only at the root', () => {
    expect(goCmpDiff(BOX, box({ count: 1 }), box({ count: 2 }))).toBe(
      lines('  core.Box{', '- \tCount: 1,', '+ \tCount: 2,', '  \tName:  "box",', '  \tItems: nil,', '  \t... // 3 identical fields', '  }'),
    );
  });

  test('an equal struct prints 4 non-zero fields, then an ellipsis', () => {
    const items = [inner('1', '2', '3', '4', '5'), inner('1')];
    const out = goCmpDiff(BOX, box({ items, count: 1 }), box({ items, count: 2 }));
    expect(out).toContain('  \tItems: {{A: "1", B: "2", C: "3", D: "4", ...}, {A: "1"}},\n');
  });

  test('an element inserted in a slice is a + record among its equal neighbours; one equal record is shown, not counted', () => {
    const out = goCmpDiff(BOX, box({ tags: ['a', 'b', 'c'] }), box({ tags: ['a', 'x', 'b', 'c'] }));
    expect(out).toBe(
      lines(
        '  core.Box{',
        '  \tCount: 0,',
        '  \tName:  "box",',
        '  \tItems: nil,',
        '  \tTags: []string{',
        '  \t\t"a",',
        '+ \t\t"x",',
        '  \t\t"b",',
        '  \t\t"c",',
        '  \t},',
        '  \tLabels: nil,',
        '  \tInner:  nil,',
        '  }',
      ),
    );
  });

  test('a slice that only gains its one element prints whole on both sides', () => {
    expect(goCmpDiff(BOX, box({ tags: [] }), box({ tags: ['x'] }))).toContain(lines('- \tTags:   []string{},', '+ \tTags:   []string{"x"},'));
  });

  test('map entries are sorted by key; a changed entry is - and +', () => {
    const x = box({ labels: new Map([['b', '1'], ['a', '1']]) });
    const y = box({ labels: new Map([['a', '1'], ['b', '2']]) });
    expect(goCmpDiff(BOX, x, y)).toContain(lines('  \tLabels: map[string]string{', '  \t\t"a": "1",', '- \t\t"b": "1",', '+ \t\t"b": "2",', '  \t},'));
  });

  test('an equal long string is cut at 64 bytes at verbosity 1', () => {
    const name = 'n'.repeat(100);
    expect(goCmpDiff(BOX, box({ name, count: 1 }), box({ name, count: 2 }))).toContain(`  \tName:  "${'n'.repeat(64)}"...,\n`);
  });

  test('a long removed value is printed on several lines, its simple elements batched up to 80 columns', () => {
    const tags = Array.from({ length: 12 }, (_, i) => `tag-number-${i}`);
    expect(goCmpDiff(BOX, box({ tags }), box({}))).toContain(
      lines(
        '- \tTags: []string{',
        '- \t\t"tag-number-0", "tag-number-1", "tag-number-2", "tag-number-3", "tag-number-4",',
        '- \t\t"tag-number-5", "tag-number-6", "tag-number-7", "tag-number-8", "tag-number-9",',
        '- \t\t"tag-number-10", "tag-number-11",',
        '- \t},',
        '+ \tTags:   nil,',
        '  \tLabels: nil,',
        '  \tInner:  nil,',
      ),
    );
  });
});

describe('edit script', () => {
  test('equal lists are all identities; appended elements are UniqueY', () => {
    const eq = (a: string, b: string) => (ix: number, iy: number) => boolResult(a[ix] === b[iy]);
    expect(difference(3, 3, eq('abc', 'abc'))).toEqual([IDENTITY, IDENTITY, IDENTITY]);
    expect(difference(2, 4, eq('ab', 'abcd'))).toEqual([IDENTITY, IDENTITY, UNIQUE_Y, UNIQUE_Y]);
    expect(difference(3, 2, eq('abc', 'ac'))).toEqual([IDENTITY, UNIQUE_X, IDENTITY]);
  });

  test('a similar pair (as binary comparisons are) is Modified', () => {
    expect(difference(1, 1, () => ({ numSame: 0, numDiff: 1 }))).toEqual([MODIFIED]);
  });
});

describe('diff statistics', () => {
  test('pluralise and join as go-cmp does', () => {
    expect(new DiffStats('field', { ignored: 0, identical: 1, removed: 0, inserted: 0, modified: 0 }).toString()).toBe('1 identical field');
    expect(new DiffStats('entry', { ignored: 0, identical: 2, removed: 0, inserted: 0, modified: 0 }).toString()).toBe('2 identical entries');
    expect(new DiffStats('element', { ignored: 0, identical: 2, removed: 1, inserted: 3, modified: 0 }).toString()).toBe(
      '2 identical, 1 removed, and 3 inserted elements',
    );
  });
});
