// What the scheduler knows of each node when it places a pod (its cache's NodeInfo): the pods
// bound to it that have not finished, the sum of their requests, and the host ports they hold.
import { podRequestsAndLimits, type ResourceList, addResourceList } from '../../api/pod-resources.js';
import type { Node, Pod } from '../../api/types.js';

export interface NodeInfo {
  node: Node;
  pods: Pod[];
  requested: ResourceList;
  /** The host ports its pods hold. */
  hostPorts: HostPort[];
}

export interface HostPort {
  protocol: string;
  /** `0.0.0.0` when the pod gave no hostIP: every address. */
  ip: string;
  port: number;
}

/** The host ports a pod asks for. */
export function hostPortsOf(pod: Pod): HostPort[] {
  const out: HostPort[] = [];
  for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
    for (const p of c.ports ?? []) if (p.hostPort) out.push({ protocol: p.protocol ?? 'TCP', ip: p.hostIP || '0.0.0.0', port: p.hostPort });
  }
  return out;
}

/** What a pod spec asks of a node: its effective requests and its host ports. */
interface PodDemand {
  requests: ResourceList;
  hostPorts: HostPort[];
}

/**
 * Demands by spec. Stored specs are frozen and shared by every later version of a pod (a status
 * write keeps the spec), so each pod's is worked out once rather than at every scheduling cycle,
 * as the scheduler's cache keeps each pod's requests in its NodeInfo.
 */
const demands = new WeakMap<Pod['spec'], PodDemand>();

function demandOf(pod: Pod): PodDemand {
  const cached = demands.get(pod.spec);
  if (cached) return cached;
  const demand = { requests: podRequestsAndLimits(pod).requests, hostPorts: hostPortsOf(pod) };
  if (Object.isFrozen(pod.spec)) demands.set(pod.spec, demand);
  return demand;
}

/** The scheduler's snapshot: terminal pods are not in its informer (status.phase!=Succeeded,Failed). */
export function snapshotNodes(nodes: readonly Node[], pods: readonly Pod[]): Map<string, NodeInfo> {
  const infos = new Map<string, NodeInfo>();
  for (const node of nodes) infos.set(node.metadata.name, { node, pods: [], requested: new Map(), hostPorts: [] });
  for (const pod of pods) {
    const info = pod.spec.nodeName ? infos.get(pod.spec.nodeName) : undefined;
    if (!info || pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') continue;
    info.pods.push(pod);
    const demand = demandOf(pod);
    addResourceList(info.requested, demand.requests);
    info.hostPorts.push(...demand.hostPorts);
  }
  return infos;
}
