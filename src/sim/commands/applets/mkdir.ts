// `mkdir [-p] DIR...`.
import type { CommandContext } from '../../shell/types.js';
import { isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { isGnu, parseOptions, warn } from './support.js';

/** Creates directories. */
export function mkdir(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'pm:v', { long: { parents: 'p', mode: 'm' } });
  if (!parsed) return 1;
  if (parsed.operands.length === 0) {
    warn(ctx, 'missing operand');
    return 1;
  }
  let status = 0;
  for (const dir of parsed.operands) {
    try {
      ctx.fs.mkdir(resolvePath(ctx.cwd, dir), { recursive: parsed.opts.has('p') });
    } catch (e) {
      if (!isFsError(e)) throw e;
      warn(ctx, `${isGnu(ctx) ? 'cannot' : "can't"} create directory '${dir}': ${e.text}`);
      status = 1;
    }
  }
  return status;
}
