// `printf FORMAT [ARG...]`.
import { formatPrintf } from '../printf-format.js';
import type { CommandContext } from '../../shell/types.js';
import { isGnu, warn } from './support.js';

/** Formats and prints its arguments. */
export function printf(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  if (args[0] === '--') args.shift();
  const format = args.shift();
  if (format === undefined) {
    if (isGnu(ctx)) ctx.stderr.write('printf: usage: printf [-v var] format [arguments]\n');
    else warn(ctx, 'missing format');
    return isGnu(ctx) ? 2 : 1;
  }
  const r = formatPrintf(format, args);
  ctx.stdout.write(r.out);
  for (const bad of r.badNumbers) warn(ctx, isGnu(ctx) ? `${bad}: invalid number` : `invalid number '${bad}'`);
  return r.badNumbers.length > 0 ? 1 : 0;
}
