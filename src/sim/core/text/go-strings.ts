// Go string semantics the printers depend on: byte-wise ordering (sort.Strings, map keys in
// encoding/json and fmt) and UTF-8 byte lengths (len(s) in Go counts bytes, not characters).
import { decodeUtf8, encodeUtf8 } from './utf8.js';

/** Compares two strings in UTF-8 byte order (Go's `a < b`), returning -1, 0 or 1. */
export function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca === cb) continue;
    // Surrogates (U+D800..DFFF) encode code points above U+FFFF, which sort after U+E000..FFFF in UTF-8.
    const sa = ca >= 0xd800 && ca <= 0xdfff;
    const sb = cb >= 0xd800 && cb <= 0xdfff;
    if (sa !== sb && (ca >= 0xe000 || cb >= 0xe000)) return sa ? 1 : -1;
    return ca < cb ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** Sorts strings the way Go's sort.Strings does (a copy; the input is untouched). */
export function sortGoStrings(values: Iterable<string>): string[] {
  return [...values].sort(compareGoStrings);
}

/** The length of a string in UTF-8 bytes (Go's `len(s)`). */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Go's `s[:n]` on a string: the first n UTF-8 bytes (a split character becomes U+FFFD, as it would print). */
export function utf8Prefix(s: string, n: number): string {
  const bytes = encodeUtf8(s);
  if (bytes.length <= n) return s;
  return decodeUtf8(bytes.subarray(0, n));
}

/** The number of characters (runes) in a string, as utf8.RuneCountInString counts them. */
export function runeCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

// unicode.IsSpace: ASCII white space, U+0085, U+00A0 and the Unicode Zs/Zl/Zp spaces.
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** Go's strings.TrimSpace (which, unlike String.prototype.trim, keeps U+FEFF and trims U+0085). */
export function goTrimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && GO_SPACE.test(s[start] as string)) start++;
  while (end > start && GO_SPACE.test(s[end - 1] as string)) end--;
  return s.slice(start, end);
}
