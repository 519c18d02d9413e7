// `nohup COMMAND [ARG]...` (coreutils src/nohup.c, busybox coreutils/nohup.c), `sync`
// (coreutils src/sync.c, busybox coreutils/sync.c) and busybox's `usleep N`. Output here is never
// a terminal, so nohup neither writes nohup.out nor says so: it runs the command, immune to a
// hangup the simulator never sends.
import type { CommandContext, CommandResult } from '../../shell/types.js';
import { badOption, isGnu, parseOptions, runProgram, warn } from './support.js';

/** Runs the command with the same input and output. */
export function nohup(ctx: CommandContext): CommandResult {
  const args = ctx.argv.slice(1);
  if (args[0] === '--') args.shift();
  if (args.length === 0) {
    if (isGnu(ctx)) badOption(ctx, 'missing operand');
    return isGnu(ctx) ? 125 : 1;
  }
  return runProgram(ctx, args, ctx.stdin, (name, e) => (isGnu(ctx) ? `failed to run command '${name}': ${e}` : `can't execute '${name}': ${e}`));
}

/** Nothing is buffered in the virtual filesystem: there is nothing to flush. */
export function sync(ctx: CommandContext): number {
  return parseOptions(ctx, 'df', { long: { data: 'd', 'file-system': 'f' } }) ? 0 : 1;
}

/** `usleep N`: sleeps N microseconds on the virtual clock (busybox coreutils/usleep.c). */
export function usleep(ctx: CommandContext): CommandResult {
  const arg = ctx.argv[1];
  if (arg === undefined) return 1;
  if (!/^[0-9]+$/.test(arg)) {
    warn(ctx, `invalid number '${arg}'`);
    return 1;
  }
  return pause(Number(arg) / 1000);
}

function* pause(ms: number): Generator<{ kind: 'sleep'; ms: number }, number, void> {
  if (ms > 0) yield { kind: 'sleep', ms };
  return 0;
}
