// `split [-l N | -b SIZE | -n CHUNKS] [-a LEN] [-d] [FILE [PREFIX]]` (coreutils src/split.c,
// busybox coreutils/split.c): cuts a file into PREFIXaa, PREFIXab, ... of N lines (1000) or SIZE
// bytes each. GNU lengthens the suffixes when they run out (unless -a was given).
import { decodeBytes, encodeBytes } from '../../core/text/bytes.js';
import type { CommandContext } from '../../shell/types.js';
import { isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { isGnu, parseOptions, readInput, warn } from './support.js';

const UNITS: Record<string, number> = { '': 1, b: 512, k: 1024, K: 1024, KB: 1000, kB: 1000, m: 1 << 20, M: 1 << 20, MB: 1e6, g: 1 << 30, G: 1 << 30, GB: 1e9 };

/** Splits a file into pieces. */
export function split(ctx: CommandContext): number {
  const gnu = isGnu(ctx);
  const argv = ctx.argv.map((a, i) => (i > 0 && /^-[0-9]+$/.test(a) ? `-l${a.slice(1)}` : a));
  const parsed = parseOptions(ctx, gnu ? 'l:b:n:a:dx' : 'l:b:a:', { argv, long: { lines: 'l', bytes: 'b', number: 'n', 'suffix-length': 'a', 'numeric-suffixes': 'd', 'hex-suffixes': 'x' } });
  if (!parsed) return 1;
  const o = parsed.opts;
  const [file = '-', prefix = 'x'] = parsed.operands;
  const sizeOf = (k: string, what: string): number | undefined => {
    const raw = o.get(k) as string;
    const m = /^([0-9]+)([A-Za-z]*)$/.exec(raw);
    const n = m ? Number(m[1]) * (UNITS[m[2] as string] ?? NaN) : NaN;
    if (Number.isNaN(n) || n <= 0) {
      warn(ctx, gnu ? `invalid number of ${what}: '${raw}'${m && n === 0 ? ': Numerical result out of range' : ''}` : `invalid number '${raw}'`);
      return undefined;
    }
    return n;
  };
  const text = readInput(ctx, file, { gnu: (p, e) => `cannot open '${p}' for reading: ${e.text}` });
  if (text === undefined) return 1;
  const pieces: string[] = [];
  if (o.has('b') || o.has('n')) {
    const bytes = encodeBytes(text);
    let size: number | undefined;
    if (o.has('n')) {
      const chunks = sizeOf('n', 'chunks');
      if (chunks === undefined) return 1;
      size = Math.floor(bytes.length / chunks);
      for (let i = 0; i < chunks; i++) pieces.push(decodeBytes(bytes.subarray(i * size, i === chunks - 1 ? bytes.length : (i + 1) * size)));
    } else {
      size = sizeOf('b', 'bytes');
      if (size === undefined) return 1;
      for (let at = 0; at < bytes.length; at += size) pieces.push(decodeBytes(bytes.subarray(at, at + size)));
    }
  } else {
    const n = o.has('l') ? sizeOf('l', 'lines') : 1000;
    if (n === undefined) return 1;
    const lines = text.split(/(?<=\n)/).filter((l) => l !== '');
    for (let at = 0; at < lines.length; at += n) pieces.push(lines.slice(at, at + n).join(''));
  }
  const fixed = typeof o.get('a') === 'string';
  let width = fixed ? Number(o.get('a')) : 2;
  const digits = o.has('d') ? '0123456789' : o.has('x') ? '0123456789abcdef' : 'abcdefghijklmnopqrstuvwxyz';
  const base = digits.length;
  const last = digits[base - 1] as string;
  let lead = '';
  let index = 0;
  for (const piece of pieces) {
    if (!fixed && gnu && index === (base - 1) * base ** (width - 1)) {
      // GNU: after `yz` come `zaaa`, `zaab`... and after `zyzz` `zzaaaa` (split.c next_file_name).
      lead += last;
      width++;
      index = 0;
    } else if (index >= base ** width) {
      warn(ctx, gnu ? 'output file suffixes exhausted' : 'suffixes exhausted');
      return 1;
    }
    let suffix = '';
    for (let k = width - 1, v = index; k >= 0; k--, v = Math.floor(v / base)) suffix = (digits[v % base] as string) + suffix;
    suffix = lead + suffix;
    const name = `${prefix}${suffix}`;
    try {
      ctx.fs.writeFile(resolvePath(ctx.cwd, name), piece);
    } catch (e) {
      if (!isFsError(e)) throw e;
      warn(ctx, gnu ? `${name}: ${e.text}` : `can't open '${name}': ${e.text}`);
      return 1;
    }
    index++;
  }
  return 0;
}
