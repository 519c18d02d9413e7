// The taint-eviction controller: NoExecute taints evict the pods that do not tolerate them at
// once, and the pods that tolerate them for tolerationSeconds when that runs out.
import { describe, expect, it } from 'vitest';
import { typeForKind } from '../../../src/sim/api/resources.js';
import type { Event, Pod } from '../../../src/sim/api/types.js';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';

const NODES = { nodes: [{ name: 'cp', role: 'control-plane' }, 'w1'] };

const pod = (name: string, tolerations = '') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  nodeName: w1
  containers:
  - name: main
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
${tolerations}`;

async function cluster(): Promise<ScriptedSession> {
  const s = new ScriptedSession(NODES);
  await s.file('pods.yaml', [
    pod('now'),
    pod('later', '  tolerations:\n  - {key: key1, operator: Equal, value: value1, effect: NoExecute, tolerationSeconds: 30}\n'),
    pod('ever', '  tolerations:\n  - {key: key1, operator: Exists, effect: NoExecute}\n'),
  ].join('---\n'));
  s.ok('kubectl apply -f pods.yaml');
  s.ok('sleep 5');
  return s;
}

const deleting = (s: ScriptedSession) =>
  s.session.cluster.api.viewList<Pod>(typeForKind('Pod', 'v1')!, 'default').filter((p) => p.metadata.deletionTimestamp).map((p) => p.metadata.name);

const evictionEvents = (s: ScriptedSession) =>
  s.session.cluster.api.viewList<Event>(typeForKind('Event', 'v1')!, 'default')
    .filter((e) => e.reason === 'TaintManagerEviction')
    .map((e) => `${e.source?.component} ${e.involvedObject.name} ${e.message}`);

describe('the taint-eviction controller', () => {
  it('deletes at once a pod that does not tolerate a NoExecute taint, after marking it a disruption target', async () => {
    const s = await cluster();
    s.ok('kubectl taint nodes w1 key1=value1:NoExecute');
    s.ok('sleep 1');
    expect(deleting(s)).toEqual(['now']);
    expect(evictionEvents(s)).toEqual(['taint-eviction-controller now Marking for deletion Pod default/now']);
    expect(s.ok("kubectl get pod now -o jsonpath='{.status.conditions[?(@.type==\"DisruptionTarget\")]}'")).toMatch(
      /^\{"lastProbeTime":null,"lastTransitionTime":"[^"]+","message":"Taint manager: deleting due to NoExecute taint","reason":"DeletionByTaintManager","status":"True","type":"DisruptionTarget"\}$/,
    );
  });

  it('deletes a pod that tolerates the taint for a while when its tolerationSeconds run out, and never one that tolerates it for good', async () => {
    const s = await cluster();
    s.ok('kubectl taint nodes w1 key1=value1:NoExecute');
    s.ok('sleep 25');
    expect(deleting(s)).not.toContain('later');
    s.ok('sleep 10');
    expect(deleting(s)).toContain('later');
    s.ok('sleep 600');
    expect(s.ok('kubectl get pods -o name')).toBe('pod/ever\n');
  });

  it('cancels a pending deletion when the taint goes, and says so', async () => {
    const s = await cluster();
    s.ok('kubectl taint nodes w1 key1=value1:NoExecute');
    s.ok('sleep 5');
    s.ok('kubectl taint nodes w1 key1-');
    s.ok('sleep 60');
    expect(s.ok('kubectl get pods -o name')).toBe('pod/ever\npod/later\n');
    expect(evictionEvents(s)).toContain('taint-eviction-controller later Cancelling deletion of Pod default/later');
  });

  it('evicts a pod bound to a node that already has the taint', async () => {
    const s = new ScriptedSession(NODES);
    s.ok('kubectl taint nodes w1 key1=value1:NoExecute');
    await s.file('pods.yaml', pod('now'));
    s.ok('kubectl apply -f pods.yaml');
    s.ok('sleep 1');
    // Not started yet, it goes at once.
    expect(s.ok('kubectl get pods -o name')).toBe('');
    expect(evictionEvents(s)).toEqual(['taint-eviction-controller now Marking for deletion Pod default/now']);
  });
});
