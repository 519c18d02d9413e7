// Go's base64.StdEncoding.Decode, reduced to its verdict: encoding/json decodes a string into a
// []byte field (Secret.data, ConfigMap.binaryData) with it, and reports its CorruptInputError:
// `illegal base64 data at input byte 4`. The offset rules follow decodeQuantum (encoding/base64).
import { encodeUtf8 } from '../../core/text/utf8.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALID = new Set([...ALPHABET].map((c) => c.charCodeAt(0)));
const PAD = 0x3d; // '='
const isNewline = (b: number | undefined): boolean => b === 0x0a || b === 0x0d;

/** One 4-character quantum from `si`: the next offset, or the offset Go reports as corrupt. */
function quantum(src: Uint8Array, start: number): { next: number; end?: boolean } | { corrupt: number } {
  let si = start;
  for (let j = 0; j < 4; j++) {
    if (si === src.length) return j === 0 ? { next: si, end: true } : { corrupt: si - j };
    const c = src[si]!;
    si++;
    if (VALID.has(c)) continue;
    if (isNewline(c)) {
      j--;
      continue;
    }
    if (c !== PAD || j < 2) return { corrupt: si - 1 };
    if (j === 2) {
      // "==" is expected; the first "=" is consumed.
      while (si < src.length && isNewline(src[si])) si++;
      if (si === src.length) return { corrupt: src.length };
      if (src[si] !== PAD) return { corrupt: si - 1 };
      si++;
    }
    while (si < src.length && isNewline(src[si])) si++;
    return si < src.length ? { corrupt: si } : { next: si, end: true };
  }
  return { next: si };
}

/** Go's error for base64-decoding `s` (StdEncoding), or undefined when it decodes. */
export function base64Error(s: string): string | undefined {
  const src = encodeUtf8(s);
  let si = 0;
  while (si < src.length) {
    const q = quantum(src, si);
    if ('corrupt' in q) return `illegal base64 data at input byte ${q.corrupt}`;
    if (q.end) return undefined;
    si = q.next;
  }
  return undefined;
}
