import { describe, expect, it } from 'vitest';
import { Buffer as Shim } from '../../src/playground/shims/buffer.js';

describe("the browser bundle's Buffer shim", () => {
  const texts = ['', 'abc', 'héllo wörld', '日本語', '😀 x'];

  it('converts UTF-8 and counts bytes as Node does', () => {
    for (const text of texts) {
      expect([...Shim.from(text, 'utf8')]).toEqual([...Buffer.from(text, 'utf8')]);
      expect(Shim.byteLength(text)).toBe(Buffer.byteLength(text));
      expect(Shim.from([...Buffer.from(text)]).toString('utf8')).toBe(text);
      expect(String(Shim.from(text).subarray(0, 2))).toBe(Buffer.from(text).subarray(0, 2).toString('utf8'));
    }
  });

  it('decodes base64 and Latin-1, and compares as Node does', () => {
    for (const text of texts) {
      const b64 = Buffer.from(text).toString('base64');
      expect(Shim.from(b64, 'base64').toString('utf8')).toBe(text);
      expect(Shim.from(b64, 'base64').toString('latin1')).toBe(Buffer.from(b64, 'base64').toString('latin1'));
    }
    expect(Shim.compare(Shim.from('ab'), Shim.from('b'))).toBe(Buffer.compare(Buffer.from('ab'), Buffer.from('b')));
    expect(Shim.compare(Shim.from('b'), Shim.from('b'))).toBe(0);
    expect(Shim.compare(Shim.from('bc'), Shim.from('b'))).toBe(1);
  });
});
