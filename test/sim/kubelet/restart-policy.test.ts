// App containers that exit, under each restartPolicy: what STATUS, READY and the phase say.
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';
import { recordPodHistory } from './pod-history.js';

function pod(name: string, restartPolicy: string, script: string): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  restartPolicy: ${restartPolicy}
  containers:
  - name: main
    image: busybox:1.36
    command: ['sh', '-c', '${script}']
`;
}

describe('an app container that exits', () => {
  it('is restarted, stopped or finished per restartPolicy, and the phase follows', async () => {
    const s = new ScriptedSession();
    const cases = [
      ['always-ok', 'Always', 'echo done'],
      ['always-fail', 'Always', 'echo failing; exit 3'],
      ['onfailure-ok', 'OnFailure', 'echo done'],
      ['onfailure-fail', 'OnFailure', 'echo failing; exit 3'],
      ['never-ok', 'Never', 'echo done'],
      ['never-fail', 'Never', 'echo failing; exit 3'],
    ] as const;
    await s.file('pods.yaml', cases.map(([name, policy, script]) => pod(name, policy, script)).join('---\n'));
    const histories = Object.fromEntries(cases.map(([name]) => [name, recordPodHistory(s.session.cluster, 'default', name)]));
    s.ok('kubectl apply -f pods.yaml');
    s.ok('sleep 90');
    s.ok('kubectl get pods');
    s.ok("kubectl get pods -o custom-columns='NAME:.metadata.name,PHASE:.status.phase,REASON:.status.containerStatuses[0].state.*.reason,EXIT:.status.containerStatuses[0].state.terminated.exitCode,LAST:.status.containerStatuses[0].lastState.terminated.reason'");
    s.ok("kubectl describe pod always-ok | sed -n '/^    State:/,/Restart Count/p'");
    s.ok("kubectl describe pod never-fail | sed -n '/^    State:/,/Restart Count/p'");
    expectGolden(s.transcript(), 'test/sim/kubelet/golden/app-exit-per-restart-policy.txt');

    const seen = (name: string) => histories[name]!.statuses.map((h) => h.status);
    const last = (name: string) => histories[name]!.statuses.at(-1)!;
    const runs = (name: string) => histories[name]!.runs('main').length;
    // Always: a container that ends, with any code, is restarted with back-off.
    expect(seen('always-ok')).toEqual(expect.arrayContaining(['Completed', 'CrashLoopBackOff']));
    expect(seen('always-fail')).toEqual(expect.arrayContaining(['Error', 'CrashLoopBackOff']));
    expect(last('always-ok').phase).toBe('Running');
    expect(runs('always-ok')).toBeGreaterThanOrEqual(4);
    // OnFailure: only a non-zero exit is restarted; exit 0 finishes the pod.
    expect(last('onfailure-ok')).toMatchObject({ status: 'Completed', phase: 'Succeeded' });
    expect(runs('onfailure-ok')).toBe(1);
    expect(seen('onfailure-fail')).toEqual(expect.arrayContaining(['Error', 'CrashLoopBackOff']));
    expect(last('onfailure-fail').phase).toBe('Running');
    // Never: the first exit is the last.
    expect(last('never-ok')).toMatchObject({ status: 'Completed', phase: 'Succeeded' });
    expect(last('never-fail')).toMatchObject({ status: 'Error', phase: 'Failed' });
    expect(runs('never-fail')).toBe(1);
    for (const h of Object.values(histories)) h.stop();
  });

  it('while another keeps running makes the pod NotReady, 1/2, phase Running', async () => {
    const s = new ScriptedSession();
    await s.file('half.yaml', `apiVersion: v1
kind: Pod
metadata:
  name: half
spec:
  restartPolicy: OnFailure
  containers:
  - name: setup
    image: busybox:1.36
    command: ['sh', '-c', 'echo set up']
  - name: server
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
`);
    s.ok('kubectl apply -f half.yaml');
    s.ok('sleep 15');
    const table = s.ok('kubectl get pod half');
    s.ok("kubectl get pod half -o jsonpath='{.status.phase} {.status.conditions[?(@.type==\"Ready\")].status}{\"\\n\"}'");
    expectGolden(s.transcript(), 'test/sim/kubelet/golden/app-exit-not-ready.txt');
    expect(table).toMatch(/^half\s+1\/2\s+NotReady\s+0\s/m);
  });
});
