// `echo` (builtin in both shells, also /bin/echo): -n, -e, -E; no escapes unless -e.
import { decodeEscapes } from '../escapes.js';
import type { CommandContext } from '../types.js';

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
