import { describe, expect, it } from 'vitest';
import { alignOutput, lineMatches, mergeExpected, outputMatches, splitLines } from '../../src/verify/match-output.js';

describe('lineMatches', () => {
  it('compares lines exactly, ignoring trailing spaces and tabs', () => {
    expect(lineMatches('Endpoints:', 'Endpoints:      ')).toBe(true);
    expect(lineMatches('a b', 'a  b')).toBe(false);
  });
  it('lets [..] stand for any text within the line', () => {
    expect(lineMatches('myapp-pod   0/1   Init:0/2   0   [..]', 'myapp-pod   0/1   Init:0/2   0   8s')).toBe(true);
    expect(lineMatches('[..]Init[..]', 'x Init y')).toBe(true);
    expect(lineMatches('a[..]b[..]c', 'aXbYc')).toBe(true);
    expect(lineMatches('a[..]b[..]c', 'aXcYb')).toBe(false);
    expect(lineMatches('ab[..]ba', 'aba')).toBe(false);
  });
});

describe('outputMatches', () => {
  it('lets a ... line stand for any number of lines, including none', () => {
    expect(outputMatches(['a', '...', 'z'], ['a', 'z'])).toBe(true);
    expect(outputMatches(['a', '...', 'z'], ['a', 'b', 'c', 'z'])).toBe(true);
    expect(outputMatches(['a', '...'], ['a', 'b'])).toBe(true);
    expect(outputMatches(['...'], [])).toBe(true);
    expect(outputMatches(['a', '...', 'z'], ['a', 'b'])).toBe(false);
  });
  it('requires every line when there are no wildcards', () => {
    expect(outputMatches(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(outputMatches(['a', 'b'], ['a'])).toBe(false);
    expect(outputMatches([], ['a'])).toBe(false);
  });
});

describe('splitLines', () => {
  it('treats one final newline as the end of the last line', () => {
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
    expect(splitLines('')).toEqual([]);
    expect(splitLines('x')).toEqual(['x']);
  });
});

describe('alignOutput', () => {
  it('pairs matching lines and reports the rest as added or deleted', () => {
    expect(alignOutput(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([
      { op: 'same', e: 0, a: 0 },
      { op: 'del', e: 1 },
      { op: 'add', a: 1 },
      { op: 'same', e: 2, a: 2 },
    ]);
  });
  it('lets ... absorb lines up to the next match', () => {
    expect(alignOutput(['a', '...', 'z'], ['a', 'b', 'c', 'z'])).toEqual([
      { op: 'same', e: 0, a: 0 },
      { op: 'elide', e: 1, a0: 1, a1: 3 },
      { op: 'same', e: 2, a: 3 },
    ]);
  });
});

describe('mergeExpected', () => {
  it('keeps recorded lines untouched when they still match', () => {
    expect(mergeExpected(['a', '...'], ['a', 'b', 'c'])).toEqual(['a', '...']);
  });
  it('replaces changed lines and keeps wildcard lines that still match', () => {
    expect(mergeExpected(['pod   [..]', 'old', '...', 'end'], ['pod   5s', 'new', 'x', 'y', 'end'])).toEqual([
      'pod   [..]',
      'new',
      '...',
      'end',
    ]);
  });
  it('writes the captured lines when nothing was recorded', () => {
    expect(mergeExpected([], ['a', 'b'])).toEqual(['a', 'b']);
  });
});
