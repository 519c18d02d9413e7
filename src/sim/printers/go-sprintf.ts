// Go's fmt (print.go, format.go) on template values: Sprint, Sprintln, Sprintf with verbs, flags,
// width and precision, and fmt's own texts for a bad verb, a missing or an extra argument.
import { compareGoStrings } from '../core/text/go-strings.js';
import { goQuote } from '../api/schema/go-quote.js';
import { formatGoFloat } from './format-go-value.js';
import { concreteTypeName, fromJson, type GoValue } from './go-value.js';
import { encodeUtf8 } from '../core/text/utf8.js';

interface Flags {
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width?: number;
  prec?: number;
  /** %+v and %#v. */
  plusV: boolean;
  sharpV: boolean;
}

const NO_FLAGS: Flags = { plus: false, minus: false, sharp: false, space: false, zero: false, plusV: false, sharpV: false };

function isNilArg(a: GoValue): boolean {
  return a.k === 'nil' || a.k === 'invalid';
}

function pad(s: string, f: Flags, zeroOk = false): string {
  const n = [...s].length;
  if (f.width === undefined || n >= f.width) return s;
  const fill = f.width - n;
  if (f.minus) return s + ' '.repeat(fill);
  if (f.zero && zeroOk) {
    const sign = /^[+\- ]/.test(s) ? s[0]! : '';
    return sign + '0'.repeat(fill) + s.slice(sign.length);
  }
  return ' '.repeat(fill) + s;
}

function quoteRune(cp: number): string {
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
  const ch = String.fromCodePoint(cp);
  if (ch === "'") return "'\\''";
  if (ch === '"') return `'"'`;
  const q = goQuote(ch);
  return `'${q.slice(1, -1)}'`;
}

function fmtInteger(n: number, verb: string, f: Flags, signed: boolean): string {
  const neg = n < 0;
  const abs = BigInt(Math.abs(n));
  let digits: string;
  let prefix = '';
  switch (verb) {
    case 'b':
      digits = abs.toString(2);
      if (f.sharp) prefix = '0b';
      break;
    case 'o':
    case 'O':
      digits = abs.toString(8);
      if (verb === 'O') prefix = '0o';
      else if (f.sharp && digits !== '0') prefix = '0';
      break;
    case 'x':
      digits = abs.toString(16);
      if (f.sharp) prefix = '0x';
      break;
    case 'X':
      digits = abs.toString(16).toUpperCase();
      if (f.sharp) prefix = '0X';
      break;
    case 'c':
      return pad(String.fromCodePoint(n >= 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? n : 0xfffd), f);
    case 'q':
      return pad(quoteRune(n), f);
    case 'U': {
      let s = `U+${abs.toString(16).toUpperCase().padStart(f.prec ?? 4, '0')}`;
      if (f.sharp && n >= 0 && n <= 0x10ffff && /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(String.fromCodePoint(n))) s += ` '${String.fromCodePoint(n)}'`;
      return pad(s, f);
    }
    default:
      digits = abs.toString(10);
  }
  if (f.prec !== undefined) {
    if (f.prec === 0 && n === 0) digits = '';
    digits = digits.padStart(f.prec, '0');
  }
  let sign = neg ? '-' : f.plus && signed ? '+' : f.space && signed ? ' ' : '';
  if (!signed && f.plus) sign = '+';
  const body = sign + prefix + digits;
  if (f.zero && !f.minus && f.prec === undefined && f.width !== undefined && body.length < f.width) {
    return sign + prefix + '0'.repeat(f.width - body.length) + digits;
  }
  return pad(body, f);
}

function expForm(s: string): string {
  // JavaScript writes e+0, Go at least two exponent digits.
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

function fmtFloat(x: number, verb: string, f: Flags): string {
  let s: string;
  if (!Number.isFinite(x)) {
    s = Number.isNaN(x) ? 'NaN' : x > 0 ? (f.plus ? '+Inf' : f.space ? ' Inf' : '+Inf') : '-Inf';
    if (x > 0 && !f.plus) s = f.space ? ' Inf' : '+Inf';
    return pad(s, { ...f, zero: false });
  }
  const prec = f.prec;
  switch (verb) {
    case 'v':
    case 'g':
    case 'G':
      if (prec === undefined) s = formatGoFloat(x);
      else {
        const p = prec === 0 ? 1 : prec;
        const e = x === 0 ? 0 : Math.floor(Math.log10(Math.abs(Number(x.toPrecision(p)))));
        if (e < -4 || e >= p) s = expForm(Number(x.toExponential(p - 1)).toExponential());
        else s = String(Number(x.toPrecision(p)));
        if (f.sharp) s = e < -4 || e >= p ? expForm(x.toExponential(p - 1)) : x.toPrecision(p);
      }
      if (verb === 'G') s = s.toUpperCase();
      break;
    case 'e':
    case 'E':
      s = expForm(x.toExponential(prec ?? 6));
      if (verb === 'E') s = s.toUpperCase();
      break;
    case 'f':
    case 'F':
      s = x.toFixed(prec ?? 6);
      if (Object.is(x, -0) || (x < 0 && /^-?[0.]+$/.test(s) === false && s[0] !== '-')) s = `-${s}`;
      break;
    default:
      s = formatGoFloat(x);
  }
  if (Object.is(x, -0) && s[0] !== '-') s = `-${s}`;
  if (s[0] !== '-' && s[0] !== '+') {
    if (f.plus) s = `+${s}`;
    else if (f.space) s = ` ${s}`;
  }
  return pad(s, f, true);
}

function fmtString(s: string, verb: string, f: Flags): string {
  if (f.prec !== undefined && (verb === 's' || verb === 'v' || verb === 'q')) s = [...s].slice(0, f.prec).join('');
  switch (verb) {
    case 'q':
      if (f.sharp && !/[`\u0000-\u0008\u000a-\u001f\u007f\ufeff]/.test(s)) return pad(`\`${s}\``, f);
      if (f.plus) return pad(goQuote(s).replace(/[^\x00-\x7f]/gu, (c) => { const cp = c.codePointAt(0)!; return cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`; }), f);
      return pad(goQuote(s), f);
    case 'x':
    case 'X': {
      const bytes = [...encodeUtf8(s)].slice(0, f.prec ?? Infinity);
      let hex = bytes.map((b) => (f.sharp ? (verb === 'x' ? '0x' : '0X') : '') + b.toString(16).padStart(2, '0')).join(f.space ? ' ' : '');
      if (f.sharp && !f.space && bytes.length > 0) hex = (verb === 'x' ? '0x' : '0X') + bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
      return pad(verb === 'X' ? hex.toUpperCase() : hex, f);
    }
    default:
      return pad(s, f);
  }
}

function sortedKeys(m: Record<string, unknown>): string[] {
  return Object.keys(m).sort(compareGoStrings);
}

/** %!verb(type=value): fmt's text for a verb that does not fit the value. */
function badVerb(verb: string, a: GoValue): string {
  if (isNilArg(a)) return `%!${verb}(<nil>)`;
  return `%!${verb}(${concreteTypeName(a)}=${printArg(a, 'v', NO_FLAGS, 0)})`;
}

/** fmt's printValue/printArg for one value. */
function printArg(a: GoValue, verb: string, f: Flags, depth: number): string {
  if (isNilArg(a)) {
    // A nil inside a map or slice prints as <nil> whatever the verb (fmt's printValue).
    if (depth > 0) return pad(f.sharpV ? 'interface {}(nil)' : '<nil>', f);
    if (verb === 'T' || verb === 'v') return pad('<nil>', f);
    return badVerb(verb, a);
  }
  if (verb === 'T') return pad(concreteTypeName(a), f);
  switch (a.k) {
    case 'bool':
      if (verb === 't' || verb === 'v') return pad(a.v ? 'true' : 'false', f);
      return badVerb(verb, a);
    case 'int':
    case 'int64':
    case 'uint8':
      if (verb === 'v') return f.sharpV && a.k === 'uint8' ? `0x${(a.v as number).toString(16)}` : fmtInteger(a.v as number, 'd', f, a.k !== 'uint8');
      if ('bcdoOqxXU'.includes(verb)) return fmtInteger(a.v as number, verb, f, a.k !== 'uint8');
      return badVerb(verb, a);
    case 'float64':
      if ('vbgGxXfFeE'.includes(verb)) return fmtFloat(a.v as number, verb, f);
      return badVerb(verb, a);
    case 'complex128': {
      if (!'vbgGxXfFeE'.includes(verb)) return badVerb(verb, a);
      const [re, im] = a.v as [number, number];
      const imS = fmtFloat(im, verb, { ...f, plus: true, width: undefined });
      return pad(`(${fmtFloat(re, verb, { ...f, width: undefined })}${imS}i)`, f);
    }
    case 'string':
      if (f.sharpV) return goQuote(a.v as string);
      if ('vsqxX'.includes(verb)) return fmtString(a.v as string, verb, f);
      return badVerb(verb, a);
    case 'map': {
      const m = a.v as Record<string, unknown>;
      if (f.sharpV) {
        return `map[string]interface {}{${sortedKeys(m)
          .map((k) => `${goQuote(k)}:${printArg(fromJson(m[k]), verb, f, depth + 1)}`)
          .join(', ')}}`;
      }
      return `map[${sortedKeys(m)
        .map((k) => `${printArg({ k: 'string', v: k }, verb, f, depth + 1)}:${printArg(fromJson(m[k]), verb, f, depth + 1)}`)
        .join(' ')}]`;
    }
    case 'slice': {
      const s = a.v as unknown[];
      if (f.sharpV) return `[]interface {}{${s.map((e) => printArg(fromJson(e), verb, f, depth + 1)).join(', ')}}`;
      return `[${s.map((e) => printArg(fromJson(e), verb, f, depth + 1)).join(' ')}]`;
    }
  }
  return '';
}

/** fmt.Sprint: spaces between operands when neither is a string. */
export function goSprint(args: readonly GoValue[]): string {
  let out = '';
  args.forEach((a, i) => {
    const isString = a.k === 'string';
    if (i > 0 && !isString && args[i - 1]!.k !== 'string') out += ' ';
    out += printArg(a, 'v', NO_FLAGS, 0);
  });
  return out;
}

/** fmt.Sprintln: spaces between all operands, and a newline. */
export function goSprintln(args: readonly GoValue[]): string {
  return `${args.map((a) => printArg(a, 'v', NO_FLAGS, 0)).join(' ')}\n`;
}

/** fmt.Sprintf. */
export function goSprintf(format: string, args: readonly GoValue[]): string {
  let out = '';
  let argNum = 0;
  let reordered = false;
  const chars = [...format];
  let i = 0;
  const intFromArg = (): number | undefined => {
    const a = args[argNum];
    argNum++;
    if (a && (a.k === 'int' || a.k === 'int64' || a.k === 'uint8')) return a.v as number;
    return undefined;
  };
  const parseArgNumber = (): { ok: boolean; n?: number } => {
    // [n] explicit argument index.
    if (chars[i] !== '[') return { ok: true };
    reordered = true;
    const close = chars.indexOf(']', i);
    if (close < 0) return { ok: false };
    const num = Number(chars.slice(i + 1, close).join(''));
    i = close + 1;
    if (!Number.isInteger(num) || num < 1 || chars.slice(i - 1 - String(num).length, i - 1).join('') === '') return { ok: false };
    return { ok: true, n: num - 1 };
  };
  while (i < chars.length) {
    const c = chars[i]!;
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    i++;
    const f: Flags = { ...NO_FLAGS };
    for (; i < chars.length; i++) {
      const fc = chars[i]!;
      if (fc === '+') f.plus = true;
      else if (fc === '-') f.minus = true;
      else if (fc === '#') f.sharp = true;
      else if (fc === ' ') f.space = true;
      else if (fc === '0') f.zero = !f.minus;
      else break;
    }
    let badIndex = false;
    let idx = parseArgNumber();
    if (!idx.ok) badIndex = true;
    else if (idx.n !== undefined) argNum = idx.n;
    if (chars[i] === '*') {
      i++;
      const w = intFromArg();
      if (w === undefined) out += '%!(BADWIDTH)';
      else if (w < 0) {
        f.minus = true;
        f.width = -w;
      } else f.width = w;
    } else {
      let w = '';
      while (i < chars.length && /[0-9]/.test(chars[i]!)) w += chars[i++];
      if (w) f.width = Number(w);
    }
    if (chars[i] === '.') {
      i++;
      idx = parseArgNumber();
      if (!idx.ok) badIndex = true;
      else if (idx.n !== undefined) argNum = idx.n;
      if (chars[i] === '*') {
        i++;
        const p = intFromArg();
        if (p === undefined || p < 0) out += '%!(BADPREC)';
        else f.prec = p;
      } else {
        let p = '';
        while (i < chars.length && /[0-9]/.test(chars[i]!)) p += chars[i++];
        f.prec = Number(p || '0');
      }
    }
    idx = parseArgNumber();
    if (!idx.ok) badIndex = true;
    else if (idx.n !== undefined) argNum = idx.n;
    if (i >= chars.length) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = chars[i++]!;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (badIndex) {
      out += `%!${verb}(BADINDEX)`;
      continue;
    }
    const a = args[argNum];
    if (a === undefined) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    argNum++;
    if (verb === 'v') {
      if (f.sharp) {
        f.sharp = false;
        f.sharpV = true;
      }
      if (f.plus) {
        f.plus = false;
        f.plusV = true;
      }
    }
    if (verb === 'w') {
      out += badVerb(verb, a);
      continue;
    }
    out += printArg(a, verb, f, 0);
  }
  if (!reordered && argNum < args.length) {
    out += `%!(EXTRA ${args
      .slice(argNum)
      .map((a) => (isNilArg(a) ? '<nil>' : `${concreteTypeName(a)}=${printArg(a, 'v', NO_FLAGS, 0)}`))
      .join(', ')})`;
  }
  return out;
}
