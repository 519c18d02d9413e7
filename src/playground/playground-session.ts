// The reader's cluster: one SimSession on the lesson's `sim:` config, its blocks replayed up to a
// step, then commands typed by the reader run on a clock the caller moves (the worker moves it
// with real elapsed time; fast-forward moves it in jumps). Unlike the lesson runner, nothing here
// runs a command to its end at once: `drive(until)` runs the foreground command (and the cluster)
// only up to a moment, so that `kubectl get -w` streams and Ctrl-C can stop it.
import { SimSession, WORKSPACE, type StartedCommand } from '../backends/sim/sim-session.js';
import type { Lesson } from '../lesson/types.js';
import { runBlock } from '../run/run-block.js';
import { resolvePath, resolveSimConfig, type ProcessStatus } from '../sim/index.js';
import { lessonFromData, type PlaygroundLesson } from './lesson-data.js';

/** What the session reports to its owner: text to print, and the end of a command. */
export interface SessionEvents {
  output(text: string): void;
  exited(code: number): void;
}

/** How a replay went: which block it stopped at, if one failed (the reader still gets a prompt). */
export interface ReplayOutcome {
  /** Blocks replayed (file writes included). */
  blocks: number;
  /** The lesson's later files written ahead, so that the reader can apply them: workspace paths. */
  ahead: string[];
  /** The first block that did not pass, with the runner's message. */
  failure?: { block: number; message: string };
}

interface Foreground {
  started: StartedCommand;
  status: ProcessStatus;
}

export class PlaygroundSession {
  readonly session: SimSession;
  readonly lesson: Lesson;
  readonly #events: SessionEvents;
  #foreground: Foreground | undefined;
  /** How much of the shell's output buffer has been handed out. */
  #printed = 0;
  #current: StartedCommand | undefined;

  /** Opens the lesson's cluster; throws when its `sim:` config is not valid (the build already reported it). */
  constructor(data: PlaygroundLesson, events: SessionEvents) {
    this.lesson = lessonFromData(data);
    const { config, problems } = resolveSimConfig(this.lesson.meta.sim);
    if (problems.length > 0) throw new Error(`the lesson's sim: front matter is not valid (${problems.length} problems)`);
    this.session = new SimSession(config, { lesson: this.lesson });
    this.#events = events;
  }

  /**
   * The files `replay(0)` writes ahead on a fresh session, without a session: the first block of
   * each path, in the lesson's order (a fresh session's file system has only empty folders, none a
   * file= path). The worker names them before the cluster exists (worker-main.ts).
   */
  static aheadAtStart(data: PlaygroundLesson): string[] {
    const paths: string[] = [];
    for (const block of data.blocks) {
      if (block.kind === 'file' && !paths.some((p) => resolvePath(WORKSPACE, p) === resolvePath(WORKSPACE, block.path))) paths.push(block.path);
    }
    return paths;
  }

  /**
   * Replays the lesson's blocks before `end` (its file writes and commands), as `kindling verify`
   * runs them. Then the files of later `file=` blocks that are not in the workspace yet are
   * written too (the first block of each path), so that the reader can go on with the lesson's
   * next commands (`kubectl create -f myservice.yaml`) without copying files.
   */
  async replay(end: number): Promise<ReplayOutcome> {
    const context = { lesson: this.lesson, session: this.session, defaultTimeoutMs: undefined };
    const blocks = this.lesson.blocks.slice(0, end);
    let failure: ReplayOutcome['failure'];
    let replayed = 0;
    for (const block of blocks) {
      const run = await runBlock(context, block);
      replayed++;
      if (run.failure) {
        failure = { block: block.index, message: run.failure.message };
        break;
      }
    }
    const ahead: string[] = [];
    for (const block of this.lesson.blocks.slice(end)) {
      if (block.kind !== 'file' || this.session.fs.exists(resolvePath(WORKSPACE, block.path))) continue;
      await this.session.writeFile(block.path, block.content);
      ahead.push(block.path);
    }
    return failure ? { blocks: replayed, ahead, failure } : { blocks: replayed, ahead };
  }

  now(): number {
    return this.session.now();
  }

  /** Whether a command typed by the reader is running. */
  get busy(): boolean {
    return this.#foreground !== undefined;
  }

  /** Starts a command (after the moment of typing the simulator always lets pass) and runs it as far as it can go now. */
  run(command: string): void {
    if (this.#foreground) throw new Error('a command is already running');
    const started = this.session.start(command);
    this.#current = started;
    this.#printed = 0;
    this.#foreground = { started, status: started.proc.resume(this.now()) };
    this.#settle();
  }

  /** Ctrl-C: the foreground command ends (with 130) unless it traps INT. */
  interrupt(): void {
    const fg = this.#foreground;
    if (!fg) return;
    const proc = fg.started.proc;
    if (proc.interrupt) proc.interrupt();
    else proc.signal('INT');
    fg.status = proc.resume(this.now());
    this.#settle();
  }

  /** Moves virtual time to `until`, running the foreground command and the cluster on the way. */
  drive(until: number): void {
    const loop = this.session.cluster.loop;
    for (;;) {
      const fg = this.#foreground;
      if (!fg) break;
      const status = fg.status;
      if (status.state === 'exited') break;
      if (status.state === 'sleeping') {
        if (status.until > until) break;
        loop.advanceTo(status.until);
      } else {
        const ready = loop.advanceUntil(status.ready, Math.min(status.deadline, until));
        if (!ready && loop.now() < status.deadline) break;
      }
      fg.status = fg.started.proc.resume(loop.now());
      this.#settle();
    }
    if (until > loop.now()) loop.advanceTo(until);
    if (!this.#foreground) this.session.settleJobs();
    this.#flush();
  }

  /** When something is next due: the foreground command's wake-up or the cluster's next timer. */
  nextEvent(): number | undefined {
    const loop = this.session.cluster.loop;
    const due = loop.nextDue();
    const status = this.#foreground?.status;
    const wake = status?.state === 'sleeping' ? status.until : status?.state === 'waiting' ? status.deadline : undefined;
    const times = [due, wake].filter((t): t is number => t !== undefined && Number.isFinite(t));
    return times.length === 0 ? undefined : Math.max(loop.now(), Math.min(...times));
  }

  /** Hands out new output, and reports the end of the foreground command. */
  #settle(): void {
    this.#flush();
    const fg = this.#foreground;
    if (fg && fg.status.state === 'exited') {
      this.#foreground = undefined;
      this.session.settleJobs();
      this.#flush();
      this.#events.exited(fg.status.code);
    }
  }

  #flush(): void {
    const current = this.#current;
    if (!current) return;
    const text = current.output();
    if (text.length > this.#printed) {
      this.#events.output(text.slice(this.#printed));
      this.#printed = text.length;
    }
  }
}
