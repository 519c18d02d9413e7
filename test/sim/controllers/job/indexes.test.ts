// indexed_job_utils_test.go tables: intervals as status.completedIndexes/failedIndexes write
// them, parsing them back (corrupt parts skipped, capped at completions), merging new indexes,
// the first pending indexes, and pod name prefixes.
import { describe, expect, it } from 'vitest';
import {
  completionIndexOf,
  firstPendingIndexes,
  formatIntervals,
  generateNameWithIndex,
  parseIntervals,
  totalIndexes,
  withOrderedIndexes,
} from '../../../../src/sim/controllers/job/indexes.js';
import type { Pod } from '../../../../src/sim/api/types.js';

const iv = (...pairs: Array<[number, number]>) => pairs.map(([first, last]) => ({ first, last }));

describe('intervals', () => {
  it.each([
    [iv(), ''],
    [iv([0, 0]), '0'],
    [iv([0, 1]), '0,1'],
    [iv([0, 2], [4, 4], [6, 7]), '0-2,4,6,7'],
    [iv([3, 10], [12, 12]), '3-10,12'],
  ])('%j prints as %j', (intervals, text) => {
    expect(formatIntervals(intervals)).toBe(text);
  });

  it.each([
    ['', 10, iv()],
    ['0-2,4,6,7', 10, iv([0, 2], [4, 4], [6, 7])],
    ['1-3,5-7,9', 5, iv([1, 3])],
    ['1-3,5-7,9', 7, iv([1, 3], [5, 6])],
    ['0,a,2-x,4', 10, iv([0, 0], [4, 4])],
    ['2-4,5', 10, iv([2, 5])],
  ])('%j with %i completions parses as %j', (text, completions, want) => {
    expect(parseIntervals(text, completions)).toEqual(want);
  });

  it('merges new indexes and counts them', () => {
    const merged = withOrderedIndexes(iv([1, 2], [5, 7]), [0, 3, 8, 10]);
    expect(merged).toEqual(iv([0, 3], [5, 8], [10, 10]));
    expect(totalIndexes(merged)).toBe(9);
    expect(withOrderedIndexes(iv(), [2, 3, 4])).toEqual(iv([2, 4]));
  });
});

describe('firstPendingIndexes', () => {
  it.each([
    ['more wanted than completions', [], iv(), 10, 5, [0, 1, 2, 3, 4]],
    ['fewer wanted than completions', [], iv(), 2, 20, [0, 1]],
    ['first pods active', [0, 1], iv(), 3, 10, [2, 3, 4]],
    ['last pods active or succeeded', [6], iv([4, 5]), 6, 6, [0, 1, 2, 3]],
    ['mixed', [3, 5, 7], iv([2, 2], [8, 9]), 5, 20, [0, 1, 4, 6, 10]],
  ])('%s', (_name, active, done, count, completions, want) => {
    expect(firstPendingIndexes(active as number[], done, count as number, completions as number)).toEqual(want);
  });

  it('passes over indexes still in back-off', () => {
    expect(firstPendingIndexes([], iv(), 3, 6, (ix) => ix === 1)).toEqual([0, 2, 3]);
  });
});

describe('pods', () => {
  const pod = (annotations?: Record<string, string>) => ({ metadata: { name: 'p', ...(annotations ? { annotations } : {}) } }) as unknown as Pod;
  it('reads the completion index annotation, or -1', () => {
    expect(completionIndexOf(pod({ 'batch.kubernetes.io/job-completion-index': '3' }))).toBe(3);
    expect(completionIndexOf(pod({ 'batch.kubernetes.io/job-completion-index': 'x' }))).toBe(-1);
    expect(completionIndexOf(pod({ 'batch.kubernetes.io/job-completion-index': '-2' }))).toBe(-1);
    expect(completionIndexOf(pod())).toBe(-1);
  });

  it('names pods <job>-<index>- and cuts long job names to 58 characters', () => {
    expect(generateNameWithIndex('sample', 3)).toBe('sample-3-');
    const long = 'a'.repeat(60);
    expect(generateNameWithIndex(long, 12)).toBe(`${'a'.repeat(54)}-12-`);
  });
});
