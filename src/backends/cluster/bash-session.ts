// A lesson's session on the cluster backend: a temp dir holding the workspace (`work/`) and, beside
// it, one file per step with the command, and the session's terminal: one log that every step
// appends to. A step's output is what the log grew by while it ran, so a command left running in
// the background (`&`) shows what it prints under the commands that run meanwhile, as a terminal
// does. Each step is sourced by the same bash, so env, cwd, functions and aliases carry over,
// and heredocs stay intact.
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Diagnostic } from '../../lesson/types.js';
import type { StepResult } from '../../run/types.js';
import type { RunOptions, Session } from '../types.js';
import { type BashProcess, describeExit, exitCodeOf } from './bash-process.js';
import { exiting } from './cleanup-on-exit.js';
import { shellQuote } from './shell-quote.js';
import { writeFileInWorkspace } from './write-file-in-workspace.js';
import { clampTimerMs } from '../../clamp-timer.js';

/** Exit code reported for a step killed at its timeout, as timeout(1) does. */
export const TIMEOUT_EXIT_CODE = 124;

/** Exit code of a step that never ran because the session's shell is gone (no shell returns it). */
export const NOT_RUN_EXIT_CODE = -1;

/** A background step has printed what it prints at once when its output is this long unchanged. */
const SETTLE_MS = 500;
/** A background step that has printed nothing yet is given this long to start printing. */
const SETTLE_IDLE_MS = 2_000;
/** ... and never more than this. */
const SETTLE_LIMIT_MS = 5_000;

export interface SessionExtras {
  /** Warnings about the cluster (version skew), reported with the lesson. */
  warnings?: Diagnostic[];
  /** Runs at close, after the shell is gone and before the workspace is removed (deletes the namespace). */
  finish?: () => Promise<void>;
}

export class BashSession implements Session {
  private steps = 0;
  /** Bytes of the session's log read so far. */
  private logged = 0;
  /** Why no further step can run, once the shell has ended. */
  private ended: string | undefined;
  private closing: Promise<void> | undefined;

  constructor(
    private readonly dir: string,
    private readonly workDir: string,
    private readonly bash: BashProcess,
    private readonly extra: SessionExtras = {},
  ) {}

  diagnostics(): Diagnostic[] {
    return [...(this.extra.warnings ?? [])];
  }

  async writeFile(path: string, content: string): Promise<void> {
    await writeFileInWorkspace(this.workDir, path, content);
  }

  async run(command: string, options: RunOptions): Promise<StepResult> {
    if (this.ended !== undefined) return notRun(command, this.ended);
    const started = performance.now();
    const step = ++this.steps;
    const script = join(this.dir, `step-${step}.sh`);
    const log = join(this.dir, 'session.log');
    await writeFile(script, command.endsWith('\n') ? command : `${command}\n`);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      this.bash.kill();
    }, clampTimerMs(options.timeoutMs));
    const outcome = await this.bash.request(`${stepCommand(script, options)} >> ${shellQuote(log)} 2>&1 < /dev/null`);
    clearTimeout(timer);
    if (options.background && outcome.kind === 'marker') await settle(log);
    const output = asTerminalOutput(await this.readLog(log), script, command);
    const result = { command, output, durationMs: performance.now() - started, timedOut: false };
    if (outcome.kind === 'marker') {
      // timeout(1) reports 124 when it had to send the interrupt.
      if (options.interruptMs !== undefined && outcome.status === TIMEOUT_EXIT_CODE) return { ...result, exitCode: 130, interrupted: true };
      return { ...result, exitCode: outcome.status };
    }
    // The shell is gone: kill whatever it left running in the background now, not at close.
    this.bash.kill();
    if (timedOut) {
      this.ended = `the lesson's shell was killed when \`${label(command)}\` timed out`;
      return { ...result, exitCode: TIMEOUT_EXIT_CODE, timedOut: true };
    }
    this.ended = `the lesson's shell exited (${describeExit(outcome.exit)} at \`${label(command)}\`)`;
    return { ...result, exitCode: exitCodeOf(outcome.exit) };
  }

  /** What the session's log grew by since the last read. */
  private async readLog(log: string): Promise<string> {
    const all = await readFile(log).catch(() => Buffer.alloc(0));
    const grown = all.subarray(this.logged);
    this.logged = all.length;
    return grown.toString('utf8');
  }

  now(): number {
    return Date.now();
  }

  async wait(ms: number): Promise<void> {
    await sleep(ms);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.ended ??= 'the session is closed';
      await this.bash.dispose();
      // After a signal the exit clean-up deletes the namespace and the workspace; not twice at once.
      if (exiting()) return;
      await this.extra.finish?.();
      await rm(this.dir, { recursive: true, force: true, maxRetries: 3 });
    })();
    return this.closing;
  }
}

/**
 * How bash runs a step: sourced, so that it changes the session; or, to be stopped with Ctrl-C,
 * in a child bash under timeout(1), which sends SIGINT to the child's whole process group (what a
 * terminal does to its foreground job) and SIGKILL 5 s later if that did not end it. The child
 * sees exported variables and the directory, not the session's functions or unexported variables.
 */
function stepCommand(script: string, options: RunOptions): string {
  if (options.interruptMs === undefined) return `{ . ${shellQuote(script)}; }`;
  const seconds = (options.interruptMs / 1000).toFixed(3);
  return `{ timeout -s INT -k 5s ${seconds}s bash --noprofile --norc ${shellQuote(script)}; }`;
}

/**
 * Waits for what a background step prints at once: until the log has grown and then been quiet
 * for a moment, or has not grown at all for a while (`SETTLE_LIMIT_MS` at most).
 */
async function settle(log: string): Promise<void> {
  const size = async (): Promise<number> => (await stat(log).catch(() => ({ size: 0 }))).size;
  const started = performance.now();
  const initial = await size();
  let last = initial;
  let quietSince = started;
  while (performance.now() - started < SETTLE_LIMIT_MS) {
    await sleep(100);
    const now = await size();
    if (now !== last) {
      last = now;
      quietSince = performance.now();
    } else if (performance.now() - quietSince >= (now === initial ? SETTLE_IDLE_MS : SETTLE_MS)) {
      return;
    }
  }
}

/** The result of a step that could not run; `output` says why. */
function notRun(command: string, why: string): StepResult {
  return { command, output: `kindling: ${why}; nothing more can run in this session\n`, exitCode: NOT_RUN_EXIT_CODE, durationMs: 0, timedOut: false };
}

/**
 * bash names the sourced step file in its messages (`/tmp/.../step-3.sh: line 1: foo: command not
 * found`); a terminal says `bash: foo: command not found`, or `bash: line 2: ...` for a multi-line
 * script. Rewrite the former into the latter so outputs do not depend on the temp dir.
 */
export function asTerminalOutput(output: string, script: string, command: string): string {
  const multiLine = command.replace(/\n$/, '').includes('\n');
  const prefix = new RegExp(`${escapeRegExp(script)}: line (\\d+): `, 'g');
  return output.replace(prefix, (_, line: string) => (multiLine ? `bash: line ${line}: ` : 'bash: '));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first line of a command, shortened, for messages. */
function label(command: string): string {
  const lines = command.trim().split('\n');
  const first = lines[0] ?? '';
  const short = first.length > 60 ? `${first.slice(0, 57)}...` : first;
  return lines.length > 1 && short === first ? `${short} ...` : short;
}
