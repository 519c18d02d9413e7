// A container's recorded state changes -> the intervals the picture draws and the table lists.
// Where the API gives a state its own times (a run's startedAt and finishedAt), those are used,
// so the picture agrees with `kubectl describe`; a waiting state starts when it was stored.
import type { ContainerStateChange } from '../../run/timeline-types.js';
import { parseTime } from './parse-time.js';

export type IntervalKind = 'waiting' | 'backoff' | 'running' | 'succeeded' | 'failed';

export interface Interval {
  kind: IntervalKind;
  from: number;
  /** Where it ends; the container's last interval ends with the Pod's record. */
  to: number;
  /** False when the interval lasted until the record ended (nothing came after it). */
  ended: boolean;
  /** Waiting reason, or a termination's reason (`Completed`, `Error`, `OOMKilled`). */
  reason?: string;
  message?: string;
  exitCode?: number;
  /** A run's times as the API states them (RFC 3339, whole seconds): what describe prints. */
  startedAt?: string;
  finishedAt?: string;
  restartCount: number;
}

/** Waiting reasons that mean the kubelet is backing off (an image or a crashing container). */
const BACKING_OFF = new Set(['CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'ErrImageNeverPull', 'InvalidImageName', 'CreateContainerConfigError', 'CreateContainerError', 'RunContainerError']);

function waitingKind(reason: string | undefined): IntervalKind {
  return reason !== undefined && BACKING_OFF.has(reason) ? 'backoff' : 'waiting';
}

/** The intervals of one container, in time order, ending at `end` (ms). */
export function containerIntervals(changes: readonly ContainerStateChange[], end: number): Interval[] {
  const out: Interval[] = [];
  const open = (interval: Omit<Interval, 'to' | 'ended'>): void => {
    const last = out.at(-1);
    if (last && !last.ended) {
      last.to = Math.max(last.from, Math.min(interval.from, end));
      last.ended = true;
    }
    out.push({ ...interval, to: end, ended: false });
  };
  for (const change of changes) {
    const started = parseTime(change.startedAt);
    if (change.state === 'waiting') {
      const last = out.at(-1);
      if (last && !last.ended && last.kind === waitingKind(change.reason) && last.reason === change.reason) continue;
      open({ kind: waitingKind(change.reason), from: change.at, restartCount: change.restartCount, ...optional(change, ['reason', 'message']) });
    } else if (change.state === 'running') {
      const last = out.at(-1);
      if (last && last.kind === 'running' && last.startedAt === change.startedAt) continue; // only readiness changed
      open({ kind: 'running', from: started ?? change.at, restartCount: change.restartCount, ...optional(change, ['startedAt']) });
    } else {
      const finished = parseTime(change.finishedAt) ?? change.at;
      const last = out.at(-1);
      const sameRun = last?.kind === 'running' && last.startedAt === change.startedAt;
      if (last?.kind === 'succeeded' || last?.kind === 'failed') {
        if (last.startedAt === change.startedAt && last.finishedAt === change.finishedAt) continue;
      }
      if (!sameRun && started !== undefined) {
        // A run too short for its `running` state to be stored: its times are on the termination.
        open({ kind: 'running', from: started, restartCount: change.restartCount, ...optional(change, ['startedAt']) });
      }
      const run = out.at(-1);
      if (run?.kind === 'running') {
        if (change.finishedAt !== undefined) run.finishedAt = change.finishedAt;
        run.exitCode = change.exitCode ?? 0;
        if (change.reason !== undefined) run.reason = change.reason;
      }
      open({
        kind: change.exitCode === 0 ? 'succeeded' : 'failed',
        from: finished,
        restartCount: change.restartCount,
        ...optional(change, ['reason', 'message', 'exitCode', 'startedAt', 'finishedAt']),
      });
    }
  }
  return out;
}

function optional<K extends keyof ContainerStateChange>(change: ContainerStateChange, keys: K[]): Partial<Pick<ContainerStateChange, K>> {
  const out: Partial<Pick<ContainerStateChange, K>> = {};
  for (const k of keys) if (change[k] !== undefined) out[k] = change[k];
  return out;
}

/** When the container became ready and stopped being ready: [from, to) pairs. */
export function readySpans(changes: readonly ContainerStateChange[], end: number): Array<{ from: number; to: number }> {
  const spans: Array<{ from: number; to: number }> = [];
  let since: number | undefined;
  for (const change of changes) {
    const ready = change.ready && change.state === 'running';
    if (ready && since === undefined) since = change.at;
    if (!ready && since !== undefined) {
      spans.push({ from: since, to: change.at });
      since = undefined;
    }
  }
  if (since !== undefined) spans.push({ from: since, to: end });
  return spans;
}
