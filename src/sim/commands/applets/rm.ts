// `rm [-rf] FILE...`.
import type { CommandContext } from '../../shell/types.js';
import { isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { isGnu, parseOptions, warn } from './support.js';

/** Removes files and, with -r, directories. */
export function rm(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'rRfiv', { long: { recursive: 'r', force: 'f' } });
  if (!parsed) return 1;
  const recursive = parsed.opts.has('r') || parsed.opts.has('R');
  const force = parsed.opts.has('f');
  if (parsed.operands.length === 0 && !force) {
    warn(ctx, 'missing operand');
    if (isGnu(ctx)) ctx.stderr.write("Try 'rm --help' for more information.\n");
    return 1;
  }
  let status = 0;
  for (const name of parsed.operands) {
    const path = resolvePath(ctx.cwd, name);
    try {
      if (!recursive && ctx.fs.exists(path) && ctx.fs.stat(path).type === 'dir') {
        warn(ctx, isGnu(ctx) ? `cannot remove '${name}': Is a directory` : `'${name}' is a directory`);
        status = 1;
        continue;
      }
      ctx.fs.rm(path, { recursive });
    } catch (e) {
      if (!isFsError(e)) throw e;
      if (force && e.code === 'ENOENT') continue;
      warn(ctx, `${isGnu(ctx) ? 'cannot' : "can't"} remove '${name}': ${e.text}`);
      status = 1;
    }
  }
  return status;
}
