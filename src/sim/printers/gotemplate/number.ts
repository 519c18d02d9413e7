// A template number literal as parse.NewNumber reads it (text/template/parse/node.go): which of
// int, uint, float and complex it can be, with strconv's base-prefix and underscore rules.
import { goQuote } from '../../api/schema/go-quote.js';
import type { NumberValue } from './nodes.js';
import { goUnquoteCharConstant } from './unquote.js';

const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/** strconv.ParseInt/ParseUint with base 0: the value, or undefined when it does not parse. */
function parseGoInteger(text: string): bigint | undefined {
  let s = text;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let base = 10;
  let digits = s;
  let prefixed = false;
  if (/^0[xX]/.test(s)) [base, digits, prefixed] = [16, s.slice(2), true];
  else if (/^0[oO]/.test(s)) [base, digits, prefixed] = [8, s.slice(2), true];
  else if (/^0[bB]/.test(s)) [base, digits, prefixed] = [2, s.slice(2), true];
  else if (/^0./.test(s)) [base, digits, prefixed] = [8, s.slice(1), true];
  // Underscores only between digits (or after a base prefix).
  if (digits.includes('_')) {
    // strconv's underscoreOK: underscores only between digits, a base prefix counting as one.
    if (/^_|_$|__/.test((prefixed ? '0' : '') + digits)) return undefined;
    digits = digits.replace(/_/g, '');
  }
  if (digits === '') return undefined;
  const valid = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ }[base as 2 | 8 | 10 | 16];
  if (!valid.test(digits)) return undefined;
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : '';
  const v = BigInt(prefix + digits);
  return neg ? -v : v;
}

/** strconv.ParseFloat(text, 64) for the literal forms the lexer lets through. */
function parseGoFloat(text: string): number | undefined {
  const s = text.replace(/_/g, '');
  if (/^[+-]?0[xX]/.test(s)) {
    const m = s.match(/^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/);
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
    const mant = parseInt((m[2] || '0') + (m[3] ?? ''), 16) / 16 ** (m[3] ?? '').length;
    const v = mant * 2 ** Number(m[4]);
    return m[1] === '-' ? -v : v;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
}

/** parse.NewNumber: a NumberValue, or throws an Error with Go's message. */
export function newNumber(text: string, typ: 'number' | 'charConstant' | 'complex'): NumberValue {
  const n: NumberValue = { text, isInt: false, isUint: false, isFloat: false, isComplex: false, int: 0, uint: 0, float: 0, complex: [0, 0] };
  if (typ === 'charConstant') {
    const r = goUnquoteCharConstant(text);
    return { ...n, isInt: true, int: r, isUint: true, uint: r, isFloat: true, float: r };
  }
  if (typ === 'complex') {
    const m = text.match(/^([+-]?[^+-]+(?:[eEpP][+-]?\d+)?)([+-].*)i$/);
    const re = m ? parseGoFloat(m[1]!) : undefined;
    const im = m ? parseGoFloat(m[2]!) : undefined;
    if (re === undefined || im === undefined) throw new Error(`strconv.ParseComplex: parsing ${goQuote(text)}: invalid syntax`);
    return simplifyComplex({ ...n, isComplex: true, complex: [re, im] });
  }
  if (text.endsWith('i')) {
    const f = parseGoFloat(text.slice(0, -1)) ?? (parseGoInteger(text.slice(0, -1)) !== undefined ? Number(parseGoInteger(text.slice(0, -1))) : undefined);
    if (f !== undefined) return simplifyComplex({ ...n, isComplex: true, complex: [0, f] });
  }
  const big = parseGoInteger(text);
  if (big !== undefined && big >= 0n && big <= UINT64_MAX) {
    n.isUint = true;
    n.uint = Number(big);
  }
  if (big !== undefined && big >= INT64_MIN && big <= INT64_MAX) {
    n.isInt = true;
    n.int = Number(big);
    if (big === 0n) {
      n.isUint = true;
      n.uint = 0;
    }
  }
  if (n.isInt) {
    n.isFloat = true;
    n.float = n.int;
  } else if (n.isUint) {
    n.isFloat = true;
    n.float = n.uint;
  } else {
    const f = parseGoFloat(text);
    if (f !== undefined) {
      if (!/[.eEpP]/.test(text)) throw new Error(`integer overflow: ${goQuote(text)}`);
      n.isFloat = true;
      n.float = f;
      if (Number.isInteger(f) && Math.abs(f) < 2 ** 63) {
        n.isInt = true;
        n.int = f;
      }
      if (Number.isInteger(f) && f >= 0 && f < 2 ** 64) {
        n.isUint = true;
        n.uint = f;
      }
    }
  }
  if (!n.isInt && !n.isUint && !n.isFloat) throw new Error(`illegal number syntax: ${goQuote(text)}`);
  return n;
}

/** A complex constant with no imaginary part also counts as a float (and maybe an int). */
function simplifyComplex(n: NumberValue): NumberValue {
  if (n.complex[1] !== 0) return n;
  const f = n.complex[0];
  const out = { ...n, isFloat: true, float: f };
  if (Number.isInteger(f) && Math.abs(f) < 2 ** 63) Object.assign(out, { isInt: true, int: f });
  if (Number.isInteger(f) && f >= 0 && f < 2 ** 64) Object.assign(out, { isUint: true, uint: f });
  return out;
}
