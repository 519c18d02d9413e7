// exit, return, break, continue.
import { ExitSignal, LoopSignal, ReturnSignal } from '../control.js';
import { reportBuiltin } from '../runtime.js';
import type { BuiltinCall } from './types.js';

/** Parses the numeric argument of exit/return; reports and returns undefined when it is not one. */
function statusArg(call: BuiltinCall, name: string): number | undefined {
  const arg = call.argv[1];
  if (arg === undefined) return call.f.state.lastStatus;
  if (/^\s*[-+]?[0-9]+\s*$/.test(arg)) return ((Number(arg) % 256) + 256) % 256;
  if (call.f.rt.dialect === 'bash') reportBuiltin(call.f, name, `${arg}: numeric argument required`);
  else reportBuiltin(call.f, name, `Illegal number: ${arg}`);
  return undefined;
}

/** `exit [N]`. */
export function exit(call: BuiltinCall): number {
  // An interactive bash says `exit` as it leaves.
  if (call.f.rt.interactive && call.f.rt.dialect === 'bash' && !call.f.state.subshell) call.stderr.write('exit\n');
  const status = statusArg(call, 'exit');
  if (call.argv.length > 2 && call.f.rt.dialect === 'bash' && status !== undefined) {
    reportBuiltin(call.f, 'exit', 'too many arguments');
    return 1;
  }
  throw new ExitSignal(status ?? 2);
}

/** `return [N]` from a function or a sourced file. */
export function returnBuiltin(call: BuiltinCall): number {
  const { f } = call;
  const status = statusArg(call, 'return');
  if (f.state.localFrames.length === 0 && f.funcDepth === 0) {
    if (f.rt.dialect === 'bash') {
      reportBuiltin(f, 'return', "can only `return' from a function or sourced script");
      return 2;
    }
    throw new ExitSignal(status ?? 2);
  }
  throw new ReturnSignal(status ?? 2);
}

function loop(call: BuiltinCall, kind: 'break' | 'continue'): number {
  const { f, argv } = call;
  const bash = f.rt.dialect === 'bash';
  let n = 1;
  if (argv[1] !== undefined) {
    n = /^[0-9]+$/.test(argv[1]) ? Number(argv[1]) : NaN;
    if (!(n >= 1)) {
      if (bash) reportBuiltin(f, kind, Number.isNaN(n) ? `${argv[1]}: numeric argument required` : `${argv[1]}: loop count out of range`);
      else reportBuiltin(f, kind, `Illegal number: ${argv[1]}`);
      return 1;
    }
  }
  if (f.state.loopDepth === 0) {
    if (bash) reportBuiltin(f, kind, "only meaningful in a `for', `while', or `until' loop");
    return 0;
  }
  throw new LoopSignal(kind, Math.min(n, f.state.loopDepth));
}

/** `break [N]`. */
export function breakBuiltin(call: BuiltinCall): number {
  return loop(call, 'break');
}

/** `continue [N]`. */
export function continueBuiltin(call: BuiltinCall): number {
  return loop(call, 'continue');
}
