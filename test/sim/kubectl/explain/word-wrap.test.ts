// go-wordwrap's WrapString, as kubectl's explain wraps descriptions with it.
import { describe, expect, test } from 'vitest';
import { wrapString } from '../../../../src/sim/kubectl/explain/word-wrap.js';

describe('wrapString (go-wordwrap v1.0.1)', () => {
  test('breaks at the last space before the limit and drops that space', () => {
    expect(wrapString('aaa bbb ccc', 7)).toBe('aaa bbb\nccc');
    expect(wrapString('aaa bbb ccc', 6)).toBe('aaa\nbbb\nccc');
  });

  test('keeps the text own newlines, and blank lines', () => {
    expect(wrapString('one two\n\nthree four', 7)).toBe('one two\n\nthree\nfour');
  });

  test('lets a word longer than the limit overrun it', () => {
    expect(wrapString('see https://example.com/a/very/long/path now', 10)).toBe('see\nhttps://example.com/a/very/long/path\nnow');
  });

  test('counts runes, not bytes, and keeps a non-breaking space inside a word', () => {
    expect(wrapString('é é é', 3)).toBe('é é\né');
    expect(wrapString('a\u00a0b c', 3)).toBe('a\u00a0b\nc');
  });

  test('keeps leading spaces of a line (the enum lists) and drops trailing ones past the limit', () => {
    expect(wrapString(' - `"A"` x', 20)).toBe(' - `"A"` x');
    expect(wrapString('ab   ', 3)).toBe('ab');
  });
});
