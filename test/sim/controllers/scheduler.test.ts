// The scheduler: binding, spreading, and the events it records.
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../src/sim/api/types.js';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';

const THREE_NODES = { nodes: ['cp', 'w1', 'w2'] };

describe('the scheduler', () => {
  it('binds a pod in one update that sets spec.nodeName and the PodScheduled condition', () => {
    const s = new ScriptedSession();
    const seen: Array<{ node: string | undefined; scheduled: string | undefined }> = [];
    const watch = s.session.cluster.api.store.watch('pods', (e) => {
      const pod = e.object as Pod;
      if (pod.metadata.name !== 'solo' || e.type === 'DELETED') return;
      seen.push({ node: pod.spec.nodeName, scheduled: pod.status.conditions?.find((c) => c.type === 'PodScheduled')?.status });
    });
    s.ok('kubectl run solo --image=busybox:1.36 -- sleep 3600');
    s.ok('sleep 1');
    watch.stop();
    // created, bound, then the kubelet's status writes
    expect(seen[0]).toEqual({ node: undefined, scheduled: undefined });
    expect(seen[1]).toEqual({ node: 'kind-control-plane', scheduled: 'True' });
  });

  it('spreads pods over the nodes that tolerate them, and records Scheduled', () => {
    const s = new ScriptedSession(THREE_NODES);
    for (const n of [1, 2, 3, 4]) s.ok(`kubectl run p${n} --image=busybox:1.36 -- sleep 3600`);
    const nodes = s.ok("kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName");
    const used = nodes.trim().split('\n').slice(1).map((l) => l.split(/\s+/)[1]);
    // The control-plane node of a multi-node cluster is tainted NoSchedule; the workers share the pods.
    expect(new Set(used)).toEqual(new Set(['w1', 'w2']));
    expect(used.filter((n) => n === 'w1').length).toBeGreaterThanOrEqual(1);
    expect(used.filter((n) => n === 'w2').length).toBeGreaterThanOrEqual(1);
    const events = s.ok('kubectl get events --field-selector reason=Scheduled -o custom-columns=FROM:.reportingComponent,MSG:.message');
    expect(events).toMatch(/^default-scheduler\s+Successfully assigned default\/p1 to w[12]$/m);
  });

  it('leaves a pod Pending with FailedScheduling when no node fits', async () => {
    const s = new ScriptedSession();
    await s.file('picky.yaml', `apiVersion: v1
kind: Pod
metadata:
  name: picky
spec:
  nodeSelector:
    disk: ssd
  containers:
  - name: main
    image: busybox:1.36
`);
    s.ok('kubectl apply -f picky.yaml');
    s.ok('sleep 5');
    expect(s.ok('kubectl get pod picky --no-headers')).toMatch(/^picky\s+0\/1\s+Pending\s+0\s/);
    const events = s.ok("kubectl describe pod picky | sed -n '/^Events:/,$p'");
    expect(events).toContain("FailedScheduling  ");
    expect(events).toContain("0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.");
  });
});
