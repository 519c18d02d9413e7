// `echo` (builtin in both shells, also /bin/echo): -n, -e, -E; no escapes unless -e.
import { decodeEscapes } from '../../shell/syntax/escapes.js';
import type { CommandContext } from '../../shell/types.js';

/** Prints its arguments separated by spaces. */
export function echo(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  let newline = true;
  let escapes = false;
  while (args.length > 0 && /^-[neE]+$/.test(args[0] as string)) {
    for (const o of (args.shift() as string).slice(1)) {
      if (o === 'n') newline = false;
      else escapes = o === 'e';
    }
  }
  let text = args.join(' ');
  if (escapes) {
    const d = decodeEscapes(text, 'echo');
    text = d.text;
    if (d.stop) {
      ctx.stdout.write(text);
      return 0;
    }
  }
  ctx.stdout.write(newline ? `${text}\n` : text);
  return 0;
}

/**
 * dash's builtin echo (dash src/bltin/printf.c, echocmd): only a first `-n` is an option, and
 * backslash escapes are always decoded; `\c` ends the output.
 */
export function dashEcho(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  const newline = args[0] !== '-n';
  if (!newline) args.shift();
  const d = decodeEscapes(args.join(' '), 'dash-echo');
  ctx.stdout.write(newline && !d.stop ? `${d.text}\n` : d.text);
  return 0;
}
