// The kubelet's memory of one container of a pod across its runs: the current run, the previous
// one (for `lastState` and `kubectl logs --previous`), and why it is waiting when not running.
import type { Container } from '../api/types.js';
import type { Timer } from '../core/event-loop.js';
import type { ContainerInstance } from '../runtime/container-instance.js';
import type { ResolvedImage } from '../runtime/image-catalog.js';

export interface ContainerRun {
  /** 64 hex digits; the API shows `containerd://<id>`. */
  id: string;
  instance: ContainerInstance;
  image: ResolvedImage;
  createdAt: number;
  startedAt?: number;
  /** Set once the kubelet has noticed the process ended. */
  finishedAt?: number;
  /** When the process actually ended (the kubelet notices a moment later). */
  exitedAt?: number;
  exitCode?: number;
  /** Completed, Error, StartError, ... */
  reason?: string;
  message?: string;
  signal?: number;
  ready: boolean;
  /** The pending process wake-up or exit notice. */
  timer?: Timer;
  /** Probe state. */
  readinessSuccesses: number;
  readinessFailures: number;
  livenessFailures: number;
  probeTimers: Timer[];
  /** A sync already found this ended run inside its CrashLoopBackOff (the next one reports it). */
  backoffSeen?: boolean;
  /** The postStart hook is running: the container runs but the kubelet does not report it yet. */
  postStartPending?: boolean;
  /** Set when the kubelet stopped it (liveness failure, deletion). */
  stopping?: boolean;
  /** Called once when a run the kubelet is stopping has ended. */
  onStopped?: () => void;
}

export interface ContainerRecord {
  name: string;
  /** Ephemeral containers (kubectl debug) start once, are never restarted, and are never ready. */
  kind: 'init' | 'app' | 'ephemeral';
  spec: Container;
  restartCount: number;
  current?: ContainerRun;
  previous?: ContainerRun;
  /** Why the container is not running now, when the kubelet knows a reason. */
  waiting?: { reason: string; message?: string };
}

export function newRecord(spec: Container, kind: ContainerRecord['kind']): ContainerRecord {
  return { name: spec.name, kind, spec, restartCount: 0 };
}

export function isRunning(rec: ContainerRecord): boolean {
  return rec.current !== undefined && rec.current.startedAt !== undefined && rec.current.finishedAt === undefined;
}

export function hasExited(rec: ContainerRecord): boolean {
  return rec.current?.finishedAt !== undefined;
}

export function succeeded(rec: ContainerRecord): boolean {
  return hasExited(rec) && rec.current!.exitCode === 0;
}
