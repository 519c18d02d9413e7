// Container lifecycle hooks: postStart runs before the container is reported running, and its
// failure kills the container; preStop runs before the stop signal, inside the grace period.
import { describe, expect, it } from 'vitest';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';
import { recordPodHistory } from './pod-history.js';

const pod = (name: string, spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${spec}`;

describe('lifecycle hooks', () => {
  it('run postStart before the container is reported running (the attach-handler task)', async () => {
    const s = new ScriptedSession();
    await s.file('p.yaml', pod('lifecycle-demo', `  containers:
  - name: lifecycle-demo-container
    image: nginx:1.27
    lifecycle:
      postStart:
        exec:
          command: ["/bin/sh", "-c", "sleep 3; echo Hello from the postStart handler > /usr/share/message"]
`));
    const history = recordPodHistory(s.session.cluster, 'default', 'lifecycle-demo');
    s.ok('kubectl apply -f p.yaml');
    s.ok('kubectl wait --for=condition=Ready pod/lifecycle-demo --timeout=60s');
    expect(s.ok('kubectl exec lifecycle-demo -- cat /usr/share/message')).toBe('Hello from the postStart handler\n');
    // Started is recorded when the container starts; Running only once the hook is done, 3 s later.
    const started = history.eventTimes('Started')[0]!;
    const running = history.statuses.find((h) => h.status === 'Running')!.at;
    expect(running - started).toBeGreaterThanOrEqual(3000);
    history.stop();
  });

  it('kill the container when postStart fails, with PostStartHookError and the handler message', async () => {
    const s = new ScriptedSession();
    await s.file('p.yaml', pod('bad-hook', `  terminationGracePeriodSeconds: 3
  containers:
  - name: c
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3600"]
    lifecycle:
      postStart:
        exec:
          command: ["sh", "-c", "echo nope; echo broken >&2; exit 3"]
`));
    s.ok('kubectl apply -f p.yaml');
    s.ok('sleep 8');
    const uid = s.ok("kubectl get pod bad-hook -o jsonpath='{.metadata.uid}'");
    expect(JSON.parse(s.ok("kubectl get pod bad-hook -o jsonpath='{.status.containerStatuses[0].state.waiting}'"))).toEqual(
      {
        message: `Exec lifecycle hook ([sh -c echo nope; echo broken >&2; exit 3]) for Container "c" in Pod "bad-hook_default(${uid})" failed - error: command 'sh -c echo nope; echo broken >&2; exit 3' exited with 3: broken\n, message: "nope\\nbroken\\n"`,
        reason: 'PostStartHookError',
      },
    );
    const events = s.ok("kubectl get events --field-selector involvedObject.name=bad-hook -o custom-columns=REASON:.reason,MESSAGE:.message --no-headers");
    expect(events).toMatch(/FailedPostStartHook\s+PostStartHook failed\nKilling\s+FailedPostStartHook\n/);
  });

  it('run preStop before SIGTERM, and give the container what is left of the grace period (at least 2 s)', async () => {
    const s = new ScriptedSession();
    await s.file('p.yaml', pod('slow-stop', `  terminationGracePeriodSeconds: 5
  containers:
  - name: c
    image: busybox:1.36
    command: ["sh", "-c", "trap 'echo got TERM; exit 0' TERM; while true; do sleep 1; done"]
    lifecycle:
      preStop:
        exec:
          command: ["sh", "-c", "sleep 10"]
`));
    s.ok('kubectl apply -f p.yaml');
    s.ok('kubectl wait --for=condition=Ready pod/slow-stop --timeout=60s');
    const history = recordPodHistory(s.session.cluster, 'default', 'slow-stop');
    s.ok('kubectl delete pod slow-stop --wait=false');
    const deleted = s.session.now();
    s.ok('sleep 20');
    // The hook runs out the 5 s grace period; then SIGTERM, which the trap answers at once.
    const gone = history.deletedAt!;
    expect(gone - deleted).toBeGreaterThanOrEqual(5000);
    expect(gone - deleted).toBeLessThan(8000);
    history.stop();
  });

  it('report a preStop that fails as FailedPreStopHook', async () => {
    const s = new ScriptedSession();
    await s.file('p.yaml', pod('web', `  containers:
  - name: web
    image: nginx:1.27
    lifecycle:
      preStop:
        httpGet:
          path: /shutdown
          port: 9999
`));
    s.ok('kubectl apply -f p.yaml');
    s.ok('kubectl wait --for=condition=Ready pod/web --timeout=60s');
    s.ok('kubectl delete pod web --wait=false');
    s.ok('sleep 1');
    expect(s.ok("kubectl get events --field-selector involvedObject.name=web,reason=FailedPreStopHook -o custom-columns=MESSAGE:.message --no-headers")).toBe('PreStopHook failed\n');
  });
});
