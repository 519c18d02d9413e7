// `timeout DURATION COMMAND...` for the simulated lesson shell: runs the command until it ends or
// the (virtual) duration passes; then it stops it and exits 124, like coreutils' timeout. This is
// how a lesson shows a few seconds of `kubectl get pods -w`.
import { parseDuration } from '../../core/time/parse-duration.js';
import type { CommandContext, CommandImpl, Effect } from '../../shell/types.js';

export function timeoutCommand(lookup: (name: string) => CommandImpl | undefined): CommandImpl {
  return function* (ctx: CommandContext): Generator<Effect, number, void> {
    let i = 1;
    while (i < ctx.argv.length && ctx.argv[i]!.startsWith('-')) i += ctx.argv[i] === '-s' || ctx.argv[i] === '-k' ? 2 : 1;
    const durationText = ctx.argv[i];
    const argv = ctx.argv.slice(i + 1);
    const ms = durationText === undefined ? undefined : parseDuration(durationText);
    if (ms === undefined || argv.length === 0) {
      ctx.stderr.write(durationText === undefined ? "timeout: missing operand\nTry 'timeout --help' for more information.\n" : `timeout: invalid time interval '${durationText}'\nTry 'timeout --help' for more information.\n`);
      return 125;
    }
    const impl = lookup(argv[0]!);
    if (!impl) {
      ctx.stderr.write(`timeout: failed to run command '${argv[0]}': No such file or directory\n`);
      return 127;
    }
    const result = impl({ ...ctx, argv });
    if (typeof result === 'number') return result;
    const deadline = ctx.now() + ms;
    let step = result.next();
    while (!step.done) {
      const effect = step.value;
      if (ctx.now() >= deadline) {
        result.return(124);
        return 124;
      }
      if (effect.kind === 'sleep') {
        if (ctx.now() + effect.ms > deadline) {
          yield { kind: 'sleep', ms: deadline - ctx.now() };
          result.return(124);
          return 124;
        }
        yield effect;
      } else {
        yield { kind: 'wait', ready: effect.ready, deadline: Math.min(effect.deadline, deadline) };
        if (!effect.ready() && ctx.now() >= deadline) {
          result.return(124);
          return 124;
        }
      }
      step = result.next();
    }
    return step.value;
  };
}
