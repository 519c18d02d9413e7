// The shell's public contract: how the simulator drives a shell process on its virtual clock,
// and the shape of the commands (applets, kubectl, nslookup, ...) that the shell can run.
import type { FileData } from '../core/vfs/file-data.js';
import type { FsError, VirtualFs } from '../core/vfs/vfs.js';

/** What a blocked command asks of the caller's clock. */
export type Effect =
  /** Wake me at now + ms (ms may be Infinity: `sleep infinity`). */
  | { kind: 'sleep'; ms: number }
  /** Wake me when `ready()` turns true, or at `deadline` (absolute virtual ms; may be Infinity). */
  | { kind: 'wait'; ready: () => boolean; deadline: number };

export interface Writer {
  write(text: string): void;
  /**
   * A file behind the descriptor takes extents (a run of zeros, random bytes) as they are, as
   * the kernel takes a write without the writer holding the bytes twice; absent for pipes and
   * the terminal. Says how much went in, and the error (ENOSPC, EFBIG) that stopped the rest.
   */
  writeData?(data: FileData): { written: number; error?: FsError };
  /** The file behind it lives on a filesystem with a real size (so an endless writer ends with ENOSPC). */
  readonly bounded?: boolean;
}

/** `ash` is busybox sh (container processes); `bash` is the lesson's own shell. */
export type Dialect = 'ash' | 'bash';

/** Everything a command sees when it runs. */
export interface CommandContext {
  /** argv[0] is the command name as typed (`/bin/echo` stays `/bin/echo`). */
  argv: string[];
  /** The exported variables, as a fresh object per command: changing it changes nothing. */
  env: Record<string, string>;
  cwd: string;
  fs: VirtualFs;
  /**
   * The whole of stdin (pipelines run stage by stage). Reading it consumes it, so a command that
   * does not read stdin leaves it for the next one (`while read l; do echo "$l"; done < f`).
   */
  readonly stdin: string;
  stdout: Writer;
  stderr: Writer;
  /** Virtual milliseconds since the epoch. */
  now(): number;
  /** `$0` of the shell, e.g. `sh`, `/bin/sh` or `bash`. */
  shellName: string;
  /** Decides error wording: busybox (`cat: can't open 'x': ...`) or GNU (`cat: x: ...`). */
  dialect: Dialect;
  /**
   * Runs another program as execvp(3) would (`xargs`, `find -exec`, `nohup`): a command of the
   * table or a script file, never a shell function or builtin. It reads `stdin` (default:
   * nothing) and writes where this command writes. Absent where no shell runs the command.
   */
  exec?(argv: string[], stdin?: string): CommandResult;
  /** Whether `name` is a program on PATH (`which`). Absent where no shell runs the command. */
  hasCommand?(name: string): boolean;
  /** The PID of the shell process running the command (`$$`), where the shell has one. */
  pid?: number;
}

/** A command returns its exit code, or a generator that yields effects when it blocks. */
export type CommandResult = number | Generator<Effect, number, void>;
export type CommandImpl = (ctx: CommandContext) => CommandResult;

export type ExitCause = 'exit' | 'signal' | 'limit' | 'parse-error';

export type ProcessStatus =
  | { state: 'sleeping'; until: number }
  | { state: 'waiting'; ready: () => boolean; deadline: number }
  | { state: 'exited'; code: number; cause: ExitCause };

export type SignalName = 'TERM' | 'KILL' | 'INT';

/**
 * The applets a shell runs in its own process as builtins, from the command registry (the layer
 * above the shell): busybox's ash links echo_main, printf_main and test_main into the shell, and
 * bash's echo, printf and test builtins behave as the programs do. The interpreter gets them
 * here, so it imports no command.
 */
export interface BuiltinApplets {
  echo: CommandImpl;
  /** Debian's dash's echo (ShellOptions.dash): escapes always, no option but -n. */
  dashEcho: CommandImpl;
  printf: CommandImpl;
  /**
   * Evaluates the arguments of `test` (`[` with its `]`); throws TestError
   * (shell/interp/test-ops.ts) for a malformed expression.
   */
  evalTest(name: string, args: string[], ctx: Pick<CommandContext, 'fs' | 'cwd' | 'dialect'>): boolean;
}

export interface ShellOptions {
  /** Error wording: ash `sh: foo: not found`, bash `bash: foo: command not found`. */
  dialect: Dialect;
  fs: VirtualFs;
  cwd: string;
  /** Initial variables; all of them are exported. */
  env: Record<string, string>;
  /** External commands on PATH, by name (`kubectl`, `nslookup`, or the applets table). */
  commands: Record<string, CommandImpl>;
  /** The applets the shell runs in its own process as builtins (echo, printf, test). */
  builtinApplets: BuiltinApplets;
  /** The terminal, or the container log: stdout (1) and stderr (2) in the order written. */
  output: (stream: 1 | 2, text: string) => void;
  /**
   * An interactive session (the lesson's shell) prints errors without line numbers
   * (`bash: foo: command not found`) and runs the EXIT trap only when the session ends; a
   * non-interactive one (`sh -c`, a container) prints `bash: line 3: ...` in the bash dialect.
   */
  interactive?: boolean;
  limits?: {
    /** Commands run without the clock moving before the process is stopped (default 10000). */
    maxStepsWithoutTime?: number;
    /** Bytes a process may write in total (default 16 MiB). */
    maxOutputBytes?: number;
  };
  hostname?: string;
  /**
   * The bash dialect standing in for Debian's `sh`, which is dash: its builtin echo always
   * decodes backslash escapes and takes no option but -n (`echo -e x` prints `-e x`).
   */
  dash?: boolean;
  /** `$$`. PID 1 ignores TERM and INT that it has no trap for, as the kernel does for init. */
  pid?: number;
  /**
   * `kill` to a PID that is not one of this shell's jobs: the container's other processes (its
   * PID namespace). Returns false when no such process exists.
   */
  signalProcess?(pid: number, sig: string): boolean;
}

/** A persistent shell: variables, exported env, cwd, functions, options, traps and `$?`. */
export interface Shell {
  /** Starts running `source` in this shell; call `resume(now)` to make it run. */
  /** `stdin` is what the process reads on fd 0 (all of it, then EOF; default: EOF at once). */
  start(source: string, options?: { argv0?: string; args?: string[]; stdin?: string }): ShellProcess;
  readonly cwd: string;
  /** The exported variables now. */
  env(): Record<string, string>;
  /** `$?` of the last command run. */
  readonly lastStatus: number;
}

export interface ShellProcess {
  /**
   * Runs every thread that can run at `now` until all are blocked, or the process exits.
   * Call it again at the time the status asks for (or sooner, after `signal`, or when a
   * `waiting` status's `ready()` turns true).
   */
  resume(now: number): ProcessStatus;
  /**
   * TERM and INT run the `trap` handler if there is one (after the command in progress, as a
   * real shell does); without one the process ends with 128+n, unless it is PID 1, where the
   * signal is ignored and recorded in `ignoredSignals` for the caller to decide. KILL ends the
   * process at once with 137.
   */
  signal(sig: SignalName): void;
  /**
   * Ctrl-C at an interactive shell's terminal: the foreground command ends with 130 while the
   * shell and its background jobs go on. Only the processes of a session shell have it.
   */
  interrupt?(): void;
  /** Signals delivered to PID 1 without a trap: the kernel drops them; the caller may not. */
  readonly ignoredSignals: readonly SignalName[];
  /** The last status `resume` returned (before the first resume: sleeping until -Infinity, i.e. run me now). */
  readonly status: ProcessStatus;
}
