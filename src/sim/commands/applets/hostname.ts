// `hostname`: the container's name, from /etc/hostname (the simulator writes it).
import type { CommandContext } from '../../shell/types.js';
import { isFsError } from '../../core/vfs/vfs.js';

/** Prints the host name. */
export function hostname(ctx: CommandContext): number {
  let name = ctx.env['HOSTNAME'] ?? 'localhost';
  try {
    name = ctx.fs.readFile('/etc/hostname').trim() || name;
  } catch (e) {
    if (!isFsError(e)) throw e;
  }
  ctx.stdout.write(`${name}\n`);
  return 0;
}
