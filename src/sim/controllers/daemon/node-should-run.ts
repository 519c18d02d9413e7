// NodeShouldRunDaemonPod (pkg/controller/daemon/daemon_controller.go): whether a DaemonSet wants a
// pod on a node (shouldRun) and whether a pod already there may stay (shouldContinueRunning).
// The node must fit the pod's name, node selector and required affinity; a NoSchedule or
// NoExecute taint the pod does not tolerate keeps new pods off, and only an untolerated NoExecute
// taint sends a running one away.
import type { DaemonSet, Node, Pod } from '../../api/types.js';
import { tolerated } from '../scheduling/filters.js';
import { matchesNodeSelectorAndAffinity } from '../scheduling/node-affinity.js';
import { addDaemonPodTolerations } from './daemon-pods.js';

/** NewPod: the pod the DaemonSet would put on the node (its template with the node's name and the daemon tolerations). */
function newPod(ds: DaemonSet, nodeName: string): Pod {
  // Only the name and the tolerations change: a shallow copy with its own toleration list will do
  // (a deep copy of the template on every node of every sync was the controller's main cost).
  const spec: Pod['spec'] = { ...ds.spec.template.spec, nodeName, tolerations: (ds.spec.template.spec.tolerations ?? []).map((t) => ({ ...t })) };
  addDaemonPodTolerations(spec);
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: '', namespace: ds.metadata.namespace, labels: { ...(ds.spec.template.metadata?.labels ?? {}) } }, spec, status: {} };
}

export interface ShouldRun {
  readonly shouldRun: boolean;
  readonly shouldContinueRunning: boolean;
}

/**
 * The answers for a stored node and a stored DaemonSet, by snapshot: both are frozen, so the
 * answer cannot change until one of them is written again (a DaemonSet sync asks for every node
 * two to four times, and most syncs see the same snapshots as the one before).
 */
const answers = new WeakMap<Node, WeakMap<DaemonSet, ShouldRun>>();

export function nodeShouldRunDaemonPod(node: Node, ds: DaemonSet): ShouldRun {
  if (!Object.isFrozen(node) || !Object.isFrozen(ds)) return evaluate(node, ds);
  let byDs = answers.get(node);
  if (!byDs) {
    byDs = new WeakMap();
    answers.set(node, byDs);
  }
  let found = byDs.get(ds);
  if (!found) {
    found = Object.freeze(evaluate(node, ds));
    byDs.set(ds, found);
  }
  return found;
}

function evaluate(node: Node, ds: DaemonSet): ShouldRun {
  const pod = newPod(ds, node.metadata.name);
  // If the daemon set specifies a node name, check that it matches with node.Name.
  if (ds.spec.template.spec.nodeName && ds.spec.template.spec.nodeName !== node.metadata.name) return { shouldRun: false, shouldContinueRunning: false };
  const fitsNodeName = !pod.spec.nodeName || pod.spec.nodeName === node.metadata.name;
  const fitsNodeAffinity = matchesNodeSelectorAndAffinity(pod, node);
  if (!fitsNodeName || !fitsNodeAffinity) return { shouldRun: false, shouldContinueRunning: false };
  const taints = node.spec.taints ?? [];
  const untolerated = (effects: string[]) => taints.some((t) => effects.includes(t.effect) && !tolerated(pod.spec.tolerations, t));
  if (untolerated(['NoSchedule', 'NoExecute'])) {
    // Scheduled daemon pods should continue running if they tolerate NoExecute taint.
    return { shouldRun: false, shouldContinueRunning: !untolerated(['NoExecute']) };
  }
  return { shouldRun: true, shouldContinueRunning: true };
}
