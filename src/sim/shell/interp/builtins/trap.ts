// `trap`: handlers for EXIT and signals (TERM, INT, ...). Signals come from ShellProcess.signal.
import { SIGNAL_NUMBERS } from '../control.js';
import { reportBuiltin } from '../runtime.js';
import type { BuiltinCall } from './types.js';

const NAMES_BY_NUMBER = new Map(Object.entries(SIGNAL_NUMBERS).map(([name, n]) => [String(n), name]));

/** `TERM`, `SIGTERM`, `15`, `EXIT`, `0` -> the canonical name; undefined when unknown. */
export function signalName(spec: string, bash: boolean): string | undefined {
  const s = spec.toUpperCase().replace(/^SIG/, '');
  if (s === 'EXIT' || s === '0') return 'EXIT';
  if (bash && (s === 'ERR' || s === 'DEBUG' || s === 'RETURN')) return s;
  if (SIGNAL_NUMBERS[s] !== undefined) return s;
  return NAMES_BY_NUMBER.get(s);
}

function quote(s: string): string {
  return `'${s.replace(/'/g, "'\\''")}'`;
}

/** `trap [HANDLER] SIG...`, `trap - SIG`, `trap` (list). */
export function trap(call: BuiltinCall): number {
  const { f } = call;
  const bash = f.rt.dialect === 'bash';
  const args = call.argv.slice(1);
  if (args[0] === '--') args.shift();
  if (args.length === 0 || args[0] === '-p') {
    const order = (sig: string): number => (sig === 'EXIT' ? 0 : (SIGNAL_NUMBERS[sig] ?? 100));
    for (const [sig, handler] of [...f.state.traps].sort((a, b) => order(a[0]) - order(b[0]))) {
      call.stdout.write(`trap -- ${quote(handler)} ${sig === 'EXIT' ? 'EXIT' : bash ? `SIG${sig}` : sig}\n`);
    }
    return 0;
  }
  if (args[0] === '-l') {
    call.stdout.write(`${Object.entries(SIGNAL_NUMBERS).map(([n, i]) => `${i}) SIG${n}`).join(' ')}\n`);
    return 0;
  }
  let handler: string | undefined = args[0] as string;
  let sigs = args.slice(1);
  // `trap 15` or `trap TERM` with one operand resets, as POSIX says for a number.
  if (sigs.length === 0 || /^[0-9]+$/.test(handler)) {
    sigs = args;
    handler = undefined;
  } else if (handler === '-') handler = undefined;
  let status = 0;
  for (const spec of sigs) {
    const name = signalName(spec, bash);
    if (name === undefined) {
      reportBuiltin(f, 'trap', `${spec}: invalid signal specification`);
      status = 1;
      continue;
    }
    if (handler === undefined) f.state.traps.delete(name);
    else f.state.traps.set(name, handler);
  }
  return status;
}
