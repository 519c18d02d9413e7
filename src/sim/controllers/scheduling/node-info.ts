// What the scheduler knows of each node when it places a pod (its cache's NodeInfo): the pods
// bound to it that have not finished, the sum of their requests, and the host ports they hold.
import { podRequestsAndLimits, type ResourceList } from '../../api/pod-resources.js';
import type { Node, Pod } from '../../api/types.js';
import type { Quantity } from '../../core/quantity.js';
import type { ObjectStore } from '../../store/object-store.js';

export interface NodeInfo {
  node: Node;
  /** How many pods are bound to it and not finished. */
  podCount: number;
  /** The sum of their requests (read-only). */
  requested: ResourceList;
  /** The host ports its pods hold (read-only). */
  hostPorts: readonly HostPort[];
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
export interface PodDemand {
  requests: ResourceList;
  hostPorts: HostPort[];
}

/**
 * Demands by spec. Stored specs are frozen and shared by every later version of a pod (a status
 * write keeps the spec), so each pod's is worked out once rather than at every scheduling cycle,
 * as the scheduler's cache keeps each pod's requests in its NodeInfo.
 */
const demands = new WeakMap<Pod['spec'], PodDemand>();

export function demandOf(pod: Pod): PodDemand {
  const cached = demands.get(pod.spec);
  if (cached) return cached;
  const demand = { requests: podRequestsAndLimits(pod).requests, hostPorts: hostPortsOf(pod) };
  if (Object.isFrozen(pod.spec)) demands.set(pod.spec, demand);
  return demand;
}

const POD_NODE = 'schedulerNodeName';

/** The running totals of one node's pods (the cache's NodeInfo.Requested, UsedPorts and pod count). */
interface NodeTotals {
  requested: Map<string, Quantity>;
  hostPorts: HostPort[];
}

/**
 * The scheduler's cache (pkg/scheduler/backend/cache): its pods by node, with each node's
 * requests and host ports kept up to date as pods are bound, change or go, so a scheduling cycle
 * reads every node's totals without counting its pods again. Terminal pods are not in its
 * informer (status.phase!=Succeeded,Failed). Added once per store.
 */
export function indexPodsByNode(store: ObjectStore): void {
  store.addIndex<NodeTotals>(
    'pods',
    POD_NODE,
    (o) => {
      const pod = o as Pod;
      return pod.spec.nodeName && pod.status.phase !== 'Succeeded' && pod.status.phase !== 'Failed' ? pod.spec.nodeName : undefined;
    },
    {
      empty: () => ({ requested: new Map(), hostPorts: [] }),
      add: (acc, o) => {
        const demand = demandOf(o as Pod);
        for (const [name, q] of demand.requests) acc.requested.set(name, { nano: (acc.requested.get(name)?.nano ?? 0n) + q.nano, format: 'DecimalSI' });
        acc.hostPorts.push(...demand.hostPorts);
      },
      remove: (acc, o) => {
        const demand = demandOf(o as Pod);
        for (const [name, q] of demand.requests) acc.requested.set(name, { nano: (acc.requested.get(name)?.nano ?? 0n) - q.nano, format: 'DecimalSI' });
        for (const port of demand.hostPorts) {
          const at = acc.hostPorts.indexOf(port);
          if (at >= 0) acc.hostPorts.splice(at, 1);
        }
      },
    },
  );
}

const NO_TOTALS: NodeTotals = { requested: new Map(), hostPorts: [] };

/** Reads the scheduler's cache (the index `indexPodsByNode` keeps) one node at a time. */
export function nodeInfoReader(store: ObjectStore): (node: Node) => NodeInfo {
  const index = store.indexReader<NodeTotals>('pods', POD_NODE);
  return (node) => {
    const name = node.metadata.name;
    const totals = index.total(name) ?? NO_TOTALS;
    return { node, podCount: index.size(name), requested: totals.requested, hostPorts: totals.hostPorts };
  };
}

/** The scheduler's snapshot of one node, from the cache that `indexPodsByNode` keeps. */
export function nodeInfoOf(store: ObjectStore, node: Node): NodeInfo {
  return nodeInfoReader(store)(node);
}

/** The scheduler's snapshot of each node, from the cache that `indexPodsByNode` keeps. */
export function snapshotNodes(store: ObjectStore, nodes: readonly Node[]): Map<string, NodeInfo> {
  const infoOf = nodeInfoReader(store);
  const infos = new Map<string, NodeInfo>();
  for (const node of nodes) infos.set(node.metadata.name, infoOf(node));
  return infos;
}
