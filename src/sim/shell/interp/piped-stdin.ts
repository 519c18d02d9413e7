// A command that reads its stdin whole (`sort`, `kubectl apply -f -`), run while that stdin is a
// pipe whose writer has not finished. A real process would block in read(2); a command here is
// a function that takes `ctx.stdin` as a string, so it runs on speculation: its output is held,
// and if it reads stdin before the pipe has ended, that run is dropped and the command runs
// again once the writer is done. A command that never reads stdin (`date` in a `while read`
// loop) runs at once, as it would in bash. The held output goes out when the command ends,
// blocks (its first yield) or writes extents; after that, stdin gives what has arrived.
import type { Gen } from './control.js';
import { awaitEnd, type InputStream, inputEnded } from './io.js';
import type { CommandContext, CommandImpl, CommandResult, Effect, Writer } from '../types.js';

/** Thrown by the `stdin` of a speculative run: the command wants input that has not ended. */
class NeedInput {}

/**
 * Runs `impl` with a context from `makeCtx(beforeRead)`, whose `stdin` getter calls
 * `beforeRead` first; see the file comment.
 */
export function* runOnPipedStdin(stdin: InputStream, impl: CommandImpl, makeCtx: (beforeRead: () => void) => CommandContext): Gen<number> {
  const held: (() => void)[] = [];
  let speculating = true;
  const commit = (): void => {
    if (!speculating) return;
    speculating = false;
    for (const write of held) write();
    held.length = 0;
  };
  const holding = (w: Writer): Writer => ({
    write: (text) => {
      if (speculating) held.push(() => w.write(text));
      else w.write(text);
    },
    ...(w.writeData
      ? {
          writeData: (data) => {
            commit();
            return (w.writeData as NonNullable<Writer['writeData']>)(data);
          },
        }
      : {}),
    ...(w.room ? { room: () => (w.room as () => number)() } : {}),
    get bounded() {
      return w.bounded;
    },
  });
  const ctx = makeCtx(() => {
    if (speculating && !inputEnded(stdin)) throw new NeedInput();
  });
  ctx.stdout = holding(ctx.stdout);
  ctx.stderr = holding(ctx.stderr);
  try {
    const r = impl(ctx);
    if (typeof r === 'number') {
      commit();
      return r;
    }
    const first = r.next();
    commit();
    return yield* continueFrom(r, first);
  } catch (e) {
    if (!(e instanceof NeedInput)) {
      commit();
      throw e;
    }
  }
  yield* awaitEnd(stdin);
  const again: CommandResult = impl(makeCtx(() => undefined));
  return typeof again === 'number' ? again : yield* again;
}

/** The rest of a generator whose first step has been taken (ended with it when this is ended early). */
function* continueFrom(gen: Generator<Effect, number, void>, first: IteratorResult<Effect, number>): Gen<number> {
  let r = first;
  try {
    while (!r.done) {
      yield r.value;
      r = gen.next();
    }
    return r.value;
  } finally {
    if (!r.done) gen.return(0);
  }
}
