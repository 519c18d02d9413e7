// Init containers through the kubelet: in order, each to success; a failing one under each
// restartPolicy, with the CrashLoopBackOff schedule measured from what the API showed.
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';
import { recordPodHistory, restartWaits } from './pod-history.js';

const GOLDEN = 'test/sim/kubelet/golden';

function podWithFailingInit(name: string, restartPolicy?: string): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
${restartPolicy ? `  restartPolicy: ${restartPolicy}\n` : ''}  initContainers:
  - name: ok
    image: busybox:1.36
    command: ['sh', '-c', 'echo ready']
  - name: check
    image: busybox:1.36
    command: ['sh', '-c', 'echo checking; echo no database >&2; exit 1']
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'echo app; sleep 3600']
`;
}

/** Each status in `wanted` appears, in this order, in `seen` (others may come between). */
function inOrder(seen: string[], wanted: string[]): boolean {
  let i = 0;
  for (const s of seen) if (s === wanted[i]) i++;
  return i === wanted.length;
}

describe('init containers', () => {
  it('run one at a time, each to success, before the app container starts', async () => {
    const s = new ScriptedSession();
    await s.file('steps.yaml', `apiVersion: v1
kind: Pod
metadata:
  name: steps
spec:
  initContainers:
  - name: first
    image: busybox:1.36
    command: ['sh', '-c', 'echo first; sleep 4']
  - name: second
    image: busybox:1.36
    command: ['sh', '-c', 'echo second; sleep 6']
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'echo app; sleep 3600']
`);
    const history = recordPodHistory(s.session.cluster, 'default', 'steps');
    s.ok('kubectl apply -f steps.yaml');
    s.run('timeout 20 kubectl get pod steps -w');
    s.ok('kubectl get pod steps');
    s.ok('kubectl describe pod steps');
    s.ok('kubectl logs steps -c first');
    s.ok('kubectl logs steps -c second');
    s.ok('kubectl logs steps');
    expectGolden(s.transcript(), `${GOLDEN}/init-two-to-running.txt`);

    const statuses = history.statuses.map((h) => h.status);
    expect(inOrder(statuses, ['Init:0/2', 'Init:1/2', 'Running'])).toBe(true);
    const [first] = history.runs('first');
    const [second] = history.runs('second');
    const [app] = history.runs('app');
    expect(first!.exitCode).toBe(0);
    expect(second!.startedAt).toBeGreaterThanOrEqual(first!.finishedAt!);
    expect(second!.finishedAt! - second!.startedAt).toBeGreaterThanOrEqual(5);
    expect(app!.startedAt).toBeGreaterThanOrEqual(second!.finishedAt!);
    history.stop();
  });

  it('under restartPolicy Always, a failing one is retried at once, then after 10s, 20s, 40s, 80s, 160s', async () => {
    const s = new ScriptedSession();
    await s.file('check.yaml', podWithFailingInit('check'));
    const history = recordPodHistory(s.session.cluster, 'default', 'check');
    s.ok('kubectl apply -f check.yaml');
    s.run('timeout 60 kubectl get pod check -w');
    s.ok('kubectl get pod check');
    s.ok('sleep 300');
    s.ok('kubectl get pod check');
    s.ok('kubectl describe pod check');
    s.ok('kubectl logs check -c check');
    s.ok('kubectl logs check -c check --previous');
    expectGolden(s.transcript(), `${GOLDEN}/init-fails-always.txt`);

    const waits = restartWaits(history.runs('check'));
    // Back-off per failure (flowcontrol.Backoff: 10s doubling); a restart comes at the first pod
    // sync after it ends, and syncs come every 10-15 s while the container waits.
    const backoffs = [0, 10, 20, 40, 80, 160];
    expect(waits.length).toBeGreaterThanOrEqual(backoffs.length);
    backoffs.forEach((b, i) => {
      expect(waits[i], `wait before restart ${i + 1}`).toBeGreaterThanOrEqual(b - 1);
      expect(waits[i], `wait before restart ${i + 1}`).toBeLessThanOrEqual(b === 0 ? 2 : b + 17);
    });
    // The same schedule seen from the Started events: each restart is recorded as it happens.
    const started = history.eventTimes('Started').slice(1);
    const gaps = started.slice(1).map((t, i) => (t - started[i]!) / 1000);
    expect(gaps[1]).toBeGreaterThanOrEqual(10);
    expect(gaps[2]).toBeGreaterThanOrEqual(20);
    expect(gaps[3]).toBeGreaterThanOrEqual(40);
    expect(gaps[4]).toBeGreaterThanOrEqual(80);

    // Every failure shows as Init:Error first; Init:CrashLoopBackOff only once a sync has found the
    // container backing off. The pod stays Pending and never reaches its app container.
    const statuses = history.statuses.map((h) => h.status);
    expect(statuses.filter((x) => x.startsWith('Init:')).every((x) => ['Init:0/2', 'Init:1/2', 'Init:Error', 'Init:CrashLoopBackOff'].includes(x))).toBe(true);
    statuses.forEach((x, i) => {
      if (x === 'Init:CrashLoopBackOff') expect(statuses[i - 1]).toBe('Init:Error');
    });
    expect(inOrder(statuses, ['Init:1/2', 'Init:Error', 'Init:CrashLoopBackOff', 'Init:Error', 'Init:CrashLoopBackOff'])).toBe(true);
    expect(new Set(history.statuses.map((h) => h.phase))).toEqual(new Set(['Pending']));
    expect(history.runs('app')).toEqual([]);
    history.stop();
  });

  it('under restartPolicy OnFailure, a failing one is retried with the same back-off', async () => {
    const s = new ScriptedSession();
    await s.file('check.yaml', podWithFailingInit('check', 'OnFailure'));
    const history = recordPodHistory(s.session.cluster, 'default', 'check');
    s.ok('kubectl apply -f check.yaml');
    s.ok('sleep 60');
    s.ok('kubectl get pod check');
    s.ok("kubectl get pod check -o jsonpath='{.status.phase} {.status.initContainerStatuses[1].restartCount}{\"\\n\"}'");
    expectGolden(s.transcript(), `${GOLDEN}/init-fails-onfailure.txt`);

    const waits = restartWaits(history.runs('check'));
    expect(waits[0]).toBeLessThanOrEqual(2);
    expect(waits[1]).toBeGreaterThanOrEqual(9);
    expect(waits[2]).toBeGreaterThanOrEqual(19);
    expect(history.statuses.map((h) => h.status)).toContain('Init:CrashLoopBackOff');
    history.stop();
  });

  it('under restartPolicy Never, a failing one fails the pod: Init:Error stays, phase Failed', async () => {
    const s = new ScriptedSession();
    await s.file('check.yaml', podWithFailingInit('check', 'Never'));
    const history = recordPodHistory(s.session.cluster, 'default', 'check');
    s.ok('kubectl apply -f check.yaml');
    s.ok('sleep 10');
    s.ok('kubectl get pod check');
    s.ok('sleep 60');
    s.ok('kubectl get pod check');
    s.ok('kubectl describe pod check');
    s.run('kubectl logs check');
    expectGolden(s.transcript(), `${GOLDEN}/init-fails-never.txt`);

    expect(history.runs('check')).toHaveLength(1);
    expect(history.runs('app')).toEqual([]);
    const last = history.statuses.at(-1)!;
    expect(last).toMatchObject({ status: 'Init:Error', phase: 'Failed' });
    expect(history.statuses.map((h) => h.status)).not.toContain('Init:CrashLoopBackOff');
    history.stop();
  });
});
