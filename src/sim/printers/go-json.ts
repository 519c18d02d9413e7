// Go's encoding/json as kubectl uses it on decoded (unstructured) objects: map keys sorted in byte
// order, `<`, `>`, `&`, U+2028 and U+2029 escaped, integers without a fraction, and
// MarshalIndent's layout (empty objects and arrays stay `{}` and `[]`).
import { compareGoStrings } from '../core/text/go-strings.js';

const HEX = '0123456789abcdef';

/** A JSON string literal exactly as Go's encoder writes it (HTML-safe). */
export function goJsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      switch (c) {
        case 0x22:
          out += '\\"';
          continue;
        case 0x5c:
          out += '\\\\';
          continue;
        case 0x08:
          out += '\\b';
          continue;
        case 0x0c:
          out += '\\f';
          continue;
        case 0x0a:
          out += '\\n';
          continue;
        case 0x0d:
          out += '\\r';
          continue;
        case 0x09:
          out += '\\t';
          continue;
      }
      if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26) {
        out += `\\u00${HEX[c >> 4]}${HEX[c & 0xf]}`;
        continue;
      }
      out += String.fromCharCode(c);
      continue;
    }
    if (c === 0x2028 || c === 0x2029) {
      out += `\\u202${HEX[c & 0xf]}`;
      continue;
    }
    // A lone surrogate is invalid UTF-8 to Go, which writes the replacement character escaped.
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += s.slice(i, i + 2);
        i++;
        continue;
      }
      out += '\\ufffd';
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      out += '\\ufffd';
      continue;
    }
    out += String.fromCharCode(c);
  }
  return `${out}"`;
}

/** A JSON number as Go writes an int64 (integral values) or float64 (others). */
export function goJsonNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`json: unsupported value: ${n}`);
  if (Object.is(n, -0)) return '-0';
  if (Number.isInteger(n) && Math.abs(n) < 2 ** 63) return String(BigInt(n));
  return String(n);
}

function encode(value: unknown, indent: string | undefined, depth: number, sortKeys = true): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return goJsonString(value);
  if (typeof value === 'number') return goJsonNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const nl = indent === undefined ? '' : `\n${indent.repeat(depth + 1)}`;
  const close = indent === undefined ? '' : `\n${indent.repeat(depth)}`;
  const colon = indent === undefined ? ':' : ': ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${value.map((v) => nl + encode(v, indent, depth + 1, sortKeys)).join(',')}${close}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    if (sortKeys) entries.sort(([a], [b]) => compareGoStrings(a, b));
    return `{${entries.map(([k, v]) => `${nl}${goJsonString(k)}${colon}${encode(v, indent, depth + 1, sortKeys)}`).join(',')}${close}}`;
  }
  throw new Error(`json: unsupported type: ${typeof value}`);
}

/** json.Marshal of a decoded JSON value (compact). */
export function marshalGoJson(value: unknown): string {
  return encode(value, undefined, 0);
}

/** json.MarshalIndent(value, "", indent). */
export function marshalGoJsonIndent(value: unknown, indent = '    '): string {
  return encode(value, indent, 0);
}

/** json.MarshalIndent of a typed Go value whose keys are already in encoding/json's order (see inStructOrder). */
export function marshalOrderedJsonIndent(value: unknown, indent = '    '): string {
  return encode(value, indent, 0, false);
}
