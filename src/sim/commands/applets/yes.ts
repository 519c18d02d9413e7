// `yes [STRING]`: pipelines run stage by stage, so `yes | head` cannot stop it by closing the
// pipe; it writes 1 MiB and stops, more than any reader in a lesson takes.
import type { CommandContext } from '../../shell/types.js';

const LIMIT = 1 << 20;

/** Prints its argument (or `y`) line after line, up to 1 MiB. */
export function yes(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  const line = `${args.length > 0 ? args.join(' ') : 'y'}\n`;
  ctx.stdout.write(line.repeat(Math.max(1, Math.floor(LIMIT / line.length))));
  return 0;
}
