// A lesson's session on the simulator: one simulated cluster, one bash-like shell running in
// process on a virtual filesystem, with `kubectl` bound to the cluster. Time is virtual: each
// command first lets a moment pass (as a person typing would), and `sleep`, `kubectl wait` and
// friends move the clock rather than waiting.
import type { Diagnostic, Lesson } from '../../lesson/types.js';
import type { RunOptions, Session } from '../types.js';
import { assumedImageDiagnostics } from './assumed-image-diagnostics.js';
import { notModelledDiagnostics, type NotModelledUse } from './not-modelled-diagnostics.js';
import { unmodelledKindDiagnostics } from './unmodelled-kind-diagnostics.js';
import type { StepResult } from '../../run/types.js';
import { builtinApplets, canonicalPath, Cluster, type CommandImpl, createShell, HostLoopback, hostCommands, kubectlCommand, lexists, MemoryFs, resolvePath, type SessionShell, type ShellProcess, type SimConfig } from '../../sim/index.js';
import { hostNetworkView } from './host-network-view.js';
import type { SessionTimeline } from '../../run/timeline-types.js';
import { PodTimelineRecorder } from './pod-timeline-recorder.js';
import { timelineDiagnostics } from './timeline-diagnostics.js';

/** The curl of the lesson machine: Debian 12's, as on the machines kindling's cluster backend runs on. */
const HOST_CURL_VERSION = '7.88.1';

export const WORKSPACE = '/workspace';

/** Ways to adapt a session: tests run the real kubectl in place of ours (the differential test). */
export interface SimSessionOptions {
  /** The API server URL our kubectl reports (`cluster-info`, `config view`). */
  serverURL?: string;
  /** Replaces or wraps the `kubectl` command bound to the cluster. */
  kubectl?: (ours: CommandImpl) => CommandImpl;
  /** The lesson being run, to place warnings (an assumed image) where it names the image. */
  lesson?: Lesson;
  /** Real time one command may take, in milliseconds (default REAL_TIME_BUDGET_MS). */
  commandBudgetMs?: number;
  /** Real time all the commands of the session may take together (default SESSION_REAL_TIME_BUDGET_MS). */
  sessionBudgetMs?: number;
}

/**
 * Real time one command may take. Virtual time runs as fast as the machine allows, so a command's
 * `timeout=` bounds nothing real: `timeout=1h` over a loop of `sleep 0.001` took 62 s. Real lesson
 * commands take well under a second each on a busy 2-core machine.
 */
export const REAL_TIME_BUDGET_MS = 30_000;
/** Real time a whole lesson's commands may take (`until=` retries add up). */
export const SESSION_REAL_TIME_BUDGET_MS = 300_000;

/** A started command: drive `proc` to completion, then read what it printed. */
export interface StartedCommand {
  proc: ShellProcess;
  output(): string;
}

/** `30s`, `1.5s`: a real or virtual duration in messages. */
function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))}s`;
}

export class SimSession implements Session {
  readonly cluster: Cluster;
  readonly fs: MemoryFs;
  /** The lesson machine's loopback: where `kubectl port-forward` and `kubectl proxy` listen. */
  readonly host: HostLoopback;
  readonly #shell: SessionShell;
  readonly #lesson: Lesson | undefined;
  #output = '';
  #closed = false;
  /** The command running now, and what kubectl refused in each (for KL704). */
  #running = '';
  readonly #notModelled: NotModelledUse[] = [];
  /** The lesson's Pods' lives, for the site's lifecycle picture. */
  readonly #timeline: PodTimelineRecorder;
  readonly #commandBudgetMs: number;
  readonly #sessionBudgetMs: number;
  /** Real time the session's commands have taken so far. */
  #spentMs = 0;

  constructor(config: SimConfig, options: SimSessionOptions = {}) {
    this.cluster = new Cluster(config);
    this.#timeline = new PodTimelineRecorder(this.cluster.store, this.cluster.loop);
    this.#lesson = options.lesson;
    this.#commandBudgetMs = options.commandBudgetMs ?? REAL_TIME_BUDGET_MS;
    this.#sessionBudgetMs = options.sessionBudgetMs ?? SESSION_REAL_TIME_BUDGET_MS;
    this.fs = new MemoryFs({ now: () => this.cluster.now() });
    for (const dir of [WORKSPACE, '/root', '/tmp', '/usr/bin', '/etc']) this.fs.mkdir(dir, { recursive: true });
    const serverURL = options.serverURL ?? `https://127.0.0.1:${40000 + ((config.seed * 7919) % 20000)}`;
    this.host = new HostLoopback(config.seed);
    const ours = kubectlCommand({
      api: this.cluster.api,
      config,
      now: () => this.cluster.now(),
      kubeletFor: (ns, name) => this.cluster.kubeletFor(ns, name),
      serverURL,
      metrics: this.cluster.metrics,
      network: this.cluster,
      host: this.host,
      notModelled: (what) => this.#notModelled.push({ command: this.#running, what }),
      fetchUrl: (url) => this.#fetchUrl(url),
    });
    const commands = hostCommands(
      { view: hostNetworkView(this.host), clientIP: () => '127.0.0.1', curlVersion: HOST_CURL_VERSION, fetchUrl: (url) => this.#fetchUrl(url) },
      { kubectl: options.kubectl ? options.kubectl(ours) : ours },
    );
    this.#shell = createShell({
      dialect: 'bash',
      fs: this.fs,
      cwd: WORKSPACE,
      env: {
        HOME: '/root',
        PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        PWD: WORKSPACE,
        SHELL: '/bin/bash',
        TERM: 'dumb',
        USER: 'root',
        KINDLING: '1',
      },
      commands,
      builtinApplets,
      output: (_stream, text) => {
        this.#output += text;
      },
      interactive: true,
      hostname: 'kindling',
    });
  }

  /** What a URL of the lesson's `urls:` map serves: the workspace file it names, as it is now. */
  #fetchUrl(url: string): { text: string } | { missing: true } | undefined {
    const file = this.#lesson?.meta.urls?.[url];
    if (file === undefined) return undefined;
    try {
      return { text: this.fs.readFile(resolvePath(WORKSPACE, file)) };
    } catch {
      return { missing: true };
    }
  }

  /**
   * Writes a `file=` block. A command may have made a directory on the way a symbolic link
   * (`ln -s /etc conf`): each part of the path that exists is resolved, and one that leads out of
   * the workspace is refused, not followed.
   */
  async writeFile(path: string, content: string): Promise<void> {
    const full = resolvePath(WORKSPACE, path);
    const parts = full.slice(WORKSPACE.length + 1).split('/');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = `${WORKSPACE}/${parts.slice(0, i).join('/')}`;
      if (!lexists(this.fs, prefix)) break;
      let real: string;
      try {
        real = canonicalPath(this.fs, prefix, 'none');
      } catch (error) {
        throw new Error(`${parts.slice(0, i).join('/')}: ${(error as Error).message}`);
      }
      if (real !== WORKSPACE && !real.startsWith(`${WORKSPACE}/`)) {
        throw new Error(`${parts.slice(0, i).join('/')} is a symbolic link to ${real}, outside the lesson's workspace; kindling does not follow it`);
      }
    }
    const dir = full.slice(0, full.lastIndexOf('/')) || '/';
    this.fs.mkdir(dir, { recursive: true });
    this.fs.writeFile(full, content);
  }

  /**
   * Starts a command the way `run` does (after the moment of typing), without driving it: for a
   * caller that drives the process itself (the differential test waits on real processes).
   */
  start(command: string): StartedCommand {
    const loop = this.cluster.loop;
    loop.advanceTo(loop.now() + this.cluster.config.commandStep);
    this.#output = '';
    const proc = this.#shell.start(command);
    return { proc, output: () => this.#output };
  }

  /** Runs one command or script to completion on the virtual clock. */
  runSync(command: string, options: RunOptions): StepResult {
    const started = performance.now();
    if (this.#closed) {
      return { command, output: "kindling: the lesson's session is closed\n", exitCode: -1, durationMs: 0, timedOut: false };
    }
    const loop = this.cluster.loop;
    this.#running = command;
    const { proc } = this.start(command);
    const startedAt = loop.now();
    const deadline = loop.now() + options.timeoutMs;
    // Ctrl-C, if the command is still running then (a `^C` in the transcript).
    let interruptAt = options.interruptMs === undefined ? Infinity : loop.now() + options.interruptMs;
    let interrupted = false;
    const interrupt = (): void => {
      loop.advanceTo(interruptAt);
      interruptAt = Infinity;
      interrupted = true;
      if (proc.interrupt) proc.interrupt();
      else proc.signal('INT');
    };
    let timedOut = false;
    let exitCode = 0;
    let outOfRealTime: string | undefined;
    const budgetMs = Math.min(this.#commandBudgetMs, this.#sessionBudgetMs - this.#spentMs);
    const virtualStart = loop.now();
    for (;;) {
      const spent = performance.now() - started;
      if (spent > budgetMs) {
        const virtual = formatSeconds(loop.now() - virtualStart);
        outOfRealTime =
          budgetMs < this.#commandBudgetMs
            ? `kindling: the lesson's commands used up the simulator's real-time budget (${formatSeconds(this.#sessionBudgetMs)} for a lesson); this one had run ${virtual} of virtual time`
            : `kindling: the simulator spent more than ${formatSeconds(budgetMs)} of real time on this command (it had run ${virtual} of virtual time); the simulator cannot run it that far`;
        break;
      }
      const status = proc.resume(loop.now());
      if (status.state === 'exited') {
        exitCode = status.code;
        break;
      }
      if (status.state === 'sleeping') {
        if (status.until >= interruptAt && interruptAt <= deadline) {
          interrupt();
          continue;
        }
        if (status.until > deadline) {
          loop.advanceTo(deadline);
          timedOut = true;
          break;
        }
        loop.advanceTo(status.until);
      } else {
        const until = Math.min(status.deadline, deadline, interruptAt);
        const ready = loop.advanceUntil(status.ready, until);
        if (!ready && interruptAt <= deadline && loop.now() >= interruptAt) {
          interrupt();
          continue;
        }
        if (!ready && status.deadline > deadline && loop.now() >= deadline) {
          timedOut = true;
          break;
        }
      }
    }
    if (timedOut || outOfRealTime !== undefined) {
      proc.signal('KILL');
      proc.resume(loop.now());
      exitCode = timedOut ? 124 : 137;
    }
    this.#spentMs += performance.now() - started;
    const clock = { startedAt, endedAt: loop.now() };
    if (outOfRealTime !== undefined) {
      return { command, output: this.#output, exitCode, durationMs: performance.now() - started, timedOut: false, outOfRealTime, clock };
    }
    if (options.background && !timedOut) this.settleJobs();
    if (interrupted) {
      return { command, output: this.#output, exitCode, durationMs: performance.now() - started, timedOut, interrupted, clock };
    }
    return { command, output: this.#output, exitCode, durationMs: performance.now() - started, timedOut, clock };
  }

  /** Lets background jobs run at the current time until each blocks (after a step that ends in `&`). */
  settleJobs(): void {
    this.#shell.settleJobs(this.cluster.now());
  }

  async run(command: string, options: RunOptions): Promise<StepResult> {
    return this.runSync(command, options);
  }

  now(): number {
    return this.cluster.now();
  }

  async wait(ms: number): Promise<void> {
    this.cluster.loop.advanceTo(this.cluster.now() + ms);
  }

  diagnostics(): Diagnostic[] {
    if (!this.#lesson) return [];
    return [
      ...assumedImageDiagnostics(this.#lesson, this.cluster.registry.assumed.values()),
      ...unmodelledKindDiagnostics(this.#lesson),
      ...notModelledDiagnostics(this.#lesson, this.#notModelled),
      ...timelineDiagnostics(this.#lesson, this.#timeline.timeline()),
    ];
  }

  timeline(): SessionTimeline {
    return this.#timeline.timeline();
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#timeline.stop();
  }
}
