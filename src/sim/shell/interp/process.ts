// Threads on the virtual clock. A process is its main thread plus the shell's background jobs;
// `resume(now)` runs whichever can run (lowest wake time first, then first come) until every
// one is blocked on a sleep or a wait, or the main thread ends.
import { ExitSignal, type Gen, LimitSignal, SIGNAL_NUMBERS } from './control.js';
import { BrokenPipe, SIGPIPE_STATUS } from './pipe.js';
import type { Job, ShellRuntime } from './runtime.js';
import type { Effect, ExitCause, ProcessStatus, ShellProcess, SignalName } from '../types.js';

type Block =
  | { kind: 'ready'; at: number }
  | { kind: 'sleep'; until: number }
  | { kind: 'wait'; ready: () => boolean; deadline: number };

export interface Thread {
  gen: Gen<number>;
  block: Block;
  /** Queue position among threads ready at the same time (refreshed each time it yields). */
  seq: number;
  done: boolean;
  status: number;
  /** A pipeline stage: the thread running the pipeline. A stage dies with it (Ctrl-C, kill). */
  parent?: Thread;
}

/**
 * Thread steps (a run to the next effect) a process may take without the clock moving: stages
 * that stream through pipes step once per pipe's worth (`yes | head -c 1G | wc -c` takes about
 * 50,000); an endless stream with no clock (`yes | cat >/dev/null`) stops here.
 */
export const MAX_STEPS_WITHOUT_TIME = 1_000_000;

/** The threads of one shell: background jobs outlive the process that started them. */
export class ThreadPool {
  readonly threads: Thread[] = [];
  private seq = 0;
  /** The thread running now (ProcessImpl.step), the parent of the stages it starts. */
  running: Thread | undefined;

  add(gen: Gen<number>, at: number, parent?: Thread): Thread {
    const t: Thread = { gen, block: { kind: 'ready', at }, seq: this.seq++, done: false, status: 0, ...(parent ? { parent } : {}) };
    this.threads.push(t);
    return t;
  }

  requeue(t: Thread): void {
    t.seq = this.seq++;
  }

  /** The thread to run next at `now`, if any can run. */
  next(now: number): Thread | undefined {
    let best: Thread | undefined;
    let bestAt = Infinity;
    for (const t of this.threads) {
      if (t.done || orphaned(t)) continue;
      const at = wakeTime(t.block, now);
      if (at === undefined) continue;
      if (best === undefined || at < bestAt || (at === bestAt && t.seq < best.seq)) {
        best = t;
        bestAt = at;
      }
    }
    return best;
  }

  prune(): void {
    for (let i = this.threads.length - 1; i >= 0; i--) if (this.threads[i]?.done) this.threads.splice(i, 1);
  }

  clear(): void {
    for (const t of this.threads) t.done = true;
    this.threads.length = 0;
  }
}

/** A stage whose pipeline's thread has ended (interrupted, killed) ends too, as its process group does. */
function orphaned(t: Thread): boolean {
  for (let p = t.parent; p !== undefined; p = p.parent) {
    if (p.done) {
      t.done = true;
      t.status = 130;
      return true;
    }
  }
  return false;
}

/** When a blocked thread can run, or undefined if it cannot at `now`. */
function wakeTime(b: Block, now: number): number | undefined {
  if (b.kind === 'ready') return b.at;
  if (b.kind === 'sleep') return b.until <= now ? b.until : undefined;
  if (b.deadline <= now) return b.deadline;
  return b.ready() ? now : undefined;
}

export interface ProcessHooks {
  rt: ShellRuntime;
  pool: ThreadPool;
  /** The traps set in the shell now (TERM may have one). */
  trapFor(sig: SignalName): string | undefined;
  /** Called once when the process ends (non-interactive shells drop their jobs here). */
  onExit(code: number, cause: ExitCause): void;
}

/** One `start()`: the main thread, and the scheduling of every thread of the shell. */
export class ProcessImpl implements ShellProcess {
  status: ProcessStatus = { state: 'sleeping', until: -Infinity };
  readonly ignoredSignals: SignalName[] = [];
  private main: Thread;
  private lastNow = -Infinity;
  /** Thread steps since the clock last moved (MAX_STEPS_WITHOUT_TIME). */
  private spins = 0;
  private ended: { code: number; cause: ExitCause } | undefined;
  /** Set by a signal that ends the process while one of its threads is running. */
  private doomed: { code: number; cause: ExitCause } | undefined;

  constructor(
    private readonly hooks: ProcessHooks,
    mainBody: Gen<number>,
    private readonly parseError: () => boolean,
  ) {
    this.main = hooks.pool.add(mainBody, -Infinity);
  }

  resume(now: number): ProcessStatus {
    if (this.ended) return this.status;
    const { rt, pool } = this.hooks;
    if (rt.startTime === undefined) rt.startTime = now;
    if (now > this.lastNow) {
      // The clock moved: the process is not spinning, whatever it ran before.
      rt.steps = 0;
      this.spins = 0;
      this.lastNow = now;
    }
    rt.now = now;
    for (;;) {
      if (this.doomed) return this.finish(this.doomed.code, this.doomed.cause);
      if (this.main.done) return this.finish(this.main.status, this.parseError() ? 'parse-error' : 'exit');
      const t = pool.next(now);
      if (t === undefined) break;
      const limit = this.step(t, now);
      if (limit !== undefined) {
        if (limit !== '') rt.output(2, limit);
        return this.finish(126, 'limit');
      }
    }
    pool.prune();
    this.status = blockedStatus(pool);
    return this.status;
  }

  /** Runs one thread to its next effect; returns the limit message if it hit a limit. */
  private step(t: Thread, now: number): string | undefined {
    if (++this.spins > MAX_STEPS_WITHOUT_TIME) {
      const rt = this.hooks.rt;
      return `${rt.shellName}: kindling: execution limit reached (${MAX_STEPS_WITHOUT_TIME} steps without the clock moving); is there an endless pipeline or a loop without sleep?\n`;
    }
    let r: IteratorResult<Effect, number>;
    this.hooks.pool.running = t;
    try {
      r = t.gen.next();
    } catch (e) {
      if (e instanceof LimitSignal) return e.message;
      // A background job writing to a pipe whose reader is gone (`(yes &) | head -1`).
      if (e instanceof BrokenPipe) r = { done: true, value: SIGPIPE_STATUS };
      else if (!(e instanceof ExitSignal)) throw e;
      else r = { done: true, value: e.status };
    } finally {
      this.hooks.pool.running = undefined;
    }
    if (r.done) {
      t.done = true;
      t.status = r.value;
      return undefined;
    }
    const effect = r.value;
    this.hooks.pool.requeue(t);
    if (effect.kind === 'sleep') {
      t.block = effect.ms > 0 ? { kind: 'sleep', until: now + effect.ms } : { kind: 'ready', at: now };
    } else if (effect.kind === 'wait') {
      t.block = { kind: 'wait', ready: effect.ready, deadline: effect.deadline };
    } else {
      throw new Error(`bug: a command yielded an unknown effect ${JSON.stringify(effect)}`);
    }
    return undefined;
  }

  private finish(code: number, cause: ExitCause): ProcessStatus {
    if (!this.ended) {
      this.ended = { code, cause };
      this.main.done = true;
      this.hooks.pool.prune();
      this.hooks.onExit(code, cause);
    }
    this.status = { state: 'exited', code: this.ended.code, cause: this.ended.cause };
    return this.status;
  }

  signal(sig: SignalName): void {
    if (this.ended) return;
    if (sig === 'KILL') {
      this.killed(137);
      return;
    }
    const handler = this.hooks.trapFor(sig);
    if (handler === '') return;
    if (handler !== undefined) {
      this.hooks.rt.pendingTraps.push(sig);
      return;
    }
    if (this.hooks.rt.pid === 1) {
      this.ignoredSignals.push(sig);
      return;
    }
    this.killed(128 + (SIGNAL_NUMBERS[sig] ?? 15));
  }

  /**
   * Ctrl-C at the terminal of an interactive shell: the foreground command is stopped where it
   * waits (its `finally` blocks run) and ends with 130; the shell and its background jobs go on.
   */
  interrupt(): void {
    if (this.ended) return;
    this.main.gen.return(130);
    this.main.done = true;
    this.main.status = 130;
    this.finish(130, 'exit');
  }

  /** Ends the process by a signal: at once when idle, after the running thread unwinds if not. */
  killed(code: number): void {
    this.doomed = { code, cause: 'signal' };
    // A thread still running (`(kill $$); echo x`) stops at its next command.
    this.hooks.rt.killed = true;
    this.finish(code, 'signal');
  }

  /** For `kill $$`: ends the process and unwinds the thread that asked. */
  signalFromInside(sig: SignalName): void {
    const before = this.ended;
    this.signal(sig);
    if (!before && this.ended) throw new ExitSignal(this.ended.code);
  }
}

/** What the caller waits for when every thread is blocked. */
function blockedStatus(pool: ThreadPool): ProcessStatus {
  let until = Infinity;
  const waits: (() => boolean)[] = [];
  let deadline = Infinity;
  for (const t of pool.threads) {
    if (t.done || orphaned(t)) continue;
    if (t.block.kind === 'sleep') until = Math.min(until, t.block.until);
    else if (t.block.kind === 'wait') {
      waits.push(t.block.ready);
      deadline = Math.min(deadline, t.block.deadline);
    }
  }
  if (waits.length === 0) return { state: 'sleeping', until };
  return { state: 'waiting', ready: () => waits.some((w) => w()), deadline: Math.min(deadline, until) };
}

/** A job handle for `wait`/`kill`. */
export function jobFor(pid: number, t: Thread): Job {
  return {
    pid,
    get done() {
      return t.done;
    },
    get status() {
      return t.status;
    },
    kill(status: number) {
      t.done = true;
      t.status = status;
    },
  };
}
