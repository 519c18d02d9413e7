// Official images' docker-entrypoint.sh scripts that only decide what to exec: the node image's
// (`node` prepended when the first argument is an option, not a command, or a non-executable
// file), bash's (`bash` prepended when there are no arguments or the first is an option), and
// curlimages/curl's /entrypoint.sh (`curl` prepended when the first argument is an option or not
// a command). Each then execs, so the chosen command runs as PID 1.
import type { CommandContext, CommandResult } from '../../shell/types.js';
import type { Program } from './types.js';

export type Exec = (ctx: CommandContext, argv: string[]) => CommandResult | undefined;

interface EntrypointRule {
  /** The command prepended when the rule says so. */
  fallback: string;
  /** Whether no arguments at all also means the fallback (bash's `[ "$#" -eq 0 ]`). */
  whenEmpty: boolean;
  /** Whether an unknown first word means the fallback (`[ -z "$(command -v "$1")" ]`). */
  whenUnknown: boolean;
}

export const ENTRYPOINT_RULES: Readonly<Record<'node' | 'bash' | 'curl', EntrypointRule>> = {
  node: { fallback: 'node', whenEmpty: false, whenUnknown: true },
  bash: { fallback: 'bash', whenEmpty: true, whenUnknown: false },
  curl: { fallback: 'curl', whenEmpty: false, whenUnknown: true },
};

export function entrypointProgram(rule: EntrypointRule, exec: Exec): Program {
  return {
    *command(ctx) {
      const args = ctx.argv.slice(1);
      const first = args[0];
      let argv = args;
      if (first === undefined ? rule.whenEmpty : first.startsWith('-')) argv = [rule.fallback, ...args];
      let r = argv.length > 0 ? exec(ctx, argv) : 0;
      if (r === undefined && rule.whenUnknown) r = exec(ctx, [rule.fallback, ...args]);
      if (r === undefined) {
        // bash's `exec "$@"` (line 11 of the bash image's script, UNVERIFIED) of a missing command.
        ctx.stderr.write(`/usr/local/bin/docker-entrypoint.sh: line 11: exec: ${argv[0]}: not found\n`);
        return 127;
      }
      return typeof r === 'number' ? r : yield* r;
    },
  };
}
