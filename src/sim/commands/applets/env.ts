// `env` and `printenv`: print the environment (running a command with `env X=1 cmd` is done by
// the interpreter, which can run commands).
import type { CommandContext } from '../../shell/types.js';

/** Prints the environment, one `NAME=value` a line. */
export function env(ctx: CommandContext): number {
  let out = '';
  for (const [name, value] of Object.entries(ctx.env)) out += `${name}=${value}\n`;
  ctx.stdout.write(out);
  return 0;
}

/** Prints the named variables, or all of them. */
export function printenv(ctx: CommandContext): number {
  const names = ctx.argv.slice(1);
  if (names.length === 0) return env(ctx);
  let status = 0;
  for (const name of names) {
    const value = ctx.env[name];
    if (value === undefined) status = 1;
    else ctx.stdout.write(`${value}\n`);
  }
  return status;
}
