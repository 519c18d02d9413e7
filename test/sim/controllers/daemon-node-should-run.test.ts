// Which nodes a DaemonSet runs on: cases after upstream's TestNodeShouldRunDaemonPod
// (pkg/controller/daemon/daemon_controller_test.go), and the pod the controller makes for a node
// (the daemon tolerations, the node affinity, the generation and hash labels).
import { describe, expect, it } from 'vitest';
import type { DaemonSet, Node } from '../../../src/sim/api/types.js';
import { daemonPodTemplate, isPodUpdated, pinToNode, revisionHash, targetNodeName } from '../../../src/sim/controllers/daemon/daemon-pods.js';
import { nodeShouldRunDaemonPod } from '../../../src/sim/controllers/daemon/node-should-run.js';

function node(name: string, extra: { labels?: Record<string, string>; taints?: Node['spec']['taints']; unschedulable?: boolean } = {}): Node {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...(extra.labels ?? {}) } },
    spec: { ...(extra.taints ? { taints: extra.taints } : {}), ...(extra.unschedulable ? { unschedulable: true } : {}) },
    status: { conditions: [{ type: 'Ready', status: 'True' }] },
  } as unknown as Node;
}

function ds(spec: Partial<DaemonSet['spec']['template']['spec']> = {}, hostNetwork = false): DaemonSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'ds', namespace: 'default', uid: 'u', generation: 1, annotations: { 'deprecated.daemonset.template.generation': '2' } },
    spec: {
      selector: { matchLabels: { app: 'a' } },
      template: { metadata: { labels: { app: 'a' } }, spec: { containers: [{ name: 'c', image: 'busybox:1.36' }], ...(hostNetwork ? { hostNetwork } : {}), ...spec } as DaemonSet['spec']['template']['spec'] },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
    },
    status: { currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0 },
  };
}

describe('NodeShouldRunDaemonPod', () => {
  const cases: Array<[string, Node, DaemonSet, boolean, boolean]> = [
    ['no constraints', node('n'), ds(), true, true],
    ['a node selector the node matches', node('n', { labels: { disk: 'ssd' } }), ds({ nodeSelector: { disk: 'ssd' } }), true, true],
    ['a node selector the node does not match', node('n'), ds({ nodeSelector: { disk: 'ssd' } }), false, false],
    [
      'required node affinity the node does not match',
      node('n'),
      ds({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }] }] } } } }),
      false,
      false,
    ],
    ['a template nodeName of another node', node('n'), ds({ nodeName: 'other' }), false, false],
    ['a template nodeName of this node', node('n'), ds({ nodeName: 'n' }), true, true],
    ['an untolerated NoSchedule taint: no new pod, the running one stays', node('n', { taints: [{ key: 'k', value: 'v', effect: 'NoSchedule' }] }), ds(), false, true],
    ['an untolerated NoExecute taint: the running one goes too', node('n', { taints: [{ key: 'k', value: 'v', effect: 'NoExecute' }] }), ds(), false, false],
    ['a PreferNoSchedule taint does not count', node('n', { taints: [{ key: 'k', value: 'v', effect: 'PreferNoSchedule' }] }), ds(), true, true],
    ['a tolerated NoSchedule taint', node('n', { taints: [{ key: 'k', value: 'v', effect: 'NoSchedule' }] }), ds({ tolerations: [{ key: 'k', operator: 'Equal', value: 'v', effect: 'NoSchedule' }] }), true, true],
    ['the control plane taint', node('n', { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] }), ds(), false, true],
    ['an unschedulable (cordoned) node: its taint is tolerated', node('n', { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }] }), ds(), true, true],
    ['a not-ready node: its NoExecute taint is tolerated', node('n', { taints: [{ key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' }] }), ds(), true, true],
    ['network-unavailable is tolerated only with hostNetwork', node('n', { taints: [{ key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' }] }), ds(), false, true],
    ['network-unavailable with hostNetwork', node('n', { taints: [{ key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' }] }), ds({}, true), true, true],
  ];
  it.each(cases)('%s', (_name, n, d, shouldRun, shouldContinueRunning) => {
    expect(nodeShouldRunDaemonPod(n, d)).toEqual({ shouldRun, shouldContinueRunning });
  });
});

describe('the daemon pod', () => {
  it('gets the daemon tolerations, in upstream order, after its own; a matching one is replaced, not repeated', () => {
    const d = ds({ tolerations: [{ operator: 'Exists' }, { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 5 }] }, true);
    const t = daemonPodTemplate(d, 'h');
    expect(t.spec.tolerations).toEqual([
      { operator: 'Exists' },
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
      { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' },
    ]);
    expect(t.metadata?.labels).toEqual({ app: 'a', 'controller-revision-hash': 'h', 'pod-template-generation': '2' });
  });

  it('is pinned to its node by a matchFields term that replaces the required terms', () => {
    const spec = { containers: [], affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'disk', operator: 'Exists' }] }] } } } } as unknown as DaemonSet['spec']['template']['spec'];
    pinToNode(spec, 'kind-worker');
    expect(spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution).toEqual({ nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['kind-worker'] }] }] });
    expect(targetNodeName({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec, status: {} })).toBe('kind-worker');
  });

  it('is up to date when its hash or its template generation is current', () => {
    const pod = (labels: Record<string, string>) => ({ apiVersion: 'v1' as const, kind: 'Pod' as const, metadata: { name: 'p', labels }, spec: { containers: [] }, status: {} });
    expect(isPodUpdated(pod({ 'controller-revision-hash': 'h' }), 'h', 3)).toBe(true);
    expect(isPodUpdated(pod({ 'pod-template-generation': '3' }), 'x', 3)).toBe(true);
    expect(isPodUpdated(pod({ 'controller-revision-hash': 'old', 'pod-template-generation': '2' }), 'h', 3)).toBe(false);
  });

  it('has a revision hash that follows the template and nothing else', () => {
    const a = ds();
    const b = ds();
    b.metadata.annotations = {};
    expect(revisionHash(a)).toBe(revisionHash(b));
    expect(revisionHash(ds({ nodeSelector: { disk: 'ssd' } }))).not.toBe(revisionHash(a));
    expect(revisionHash(a)).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]+$/);
  });
});
