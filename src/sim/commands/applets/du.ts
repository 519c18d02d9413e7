// `du [-a] [-s] [-c] [-h|-k|-m|-b] [-d N] [FILE]...` (coreutils src/du.c, busybox
// coreutils/du.c): disk usage in 1 KiB blocks, a directory after its contents. A file uses whole
// 4 KiB blocks (as on ext4), a directory one, a symbolic link none; hard links count once.
import type { CommandContext } from '../../shell/types.js';
import { type FileStat, isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { blocks } from './stat.js';
import { isGnu, parseOptions, warn } from './support.js';

/** Prints the space used by each file and directory. */
export function du(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'acshkmbd:xlLH', { long: { all: 'a', total: 'c', summarize: 's', 'human-readable': 'h', bytes: 'b', 'max-depth': 'd', 'apparent-size': 'A' } });
  if (!parsed) return 1;
  const o = parsed.opts;
  const gnu = isGnu(ctx);
  const maxDepth = o.has('s') ? 0 : typeof o.get('d') === 'string' ? Number(o.get('d')) : Infinity;
  const apparent = o.has('b') || o.has('A');
  const seen = new Set<number>();
  const size = (st: FileStat) => (apparent ? st.size : blocks(st) * 512);
  const show = (bytes: number) => {
    if (o.has('h')) return gnu ? gnuHuman(bytes) : busyboxHuman(bytes);
    if (o.has('b')) return String(bytes);
    if (o.has('m')) return String(Math.ceil(bytes / 1048576));
    return String(Math.ceil(bytes / 1024));
  };
  let out = '';
  let status = 0;
  let total = 0;
  const walk = (path: string, abs: string, depth: number, top: boolean): number => {
    const st = top && o.has('L') ? ctx.fs.stat(abs) : ctx.fs.lstat(abs);
    if (st.type !== 'dir' && st.nlink > 1) {
      if (seen.has(st.ino)) return 0;
      seen.add(st.ino);
    }
    let sum = size(st);
    if (st.type === 'dir') {
      for (const name of ctx.fs.readdir(abs)) sum += walk(path.endsWith('/') ? `${path}${name}` : `${path}/${name}`, `${abs}/${name}`, depth + 1, false);
    }
    if (depth <= maxDepth && (top || st.type === 'dir' || o.has('a'))) out += `${show(sum)}\t${path}\n`;
    return sum;
  };
  for (const name of parsed.operands.length > 0 ? parsed.operands : ['.']) {
    try {
      total += walk(name, resolvePath(ctx.cwd, name), 0, true);
    } catch (e) {
      if (!isFsError(e)) throw e;
      warn(ctx, gnu ? `cannot access '${name}': ${e.text}` : `${name}: ${e.text}`);
      status = 1;
    }
  }
  if (o.has('c')) out += `${show(total)}\ttotal\n`;
  ctx.stdout.write(out);
  return status;
}

const UNITS = ['K', 'M', 'G', 'T', 'P', 'E'];

/** GNU -h: powers of 1024 rounded up, one decimal below 10 (`8.0K`, `20K`, `1.5M`). */
export function gnuHuman(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  let v = bytes / 1024;
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  if (v < 10) {
    const tenths = Math.ceil(v * 10 - 1e-9) / 10;
    if (tenths < 10) return `${tenths.toFixed(1)}${UNITS[u]}`;
    v = tenths;
  }
  const whole = Math.ceil(v - 1e-9);
  if (whole >= 1024 && u < UNITS.length - 1) return `1.0${UNITS[u + 1]}`;
  return `${whole}${UNITS[u]}`;
}

/** busybox make_human_readable_str (libbb/human_readable.c): tenths, rounded, `20.0K`. */
export function busyboxHuman(bytes: number): string {
  if (bytes === 0) return '0';
  let val = bytes;
  let frac = 0;
  let u = -1;
  while (val >= 1024 && u < UNITS.length - 1) {
    frac = Math.floor(((val % 1024) * 10 + 512) / 1024);
    val = Math.floor(val / 1024);
    u++;
  }
  if (u < 0) return String(val);
  if (frac >= 10) {
    val++;
    frac = 0;
  }
  return `${val}.${frac}${UNITS[u]}`;
}
