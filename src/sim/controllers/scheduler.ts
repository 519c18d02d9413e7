// The default scheduler: binds each unscheduled pod to a node that fits it (ready, schedulable,
// taints tolerated, nodeSelector matched), preferring the node with the fewest pods, and records
// `Scheduled` (or `FailedScheduling`) as the scheduler does, through the events.k8s.io API.
import { typeForKind } from '../api/resources.js';
import { rfc3339 } from '../api/time.js';
import type { Node, Pod, Toleration } from '../api/types.js';
import type { ClusterParts } from '../cluster/cluster-parts.js';

const PODS = typeForKind('Pod', 'v1')!;
const NODES = typeForKind('Node', 'v1')!;

function tolerates(tolerations: Toleration[] | undefined, taint: { key: string; value?: string; effect: string }): boolean {
  return (tolerations ?? []).some((t) => {
    if (t.effect && t.effect !== taint.effect) return false;
    if (t.operator === 'Exists') return t.key === undefined || t.key === '' || t.key === taint.key;
    return t.key === taint.key && (t.value ?? '') === (taint.value ?? '');
  });
}

interface Verdict {
  fits: boolean;
  why?: string;
}

function fit(pod: Pod, node: Node): Verdict {
  if (node.spec.unschedulable) return { fits: false, why: "node(s) were unschedulable" };
  const ready = node.status.conditions.find((c) => c.type === 'Ready')?.status === 'True';
  if (!ready) return { fits: false, why: "node(s) had untolerated taint {node.kubernetes.io/not-ready: }" };
  for (const taint of node.spec.taints ?? []) {
    if ((taint.effect === 'NoSchedule' || taint.effect === 'NoExecute') && !tolerates(pod.spec.tolerations, taint)) {
      return { fits: false, why: `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}` };
    }
  }
  for (const [k, v] of Object.entries(pod.spec.nodeSelector ?? {})) {
    if (node.metadata.labels?.[k] !== v) return { fits: false, why: "node(s) didn't match Pod's node affinity/selector" };
  }
  return { fits: true };
}

export function startScheduler(parts: ClusterParts): void {
  const { api, loop, recorder } = parts;
  const random = parts.random.stream('scheduler');
  const pending = new Set<string>();
  const schedule = (ns: string, name: string, uid: string) => {
    pending.delete(uid);
    const pod = api.find<Pod>(PODS, ns, name);
    if (!pod || pod.metadata.uid !== uid || pod.spec.nodeName || pod.metadata.deletionTimestamp) return;
    const nodes = api.viewList<Node>(NODES, undefined);
    const fitting: Node[] = [];
    const reasons = new Map<string, number>();
    for (const node of nodes) {
      const v = fit(pod, node);
      if (v.fits) fitting.push(node);
      else reasons.set(v.why!, (reasons.get(v.why!) ?? 0) + 1);
    }
    const ref = { apiVersion: 'v1', kind: 'Pod', name, namespace: ns, uid };
    const instance = `default-scheduler-${parts.controlPlaneNode}`;
    if (fitting.length === 0) {
      const parts2 = [...reasons].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([why, n]) => `${n} ${why}`);
      const message = `0/${nodes.length} nodes are available: ${parts2.join(', ')}. preemption: 0/${nodes.length} nodes are available: ${nodes.length} Preemption is not helpful for scheduling.`;
      const now = rfc3339(loop.now());
      const conditions = [{ lastProbeTime: null, lastTransitionTime: now, message, reason: 'Unschedulable', status: 'False' as const, type: 'PodScheduled' }];
      api.updateStatus(PODS, { ...pod, status: { ...pod.status, conditions } });
      recorder.recordNew(ref, 'Warning', 'FailedScheduling', 'Scheduling', message, 'default-scheduler', instance);
      return;
    }
    const perNode = parts.podsPerNode();
    const load = (n: Node) => perNode.get(n.metadata.name) ?? 0;
    const least = Math.min(...fitting.map(load));
    const best = fitting.filter((n) => load(n) === least);
    const node = best[random.int(best.length)]!;
    // The binding subresource sets spec.nodeName and the PodScheduled condition in one update:
    // a watcher sees one change, as with a real API server.
    const scheduled = { lastProbeTime: null, lastTransitionTime: rfc3339(loop.now()), status: 'True' as const, type: 'PodScheduled' };
    const conditions = [...(pod.status.conditions ?? []).filter((c) => c.type !== 'PodScheduled'), scheduled];
    api.put(PODS, { ...pod, spec: { ...pod.spec, nodeName: node.metadata.name }, status: { ...pod.status, conditions } });
    recorder.recordNew(ref, 'Normal', 'Scheduled', 'Binding', `Successfully assigned ${ns}/${name} to ${node.metadata.name}`, 'default-scheduler', instance);
  };
  api.store.watch('pods', (event) => {
    const pod = event.object as Pod;
    if (event.type === 'DELETED' || pod.spec.nodeName || (pod.spec.schedulerName ?? 'default-scheduler') !== 'default-scheduler') return;
    const uid = pod.metadata.uid ?? '';
    if (pending.has(uid) || pod.status.conditions?.some((c) => c.type === 'PodScheduled')) return;
    pending.add(uid);
    loop.after(random.between(4, 30), `schedule ${pod.metadata.name}`, () => schedule(pod.metadata.namespace ?? 'default', pod.metadata.name, uid));
  });
}
