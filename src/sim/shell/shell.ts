// createShell: a persistent shell session (the lesson's bash) or a container's `sh -c`, whose
// processes run on the caller's virtual clock.
import type { Script } from './syntax/ast.js';
import { ExitSignal, type Gen, LoopSignal, ReturnSignal } from './interp/control.js';
import { runScript, parseCached } from './interp/interpret-script.js';
import { runExitTrap } from './interp/interpret-trap.js';
import type { Io } from './interp/io.js';
import { EXECUTOR } from './interp/executor.js';
import { jobFor, ProcessImpl, ThreadPool } from './interp/process.js';
import { countOutput, type Frame, type ShellRuntime } from './interp/runtime.js';
import { createState, exportedEnv, type ShellState, setVar } from './interp/state.js';
import type { Shell, ShellOptions, ShellProcess, SignalName } from './types.js';

const DEFAULT_MAX_STEPS = 10_000;
const DEFAULT_MAX_OUTPUT = 16 * 1024 * 1024;

export interface SessionShell extends Shell {
  /** True once the session ran `exit` (or `set -e` stopped it): an interactive shell is then gone. */
  readonly exited: boolean;
  /**
   * Lets the background jobs that can run at `now` run until each one blocks: what a job started
   * with `&` prints at once appears before the next command, as on a terminal.
   */
  settleJobs(now: number): void;
}

/** Creates a shell; nothing runs until `start(...).resume(now)`. */
export function createShell(options: ShellOptions): SessionShell {
  const interactive = options.interactive ?? false;
  const defaultName = options.dialect === 'bash' ? 'bash' : 'sh';
  const pool = new ThreadPool();
  let current: ProcessImpl | undefined;
  let exited = false;
  const rt: ShellRuntime = {
    exec: EXECUTOR,
    dialect: options.dialect,
    dash: options.dash ?? false,
    interactive,
    fs: options.fs,
    commands: options.commands,
    builtinApplets: options.builtinApplets,
    output: options.output,
    hostname: options.hostname ?? 'localhost',
    pid: options.pid ?? 1,
    maxSteps: options.limits?.maxStepsWithoutTime ?? DEFAULT_MAX_STEPS,
    maxOutputBytes: options.limits?.maxOutputBytes ?? DEFAULT_MAX_OUTPUT,
    now: 0,
    startTime: undefined,
    steps: 0,
    outputBytes: 0,
    killed: false,
    shellName: defaultName,
    line: 1,
    substStatus: undefined,
    jobs: new Map(),
    nextPid: (options.pid ?? 1) + 1,
    pendingTraps: [],
    spawn: (body) => {
      const pid = rt.nextPid++;
      rt.jobs.set(pid, jobFor(pid, pool.add(body(), rt.now)));
      return pid;
    },
    signalSelf: (sig: SignalName) => current?.signalFromInside(sig),
    ...(options.signalProcess ? { signalProcess: options.signalProcess } : {}),
    random: options.pid ?? 1,
    parseCache: new Map(),
  };
  const state = initialState(options, defaultName);

  return {
    start(source, startOptions = {}) {
      if (current && current.status.state !== 'exited') throw new Error('bug: start() while the previous process is still running');
      rt.shellName = startOptions.argv0 ?? defaultName;
      state.argv0 = rt.shellName;
      if (startOptions.args) state.positional = [...startOptions.args];
      rt.steps = 0;
      rt.outputBytes = 0;
      rt.killed = false;
      rt.pendingTraps = [];
      const script = parseCached(source, rt);
      let reachedSyntaxError = false;
      const frame: Frame = { rt, state, io: terminalIo(rt, startOptions.stdin ?? ''), noErrexit: false, subDepth: 0, funcDepth: 0 };
      const main = runMain(script, frame, interactive, () => {
        exited = true;
      }, () => {
        reachedSyntaxError = script.error !== undefined;
      });
      current = new ProcessImpl(
        {
          rt,
          pool,
          trapFor: (sig) => state.traps.get(sig),
          onExit: (_code, cause) => {
            if (!interactive || cause === 'signal' || cause === 'limit') {
              pool.clear();
              rt.jobs.clear();
            }
          },
        },
        main,
        () => reachedSyntaxError,
      );
      return current satisfies ShellProcess;
    },
    get cwd() {
      return state.cwd;
    },
    env() {
      return exportedEnv(state);
    },
    get lastStatus() {
      return state.lastStatus;
    },
    get exited() {
      return exited;
    },
    settleJobs(now) {
      if (rt.jobs.size === 0) return;
      // A process whose main thread only yields once: the jobs ready now run before it ends.
      const main = (function* (): Gen<number> {
        yield { kind: 'sleep', ms: 0 };
        return state.lastStatus;
      })();
      new ProcessImpl({ rt, pool, trapFor: () => undefined, onExit: () => {} }, main, () => false).resume(now);
    },
  };
}

function initialState(options: ShellOptions, argv0: string): ShellState {
  const state = createState(options.env, options.cwd, argv0);
  setVar(state, 'PWD', options.cwd, { export: true });
  const level = Number(options.env['SHLVL'] ?? '0');
  setVar(state, 'SHLVL', String((Number.isFinite(level) ? level : 0) + 1), { export: true });
  if (options.env['HOSTNAME'] === undefined && options.hostname !== undefined) setVar(state, 'HOSTNAME', options.hostname);
  setVar(state, 'IFS', ' \t\n');
  setVar(state, 'PPID', (options.pid ?? 1) === 1 ? '0' : '1');
  setVar(state, 'OPTIND', '1');
  if (options.dialect === 'bash') setVar(state, 'PS4', '+ ');
  return state;
}

function terminalIo(rt: ShellRuntime, stdin: string): Io {
  const count = countOutput(rt);
  const terminal = (stream: 1 | 2) => ({
    write(text: string) {
      count(text.length);
      rt.output(stream, text);
    },
  });
  return {
    fds: new Map([
      [0, { kind: 'in', stream: { data: stdin, pos: 0 } }],
      [1, { kind: 'out', writer: terminal(1) }],
      [2, { kind: 'out', writer: terminal(2) }],
    ]),
  };
}

/** The main thread: the script, then (non-interactive) the EXIT trap. */
function* runMain(script: Script, f: Frame, interactive: boolean, onShellExit: () => void, onEnd: () => void): Gen<number> {
  let status: number;
  let exitedShell = false;
  try {
    status = yield* runScript(script, f, '-c');
    onEnd();
  } catch (e) {
    if (e instanceof ExitSignal || e instanceof ReturnSignal) {
      status = e.status;
      exitedShell = true;
    } else if (e instanceof LoopSignal) status = 0;
    else throw e;
  }
  f.state.lastStatus = status;
  if (interactive && exitedShell) onShellExit();
  if (!interactive || exitedShell) status = yield* runExitTrap(f, status);
  f.state.lastStatus = status;
  return status;
}
