// The node lifecycle controller's taints: the unschedulable taint follows spec.unschedulable, and
// the taints that stand for node conditions go from a node whose conditions are fine.
import { describe, expect, it } from 'vitest';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';

const NODES = { nodes: [{ name: 'cp', role: 'control-plane' }, 'w1'] };
const taints = (s: ScriptedSession) => s.ok("kubectl get node w1 -o jsonpath='{.spec.taints}'");

describe('the node lifecycle controller', () => {
  it('adds the unschedulable taint after the node is cordoned, and takes it off after uncordon', () => {
    const s = new ScriptedSession(NODES);
    s.ok('kubectl taint nodes w1 team=a:NoSchedule');
    s.ok('kubectl cordon w1');
    expect(taints(s)).toBe('[{"effect":"NoSchedule","key":"team","value":"a"},{"effect":"NoSchedule","key":"node.kubernetes.io/unschedulable"}]');
    s.ok('kubectl uncordon w1');
    expect(taints(s)).toBe('[{"effect":"NoSchedule","key":"team","value":"a"}]');
  });

  it('takes off a condition taint or the unschedulable taint put by hand on a node that is fine', () => {
    const s = new ScriptedSession(NODES);
    s.ok('kubectl taint nodes w1 node.kubernetes.io/memory-pressure:NoSchedule node.kubernetes.io/unschedulable:NoSchedule');
    expect(taints(s)).toBe('');
  });

  it('takes the unreachable NoExecute taint off a Ready node at its next 5 s pass: the pods it threatened stay', async () => {
    const s = new ScriptedSession(NODES);
    await s.file('p.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  nodeName: w1\n  containers:\n  - name: c\n    image: busybox:1.36\n    command: [sleep, "3600"]\n');
    s.ok('kubectl apply -f p.yaml');
    s.ok('kubectl taint nodes w1 node.kubernetes.io/unreachable:NoExecute');
    s.ok('sleep 6');
    expect(taints(s)).toBe('');
    s.ok('sleep 400');
    expect(s.ok('kubectl get pods -o name')).toBe('pod/p\n');
    // The default toleration (300 s) had scheduled its deletion; the controller cancelled it.
    expect(s.ok("kubectl get events --field-selector reason=TaintManagerEviction -o jsonpath='{.items[*].message}'")).toBe('Cancelling deletion of Pod default/p');
  });
});
