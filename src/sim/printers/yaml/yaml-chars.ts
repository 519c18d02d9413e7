// go-yaml v2's byte-level character classes (yamlprivateh.go), on UTF-8 bytes as the Go emitter
// sees them. Positions past the end read as 0, where Go would index a zero byte.

export type Bytes = Uint8Array;

function at(b: Bytes, i: number): number {
  return i < b.length ? (b[i] as number) : 0;
}

/** The byte width of the UTF-8 character starting with byte b (0 for a continuation byte). */
export function width(b: number): number {
  if ((b & 0x80) === 0x00) return 1;
  if ((b & 0xe0) === 0xc0) return 2;
  if ((b & 0xf0) === 0xe0) return 3;
  if ((b & 0xf8) === 0xf0) return 4;
  return 0;
}

/** is_printable: what YAML may hold unescaped (tab is not printable; neither are 4-byte characters). */
export function isPrintable(b: Bytes, i: number): boolean {
  const c = at(b, i);
  const c1 = at(b, i + 1);
  const c2 = at(b, i + 2);
  return (
    c === 0x0a ||
    (c >= 0x20 && c <= 0x7e) ||
    (c === 0xc2 && c1 >= 0xa0) ||
    (c > 0xc2 && c < 0xed) ||
    (c === 0xed && c1 < 0xa0) ||
    c === 0xee ||
    (c === 0xef && !(c1 === 0xbb && c2 === 0xbf) && !(c1 === 0xbf && (c2 === 0xbe || c2 === 0xbf)))
  );
}

export function isAscii(b: Bytes, i: number): boolean {
  return at(b, i) <= 0x7f;
}

export function isSpace(b: Bytes, i: number): boolean {
  return at(b, i) === 0x20;
}

export function isBlank(b: Bytes, i: number): boolean {
  const c = at(b, i);
  return c === 0x20 || c === 0x09;
}

/** is_break: CR, LF, NEL (C2 85), LS (E2 80 A8) and PS (E2 80 A9). */
export function isBreak(b: Bytes, i: number): boolean {
  const c = at(b, i);
  return (
    c === 0x0d ||
    c === 0x0a ||
    (c === 0xc2 && at(b, i + 1) === 0x85) ||
    (c === 0xe2 && at(b, i + 1) === 0x80 && (at(b, i + 2) === 0xa8 || at(b, i + 2) === 0xa9))
  );
}

export function isBreakz(b: Bytes, i: number): boolean {
  return isBreak(b, i) || at(b, i) === 0;
}

export function isBlankz(b: Bytes, i: number): boolean {
  return isBlank(b, i) || isBreakz(b, i);
}

export function isBom(b: Bytes, i: number): boolean {
  return at(b, i) === 0xef && at(b, i + 1) === 0xbb && at(b, i + 2) === 0xbf;
}
