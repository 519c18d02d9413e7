// Traps: handlers for signals that arrived while a command ran, and the EXIT trap.
import { ExitSignal, type Gen } from './control.js';
import { evalString } from './interpret-script.js';
import type { Frame } from './runtime.js';

/** Runs the handlers of signals received since the last command; `$?` is kept across them. */
export function* runPendingTraps(f: Frame): Gen<void> {
  const rt = f.rt;
  while (rt.pendingTraps.length > 0) {
    const sig = rt.pendingTraps.shift() as string;
    const handler = f.state.traps.get(sig);
    if (handler === undefined || handler === '') continue;
    const saved = f.state.lastStatus;
    yield* evalString(handler, f, 'trap');
    f.state.lastStatus = saved;
  }
}

/** Runs the EXIT trap once (an `exit` inside it sets the final status). */
export function* runExitTrap(f: Frame, status: number): Gen<number> {
  const handler = f.state.traps.get('EXIT');
  if (handler === undefined || handler === '') return status;
  f.state.traps.delete('EXIT');
  f.state.lastStatus = status;
  try {
    yield* evalString(handler, f, 'trap');
    return status;
  } catch (e) {
    if (e instanceof ExitSignal) return e.status;
    throw e;
  }
}
