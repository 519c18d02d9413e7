// The default profile's filter plugins, in its order (pkg/scheduler/apis/config/v1/
// default_plugins.go): each node is judged by the first plugin that rejects it, with that
// plugin's reasons and whether preemption could help (Unschedulable) or not
// (UnschedulableAndUnresolvable).
import type { Node, Pod, Toleration } from '../../api/types.js';
import { compareQuantity, quantityMilliValue, quantityValue, parseQuantity, ZERO_QUANTITY, type Quantity } from '../../core/quantity.js';
import { matchesNodeSelectorAndAffinity } from './node-affinity.js';
import type { ResourceList } from '../../api/pod-resources.js';
import { demandOf, type NodeInfo } from './node-info.js';

export type FilterCode = 'Unschedulable' | 'UnschedulableAndUnresolvable';

export interface Rejection {
  plugin: string;
  code: FilterCode;
  reasons: string[];
}

interface Taint {
  key: string;
  value?: string;
  effect: string;
}

/** v1.Toleration.ToleratesTaint. */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  const op = t.operator ?? '';
  if (op === '' || op === 'Equal') return (t.value ?? '') === (taint.value ?? '');
  return op === 'Exists';
}

export function tolerated(tolerations: readonly Toleration[] | undefined, taint: Taint): boolean {
  return (tolerations ?? []).some((t) => toleratesTaint(t, taint));
}

/**
 * Per stored node snapshot (frozen: a change stores a new one), what every scheduling cycle asks
 * of it: its effective taints and its allocatable quantities, worked out once rather than for
 * each pod that looks at the node.
 */
const taintsOf = new WeakMap<Node, readonly Taint[]>();
const allocatableOf = new WeakMap<Node, Map<string, Quantity>>();

/** The node's taints, plus the not-ready taint the node lifecycle controller puts on a node that is not Ready (read-only). */
export function effectiveTaints(node: Node): readonly Taint[] {
  const cached = taintsOf.get(node);
  if (cached) return cached;
  const taints = nodeTaints(node);
  if (Object.isFrozen(node)) taintsOf.set(node, taints);
  return taints;
}

function nodeTaints(node: Node): Taint[] {
  const taints: Taint[] = [...(node.spec.taints ?? [])];
  const ready = node.status.conditions.find((c) => c.type === 'Ready')?.status === 'True';
  if (!ready && !taints.some((t) => t.key === 'node.kubernetes.io/not-ready')) taints.push({ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' });
  return taints;
}

type Filter = (pod: Pod, info: NodeInfo) => Rejection | undefined;

const nodeUnschedulable: Filter = (pod, { node }) => {
  if (!node.spec.unschedulable || tolerated(pod.spec.tolerations, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })) return undefined;
  return { plugin: 'NodeUnschedulable', code: 'UnschedulableAndUnresolvable', reasons: ['node(s) were unschedulable'] };
};

const taintToleration: Filter = (pod, { node }) => {
  let taint: Taint | undefined;
  for (const t of effectiveTaints(node)) {
    if ((t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerated(pod.spec.tolerations, t)) {
      taint = t;
      break;
    }
  }
  if (!taint) return undefined;
  return { plugin: 'TaintToleration', code: 'UnschedulableAndUnresolvable', reasons: [`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`] };
};

const nodeAffinity: Filter = (pod, { node }) => {
  if (matchesNodeSelectorAndAffinity(pod, node)) return undefined;
  return { plugin: 'NodeAffinity', code: 'UnschedulableAndUnresolvable', reasons: ["node(s) didn't match Pod's node affinity/selector"] };
};

/** NodePorts: a host port conflicts with one in use on the same protocol and port, when either side binds every address or both bind the same one. */
const nodePorts: Filter = (pod, info) => {
  const wanted = demandOf(pod).hostPorts;
  if (wanted.length === 0) return undefined;
  const conflict = wanted.some((want) =>
    info.hostPorts.some((used) => used.protocol === want.protocol && used.port === want.port && (used.ip === want.ip || used.ip === '0.0.0.0' || want.ip === '0.0.0.0')),
  );
  return conflict ? { plugin: 'NodePorts', code: 'Unschedulable', reasons: ["node(s) didn't have free ports for the requested pod ports"] } : undefined;
};

function allocatable(node: Node, name: string): Quantity {
  let byName = allocatableOf.get(node);
  if (!byName) {
    byName = new Map();
    if (Object.isFrozen(node)) allocatableOf.set(node, byName);
  }
  let q = byName.get(name);
  if (q === undefined) {
    q = parseQuantity(node.status.allocatable?.[name] ?? '0') ?? ZERO_QUANTITY;
    byName.set(name, q);
  }
  return q;
}

/** The node's allocatable pod count (Value()), per node snapshot. */
const allowedPodsOf = new WeakMap<Node, number>();

function allowedPods(node: Node): number {
  let n = allowedPodsOf.get(node);
  if (n === undefined) {
    n = quantityValue(allocatable(node, 'pods'));
    if (Object.isFrozen(node)) allowedPodsOf.set(node, n);
  }
  return n;
}

const STANDARD = new Set(['cpu', 'memory', 'ephemeral-storage', 'pods']);
/** A pod's requested scalar resources in name order, per requests map (a pod's demand is kept per spec). */
const scalarNamesOf = new WeakMap<ResourceList, readonly string[]>();

function scalarNames(request: ResourceList): readonly string[] {
  let names = scalarNamesOf.get(request);
  if (!names) {
    names = [...request.keys()].filter((n) => !STANDARD.has(n)).sort();
    scalarNamesOf.set(request, names);
  }
  return names;
}

/** NodeResourcesFit's fitsRequest: pod count, then cpu, memory, ephemeral-storage, then scalar resources. */
const nodeResourcesFit: Filter = (pod, info) => {
  const tooMany = info.podCount + 1 > allowedPods(info.node);
  const request = demandOf(pod).requests;
  if (!tooMany && request.size === 0) return undefined;
  const reasons: string[] = [];
  if (tooMany) reasons.push('Too many pods');
  if (request.size > 0) {
    const left = (name: string, value: (q: Quantity) => number) => value(allocatable(info.node, name)) - value(info.requested.get(name) ?? ZERO_QUANTITY);
    const check = (name: string, value: (q: Quantity) => number) => {
      const q = request.get(name);
      if (q && compareQuantity(q, ZERO_QUANTITY) > 0 && value(q) > left(name, value)) reasons.push(`Insufficient ${name}`);
    };
    check('cpu', quantityMilliValue);
    check('memory', quantityValue);
    check('ephemeral-storage', quantityValue);
    for (const name of scalarNames(request)) check(name, quantityValue);
  }
  return reasons.length > 0 ? { plugin: 'NodeResourcesFit', code: 'Unschedulable', reasons } : undefined;
};

const FILTERS: readonly Filter[] = [nodeUnschedulable, taintToleration, nodeAffinity, nodePorts, nodeResourcesFit];

/** RunFilterPlugins: the first plugin that rejects the node, or undefined when the pod fits. */
export function runFilters(pod: Pod, info: NodeInfo): Rejection | undefined {
  for (const filter of FILTERS) {
    const r = filter(pod, info);
    if (r) return r;
  }
  return undefined;
}
