// The playground's web worker: owns the simulated cluster and the reader's shell, so that a
// container that loops or a long fast-forward never blocks the page. Virtual time follows real
// time (times `rate`): a timer moves the clock by the real time elapsed since the last tick.
import { completeCommand } from '../complete-command.js';
import { needsMoreInput } from '../needs-more-input.js';
import { PlaygroundSession } from '../playground-session.js';
import type { FastForward, PageMessage, WorkerMessage } from '../protocol.js';
import { setUpstreamDescriptions, upstreamDescriptionsLoaded } from '../shims/upstream-descriptions.js';
import { kubectlLoaded, loadKubectl } from './late-kubectl.js';

interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message', listener: (event: { data: PageMessage }) => void): void;
}

const scope = globalThis as unknown as WorkerScope & { KINDLING_WORKER_SCRIPT_START?: number; KINDLING_WORKER_LOADED?: number };
/** Set by the worker's bootstrap (src/playground/page/start-worker.ts), before it imported this code. */
const scriptStart = scope.KINDLING_WORKER_SCRIPT_START ?? 0;
/** Set by this code's first statement (scripts/bundle-playground.js), before any module ran. */
const loaded = scope.KINDLING_WORKER_LOADED ?? 0;
const modulesReady = performance.now();
const TICK_MS = 50;
/** A tick never moves the clock further than this (a throttled background tab wakes up late). */
const MAX_TICK_MS = 2000;
/** How long after the prompt the worker loads kubectl if no command needed it yet (late-kubectl.ts). */
const PRELOAD_AFTER_MS = 250;

let session: PlaygroundSession | undefined;
let rate = 1;
let last = performance.now();
let lastClock = 0;
/** A command that names `explain`, held until its descriptions arrive. */
let held: string | undefined;
/** Messages that need the cluster, sent before it existed (start). */
const queued: PageMessage[] = [];

function post(message: WorkerMessage): void {
  scope.postMessage(message);
}

function reportClock(force: boolean): void {
  if (!session) return;
  const now = session.now();
  if (force || Math.floor(now / 1000) !== Math.floor(lastClock / 1000)) post({ type: 'clock', now });
  lastClock = now;
}

function guarded(work: () => void): void {
  try {
    work();
  } catch (error) {
    post({ type: 'error', message: (error as Error).stack ?? String(error) });
  }
}

function tick(): void {
  const real = performance.now();
  const elapsed = Math.min(real - last, MAX_TICK_MS);
  last = real;
  if (session && rate > 0 && elapsed > 0) {
    const current = session;
    guarded(() => current.drive(current.now() + Math.round(elapsed * rate)));
    reportClock(false);
  }
  setTimeout(tick, TICK_MS);
}

function fastForward(by: FastForward): void {
  const current = session;
  if (!current) return;
  const target = 'ms' in by ? current.now() + by.ms : (current.nextEvent() ?? current.now());
  guarded(() => current.drive(target));
  reportClock(true);
}

/**
 * Opens the lesson's cluster and replays it up to `end`. At the lesson's start (end 0) nothing is
 * replayed and nothing can fail but the cluster itself, so the prompt comes first: the page
 * shows it while the cluster is built (two thirds of the worker's start), and the reader's first
 * command, which cannot reach the worker before the build ends (one task), runs on it. After a
 * replay the prompt waits for it: the replay's outcome is said before it.
 */
async function start(message: Extract<PageMessage, { type: 'start' }>): Promise<void> {
  session = undefined;
  let prompt = 0;
  const early = message.end === 0 ? PlaygroundSession.aheadAtStart(message.lesson) : undefined;
  if (early) {
    prompt = performance.now();
    post({ type: 'ready', replayed: 0, ahead: early });
  }
  const opened = new PlaygroundSession(message.lesson, {
    output: (text) => post({ type: 'output', text }),
    exited: (code) => post({ type: 'exited', code }),
  });
  const cluster = performance.now();
  const outcome = await opened.replay(message.end);
  session = opened;
  last = performance.now();
  if (!early) {
    prompt = last;
    const ready: WorkerMessage = { type: 'ready', replayed: outcome.blocks, ahead: outcome.ahead };
    if (outcome.failure) ready.failure = outcome.failure;
    post(ready);
  } else if (outcome.ahead.join('\n') !== early.join('\n')) {
    post({ type: 'error', message: `the files written ahead are ${outcome.ahead.join(', ')}, not as said` });
  }
  post({ type: 'started', timings: { origin: performance.timeOrigin, script: scriptStart, loaded, modules: modulesReady, prompt, cluster, replayed: last } });
  reportClock(true);
  for (const waiting of queued.splice(0)) handle(waiting);
  setTimeout(() => {
    if (!kubectlLoaded()) guarded(loadKubectl);
  }, PRELOAD_AFTER_MS);
}

function run(current: PlaygroundSession, command: string): void {
  guarded(() => current.run(command));
}

function handle(message: PageMessage): void {
  switch (message.type) {
    case 'start':
      start(message).catch((error: unknown) => post({ type: 'error', message: (error as Error).stack ?? String(error) }));
      return;
    case 'check':
      post({ type: 'checked', id: message.id, more: needsMoreInput(message.text) });
      return;
    case 'speed':
      rate = message.rate;
      return;
    case 'explain-data':
      setUpstreamDescriptions(message.json);
      if (held !== undefined && session) run(session, held);
      held = undefined;
      return;
  }
  const current = session;
  if (!current) {
    // The page sent it after an early prompt, before the cluster existed (start).
    queued.push(message);
    return;
  }
  switch (message.type) {
    case 'run':
      if (/\bexplain\b/.test(message.command) && !upstreamDescriptionsLoaded()) {
        held = message.command;
        post({ type: 'need-explain' });
      } else {
        run(current, message.command);
      }
      return;
    case 'interrupt':
      guarded(() => current.interrupt());
      return;
    case 'complete': {
      // Completion names kubectl's verbs (VERBS, empty until kubectl is loaded).
      if (!kubectlLoaded()) guarded(loadKubectl);
      const { from, candidates } = completeCommand(message.line, message.cursor, current.session.cluster.store);
      post({ type: 'completed', id: message.id, from, candidates });
      return;
    }
    case 'fast-forward':
      fastForward(message.by);
      return;
  }
}

scope.addEventListener('message', (event) => handle(event.data));
setTimeout(tick, TICK_MS);
