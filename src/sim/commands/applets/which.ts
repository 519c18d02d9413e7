// `which [-a] NAME...` (debianutils which, busybox debianutils/which.c): the path of each program
// on PATH. Programs here are the command table's, so the path is where the image keeps them:
// /usr/bin in Debian and for the lesson's shell (merged /usr), /bin in busybox.
import type { CommandContext } from '../../shell/types.js';
import { resolvePath } from '../../core/vfs/vfs.js';
import { isGnu, parseOptions, warn } from './support.js';

/** Prints where each program is; 1 when one is not found. */
export function which(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'as', {});
  if (!parsed) return isGnu(ctx) ? 2 : 1;
  if (parsed.operands.length === 0) return 1;
  if (ctx.hasCommand === undefined) {
    warn(ctx, 'kindling: the simulator does not look up programs from here');
    return 1;
  }
  const dirs = isGnu(ctx) ? ['/usr/bin', '/bin'] : ['/bin'];
  let status = 0;
  let out = '';
  for (const name of parsed.operands) {
    if (name.includes('/')) {
      if (ctx.fs.exists(resolvePath(ctx.cwd, name))) out += `${name}\n`;
      else status = 1;
      continue;
    }
    if (!ctx.hasCommand(name)) {
      status = 1;
      continue;
    }
    // `-a` lists every PATH directory that has it: both halves of a merged /usr do.
    for (const dir of parsed.opts.has('a') ? dirs : dirs.slice(0, 1)) out += `${dir}/${name}\n`;
  }
  ctx.stdout.write(out);
  return status;
}
