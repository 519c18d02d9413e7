// Queueing hints (SchedulerQueueingHints, on by default in 1.32): a pod the filters rejected goes
// back to the queue only for a cluster event that one of the plugins that rejected it says may
// help (isPodWorthRequeuing in pkg/scheduler/internal/queue). The node hints are each plugin's
// isSchedulableAfterNodeChange (nodeunschedulable, tainttoleration, nodeaffinity; NodePorts and
// NodeResourcesFit react to a new node, the latter also to a change of allocatable); an assigned
// pod going away helps the plugins that count what pods use.
import { jsonEqual } from '../../store/json-data.js';
import type { Node, Pod } from '../../api/types.js';
import { tolerated } from './filters.js';
import { matchesNodeSelectorAndAffinity } from './node-affinity.js';
import { hostPortsOf } from './node-info.js';

/** FindMatchingUntoleratedTaint over the node's own NoSchedule and NoExecute taints. */
function untolerated(pod: Pod, node: Node): boolean {
  return (node.spec.taints ?? []).some((t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerated(pod.spec.tolerations, t));
}

/** By plugin: whether a node added (`old` undefined) or changed may make the pod schedulable. */
const NODE_HINTS: Record<string, (pod: Pod, old: Node | undefined, node: Node) => boolean> = {
  NodeUnschedulable: (_pod, old, node) => !node.spec.unschedulable && (!old || old.spec.unschedulable === true),
  TaintToleration: (pod, old, node) => (!old || untolerated(pod, old)) && !untolerated(pod, node),
  NodeAffinity: (pod, old, node) => matchesNodeSelectorAndAffinity(pod, node) && (!old || !matchesNodeSelectorAndAffinity(pod, old)),
  NodePorts: (_pod, old) => !old,
  NodeResourcesFit: (_pod, old, node) => !old || !jsonEqual(old.status?.allocatable, node.status?.allocatable),
};

/** Whether a node event may help a pod the `plugins` rejected (none recorded: any event may). */
export function nodeChangeMayHelp(pod: Pod, plugins: ReadonlySet<string>, old: Node | undefined, node: Node): boolean {
  if (plugins.size === 0) return true;
  return [...plugins].some((p) => NODE_HINTS[p]?.(pod, old, node) ?? true);
}

/** Whether an assigned pod deleted (or finished) may help a pod the `plugins` rejected. */
export function podGoneMayHelp(plugins: ReadonlySet<string>, gone: Pod): boolean {
  if (plugins.size === 0) return true;
  if (plugins.has('NodeResourcesFit') && gone.spec.nodeName) return true;
  return plugins.has('NodePorts') && hostPortsOf(gone).length > 0;
}
