// `wait` and `kill` for background jobs (threads of this process) and for the shell itself.
import { type Gen, SIGNAL_NUMBERS } from '../control.js';
import { type Frame, type Job, reportBuiltin } from '../runtime.js';
import type { SignalName } from '../../types.js';
import type { BuiltinCall } from './types.js';
import { signalName } from './trap.js';

/** Blocks until `job` is done, or a trapped signal arrives (then 128+n, as bash returns). */
function* waitFor(job: Job, f: Frame): Gen<number | undefined> {
  const rt = f.rt;
  while (!job.done) {
    const pending = rt.pendingTraps[0];
    if (pending !== undefined && !f.state.subshell) return 128 + (SIGNAL_NUMBERS[pending] ?? 0);
    yield { kind: 'wait', ready: () => job.done || (rt.pendingTraps.length > 0 && !f.state.subshell), deadline: Infinity };
  }
  return undefined;
}

function findJob(spec: string, f: Frame): Job | undefined {
  if (spec.startsWith('%')) {
    const n = Number(spec.slice(1) || '1');
    return [...f.rt.jobs.values()][n - 1];
  }
  return /^[0-9]+$/.test(spec) ? f.rt.jobs.get(Number(spec)) : undefined;
}

/** `wait [PID|%N]...`: the status of the last job waited for (127: not a job). */
export function* wait(call: BuiltinCall): Gen<number> {
  const { f } = call;
  const rt = f.rt;
  const specs = call.argv.slice(1).filter((a) => a !== '-n' && a !== '-f');
  if (specs.length === 0) {
    for (const job of [...rt.jobs.values()]) {
      const interrupted = yield* waitFor(job, f);
      if (interrupted !== undefined) return interrupted;
      rt.jobs.delete(job.pid);
    }
    return 0;
  }
  let status = 0;
  for (const spec of specs) {
    const job = findJob(spec, f);
    if (job === undefined) {
      if (f.rt.dialect === 'bash') reportBuiltin(f, 'wait', `pid ${spec} is not a child of this shell`);
      status = 127;
      continue;
    }
    const interrupted = yield* waitFor(job, f);
    if (interrupted !== undefined) return interrupted;
    status = job.status;
    rt.jobs.delete(job.pid);
  }
  return status;
}

/** `kill [-SIG] PID|%N...` for jobs of this shell and for `$$`. */
export function kill(call: BuiltinCall): number {
  const { f } = call;
  const bash = f.rt.dialect === 'bash';
  const args = call.argv.slice(1);
  let sig = 'TERM';
  if (args[0] === '-l') {
    call.stdout.write(`${Object.keys(SIGNAL_NUMBERS).join(' ')}\n`);
    return 0;
  }
  if (args[0] === '-s' || args[0] === '-n') {
    args.shift();
    sig = args.shift() ?? 'TERM';
  } else if (args[0]?.startsWith('-') && args[0] !== '--') {
    sig = (args.shift() as string).slice(1);
  }
  if (args[0] === '--') args.shift();
  const name = sig === '0' ? '0' : signalName(sig, false);
  if (name === undefined || name === 'EXIT') {
    reportBuiltin(f, 'kill', bash ? `${sig}: invalid signal specification` : `bad signal name '${sig}'`);
    return 1;
  }
  if (args.length === 0) {
    if (bash) call.stderr.write('kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n');
    return bash ? 2 : 1;
  }
  let status = 0;
  for (const spec of args) {
    if (spec === String(f.rt.pid)) {
      if (name !== '0') f.rt.signalSelf(name as SignalName);
      continue;
    }
    const job = findJob(spec, f);
    if (job === undefined && /^\d+$/.test(spec) && f.rt.signalProcess?.(Number(spec), name)) continue;
    if (job === undefined || (job.done && name !== '0')) {
      if (job === undefined || !job.done) {
        reportBuiltin(f, 'kill', bash ? `(${spec}) - No such process` : `can't kill pid ${spec}: No such process`);
        status = 1;
      }
      continue;
    }
    if (name !== '0') job.kill(128 + (SIGNAL_NUMBERS[name] ?? 15));
  }
  return status;
}
