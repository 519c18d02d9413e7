// `sleep N[smhd]...` and `sleep infinity`: yields a sleep effect; the clock is the caller's.
import type { CommandContext, CommandResult } from '../../shell/types.js';
import { isGnu, warn } from './support.js';

const UNIT: Record<string, number> = { '': 1000, s: 1000, m: 60000, h: 3600000, d: 86400000 };

/** Milliseconds for one sleep operand, or undefined when it is not a duration. */
export function parseDuration(arg: string): number | undefined {
  if (arg === 'infinity' || arg === 'inf') return Infinity;
  const m = /^([0-9]*\.?[0-9]+|[0-9]+\.)([smhd]?)$/.exec(arg);
  if (!m) return undefined;
  return Math.round(Number(m[1]) * (UNIT[m[2] as string] as number));
}

/** Sleeps for the sum of its durations on the virtual clock. */
export function sleep(ctx: CommandContext): CommandResult {
  const args = ctx.argv.slice(1);
  if (args.length === 0) {
    warn(ctx, 'missing operand');
    if (isGnu(ctx)) ctx.stderr.write("Try 'sleep --help' for more information.\n");
    return 1;
  }
  let ms = 0;
  for (const a of args) {
    const d = parseDuration(a);
    if (d === undefined) {
      warn(ctx, isGnu(ctx) ? `invalid time interval '${a}'` : `invalid number '${a}'`);
      if (isGnu(ctx)) ctx.stderr.write("Try 'sleep --help' for more information.\n");
      return 1;
    }
    ms += d;
  }
  return wait(ms);
}

function* wait(ms: number): Generator<{ kind: 'sleep'; ms: number }, number, void> {
  if (ms > 0) yield { kind: 'sleep', ms };
  return 0;
}
