// `chmod MODE FILE...`: the virtual filesystem has no modes, so only the files are checked.
import type { CommandContext } from '../../shell/types.js';
import { resolvePath } from '../../core/vfs/vfs.js';
import { isGnu, warn } from './support.js';

/** Checks that the files exist; modes are not modelled. */
export function chmod(ctx: CommandContext): number {
  const args = ctx.argv.slice(1).filter((a) => !/^-[Rfv]+$/.test(a));
  if (args.length < 2) {
    warn(ctx, args.length === 0 ? 'missing operand' : `missing operand after '${args[0]}'`);
    return 1;
  }
  let status = 0;
  for (const name of args.slice(1)) {
    if (ctx.fs.exists(resolvePath(ctx.cwd, name))) continue;
    warn(ctx, isGnu(ctx) ? `cannot access '${name}': No such file or directory` : `${name}: No such file or directory`);
    status = 1;
  }
  return status;
}
