// `tee [-a] [FILE...]`.
import type { CommandContext } from '../../shell/types.js';
import { isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { parseOptions, warn } from './support.js';

/** Copies stdin to each file and to stdout. */
export function tee(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'ai', { long: { append: 'a' } });
  if (!parsed) return 1;
  const text = ctx.stdin;
  let status = 0;
  for (const file of parsed.operands) {
    if (file === '/dev/null') continue;
    try {
      const path = resolvePath(ctx.cwd, file);
      if (parsed.opts.has('a')) ctx.fs.appendFile(path, text);
      else ctx.fs.writeFile(path, text);
    } catch (e) {
      if (!isFsError(e)) throw e;
      warn(ctx, `${file}: ${e.text}`);
      status = 1;
    }
  }
  ctx.stdout.write(text);
  return status;
}
