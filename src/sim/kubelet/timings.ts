// How long the kubelet's steps take in virtual time. Behaviour as data: every delay the pod
// lifecycle uses is here, with the range the seeded random source draws from.

export interface Range {
  min: number;
  max: number;
}

export const KUBELET_TIMINGS = {
  /** From binding to the kubelet's first sync of the pod. */
  observeBinding: { min: 20, max: 120 },
  /** Creating the pod sandbox and its network (the pause container, CNI). */
  createSandbox: { min: 700, max: 1300 },
  /** A registry round trip when the image is already present but the pull policy is Always. */
  pullPresent: { min: 350, max: 950 },
  /** Fixed latency of a real pull before bytes flow. */
  pullLatency: { min: 300, max: 700 },
  /** Creating a container once its image is there. */
  createContainer: { min: 40, max: 180 },
  /** Starting a created container. */
  startContainer: { min: 60, max: 400 },
  /** PLEG relist: how soon the kubelet notices a container exited (relist period 1s). */
  noticeExit: { min: 150, max: 1000 },
  /** Pod worker requeue after a sync error such as CrashLoopBackOff: backOffPeriod 10s + 50% jitter. */
  requeueOnError: { min: 10_000, max: 15_000 },
  /** Tearing down the sandbox after the last container stopped, before the final delete. */
  killSandbox: { min: 100, max: 400 },
  /** How long a graceful program (nginx, pause) takes to exit after SIGTERM. */
  gracefulExit: { min: 20, max: 120 },
  /** Failing a pull of an image that does not exist. */
  pullFailure: { min: 400, max: 1500 },
  /** From a pod's new labels or annotations to its downward API volume files: the pod worker's next sync remounts them. */
  refreshVolumes: { min: 500, max: 1500 },
} satisfies Record<string, Range>;

/** CrashLoopBackOff: 10s doubling to 300s; reset after 600s without a failure (flowcontrol.Backoff). */
export const CONTAINER_BACKOFF = { initialMs: 10_000, maxMs: 300_000 };
/** Image pull back-off: same schedule. */
export const IMAGE_BACKOFF = { initialMs: 10_000, maxMs: 300_000 };
