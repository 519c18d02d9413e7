// Command substitution and subshells: run commands on a copy of the shell state, so nothing
// they change (variables, cwd, `exit`) leaks back; `$( )` also captures stdout.
import type { CommandList } from '../syntax/ast.js';
import { ExitSignal, type Gen } from './control.js';
import { BufferWriter, copyIo } from './io.js';
import { countOutput, type Frame } from './runtime.js';
import { cloneState } from './state.js';

/** A frame for a subshell: its own copy of the state. */
export function subshellFrame(f: Frame): Frame {
  return { ...f, state: cloneState(f.state), io: copyIo(f.io), noErrexit: f.noErrexit };
}

/** Runs `body` in a subshell and returns its status (`exit` ends only the subshell). */
export function* runSubshell(body: CommandList, f: Frame): Gen<number> {
  const sub = subshellFrame(f);
  try {
    return yield* f.rt.exec.execList(body, sub);
  } catch (e) {
    if (e instanceof ExitSignal) return e.status;
    throw e;
  }
}

/** `$(...)`: runs `body` in a subshell and returns its stdout without trailing newlines. */
export function* commandSubstitution(body: CommandList, f: Frame): Gen<string> {
  const sub = subshellFrame(f);
  const out = new BufferWriter(countOutput(f.rt));
  sub.io.fds.set(1, { kind: 'out', writer: out });
  sub.subDepth = f.subDepth + 1;
  // bash (not in POSIX mode) turns `set -e` off inside command substitutions; ash keeps it.
  if (f.rt.dialect === 'bash') sub.state.flags.errexit = false;
  let status: number;
  try {
    status = yield* f.rt.exec.execList(body, sub);
  } catch (e) {
    if (!(e instanceof ExitSignal)) throw e;
    status = e.status;
  }
  f.state.lastStatus = status;
  f.rt.substStatus = status;
  return out.text().replace(/\n+$/, '');
}
