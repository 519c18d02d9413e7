// printf's format engine: %s %b %c %d %i %u %o %x %X %e %f %g %% with flags, width and
// precision (`*` too), escapes in the format, and the format reused while arguments remain.
import { decodeEscapes } from '../shell/syntax/escapes.js';

export interface PrintfResult {
  out: string;
  /** Arguments that were not valid numbers, for `invalid number` messages. */
  badNumbers: string[];
}

/** Formats like printf(1). */
export function formatPrintf(format: string, args: string[]): PrintfResult {
  const result: PrintfResult = { out: '', badNumbers: [] };
  let next = 0;
  const take = (): string | undefined => args[next++];
  for (;;) {
    const before = next;
    const stop = formatOnce(format, take, result);
    if (stop || next >= args.length || next === before) break;
  }
  return result;
}

/** One pass over the format; returns true when `\c` (in %b) stops all output. */
function formatOnce(format: string, take: () => string | undefined, r: PrintfResult): boolean {
  for (let i = 0; i < format.length; i++) {
    const c = format[i] as string;
    if (c === '\\') {
      const m = /^\\([0-7]{1,3}|x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|.)/s.exec(format.slice(i));
      const seq = m ? m[0] : '\\';
      if (seq === '\\c') return true;
      r.out += decodeEscapes(seq, 'printf').text;
      i += seq.length - 1;
      continue;
    }
    if (c !== '%') {
      r.out += c;
      continue;
    }
    const m = /^%([-+ 0#]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?([a-zA-Z%])/.exec(format.slice(i));
    if (!m) {
      r.out += '%';
      continue;
    }
    i += m[0].length - 1;
    const conv = m[4] as string;
    if (conv === '%') {
      r.out += '%';
      continue;
    }
    const flags = m[1] ?? '';
    const width = m[2] === '*' ? Number(take() ?? 0) : m[2] === undefined ? undefined : Number(m[2]);
    const precision = m[3] === '*' ? Number(take() ?? 0) : m[3] === undefined ? undefined : Number(m[3] || 0);
    const arg = take();
    if (conv === 'b') {
      const d = decodeEscapes(arg ?? '', 'echo');
      r.out += pad(precision === undefined ? d.text : d.text.slice(0, precision), width, flags);
      if (d.stop) return true;
      continue;
    }
    r.out += convert(conv, flags, width, precision, arg, r);
  }
  return false;
}

function pad(s: string, width: number | undefined, flags: string, zeroOk = false): string {
  const w = Math.abs(width ?? 0);
  if (s.length >= w) return s;
  if (flags.includes('-') || (width ?? 0) < 0) return s.padEnd(w);
  if (zeroOk && flags.includes('0')) {
    const sign = /^[-+ ]/.test(s) ? (s[0] as string) : '';
    const prefix = /^[-+ ]?0[xX]/.test(s) ? s.slice(0, sign.length + 2) : sign;
    return prefix + s.slice(prefix.length).padStart(w - prefix.length, '0');
  }
  return s.padStart(w);
}

/** Parses a numeric argument as printf does: decimal, 0x hex, 0 octal, 'c (character code). */
function parseIntArg(arg: string | undefined, r: PrintfResult): bigint {
  if (arg === undefined || arg === '') return 0n;
  if (/^['"]/.test(arg)) return BigInt(arg.codePointAt(1) ?? 0);
  const m = /^\s*([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(arg);
  if (!m || m[0].length !== arg.length) {
    r.badNumbers.push(arg);
    if (!m) return 0n;
  }
  const body = (m as RegExpExecArray)[2] as string;
  const v = /^0[xX]/.test(body) ? BigInt(body) : body.length > 1 && body.startsWith('0') ? BigInt(`0o${body.slice(1)}`) : BigInt(body);
  return (m as RegExpExecArray)[1] === '-' ? -v : v;
}

function parseFloatArg(arg: string | undefined, r: PrintfResult): number {
  if (arg === undefined || arg === '') return 0;
  if (/^['"]/.test(arg)) return arg.codePointAt(1) ?? 0;
  const v = Number(arg.trim());
  if (Number.isNaN(v)) {
    const lead = parseFloat(arg);
    r.badNumbers.push(arg);
    return Number.isNaN(lead) ? 0 : lead;
  }
  return v;
}

function convert(conv: string, flags: string, width: number | undefined, precision: number | undefined, arg: string | undefined, r: PrintfResult): string {
  switch (conv) {
    case 's':
      return pad(precision === undefined ? (arg ?? '') : (arg ?? '').slice(0, precision), width, flags);
    case 'c':
      return pad((arg ?? '').slice(0, 1), width, flags);
    case 'q':
      return pad(arg === undefined || /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? (arg ?? "''") : `'${arg.replace(/'/g, "'\\''")}'`, width, flags);
    case 'd':
    case 'i':
    case 'u': {
      const v = parseIntArg(arg, r);
      let digits = (v < 0n ? -v : v).toString();
      if (precision !== undefined) digits = digits.padStart(precision, '0');
      const sign = v < 0n ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
      return pad(sign + digits, width, flags, precision === undefined);
    }
    case 'o':
    case 'x':
    case 'X': {
      let v = parseIntArg(arg, r);
      if (v < 0n) v = BigInt.asUintN(64, v);
      let digits = v.toString(conv === 'o' ? 8 : 16);
      if (conv === 'X') digits = digits.toUpperCase();
      if (precision !== undefined) digits = digits.padStart(precision, '0');
      if (flags.includes('#') && v !== 0n) digits = (conv === 'o' ? '0' : conv === 'x' ? '0x' : '0X') + digits;
      return pad(digits, width, flags, precision === undefined);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const v = parseFloatArg(arg, r);
      const p = precision ?? 6;
      let s: string;
      if (conv === 'f' || conv === 'F') s = v.toFixed(p);
      else if (conv === 'e' || conv === 'E') s = cExponent(v.toExponential(p));
      else s = formatG(v, p === 0 ? 1 : p, flags.includes('#'));
      if (conv === 'E' || conv === 'G') s = s.toUpperCase();
      if (v >= 0 && flags.includes('+')) s = `+${s}`;
      else if (v >= 0 && flags.includes(' ')) s = ` ${s}`;
      return pad(s, width, flags, true);
    }
    default:
      return '';
  }
}

/** JS `1.5e+2` -> C `1.5e+02`. */
function cExponent(s: string): string {
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

function formatG(v: number, p: number, keepZeros: boolean): string {
  if (v === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(v)));
  let s = exp < -4 || exp >= p ? cExponent(v.toExponential(p - 1)) : v.toFixed(Math.max(0, p - 1 - exp));
  if (!keepZeros) s = s.replace(/\.?0+(e|$)/, '$1');
  return s;
}
