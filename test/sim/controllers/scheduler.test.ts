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

const podYaml = (name: string, spec: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
${spec}`;

describe('the scheduler fits pods to nodes by their resources', () => {
  it('leaves a pod that asks for more than any node has Pending, with the 1.32 FitError message', async () => {
    const s = new ScriptedSession();
    await s.file('big.yaml', podYaml('memory-demo-3', '  containers:\n  - name: c\n    image: polinux/stress\n    resources:\n      requests:\n        memory: 1000Gi\n        cpu: "100"\n'));
    s.ok('kubectl apply -f big.yaml');
    s.ok('sleep 5');
    expect(s.ok('kubectl get pod memory-demo-3 --no-headers')).toMatch(/^memory-demo-3\s+0\/1\s+Pending\s+0\s/);
    const message = s.ok("kubectl get pod memory-demo-3 -o jsonpath='{.status.conditions[0].message}'");
    expect(message).toBe('0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.');
  });

  it('counts what is already requested on a node, including init containers (the larger of them and the app containers)', async () => {
    const s = new ScriptedSession({ nodes: [{ name: 'kind-control-plane', cpu: 2, memory: '4Gi' }] });
    // kube-system's pods already request 950m of the 2 CPUs.
    await s.file('a.yaml', podYaml('a', '  containers:\n  - name: c\n    image: busybox:1.36\n    command: [sleep, "3600"]\n    resources:\n      requests:\n        cpu: 500m\n'));
    await s.file('b.yaml', podYaml('b', '  initContainers:\n  - name: i\n    image: busybox:1.36\n    command: ["true"]\n    resources:\n      requests:\n        cpu: 600m\n  containers:\n  - name: c\n    image: busybox:1.36\n    command: [sleep, "3600"]\n    resources:\n      requests:\n        cpu: 100m\n'));
    s.ok('kubectl apply -f a.yaml');
    s.ok('kubectl apply -f b.yaml');
    s.ok('sleep 5');
    expect(s.ok('kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName --no-headers')).toBe('a     kind-control-plane\nb     <none>\n');
    expect(s.ok("kubectl get pod b -o jsonpath='{.status.conditions[0].message}'")).toMatch(/^0\/1 nodes are available: 1 Insufficient cpu\./);
    // Room appears: the pending pod is retried after its back-off and scheduled.
    s.ok('kubectl delete pod a');
    s.ok('sleep 15');
    expect(s.ok("kubectl get pod b -o jsonpath='{.spec.nodeName}'")).toBe('kind-control-plane');
  });

  it('retries an unschedulable pod every 5 minutes, which makes its event a series', async () => {
    const s = new ScriptedSession();
    await s.file('big.yaml', podYaml('huge', '  containers:\n  - name: c\n    image: busybox:1.36\n    resources:\n      requests:\n        memory: 100Ti\n'));
    s.ok('kubectl apply -f big.yaml');
    s.ok('sleep 330');
    const events = s.ok("kubectl describe pod huge | sed -n '/^Events:/,$p'");
    expect(events).toMatch(/Warning {2}FailedScheduling {2}\S+ \(x2 over 5m\d*s\) {2}default-scheduler {2}0\/1 nodes are available: 1 Insufficient memory\./);
  });

  it('reports the first untolerated taint, node selectors and required affinity, and honours preferred affinity', async () => {
    const s = new ScriptedSession({ nodes: ['cp', { name: 'w1', labels: { disktype: 'ssd' } }, { name: 'w2', taints: ['dedicated=gpu:NoSchedule'] }] });
    await s.file('ssd.yaml', podYaml('ssd', '  nodeSelector:\n    disktype: hdd\n  containers:\n  - name: c\n    image: busybox:1.36\n'));
    s.ok('kubectl apply -f ssd.yaml');
    s.ok('sleep 3');
    expect(s.ok("kubectl get pod ssd -o jsonpath='{.status.conditions[0].message}'")).toBe(
      "0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint {dedicated: gpu}, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    );
    const affinity = `  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
        - matchExpressions:
          - {key: kubernetes.io/hostname, operator: In, values: [w1, w2]}
      preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 1
        preference:
          matchExpressions:
          - {key: disktype, operator: In, values: [ssd]}
  tolerations:
  - {key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}
  containers:
  - name: c
    image: busybox:1.36
`;
    for (const n of [1, 2, 3]) await s.file(`pref${n}.yaml`, podYaml(`pref${n}`, affinity));
    for (const n of [1, 2, 3]) s.ok(`kubectl apply -f pref${n}.yaml`);
    s.ok('sleep 3');
    expect(s.ok("kubectl get pods -l '!run' -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName --no-headers | grep pref")).toBe('pref1   w1\npref2   w1\npref3   w1\n');
    // A label added later lets the waiting pod fit.
    s.ok('kubectl label node w2 disktype=hdd');
    s.ok('sleep 5');
    expect(s.ok("kubectl get pod ssd -o jsonpath='{.spec.nodeName}'")).toBe('');
    s.ok('kubectl label node w1 disktype=hdd --overwrite');
    s.ok('sleep 5');
    expect(s.ok("kubectl get pod ssd -o jsonpath='{.spec.nodeName}'")).toBe('w1');
  });

  it('keeps host ports apart: a second pod on the same host port has no node', async () => {
    const s = new ScriptedSession();
    const spec = '  containers:\n  - name: c\n    image: nginx:1.27\n    ports:\n    - containerPort: 80\n      hostPort: 8080\n';
    await s.file('h1.yaml', podYaml('h1', spec));
    await s.file('h2.yaml', podYaml('h2', spec));
    s.ok('kubectl apply -f h1.yaml -f h2.yaml');
    s.ok('sleep 3');
    expect(s.ok("kubectl get pod h2 -o jsonpath='{.status.conditions[0].message}'")).toBe(
      "0/1 nodes are available: 1 node(s) didn't have free ports for the requested pod ports. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.",
    );
  });
});

describe('the scheduler after taints, labels and cordons change', () => {
  const NODES = { nodes: [{ name: 'cp', role: 'control-plane' }, 'w1'] };
  const plain = podYaml('plain', '  containers:\n  - name: c\n    image: busybox:1.36\n    command: [sleep, "3600"]\n');
  const node = (s: ScriptedSession) => s.ok("kubectl get pod plain -o jsonpath='{.spec.nodeName}'");
  /** A cluster where `plain` waits after `first` (a taint or a cordon) made w1 unfit. */
  const waiting = async (first: string) => {
    const s = new ScriptedSession(NODES);
    s.ok(first);
    await s.file('plain.yaml', plain);
    s.ok('kubectl apply -f plain.yaml');
    s.ok('sleep 3');
    return s;
  };
  const failures = (s: ScriptedSession) => s.ok("kubectl get events --field-selector reason=FailedScheduling -o jsonpath='{range .items[*]}{.message}{\"\\n\"}{end}'");

  it('schedules a pod waiting on a taint once the taint goes, with the 1.32 message meanwhile', async () => {
    const s = await waiting('kubectl taint nodes w1 dedicated=db:NoSchedule');
    expect(failures(s)).toBe(
      '0/2 nodes are available: 1 node(s) had untolerated taint {dedicated: db}, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.\n',
    );
    s.ok('kubectl taint nodes w1 dedicated-');
    s.ok('sleep 2');
    expect(node(s)).toBe('w1');
  });

  it('says a cordoned node was unschedulable, and schedules the pod once it is uncordoned', async () => {
    const s = await waiting('kubectl cordon w1');
    // NodeUnschedulable comes before TaintToleration: the controller's taint is not what is reported.
    expect(failures(s)).toContain('0/2 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 1 node(s) were unschedulable.');
    s.ok('kubectl uncordon w1');
    s.ok('sleep 5');
    expect(node(s)).toBe('w1');
  });

  it('retries a pod only for a change that may help the plugins that rejected it (queueing hints)', async () => {
    const s = await waiting('kubectl taint nodes w1 dedicated=db:NoSchedule');
    // A label, another taint, a pod going away: TaintToleration says none of these can help.
    s.ok('kubectl label node w1 disktype=ssd');
    s.ok('kubectl taint nodes w1 other=x:PreferNoSchedule');
    s.ok('kubectl run gone --image=busybox:1.36 --overrides=\'{"spec":{"nodeName":"w1"}}\' -- sleep 3600');
    s.ok('sleep 3');
    s.ok('kubectl delete pod gone --now');
    s.ok('sleep 20');
    expect(s.ok("kubectl get events --field-selector reason=FailedScheduling -o jsonpath='{.items[0].series.count}'")).toBe('');
    s.ok('kubectl taint nodes w1 dedicated-');
    s.ok('sleep 2');
    expect(node(s)).toBe('w1');
  });
});
