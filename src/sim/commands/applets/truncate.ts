// `truncate -s [+-<>/%]SIZE [-c] FILE...` (coreutils src/truncate.c, busybox
// coreutils/truncate.c): set each file's size, cutting it or extending it with a hole (reads as
// NUL bytes, takes no space until written).
import type { CommandContext } from '../../shell/types.js';
import { isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { badOption, isGnu, parseOptions, warn } from './support.js';

/** Multipliers of a size suffix: K is 1024 and KB 1000 (GNU); busybox knows k, K, M, G and kB, MB, GB. */
const GNU_SUFFIX: Record<string, number> = { '': 1, K: 1024, KiB: 1024, KB: 1000, M: 1024 ** 2, MiB: 1024 ** 2, MB: 1e6, G: 1024 ** 3, GiB: 1024 ** 3, GB: 1e9, T: 1024 ** 4, TB: 1e12 };
const BB_SUFFIX: Record<string, number> = { '': 1, c: 1, w: 2, b: 512, kB: 1000, k: 1024, K: 1024, MB: 1e6, M: 1024 ** 2, GB: 1e9, G: 1024 ** 3 };

/** Sets file sizes. */
export function truncate(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'cs:r:o', { long: { 'no-create': 'c', size: 's', reference: 'r', 'io-blocks': 'o' } });
  if (!parsed) return 1;
  const sizeArg = parsed.opts.get('s');
  if (typeof sizeArg !== 'string') {
    if (isGnu(ctx)) badOption(ctx, "you must specify either '--size' or '--reference'");
    return 1;
  }
  const m = (isGnu(ctx) ? /^([-+<>/%]?)\s*([0-9]+)([A-Za-z]*)$/ : /^()([0-9]+)([A-Za-z]*)$/).exec(sizeArg);
  const unit = m ? (isGnu(ctx) ? GNU_SUFFIX : BB_SUFFIX)[m[3] as string] : undefined;
  if (!m || unit === undefined) {
    warn(ctx, isGnu(ctx) ? `Invalid number: '${sizeArg}'` : `invalid number '${sizeArg}'`);
    return 1;
  }
  if (parsed.operands.length === 0) {
    if (isGnu(ctx)) badOption(ctx, 'missing file operand');
    return 1;
  }
  const op = m[1] as string;
  const n = Number(m[2]) * unit;
  if ((op === '/' || op === '%') && n === 0) {
    warn(ctx, 'division by zero');
    return 1;
  }
  let status = 0;
  for (const name of parsed.operands) {
    const path = resolvePath(ctx.cwd, name);
    try {
      if (!ctx.fs.exists(path)) {
        if (parsed.opts.has('c')) continue;
        ctx.fs.appendFile(path, '');
      }
      const current = ctx.fs.stat(path).size;
      const size = newSize(current, op, n);
      try {
        // Growing leaves a hole: the file is that long but holds no pages (nothing charged on tmpfs).
        if (size !== current) ctx.fs.resize(path, size);
      } catch (e) {
        if (!isFsError(e)) throw e;
        warn(ctx, isGnu(ctx) ? `failed to truncate '${name}' at ${size} bytes: ${e.text}` : `${name}: truncate: ${e.text}`);
        status = 1;
      }
    } catch (e) {
      if (!isFsError(e)) throw e;
      warn(ctx, isGnu(ctx) ? `cannot open '${name}' for writing: ${e.text}` : `${name}: open: ${e.text}`);
      status = 1;
    }
  }
  return status;
}

function newSize(current: number, op: string, n: number): number {
  switch (op) {
    case '+':
      return current + n;
    case '-':
      return Math.max(0, current - n);
    case '<':
      return Math.min(current, n);
    case '>':
      return Math.max(current, n);
    case '/':
      return Math.floor(current / n) * n;
    case '%':
      return Math.ceil(current / n) * n;
    default:
      return n;
  }
}
