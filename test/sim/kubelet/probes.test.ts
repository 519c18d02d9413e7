// Probes: readiness gates the Ready condition and the Service's endpoints; a failing liveness
// probe gets the container killed and restarted.
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';
import { recordPodHistory } from './pod-history.js';

describe('a readiness probe', () => {
  it('keeps the pod out of Ready and out of the endpoints until it passes', async () => {
    const s = new ScriptedSession();
    await s.file('ready.yaml', `apiVersion: v1
kind: Pod
metadata:
  name: warm
  labels:
    app: warm
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 20; touch /tmp/ready; sleep 3600']
    readinessProbe:
      exec:
        command: ['cat', '/tmp/ready']
      periodSeconds: 5
---
apiVersion: v1
kind: Service
metadata:
  name: warm
spec:
  selector:
    app: warm
  ports:
  - port: 80
    targetPort: 8080
`);
    s.ok('kubectl apply -f ready.yaml');
    s.ok('sleep 8');
    const before = s.ok('kubectl get pod warm');
    const epBefore = s.ok("kubectl get endpoints warm -o jsonpath='ready=[{.subsets[*].addresses[*].ip}] notReady=[{.subsets[*].notReadyAddresses[*].ip}]{\"\\n\"}'");
    s.ok("kubectl describe pod warm | sed -n '/^Conditions:/,/^Volumes:/p'");
    s.ok('sleep 20');
    const after = s.ok('kubectl get pod warm');
    const epAfter = s.ok("kubectl get endpoints warm -o jsonpath='ready=[{.subsets[*].addresses[*].ip}] notReady=[{.subsets[*].notReadyAddresses[*].ip}]{\"\\n\"}'");
    s.ok('kubectl get endpoints warm');
    s.ok("kubectl describe pod warm | sed -n '/^Events:/,$p'");
    expectGolden(s.transcript(), 'test/sim/kubelet/golden/readiness-gates-endpoints.txt');

    const ip = s.session.runSync("kubectl get pod warm -o jsonpath='{.status.podIP}'", { timeoutMs: 10_000 }).output;
    expect(before).toMatch(/^warm\s+0\/1\s+Running\s/m);
    expect(epBefore).toBe(`ready=[] notReady=[${ip}]\n`);
    expect(after).toMatch(/^warm\s+1\/1\s+Running\s/m);
    expect(epAfter).toBe(`ready=[${ip}] notReady=[]\n`);
  });
});

describe('a liveness probe', () => {
  it('that fails three times gets the container killed (Unhealthy x3, Killing) and restarted while the pod stays Running', async () => {
    const s = new ScriptedSession();
    // The documentation's exec-liveness pod (transcript 07), on an image the simulator has.
    await s.file('exec-liveness.yaml', `apiVersion: v1
kind: Pod
metadata:
  labels:
    test: liveness
  name: liveness-exec
spec:
  containers:
  - name: liveness
    image: busybox:1.28
    args:
    - /bin/sh
    - -c
    - touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
    livenessProbe:
      exec:
        command:
        - cat
        - /tmp/healthy
      initialDelaySeconds: 5
      periodSeconds: 5
`);
    const history = recordPodHistory(s.session.cluster, 'default', 'liveness-exec');
    s.ok('kubectl apply -f exec-liveness.yaml');
    s.ok('sleep 8');
    s.ok("kubectl describe pod liveness-exec | sed -n '/^Events:/,$p'");
    s.ok('sleep 35');
    const events = s.ok("kubectl describe pod liveness-exec | sed -n '/^Events:/,$p'");
    s.ok('sleep 30');
    const table = s.ok('kubectl get pod liveness-exec');
    expectGolden(s.transcript(), 'test/sim/kubelet/golden/liveness-restart.txt');

    expect(events).toMatch(/Warning {2}Unhealthy {2}\S+ \(x3 over \S+\) +kubelet +Liveness probe failed: cat: can't open '\/tmp\/healthy': No such file or directory\n/);
    expect(events).toMatch(/Normal {3}Killing {4}\S+ +kubelet +Container liveness failed liveness probe, will be restarted\n/);
    expect(table).toMatch(/^liveness-exec\s+1\/1\s+Running\s+1 \(\d+s ago\)\s/m);
    // sh as PID 1 ignores SIGTERM, so the restart comes a grace period (30 s) after Killing.
    const [killing] = history.eventTimes('Killing');
    const [, restarted] = history.eventTimes('Started');
    expect((restarted! - killing!) / 1000).toBeGreaterThanOrEqual(30);
    expect(new Set(history.statuses.map((h) => h.phase))).toEqual(new Set(['Pending', 'Running']));
    history.stop();
  });
});
