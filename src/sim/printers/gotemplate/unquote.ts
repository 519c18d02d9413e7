// strconv.Unquote and UnquoteChar for template string and character literals.
import { decodeUtf8Lenient, encodeUtf8 } from '../../core/text/utf8.js';

export class UnquoteError extends Error {
  override readonly name = 'UnquoteError';
  constructor() {
    super('invalid syntax');
  }
}

const SIMPLE: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

/** Reads one (possibly escaped) character at s[i]; returns its bytes and the next index. */
function unquoteChar(s: string, i: number, quote: string): { bytes: number[]; next: number } {
  const c = s[i]!;
  if (c === quote && (quote === "'" || quote === '"')) throw new UnquoteError();
  if (c !== '\\') {
    const cp = s.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    return { bytes: [...encodeUtf8(ch)], next: i + ch.length };
  }
  const e = s[i + 1];
  if (e === undefined) throw new UnquoteError();
  if (SIMPLE[e] !== undefined) return { bytes: [SIMPLE[e]], next: i + 2 };
  if (e === "'" || e === '"') {
    if (e !== quote) throw new UnquoteError();
    return { bytes: [e.charCodeAt(0)], next: i + 2 };
  }
  if (e === 'x' || e === 'u' || e === 'U') {
    const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
    const hex = s.slice(i + 2, i + 2 + n);
    if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex)) throw new UnquoteError();
    const v = parseInt(hex, 16);
    if (e === 'x') return { bytes: [v], next: i + 2 + n };
    if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) throw new UnquoteError();
    return { bytes: [...encodeUtf8(String.fromCodePoint(v))], next: i + 2 + n };
  }
  if (e >= '0' && e <= '7') {
    const oct = s.slice(i + 1, i + 4);
    if (!/^[0-7]{3}$/.test(oct)) throw new UnquoteError();
    const v = parseInt(oct, 8);
    if (v > 255) throw new UnquoteError();
    return { bytes: [v], next: i + 4 };
  }
  throw new UnquoteError();
}

/** strconv.Unquote of a "..." or `...` literal. */
export function goUnquote(q: string): string {
  const quote = q[0];
  if (q.length < 2 || q[q.length - 1] !== quote) throw new UnquoteError();
  const body = q.slice(1, -1);
  if (quote === '`') {
    if (body.includes('`')) throw new UnquoteError();
    return body.replace(/\r/g, '');
  }
  if (quote !== '"') throw new UnquoteError();
  if (body.includes('\n')) throw new UnquoteError();
  const bytes: number[] = [];
  for (let i = 0; i < body.length; ) {
    const r = unquoteChar(body, i, '"');
    bytes.push(...r.bytes);
    i = r.next;
  }
  return decodeUtf8Lenient(bytes);
}

/** The rune of a character constant `'a'`, `'\n'`; throws with Go's message when malformed. */
export function goUnquoteCharConstant(text: string): number {
  const body = text.slice(1);
  const r = unquoteChar(body, 0, "'");
  if (body.slice(r.next) !== "'") throw new Error(`malformed character constant: ${text}`);
  const decoded = decodeUtf8Lenient(r.bytes);
  return r.bytes.length === 1 ? r.bytes[0]! : decoded.codePointAt(0)!;
}
