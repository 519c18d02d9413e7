// Transcript 07 (kubernetes.io, liveness probes; kubectl ~1.14-1.19): an exec liveness probe
// starts failing after 30 s; the kubelet records Unhealthy x3 and Killing, and restarts the
// container while the pod stays Running. Compared by behaviour: the source's image names were
// edited later (busybox:1.28 stands in for registry.k8s.io/busybox) and its events show the
// pre-1.20 `kubelet, node01` source.
import { describe, expect, it } from 'vitest';
import { rows, ScriptedSession } from '../../backends/sim/scripted-session.js';

/** The manifest as the source stores it: YAML flow style, after a `---` line. */
const EXEC_LIVENESS_FLOW = `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: { labels: { test: "liveness" }, name: "liveness-exec" },
  spec: {
    containers: [{
      name: "liveness",
      image: "busybox:1.28",
      args: ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"],
      livenessProbe: { exec: { command: ["cat", "/tmp/healthy"] }, initialDelaySeconds: 5, periodSeconds: 5 },
    }],
  },
}
`;
/** The same object in block style. */
const EXEC_LIVENESS = `apiVersion: v1
kind: Pod
metadata:
  labels:
    test: liveness
  name: liveness-exec
spec:
  containers:
  - name: liveness
    image: busybox:1.28
    args: ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/healthy"]
      initialDelaySeconds: 5
      periodSeconds: 5
`;

/** The events table of `kubectl describe` as [reason, count, message] rows. */
function events(describe: string): Array<[string, number, string]> {
  return describe
    .slice(describe.indexOf('\nEvents:\n'))
    .split('\n')
    .slice(4)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [, reason, age, , message] = l.trim().split(/ {2,}/);
      return [reason!, Number(age!.match(/\(x(\d+) over/)?.[1] ?? 1), message!];
    });
}

describe('transcript 07: exec liveness probe', () => {
  it('shows the start events, then Unhealthy x3 and Killing, then RESTARTS 1 while Running', async () => {
    const s = new ScriptedSession();
    await s.file('exec-liveness.yaml', EXEC_LIVENESS);
    s.ok('kubectl apply -f exec-liveness.yaml');
    s.ok('sleep 9');
    // "within 30 seconds"
    expect(events(s.ok('kubectl describe pod liveness-exec')).map(([r]) => r)).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    // "after 35 seconds"
    s.ok('sleep 35');
    const later = events(s.ok('kubectl describe pod liveness-exec'));
    expect(later.map(([r]) => r)).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started', 'Unhealthy', 'Killing']);
    expect(later[5]).toEqual(['Unhealthy', 3, "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory"]);
    expect(later[6]).toEqual(['Killing', 1, 'Container liveness failed liveness probe, will be restarted']);
    // "another 30 seconds later"
    s.ok('sleep 30');
    expect(rows(s.ok('kubectl get pod liveness-exec'))).toEqual([['liveness-exec', '1/1', 'Running', expect.stringMatching(/^1 \(\d+s ago\)$/), expect.any(String)]]);
  });

  // kubectl reads a stream that starts with `---` as YAML, so flow style with unquoted keys parses.
  it('applies the manifest in the flow style the source stores it in', async () => {
    const s = new ScriptedSession();
    await s.file('exec-liveness.yaml', EXEC_LIVENESS_FLOW);
    expect(s.run('kubectl apply -f exec-liveness.yaml').output).toBe('pod/liveness-exec created\n');
  });
});
