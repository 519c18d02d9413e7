import { describe, expect, it } from 'vitest';
import { tokenizeInfoString } from '../../src/lesson/tokenize-info-string.js';

describe('tokenizeInfoString', () => {
  it('reads flags, bare, quoted and slash-delimited values with their columns', () => {
    expect(tokenizeInfoString(` hidden file=a.yaml until="a \\"b\\" \\\\ c" id='x y' until=/a b\\/c/i`, 10)).toEqual({
      tokens: [
        { key: 'hidden', column: 11 },
        { key: 'file', value: 'a.yaml', style: 'bare', column: 18 },
        { key: 'until', value: 'a "b" \\ c', style: 'double', column: 30 },
        { key: 'id', value: 'x y', style: 'single', column: 51 },
        { key: 'until', value: '/a b\\/c/i', style: 'slashes', column: 60 },
      ],
      problems: [],
    });
  });

  it('keeps backslashes that escape nothing inside double quotes', () => {
    expect(tokenizeInfoString('until="\\d+"', 1).tokens[0]?.value).toBe('\\d+');
  });

  it('reports unterminated quotes and text that is not an attribute, and goes on', () => {
    expect(tokenizeInfoString('=x a="b"c {1,3} ok until="open', 1)).toEqual({
      tokens: [{ key: 'ok', column: 17 }],
      problems: [
        { kind: 'malformed', column: 1, text: '=x' },
        { kind: 'malformed', column: 4, text: 'a="b"c' },
        { kind: 'malformed', column: 11, text: '{1,3}' },
        { kind: 'unterminated-quote', column: 20, text: 'until="open', key: 'until', quote: '"' },
      ],
    });
  });

  it('reads an empty value as empty, for the caller to report', () => {
    expect(tokenizeInfoString('file= id=""', 1).tokens).toEqual([
      { key: 'file', value: '', style: 'bare', column: 1 },
      { key: 'id', value: '', style: 'double', column: 7 },
    ]);
  });
});
