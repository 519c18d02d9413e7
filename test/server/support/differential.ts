// The differential harness: a lesson runs twice, in lockstep, on two identical simulated clusters
// (same config and seed, so the same state at every step). On twin A every `kubectl` is ours; on
// twin B it is the real kubectl 1.32, talking to B over the HTTP API. Each kubectl invocation's
// stdout, stderr and exit code are recorded on both sides and compared.
//
// Time: B's clock is frozen while a real kubectl runs (so tables and ages are computed at the
// same virtual instant as on A), except when the real kubectl sits on an open stream (a watch, a
// log follow, an exec) and has been quiet for a while: then B's clock steps from one simulated
// event to the next, never past the time A reached at the end of the same command. kubectl's own
// timers (`--timeout`) run in real time, so a command that times out costs its real timeout.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SimSession, WORKSPACE } from '../../../src/backends/sim/sim-session.js';
import type { Block, Lesson } from '../../../src/lesson/types.js';
import { untilMatcher } from '../../../src/run/until-matcher.js';
import { planSteps, type PlannedStep } from '../../../src/run/plan-steps.js';
import type { RunOptions } from '../../../src/backends/types.js';
import type { SimConfig } from '../../../src/sim/core/config/config.js';
import type { CommandContext, CommandImpl, Effect } from '../../../src/sim/shell/types.js';
import { createApiServer, type SimApiServer } from '../../../src/server/create-api-server.js';
import { writeKubeconfig } from '../../../src/server/write-kubeconfig.js';
import { KUBECTL } from './harness.js';
import { BrokenPipe, SIGPIPE_STATUS } from '../../../src/sim/shell/interp/pipe.js';

/**
 * The oracle: upstream kubectl 1.32 itself. /usr/bin/kubectl is gcloud's dispatcher, which picks
 * a kubectl by the server's version but parses flags itself first (printing cobra's `Error:`
 * rather than kubectl's `error:`), so the versioned binary next to it is used when it is there.
 */
const UPSTREAM = '/usr/lib/google-cloud-sdk/bin/kubectl.1.32';
const ORACLE = existsSync(UPSTREAM) ? UPSTREAM : KUBECTL;

export interface Invocation {
  argv: string[];
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface Comparison {
  lesson: string;
  /** The command line the invocation came from. */
  command: string;
  ours: Invocation;
  real: Invocation;
  same: boolean;
}

const STREAMING = /[?&](watch=(true|1)|follow=true)|\/(exec|attach)(\?|$)/;
/** How long a real kubectl must be quiet on an open stream before B's clock moves on. */
const QUIET_MS = 120;
/** How long a real kubectl without a stream runs before it counts as polling (one GET takes ~50 ms). */
const POLLING_MS = 1500;

/** Our kubectl, recording what each invocation wrote. */
function recordingKubectl(ours: CommandImpl, log: Invocation[]): CommandImpl {
  return function* (ctx: CommandContext): Generator<Effect, number, void> {
    let stdout = '';
    let stderr = '';
    // Recorded once written: a write that fails with EPIPE (a pipe whose reader has exited) puts
    // nothing in the pipe, as for the real kubectl below. A pipe's room is passed through.
    const recording = (to: CommandContext['stdout'], add: (t: string) => void): CommandContext['stdout'] => ({
      write: (t) => {
        to.write(t);
        add(t);
      },
      ...(to.room === undefined ? {} : { room: () => to.room!() }),
    });
    const wrapped: CommandContext = {
      ...ctx,
      stdout: recording(ctx.stdout, (t) => (stdout += t)),
      stderr: recording(ctx.stderr, (t) => (stderr += t)),
    };
    const result = ours(wrapped);
    let code: number | undefined;
    try {
      code = typeof result === 'number' ? result : yield* result;
      return code;
    } catch (e) {
      // Written to a pipe whose reader had exited: SIGPIPE ends kubectl, as it ends the real one.
      if (e instanceof BrokenPipe) code = SIGPIPE_STATUS;
      throw e;
    } finally {
      // Stopped with Ctrl-C (a `^C` in the lesson): what it printed so far, with the status 130.
      log.push({ argv: ctx.argv.slice(1), stdout, stderr, exitCode: code ?? 130 });
    }
  };
}

interface RealKubectlState {
  running: number;
  lastRequest: number;
  streaming: boolean;
  /**
   * When the running real kubectl sent its first request for an object (real time); until then
   * (discovery, OpenAPI, its own work such as a kustomize build) it cannot be polling.
   */
  started: number;
  /** Whether the running real kubectl has asked for an object yet. */
  objectRequested: boolean;
}

/** Discovery, OpenAPI and version requests: what kubectl asks before it reads or writes any object. */
const METADATA = /^\/(openapi\/|version(\?|$)|api(\/[^/?]+)?(\?|$)|apis(\/[^/?]+){0,2}(\?|$))/;

/** The real kubectl as a command of B's shell: a child process against B's API server. */
function realKubectl(session: () => SimSession, dir: string, log: Invocation[], state: RealKubectlState): CommandImpl {
  return function* (ctx: CommandContext): Generator<Effect, number, void> {
    // kubectl reads -f files from disk: mirror B's workspace into the working directory.
    const work = join(dir, 'work');
    mirror(session(), WORKSPACE, work);
    // Read before the process starts: from a pipe, a speculative run (piped-stdin.ts) may stop here and start again.
    const input = ctx.stdin;
    const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: join(dir, 'home'), KUBECONFIG: join(dir, 'kube', 'kubeconfig'), TZ: 'UTC', LANG: 'C', TERM: 'dumb' };
    const child = spawn(join(dir, 'bin', 'kubectl'), ctx.argv.slice(1), { cwd: work, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let code: number | undefined;
    state.running++;
    state.streaming = false;
    state.lastRequest = performance.now();
    state.started = performance.now();
    state.objectRequested = false;
    // A write to a pipe whose reader has exited: the real kubectl gets SIGPIPE, as it would from the kernel.
    let brokenPipe = false;
    child.stdout.on('data', (d: Buffer) => {
      if (brokenPipe) return;
      try {
        ctx.stdout.write(d.toString());
        // Recorded once written: a write that fails with EPIPE puts nothing in the pipe.
        stdout += d.toString();
      } catch (e) {
        if (!(e instanceof BrokenPipe)) throw e;
        // The kernel would end it with SIGPIPE at this write; Go ignores a SIGPIPE sent by kill(2)
        // (it dies of one only from a write to fd 1 or 2), so it is killed and recorded as 141.
        brokenPipe = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      ctx.stderr.write(d.toString());
    });
    child.on('close', (c, signal) => {
      code = brokenPipe ? SIGPIPE_STATUS : (c ?? (signal ? 128 + 9 : -1));
    });
    child.stdin.end(input);
    try {
      yield { kind: 'wait', ready: () => code !== undefined, deadline: Number.POSITIVE_INFINITY };
    } finally {
      if (code === undefined) {
        // Stopped with Ctrl-C: kubectl ends on SIGINT; what it printed so far is what counts.
        child.kill('SIGINT');
        log.push({ argv: ctx.argv.slice(1), stdout, stderr, exitCode: 130 });
      }
      state.running--;
    }
    log.push({ argv: ctx.argv.slice(1), stdout, stderr, exitCode: code ?? -1 });
    if (brokenPipe) throw new BrokenPipe();
    return code ?? -1;
  };
}

/** Copies a directory of a session's virtual filesystem to disk. */
function mirror(session: SimSession, from: string, to: string): void {
  const walk = (dir: string) => {
    for (const name of session.fs.readdir(dir)) {
      const path = `${dir}/${name}`;
      if (session.fs.stat(path).type === 'dir') walk(path);
      else {
        const target = join(to, path.slice(from.length + 1));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, session.fs.readFile(path));
      }
    }
  };
  walk(from);
}

/** Runs one step on A to completion (our kubectl, virtual time), pressing Ctrl-C where the lesson does. */
function runOnA(a: SimSession, step: PlannedStep): { output: string; code: number } {
  const options: RunOptions = { timeoutMs: 600_000 };
  if (step.interruptMs !== undefined) options.interruptMs = step.interruptMs;
  if (step.background) options.background = true;
  const r = a.runSync(step.source, options);
  return { output: r.output, code: r.exitCode };
}

/** Runs the same command on B, driving the shell while real kubectl processes do real I/O. */
async function runOnB(b: SimSession, step: PlannedStep, limit: number, state: RealKubectlState): Promise<{ output: string; code: number }> {
  const command = step.source;
  const loop = b.cluster.loop;
  const { proc, output } = b.start(command);
  // Ctrl-C comes at the same virtual moment as on A, once the real kubectl has printed what it
  // had to print by then (it has been quiet for a while).
  const interruptAt = step.interruptMs === undefined ? Infinity : loop.now() + step.interruptMs;
  for (;;) {
    const status = proc.resume(loop.now());
    if (status.state === 'exited') {
      if (step.background) b.settleJobs();
      return { output: output(), code: status.code };
    }
    if (loop.now() >= interruptAt && (state.running === 0 || performance.now() - state.lastRequest > QUIET_MS * 4)) {
      proc.interrupt?.();
      continue;
    }
    limit = Math.min(limit, interruptAt);
    if (status.state === 'sleeping') {
      loop.advanceTo(Math.min(status.until, interruptAt));
      continue;
    }
    if (status.ready()) continue;
    if (state.running === 0) {
      // A wait of the simulated world itself (our own commands): no real process involved.
      loop.advanceUntil(status.ready, Math.min(status.deadline, limit));
      if (!status.ready() && loop.now() >= Math.min(status.deadline, limit) && status.deadline > limit) {
        throw new Error(`twin B waited past the time twin A finished the command (${command})`);
      }
      continue;
    }
    await new Promise((r) => setTimeout(r, 10));
    // Then one turn of I/O: a timer runs before the event loop reads its sockets and pipes, so after
    // a long turn of other work (another lesson of the part computing, or this process descheduled)
    // the real kubectl's output and requests that have arrived are taken in before "quiet" is judged.
    await new Promise((r) => setImmediate(r));
    const quiet = performance.now() - state.lastRequest > QUIET_MS;
    if (state.streaming && quiet && !status.ready()) {
      // B's world moves on until something a watch could see changes (the store's revision),
      // never past where A got to: timers that change nothing (kubelet syncs, back-off checks)
      // need no real-time pause between them.
      const bound = Math.min(limit, status.deadline);
      const store = b.cluster.store;
      const before = store.revision();
      const was = loop.now();
      const changed = loop.advanceUntil(() => store.revision() !== before || status.ready(), bound);
      if (!changed && loop.now() < bound) loop.advanceTo(bound);
      // Only time that moved gives the real kubectl something new to print: at Ctrl-C's moment
      // the stream stays quiet, so the interrupt comes (`kubectl attach` until ^C).
      if (loop.now() !== was) state.lastRequest = performance.now();
    } else if (!state.streaming && quiet && loop.now() < status.deadline && status.deadline <= limit && performance.now() - state.lastRequest > 2000) {
      // A process that makes no requests at all (an exec'd sleep): let its own deadline come.
      loop.advanceTo(status.deadline);
    } else if (!state.streaming && state.objectRequested && performance.now() - state.started > POLLING_MS && loop.now() < limit) {
      // A kubectl that polls (replace --force waits for the deletion with a GET a second): B's
      // world moves on to its next change a GET could see, as it does under a watch, never past
      // where A got to.
      const store = b.cluster.store;
      const before = store.revision();
      if (!loop.advanceUntil(() => store.revision() !== before || status.ready(), limit)) loop.advanceTo(limit);
      state.started = performance.now();
    }
  }
}

/** The steps a block runs, in order (console commands one by one, a container shell as one; a script as one). */
function stepsOf(lesson: Lesson, block: Block): PlannedStep[] {
  return block.kind === 'file' ? [] : planSteps(lesson, block);
}

/**
 * Steps left out on both twins: the real kubectl's port-forward and proxy need the API server's
 * portforward subresource and real local ports (helper H's work on `kindling sim serve`, branch
 * h/serve), and `curl localhost` on twin B's simulated shell cannot reach a real local port.
 */
const NOT_COMPARED = /^\s*kubectl\s+(port-forward|proxy)\b/;

export interface DifferentialResult {
  comparisons: Comparison[];
  /** Places where the twins' runs diverged (different retries, clocks apart). */
  divergences: string[];
}

/** Runs a lesson on both twins and pairs up every kubectl invocation. */
export async function runDifferential(lesson: Lesson, config: SimConfig): Promise<DifferentialResult> {
  const oursLog: Invocation[] = [];
  const realLog: Invocation[] = [];
  const state: RealKubectlState = { running: 0, lastRequest: 0, streaming: false, started: 0, objectRequested: false };
  const dir = mkdtempSync(join(tmpdir(), 'kindling-differential-'));
  mkdirSync(join(dir, 'work'), { recursive: true });
  // kubectl names itself in some messages by the name it was run as (`'kubectl get ...'`).
  mkdirSync(join(dir, 'bin'));
  symlinkSync(ORACLE, join(dir, 'bin', 'kubectl'));
  const b: SimSession = new SimSession(config, { kubectl: () => realKubectl(() => b, dir, realLog, state) });
  const server: SimApiServer = await createApiServer(b.cluster, {
    clock: { mode: 'manual' },
    onRequest: (r) => {
      state.lastRequest = performance.now();
      if (STREAMING.test(r.url)) state.streaming = true;
      if (!state.objectRequested && !METADATA.test(r.url)) {
        state.objectRequested = true;
        state.started = performance.now();
      }
    },
  });
  await writeKubeconfig(join(dir, 'kube'), server.url);
  const a = new SimSession(config, { serverURL: server.url, kubectl: (ours) => recordingKubectl(ours, oursLog) });
  const comparisons: Comparison[] = [];
  const divergences: string[] = [];
  try {
    for (const block of lesson.blocks) {
      if (block.attrs.norun) continue;
      if (block.kind === 'file') {
        await a.writeFile(block.path, block.content);
        await b.writeFile(block.path, block.content);
        continue;
      }
      const steps = stepsOf(lesson, block).filter((step) => !NOT_COMPARED.test(step.source));
      const deadline = a.now() + (block.attrs.timeoutMs ?? 60_000);
      for (;;) {
        let outA = '';
        let outB = '';
        for (const step of steps) {
          const command = step.command?.source ?? step.source;
          const before = oursLog.length;
          const beforeReal = realLog.length;
          const ra = runOnA(a, step);
          const rb = await runOnB(b, step, a.now(), state);
          outA += ra.output;
          outB += rb.output;
          if (b.now() < a.now()) b.cluster.loop.advanceTo(a.now());
          if (b.now() !== a.now()) divergences.push(`${lesson.file}: clocks apart after \`${command}\` (A ${a.now()}, B ${b.now()})`);
          const ours = oursLog.slice(before);
          const real = realLog.slice(beforeReal);
          if (ours.length !== real.length) divergences.push(`${lesson.file}: \`${command}\` ran kubectl ${ours.length} times on A and ${real.length} on B`);
          ours.forEach((o, i) => {
            const r = real[i];
            if (!r) return;
            comparisons.push({ lesson: lesson.file, command, ours: o, real: r, same: o.stdout === r.stdout && o.stderr === r.stderr && o.exitCode === r.exitCode });
          });
        }
        const until = block.attrs.until;
        if (!until) break;
        const matcher = untilMatcher(until);
        if ('error' in matcher) break;
        const metA = matcher.test(outA);
        const metB = matcher.test(outB);
        if (metA !== metB) divergences.push(`${lesson.file}: until= met on one twin only`);
        if (metA || a.now() >= deadline) break;
        const every = block.attrs.everyMs ?? 1000;
        await a.wait(every);
        await b.wait(every);
      }
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { comparisons, divergences };
}
