// `yes [STRING]`: prints its line for ever, a pipe's worth at a time, until SIGPIPE ends it
// (`yes | head -n 3`), the filesystem is full (`yes > f`), or the output limit stops the shell.
import type { CommandContext } from '../../shell/types.js';
import { CHUNK, pause, type Stream } from './stream.js';

/** Prints its argument (or `y`) line after line. */
export function* yes(ctx: CommandContext): Stream<number> {
  const args = ctx.argv.slice(1);
  const line = `${args.length > 0 ? args.join(' ') : 'y'}\n`;
  // One string a chunk and a line longer than CHUNK, cut at a moving offset: nothing new is held per write.
  const block = line.repeat(Math.ceil(CHUNK / line.length) + 1);
  let at = 0;
  for (;;) {
    const room = ctx.stdout.room?.() ?? CHUNK;
    const n = Math.min(room, CHUNK);
    ctx.stdout.write(block.slice(at, at + n));
    at = (at + n) % line.length;
    yield* pause(ctx);
  }
}
