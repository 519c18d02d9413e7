// Hand-recorded timelines, shaped as the simulator records them (times in ms of 2025-01-06).
import type { ContainerStateChange, PodTimeline, RunTimeline } from '../../../src/run/timeline-types.js';

export const T0 = Date.parse('2025-01-06T10:00:00Z');
const at = (s: number): number => T0 + Math.round(s * 1000);
const stamp = (s: number): string => new Date(T0 + Math.floor(s) * 1000).toISOString().replace('.000Z', 'Z');

const waiting = (s: number, reason: string, restartCount = 0): ContainerStateChange => ({ at: at(s), state: 'waiting', reason, restartCount, ready: false });
const running = (s: number, started: number, ready = false, restartCount = 0): ContainerStateChange => ({ at: at(s), state: 'running', startedAt: stamp(started), restartCount, ready });
const terminated = (s: number, started: number, finished: number, exitCode: number, reason: string, restartCount = 0): ContainerStateChange => ({
  at: at(s),
  state: 'terminated',
  exitCode,
  reason,
  startedAt: stamp(started),
  finishedAt: stamp(finished),
  restartCount,
  ready: exitCode === 0,
});

/** Two init containers, one after the other, then the app container becomes ready. */
export const INIT_POD: PodTimeline = {
  namespace: 'default',
  name: 'myapp-pod',
  uid: 'uid-1',
  node: 'k8s-node01',
  createdAt: at(1),
  phases: [
    { at: at(1), phase: 'Pending' },
    { at: at(52.271), phase: 'Running' },
  ],
  conditions: [
    { at: at(1.02), type: 'PodScheduled', status: 'True' },
    { at: at(1.116), type: 'Ready', status: 'False' },
    { at: at(52.271), type: 'Ready', status: 'True' },
  ],
  containers: [
    { name: 'init-myservice', kind: 'init', changes: [waiting(1.116, 'PodInitializing'), running(3.589, 3), terminated(37.44, 3, 36, 0, 'Completed')] },
    { name: 'init-mydb', kind: 'init', changes: [waiting(1.116, 'PodInitializing'), running(38.488, 38), terminated(51.089, 38, 50, 0, 'Completed')] },
    { name: 'myapp-container', kind: 'app', changes: [waiting(1.116, 'PodInitializing'), running(52.271, 52, true)] },
  ],
  events: [
    { at: at(1.02), type: 'Normal', reason: 'Scheduled', message: 'Successfully assigned default/myapp-pod to k8s-node01', count: 1 },
    { at: at(3.589), type: 'Normal', reason: 'Started', message: 'Started container init-myservice', fieldPath: 'spec.initContainers{init-myservice}', count: 1 },
  ],
};

/** An init container that fails and is restarted with back-off; the runs are too short to be stored as running. */
export const CRASHING_POD: PodTimeline = {
  namespace: 'default',
  name: 'check-db',
  uid: 'uid-2',
  node: 'kind-control-plane',
  createdAt: at(1),
  deletingAt: at(66),
  deletedAt: at(66.348),
  phases: [{ at: at(1), phase: 'Pending' }],
  conditions: [{ at: at(1.11), type: 'Ready', status: 'False' }],
  containers: [
    {
      name: 'wait-for-db',
      kind: 'init',
      changes: [
        waiting(1.11, 'PodInitializing'),
        terminated(5.615, 5, 5, 1, 'Error'),
        terminated(6.717, 6, 6, 1, 'Error', 1),
        { ...waiting(17.627, 'CrashLoopBackOff', 1), message: 'back-off 10s restarting failed container=wait-for-db pod=check-db_default(uid-2)' },
        terminated(18.784, 17, 17, 1, 'Error', 2),
        waiting(29.236, 'CrashLoopBackOff', 2),
      ],
    },
    { name: 'app', kind: 'app', changes: [waiting(1.11, 'PodInitializing')] },
  ],
  events: [{ at: at(6.717), type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container wait-for-db in pod check-db_default(uid-2)', fieldPath: 'spec.initContainers{wait-for-db}', count: 1 }],
};

const mark = (s: number, command: string, block: number, hidden = false) => ({ block, line: 10 * block + 2, command, hidden, startedAt: at(s), endedAt: at(s) });

export function recordedTimeline(pods: PodTimeline[]): Extract<RunTimeline, { recorded: true }> {
  return {
    recorded: true,
    startedAt: T0,
    endedAt: at(70),
    pods,
    marks: [mark(1, 'kubectl create -f init.yaml', 1), mark(2, 'kubectl get pod', 2), mark(5, 'sleep 20', 3, true), mark(27, 'kubectl create -f myservice.yaml', 4), mark(43, 'kubectl create -f mydb.yaml', 5), mark(53, 'kubectl get pod', 6)],
  };
}
