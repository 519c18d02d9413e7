// What every executor carries: the shell-wide runtime (clock, limits, jobs, commands) and the
// frame of the command running now (state, descriptors, whether `set -e` applies here).
import type { Command, CommandList, Script } from '../syntax/ast.js';
import { ExitSignal, type Gen, LimitSignal } from './control.js';
import { type Io, writerOf } from './io.js';
import type { ShellState } from './state.js';
import type { BuiltinApplets, CommandImpl, Dialect, SignalName, Writer } from '../types.js';
import type { VirtualFs } from '../../core/vfs/vfs.js';

/** A background job: one thread of the process. */
export interface Job {
  pid: number;
  done: boolean;
  status: number;
  /** Ends the job now (kill): its generator is dropped. */
  kill(status: number): void;
}

/**
 * The interpreter's entry points, in one object that shell.ts hands to each shell's runtime
 * (interp/executor.ts builds it). Expansion (command substitution), compound commands, functions,
 * scripts and built-ins call back into the interpreter through it instead of importing
 * interpret.ts, which imports them: mvdan/sh's expand.Config.CmdSubst is the same idea.
 */
export interface Executor {
  execList(list: CommandList, f: Frame): Gen<number>;
  execCommand(cmd: Command, f: Frame): Gen<number>;
  /** `$(...)` and backquotes: the body's output, without trailing newlines. */
  commandSubstitution(body: CommandList, f: Frame): Gen<string>;
  builtins: Readonly<Record<string, BuiltinDef>>;
}

/** A builtin's call: it sees the frame (state, descriptors) as well as its arguments. */
export interface BuiltinCall {
  argv: string[];
  /** The frame with the command's redirections applied. */
  f: Frame;
  stdout: Writer;
  stderr: Writer;
}

export interface BuiltinDef {
  run: (call: BuiltinCall) => number | Gen<number>;
  /** Only in these dialects (default: both). */
  dialects?: readonly Dialect[];
}

export interface ShellRuntime {
  /** The interpreter itself (see Executor). */
  exec: Executor;
  dialect: Dialect;
  /** Debian's dash (ShellOptions.dash). */
  dash: boolean;
  interactive: boolean;
  fs: VirtualFs;
  commands: Record<string, CommandImpl>;
  /** echo, printf and test, run in-process (ShellOptions.builtinApplets). */
  builtinApplets: BuiltinApplets;
  output: (stream: 1 | 2, text: string) => void;
  hostname: string;
  pid: number;
  maxSteps: number;
  maxOutputBytes: number;
  /** Virtual time of the current resume. */
  now: number;
  /** When the shell first ran, for `$SECONDS`. */
  startTime: number | undefined;
  steps: number;
  outputBytes: number;
  /** The process was killed while one of its threads ran: stop at the next command. */
  killed: boolean;
  /** `$0` of the running process: the prefix of error messages. */
  shellName: string;
  /** Line of the command running now, for non-interactive error messages. */
  line: number;
  /** Status of the last command substitution: the status of a command that only assigns. */
  substStatus: number | undefined;
  jobs: Map<number, Job>;
  nextPid: number;
  /** Signals received that have a trap, waiting for the current command to finish. */
  pendingTraps: SignalName[];
  /** Starts a background job running `body`; returns its pid. */
  spawn(body: () => Gen<number>): number;
  /** Delivers a signal to the shell process itself (`kill $$`). */
  signalSelf(sig: SignalName): void;
  /** Signals another process of the container (ShellOptions.signalProcess). */
  signalProcess?(pid: number, sig: string): boolean;
  random: number;
  parseCache: Map<string, Script>;
}

export interface Frame {
  rt: ShellRuntime;
  state: ShellState;
  io: Io;
  /** Inside an `if`/`while` condition, a non-final `&&`/`||` operand, or after `!`. */
  noErrexit: boolean;
  /** Command substitution nesting, for the `+` repetition of `set -x`. */
  subDepth: number;
  funcDepth: number;
  /** Set by `env ... CMD`: the exact environment CMD gets (a program, not a shell, passes it on). */
  envOverride?: Record<string, string>;
}

/** Counts one command; stops the process when the clock has not moved for too long. */
export function step(rt: ShellRuntime): void {
  if (rt.killed) throw new LimitSignal('');
  rt.steps++;
  if (rt.steps > rt.maxSteps) {
    throw new LimitSignal(
      `${rt.shellName}: kindling: execution limit reached (${rt.maxSteps} commands without sleep); is there a loop without sleep?\n`,
    );
  }
}

/** Counts output bytes; stops the process past the limit. */
export function countOutput(rt: ShellRuntime): (n: number) => void {
  return (n: number) => {
    rt.outputBytes += n;
    if (rt.outputBytes > rt.maxOutputBytes) {
      const mib = Math.round(rt.maxOutputBytes / 1048576);
      throw new LimitSignal(`${rt.shellName}: kindling: output limit reached (${mib} MiB written); is there a loop without sleep?\n`);
    }
  };
}

/** The prefix of a shell error: `bash: `, `bash: line 3: ` (non-interactive bash), `sh: `. */
export function errorPrefix(f: Frame): string {
  const rt = f.rt;
  if (rt.dialect === 'bash' && !rt.interactive) return `${rt.shellName}: line ${rt.line}: `;
  return `${rt.shellName}: `;
}

/** Prints a shell error to the frame's stderr. */
export function report(f: Frame, message: string): void {
  writerOf(f.io, 2).write(`${errorPrefix(f)}${message}\n`);
}

/** Prints a builtin's error: `bash: cd: x: ...`, `sh: cd: line 1: ...` (ash names the builtin first). */
export function reportBuiltin(f: Frame, name: string, message: string): void {
  const rt = f.rt;
  if (rt.dialect === 'ash') {
    const line = rt.interactive ? '' : `line ${rt.line}: `;
    writerOf(f.io, 2).write(`${rt.shellName}: ${name}: ${line}${message}\n`);
  } else {
    report(f, `${name}: ${message}`);
  }
}

/**
 * A fatal shell error (unbound variable, bad substitution): report it and leave the shell.
 * bash exits 127 for an unset parameter in its main shell and 1 otherwise; ash exits 2.
 */
export function fatal(f: Frame, message: string, kind: 'unset' | 'other' = 'other'): never {
  report(f, message);
  const bashStatus = kind === 'unset' && !f.state.subshell && !f.rt.interactive ? 127 : 1;
  throw new ExitSignal(f.rt.dialect === 'bash' ? bashStatus : 2, true);
}

/** The frame for a condition or non-final `&&` operand: `set -e` does not apply in it. */
export function withoutErrexit(f: Frame): Frame {
  return f.noErrexit ? f : { ...f, noErrexit: true };
}

/** A deterministic `$RANDOM` (0..32767), seeded by the pid. */
export function nextRandom(rt: ShellRuntime): number {
  rt.random = (rt.random * 1103515245 + 12345) % 2147483648;
  return (rt.random >> 16) & 0x7fff;
}
