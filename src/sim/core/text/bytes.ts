// Bytes in a text world. Files, pipes and arguments are JS strings; text is their UTF-8 encoding.
// A byte that is not part of valid UTF-8 (what `/dev/urandom`, `printf '\377'` or `base64 -d`
// produce) is kept as the lone surrogate U+DC80..U+DCFF, as Python's "surrogateescape" does, so
// that such data survives a round trip through a string and counts as one byte (`wc -c`, `stat`).

const ESCAPE_BASE = 0xdc00;

/** The character that stands for one byte: ASCII as itself, 0x80..0xFF escaped. */
export function byteChar(b: number): string {
  return b < 0x80 ? String.fromCharCode(b) : String.fromCharCode(ESCAPE_BASE + b);
}

/** True for a char code that stands for a raw byte (U+DC80..U+DCFF, never paired). */
export function isEscapedByte(code: number): boolean {
  return code >= 0xdc80 && code <= 0xdcff;
}

/** The bytes a string stands for: UTF-8, with escaped bytes as themselves. */
export function encodeBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) out[n++] = c;
    else if (isEscapedByte(c)) out[n++] = c - ESCAPE_BASE;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    } else {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return out.subarray(0, n);
}

/** The string for some bytes: valid UTF-8 as text, every other byte escaped. */
export function decodeBytes(bytes: Uint8Array): string {
  let out = '';
  let chunk: number[] = [];
  const flush = () => {
    out += String.fromCharCode(...chunk);
    chunk = [];
  };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    const cp = len > 1 ? codePoint(bytes, i, len) : len === 1 ? b : undefined;
    if (cp === undefined) {
      chunk.push(ESCAPE_BASE + b);
      i++;
    } else {
      if (cp >= 0x10000) chunk.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
      else chunk.push(cp);
      i += len;
    }
    if (chunk.length > 8192) flush();
  }
  flush();
  return out;
}

/** The code point of a `len`-byte sequence at `i`, or undefined when it is not valid UTF-8. */
function codePoint(bytes: Uint8Array, i: number, len: number): number | undefined {
  if (i + len > bytes.length) return undefined;
  let cp = (bytes[i] as number) & (0xff >> (len + 1));
  for (let k = 1; k < len; k++) {
    const c = bytes[i + k] as number;
    if ((c & 0xc0) !== 0x80) return undefined;
    cp = (cp << 6) | (c & 63);
  }
  const min = len === 2 ? 0x80 : len === 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return cp;
}

/** Re-reads escaped bytes that together form UTF-8 (`printf '\303\251'` is `é`). */
export function normalizeBytes(text: string): string {
  for (let i = 0; i < text.length; i++) if (isEscapedByte(text.charCodeAt(i))) return decodeBytes(encodeBytes(text));
  return text;
}
