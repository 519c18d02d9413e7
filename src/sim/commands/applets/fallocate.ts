// `fallocate [-o OFFSET] -l LENGTH FILE` (busybox util-linux/fallocate.c; util-linux
// sys-utils/fallocate.c in Debian): gives the file pages for the range without writing them, so
// they count on the disk, or as memory on tmpfs, at once. All or nothing: ENOSPC when they do not
// fit. The file is created when missing.
import type { CommandContext } from '../../shell/types.js';
import { isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { badOption, isGnu, parseOptions, warn } from './support.js';

/** busybox's kmg_i_suffixes (libbb/xatonum.c). */
const BB_SUFFIX: Record<string, number> = { '': 1, KiB: 1024, kiB: 1024, K: 1024, k: 1024, MiB: 1024 ** 2, miB: 1024 ** 2, M: 1024 ** 2, m: 1024 ** 2, GiB: 1024 ** 3, giB: 1024 ** 3, G: 1024 ** 3, g: 1024 ** 3, KB: 1000, MB: 1e6, GB: 1e9 };
/** util-linux strtosize: K, M, G, T (and KiB...) are powers of 1024, KB, MB, GB, TB of 1000. */
const UL_SUFFIX: Record<string, number> = { '': 1, K: 1024, KiB: 1024, M: 1024 ** 2, MiB: 1024 ** 2, G: 1024 ** 3, GiB: 1024 ** 3, T: 1024 ** 4, TiB: 1024 ** 4, KB: 1000, MB: 1e6, GB: 1e9, TB: 1e12 };

/** Preallocates space for a file. */
export function fallocate(ctx: CommandContext): number {
  const gnu = isGnu(ctx);
  const parsed = parseOptions(ctx, gnu ? 'l:o:nx' : 'l:o:', { long: { length: 'l', offset: 'o', 'keep-size': 'n', posix: 'x' } });
  if (!parsed) return 1;
  const lengthArg = parsed.opts.get('l');
  const offsetArg = parsed.opts.get('o');
  if (gnu && typeof lengthArg !== 'string') return usage(ctx, 'no length argument specified');
  if (gnu && parsed.operands.length === 0) return usage(ctx, 'no filename specified');
  if (typeof lengthArg !== 'string' || parsed.operands.length !== 1) {
    // busybox shows its usage text here (bb_show_usage), which the applets leave out.
    return gnu ? usage(ctx, 'unexpected number of arguments') : 1;
  }
  const length = size(lengthArg, gnu);
  const offset = typeof offsetArg === 'string' ? size(offsetArg, gnu) : 0;
  if (length === undefined || offset === undefined || (gnu && length === 0)) {
    const bad = length === undefined || (gnu && length === 0) ? lengthArg : (offsetArg as string);
    warn(ctx, gnu ? `invalid ${bad === lengthArg ? 'length' : 'offset'} value specified` : `invalid number '${bad}'`);
    return 1;
  }
  const name = parsed.operands[0] as string;
  const path = resolvePath(ctx.cwd, name);
  try {
    if (!ctx.fs.exists(path)) ctx.fs.appendFile(path, '');
  } catch (e) {
    if (!isFsError(e)) throw e;
    warn(ctx, gnu ? `cannot open ${name}: ${e.text}` : `can't open '${name}': ${e.text}`);
    return 1;
  }
  try {
    ctx.fs.allocate(path, offset, length);
  } catch (e) {
    if (!isFsError(e)) throw e;
    warn(ctx, gnu ? `fallocate failed: ${e.text}` : `fallocate '${name}': ${e.text}`);
    return 1;
  }
  return 0;
}

function size(text: string, gnu: boolean): number | undefined {
  const m = /^([0-9]+)([A-Za-z]*)$/.exec(text);
  const unit = m ? (gnu ? UL_SUFFIX : BB_SUFFIX)[m[2] as string] : undefined;
  return m && unit !== undefined ? Number(m[1]) * unit : undefined;
}

function usage(ctx: CommandContext, message: string): number {
  badOption(ctx, message);
  return 1;
}
