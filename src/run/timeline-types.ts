// What a lesson run records about the Pods' lives, for the site's lifecycle picture. The simulator
// records it from its own state; a real cluster records none (see `RunTimeline`).

/** One state a container was stored in, with the virtual time the simulator stored it. */
export interface ContainerStateChange {
  /** When the state was written to the API (backend clock, ms since the epoch). */
  at: number;
  state: 'waiting' | 'running' | 'terminated';
  /** `ContainerCreating`, `PodInitializing`, `CrashLoopBackOff`, `Completed`, `Error`, ... */
  reason?: string;
  /** The waiting or terminated state's message (a back-off's `back-off 10s restarting ...`). */
  message?: string;
  /** Only for `terminated`. */
  exitCode?: number;
  /** The state's own times, as the API serves them (RFC 3339): what `kubectl describe` prints. */
  startedAt?: string;
  finishedAt?: string;
  restartCount: number;
  ready: boolean;
}

export interface ContainerTimeline {
  name: string;
  /**
   * `init` runs before the app containers; `sidecar` is an init container with `restartPolicy:
   * Always`; `ephemeral` was added later (`kubectl debug`).
   */
  kind: 'init' | 'sidecar' | 'app' | 'ephemeral';
  /** In time order; empty when the container never got a status. */
  changes: ContainerStateChange[];
}

/** A Pod condition's status from `at` on (only changes are kept). */
export interface ConditionChange {
  at: number;
  type: string;
  status: string;
  reason?: string;
}

/** An Event about the Pod, each time it was recorded (a repeat bumps `count`). */
export interface PodEventRecord {
  at: number;
  type: string;
  reason: string;
  message: string;
  /** The container it is about: `spec.initContainers{init-mydb}`, `spec.containers{app}`. */
  fieldPath?: string;
  count: number;
}

export interface PodTimeline {
  namespace: string;
  name: string;
  uid: string;
  /** The node it was bound to, if it was scheduled. */
  node?: string;
  /** `metadata.creationTimestamp` (ms). */
  createdAt: number;
  /** When the Pod was asked to go (`deletionTimestamp` first set), if it was. */
  deletingAt?: number;
  /** When the Pod left the API, if it did during the lesson. */
  deletedAt?: number;
  phases: Array<{ at: number; phase: string }>;
  conditions: ConditionChange[];
  /** Init containers (in spec order), then app containers. */
  containers: ContainerTimeline[];
  events: PodEventRecord[];
}

/** A command of the lesson, placed on the time axis. */
export interface TimelineMark {
  /** The block's index in the lesson, and the command's line in the lesson file. */
  block: number;
  line: number;
  command: string;
  /** A `hidden` block's command: it ran, but the page does not show it. */
  hidden: boolean;
  startedAt: number;
  endedAt: number;
}

/**
 * The lesson's lifecycle record. Every backend returns one: the simulator fills it in; a backend
 * that cannot see the cluster's history says why it has none.
 */
export type RunTimeline =
  | { recorded: true; startedAt: number; endedAt: number; pods: PodTimeline[]; marks: TimelineMark[] }
  | { recorded: false; reason: string };

/** What a session knows about the Pods it ran (the simulator's sessions implement it). */
export interface SessionTimeline {
  startedAt: number;
  endedAt: number;
  pods: PodTimeline[];
}
