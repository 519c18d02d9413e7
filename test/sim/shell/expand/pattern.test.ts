// Shell patterns on their own: classes, brackets, escapes, prefix/suffix removal, replacement.
import { describe, expect, test } from 'vitest';
import { hasGlob, matchPattern, replacePattern, trimPattern } from '../../../../src/sim/shell/expand/pattern.js';

describe('patterns', () => {
  test.each([
    ['*.yaml', 'pod.yaml', true],
    ['*.yaml', 'pod.yml', false],
    ['?', 'ab', false],
    ['[abc]x', 'bx', true],
    ['[!abc]x', 'bx', false],
    ['[^a-c]x', 'dx', true],
    ['[[:digit:]][[:upper:]]', '7Q', true],
    ['[]]', ']', true],
    ['a\\*', 'a*', true],
    ['a\\*', 'ab', false],
    ['[a', '[a', true],
    ['*', 'multi\nline', true],
  ])('%s against %j is %s', (pat, s, result) => {
    expect(matchPattern(pat, s)).toBe(result);
  });

  test('hasGlob ignores escaped characters and unclosed brackets', () => {
    expect(hasGlob('a\\*b')).toBe(false);
    expect(hasGlob('[a')).toBe(false);
    expect(hasGlob('x[ab]')).toBe(true);
  });

  test('trimPattern removes the shortest or longest prefix or suffix', () => {
    expect(trimPattern('a/b/c', '*/', '#')).toBe('b/c');
    expect(trimPattern('a/b/c', '*/', '##')).toBe('c');
    expect(trimPattern('x.tar.gz', '.*', '%')).toBe('x.tar');
    expect(trimPattern('x.tar.gz', '.*', '%%')).toBe('x');
    expect(trimPattern('abc', 'z*', '#')).toBe('abc');
  });

  test('replacePattern replaces the longest leftmost match, once or everywhere', () => {
    expect(replacePattern('aXbXc', 'X', '-', '/')).toBe('a-bXc');
    expect(replacePattern('aXbXc', 'X', '-', '//')).toBe('a-b-c');
    expect(replacePattern('abcabc', 'b*', '', '/')).toBe('a');
    expect(replacePattern('abc', 'a', 'A', '/#')).toBe('Abc');
    expect(replacePattern('abc', 'c', 'C', '/%')).toBe('abC');
    expect(replacePattern('abc', 'x', 'y', '//')).toBe('abc');
  });
});
