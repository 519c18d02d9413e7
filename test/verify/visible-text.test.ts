import { describe, expect, it } from 'vitest';
import { differOnlyInWhitespace, showControls, showWhitespace } from '../../src/verify/visible-text.js';

describe('showControls', () => {
  it('pictures control characters but keeps tabs and ordinary text', () => {
    expect(showControls('a\tb\x1b[0m\x00\x7f')).toBe('a\tb␛[0m␀␡');
    expect(showControls('plain <text> & "quotes"')).toBe('plain <text> & "quotes"');
  });
});

describe('showWhitespace', () => {
  it('renders spaces, tabs, carriage returns and other invisible characters', () => {
    expect(showWhitespace('a b\tc\r\u200b')).toBe('a·b→c␍<U+200B>');
  });
});

describe('differOnlyInWhitespace', () => {
  it('is true only for different lines with the same visible characters', () => {
    expect(differOnlyInWhitespace('a  b', 'a\tb')).toBe(true);
    expect(differOnlyInWhitespace('done\r', 'done')).toBe(true);
    expect(differOnlyInWhitespace('a b', 'a b')).toBe(false);
    expect(differOnlyInWhitespace('a b', 'a c')).toBe(false);
  });
});
