// `od [-A RADIX] [-t TYPE]... [-bcdosxil] [-N BYTES] [-j BYTES] [-v] [FILE]...` (coreutils
// src/od.c; busybox coreutils/od_bloaty.c, the same design): 16 bytes a line after an address,
// each type on its own line; a run of identical lines is shown once, then `*`. Widths come from
// the tables both share; GNU spreads the spare columns of a narrower type so that several types
// line up, busybox does not, and busybox decodes the short options before -t, not in order.
import { decodeBytes, encodeBytes } from '../../core/text/bytes.js';
import { deviceBytes, endlessDevice } from './devices.js';
import type { CommandContext } from '../../shell/types.js';
import { isGnu, parseOptions, readInput, warn } from './support.js';

interface Spec {
  kind: 'a' | 'c' | 'd' | 'o' | 'u' | 'x';
  size: number;
  /** Digits of one field (without the space before it). */
  width: number;
  /** GNU's `z`: the printable characters after the line, between `>` and `<`. */
  dump: boolean;
}

const DIGITS: Record<string, number[]> = {
  // Indexed by the size in bytes (od.c bytes_to_oct_digits and friends).
  o: [0, 3, 6, 8, 11, 14, 16, 19, 22],
  d: [0, 4, 6, 8, 11, 13, 16, 18, 20],
  u: [0, 3, 5, 8, 10, 13, 15, 17, 20],
  x: [0, 2, 4, 6, 8, 10, 12, 14, 16],
};
const SIZE_LETTER: Record<string, number> = { C: 1, S: 2, I: 4, L: 8 };
const NAMES = ['nul', 'soh', 'stx', 'etx', 'eot', 'enq', 'ack', 'bel', 'bs', 'ht', 'nl', 'vt', 'ff', 'cr', 'so', 'si', 'dle', 'dc1', 'dc2', 'dc3', 'dc4', 'nak', 'syn', 'etb', 'can', 'em', 'sub', 'esc', 'fs', 'gs', 'rs', 'us', 'sp'];
const C_ESCAPES: Record<number, string> = { 0: '\\0', 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r' };
/** The short options and the type each stands for, in the order busybox decodes them. */
const SHORT: [string, string][] = [['a', 'a'], ['b', 'o1'], ['c', 'c'], ['d', 'u2'], ['h', 'x2'], ['i', 'd2'], ['l', 'd4'], ['o', 'o2'], ['x', 'x2'], ['s', 'd2']];
const GNU_SHORT: Record<string, string> = { a: 'a', b: 'o1', c: 'c', d: 'u2', h: 'x2', i: 'd4', l: 'd8', o: 'o2', x: 'x2', s: 'd2' };

/** Dumps files (or stdin) in the requested formats. */
export function od(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'A:t:N:j:vabcdhilosxw:', { long: { 'address-radix': 'A', format: 't', 'read-bytes': 'N', 'skip-bytes': 'j', 'output-duplicates': 'v' } });
  if (!parsed) return 1;
  const o = parsed.opts;
  const radix = typeof o.get('A') === 'string' ? (o.get('A') as string) : 'o';
  if (!/^[doxn]$/.test(radix)) {
    warn(ctx, isGnu(ctx) ? `invalid output address radix '${radix[0] ?? ''}'; it must be one character from [doxn]` : `bad output address radix '${radix[0] ?? ''}' (must be [doxn])`);
    return 1;
  }
  const specs = collectSpecs(ctx);
  if (specs === undefined) return 1;
  if (specs.length === 0) specs.push(...(parseType('o2') as Spec[]));
  let input = '';
  let status = 0;
  let read = 0;
  const skipBytes = typeof o.get('j') === 'string' ? Number(o.get('j')) : 0;
  const limitBytes = typeof o.get('N') === 'string' ? Number(o.get('N')) : undefined;
  for (const file of parsed.operands.length > 0 ? parsed.operands : ['-']) {
    // `od -N 4 /dev/urandom` takes what it shows of an endless device.
    const device = limitBytes === undefined ? undefined : endlessDevice(ctx, file);
    const text = device !== undefined ? decodeBytes(deviceBytes(ctx, device, skipBytes + (limitBytes ?? 0))) : readInput(ctx, file, { busybox: (p, e) => `${p}: ${e.text}` });
    if (text === undefined) status = 1;
    else {
      input += text;
      read++;
    }
  }
  if (read === 0) return status;
  let bytes = encodeBytes(input);
  bytes = bytes.subarray(skipBytes, skipBytes + (limitBytes ?? Infinity));
  ctx.stdout.write(dump(bytes, skipBytes, specs, radix, o.has('v'), isGnu(ctx)));
  return status;
}

/** The types in the order each od applies them; undefined after reporting a bad one. */
function collectSpecs(ctx: CommandContext): Spec[] | undefined {
  const types: string[] = [];
  const shortSeen = new Set<string>();
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') break;
    if (a.startsWith('--format=')) types.push(a.slice(9));
    if (!a.startsWith('-') || a.startsWith('--')) continue;
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      if ('AtNjw'.includes(c)) {
        const value = j + 1 < a.length ? a.slice(j + 1) : (args[++i] ?? '');
        if (c === 't') types.push(isGnu(ctx) ? value : `\0${value}`);
        break;
      }
      if (GNU_SHORT[c] === undefined) continue;
      if (isGnu(ctx)) types.push(GNU_SHORT[c]);
      else shortSeen.add(c);
    }
  }
  // busybox: a b c d h i l o first, then every -t, then x and s (od_bloaty.c).
  const ordered = isGnu(ctx)
    ? types
    : [
        ...SHORT.filter(([c]) => shortSeen.has(c) && c !== 'x' && c !== 's').map(([, t]) => t),
        ...types.map((t) => t.slice(1)),
        ...SHORT.filter(([c]) => shortSeen.has(c) && (c === 'x' || c === 's')).map(([, t]) => t),
      ];
  const specs: Spec[] = [];
  for (const t of ordered) {
    const parsed = parseType(t, isGnu(ctx));
    if (typeof parsed === 'string') {
      warn(ctx, parsed);
      return undefined;
    }
    specs.push(...parsed);
  }
  return specs;
}

/** One -t argument (`x1`, `d4`, `c`, `xCz`, `ax2`...), or the error text. */
function parseType(t: string, gnu = true): Spec[] | string {
  const specs: Spec[] = [];
  let i = 0;
  while (i < t.length) {
    const kind = t[i++] as string;
    if (kind === 'a' || kind === 'c') {
      specs.push({ kind, size: 1, width: 3, dump: false });
    } else if (kind === 'd' || kind === 'o' || kind === 'u' || kind === 'x') {
      let size = 4;
      const m = /^[0-9]+/.exec(t.slice(i));
      if (m) {
        size = Number(m[0]);
        i += m[0].length;
      } else if (SIZE_LETTER[t[i] as string] !== undefined) size = SIZE_LETTER[t[i++] as string] as number;
      if (![1, 2, 4, 8].includes(size)) {
        return gnu ? `invalid type string '${t}';\nthis system doesn't provide a ${size}-byte integral type` : `invalid type string '${t}'; ${size}-byte integral type is not supported`;
      }
      specs.push({ kind, size, width: (DIGITS[kind] as number[])[size] as number, dump: false });
    } else if (kind === 'f') {
      return `kindling: the simulator does not model floating-point types ('${t}')`;
    } else {
      return `invalid character '${kind}' in type string '${t}'`;
    }
    if (t[i] === 'z' && gnu) {
      (specs[specs.length - 1] as Spec).dump = true;
      i++;
    }
  }
  return specs;
}

function address(n: number, radix: string): string {
  if (radix === 'n') return '';
  if (radix === 'd') return String(n).padStart(7, '0');
  if (radix === 'x') return n.toString(16).padStart(6, '0');
  return n.toString(8).padStart(7, '0');
}

/** The text of one field (without padding). */
function field(spec: Spec, bytes: Uint8Array, at: number): string {
  if (spec.kind === 'a') {
    const b = (bytes[at] as number) & 0x7f;
    return b === 0x7f ? 'del' : (NAMES[b] ?? String.fromCharCode(b));
  }
  if (spec.kind === 'c') {
    const b = bytes[at] as number;
    if (C_ESCAPES[b] !== undefined) return C_ESCAPES[b];
    return b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : b.toString(8).padStart(3, '0');
  }
  let v = 0n;
  for (let k = spec.size - 1; k >= 0; k--) v = (v << 8n) | BigInt(bytes[at + k] ?? 0);
  if (spec.kind === 'd' && v >= 1n << BigInt(spec.size * 8 - 1)) v -= 1n << BigInt(spec.size * 8);
  if (spec.kind === 'o') return v.toString(8).padStart(spec.width, '0');
  if (spec.kind === 'x') return v.toString(16).padStart(spec.width, '0');
  return v.toString();
}

/** All the lines; each type of each 16-byte block on its own line. */
function dump(bytes: Uint8Array, start: number, specs: Spec[], radix: string, all: boolean, gnu: boolean): string {
  const perLine = 16;
  // od.c: every type's block gets the width of the widest, the spare columns spread over its fields.
  const lineWidth = Math.max(...specs.map((s) => (s.width + 1) * (perLine / s.size)));
  let out = '';
  let previous: string | undefined;
  let starred = false;
  for (let at = 0; at < bytes.length; at += perLine) {
    const block = bytes.subarray(at, at + perLine);
    const key = Array.from(block).join(',');
    if (!all && block.length === perLine && key === previous) {
      if (!starred) out += '*\n';
      starred = true;
      continue;
    }
    previous = block.length === perLine ? key : undefined;
    starred = false;
    specs.forEach((spec, i) => {
      out += i === 0 ? address(start + at, radix) : ' '.repeat(address(0, radix).length);
      const fields = perLine / spec.size;
      const used = Math.ceil(block.length / spec.size);
      const pad = gnu ? lineWidth - spec.width * fields : fields;
      let remaining = pad;
      for (let f = 0; f < used; f++) {
        const next = Math.floor((pad * (fields - f - 1)) / fields);
        out += field(spec, block, f * spec.size).padStart(remaining - next + spec.width);
        remaining = next;
      }
      if (spec.dump) {
        const shown = Array.from(block, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
        out += `${' '.repeat(remaining + (fields - used) * spec.width)}  >${shown}<`;
      }
      out += '\n';
    });
  }
  if (radix !== 'n') out += `${address(start + bytes.length, radix)}\n`;
  return out;
}
