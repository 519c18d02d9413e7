// `touch FILE...`: creates the file or moves its mtime to now.
import type { CommandContext } from '../../shell/types.js';
import { isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { isGnu, parseOptions, warn } from './support.js';

/** Creates files or updates their mtime. */
export function touch(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'acmd:t:r:h', { long: { 'no-create': 'c' } });
  if (!parsed) return 1;
  if (parsed.operands.length === 0) {
    warn(ctx, 'missing file operand');
    return 1;
  }
  let status = 0;
  for (const name of parsed.operands) {
    const path = resolvePath(ctx.cwd, name);
    try {
      if (parsed.opts.has('c') && !ctx.fs.exists(path)) continue;
      if (ctx.fs.exists(path) && ctx.fs.stat(path).type === 'dir') continue;
      ctx.fs.appendFile(path, '');
    } catch (e) {
      if (!isFsError(e)) throw e;
      warn(ctx, isGnu(ctx) ? `cannot touch '${name}': ${e.text}` : `${name}: ${e.text}`);
      status = 1;
    }
  }
  return status;
}
