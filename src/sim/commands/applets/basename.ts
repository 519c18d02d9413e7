// `basename NAME [SUFFIX]` and `dirname NAME`.
import type { CommandContext } from '../../shell/types.js';
import { basenamePath, dirnamePath } from '../../core/vfs/vfs.js';
import { badOption, isGnu } from './support.js';

/** Prints the last component of a path, minus a suffix. */
export function basename(ctx: CommandContext): number {
  const [name, suffix] = ctx.argv.slice(1).filter((a) => a !== '--');
  if (name === undefined) {
    badOption(ctx, 'missing operand');
    return 1;
  }
  let base = basenamePath(name);
  if (suffix !== undefined && base !== suffix && base.endsWith(suffix)) base = base.slice(0, -suffix.length);
  ctx.stdout.write(`${base}\n`);
  return 0;
}

/** Prints the directory part of a path. */
export function dirname(ctx: CommandContext): number {
  const names = ctx.argv.slice(1).filter((a) => a !== '--');
  if (names.length === 0) {
    badOption(ctx, 'missing operand');
    return 1;
  }
  for (const n of isGnu(ctx) ? names : names.slice(0, 1)) ctx.stdout.write(`${dirnamePath(n)}\n`);
  return 0;
}
