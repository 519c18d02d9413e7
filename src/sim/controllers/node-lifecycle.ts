// The node lifecycle controller's taint passes (pkg/controller/nodelifecycle/
// node_lifecycle_controller.go). doNoScheduleTaintingPass, on every node change: a cordoned node
// (spec.unschedulable) gets `node.kubernetes.io/unschedulable:NoSchedule`, an uncordoned one loses
// it, and the NoSchedule taints that mirror node conditions (not-ready, memory-pressure, ...)
// follow the conditions, so one added by hand on a healthy node is taken off again. The
// monitor's markNodeAsReachable, every 5 s: a Ready node loses the not-ready and unreachable
// NoExecute taints. Nodes never fail in the simulator, so the condition taints only ever go.
import { typeForKind } from '../api/resources.js';
import type { Node } from '../api/types.js';
import type { ClusterParts } from './cluster-parts.js';
import { createWorkQueue } from './work-queue.js';

const NODES = typeForKind('Node', 'v1')!;
const UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';
/** nodeMonitorPeriod. */
const MONITOR_PERIOD_MS = 5000;

type Taint = NonNullable<Node['spec']['taints']>[number];

/** nodeConditionToTaintKeyStatusMap: which condition status puts which NoSchedule taint. */
const CONDITION_TAINTS: Record<string, Record<string, string>> = {
  Ready: { False: 'node.kubernetes.io/not-ready', Unknown: 'node.kubernetes.io/unreachable' },
  MemoryPressure: { True: 'node.kubernetes.io/memory-pressure' },
  DiskPressure: { True: 'node.kubernetes.io/disk-pressure' },
  NetworkUnavailable: { True: 'node.kubernetes.io/network-unavailable' },
  PIDPressure: { True: 'node.kubernetes.io/pid-pressure' },
};
const CONDITION_TAINT_KEYS = new Set(Object.values(CONDITION_TAINTS).flatMap((m) => Object.values(m)));
/** NotReadyTaintTemplate and UnreachableTaintTemplate. */
const NO_EXECUTE_KEYS = new Set(['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']);

/** The NoSchedule taints the controller wants on the node, in its order. */
function wantedTaints(node: Node): string[] {
  const keys: string[] = [];
  for (const c of node.status?.conditions ?? []) {
    const key = CONDITION_TAINTS[c.type]?.[c.status];
    if (key) keys.push(key);
  }
  if (node.spec.unschedulable) keys.push(UNSCHEDULABLE);
  return keys;
}

/** The node's taints after doNoScheduleTaintingPass (SwapNodeControllerTaint: new ones appended), or undefined when nothing changes. */
function noScheduleTaintsAfterPass(node: Node): Taint[] | undefined {
  const taints = node.spec.taints ?? [];
  const managed = (t: Taint) => t.effect === 'NoSchedule' && (t.key === UNSCHEDULABLE || CONDITION_TAINT_KEYS.has(t.key));
  const wanted = wantedTaints(node);
  const toAdd = wanted.filter((key) => !taints.some((t) => managed(t) && t.key === key));
  const toDelete = taints.filter((t) => managed(t) && !wanted.includes(t.key));
  if (toAdd.length === 0 && toDelete.length === 0) return undefined;
  return [...taints.filter((t) => !toDelete.includes(t)), ...toAdd.map((key) => ({ effect: 'NoSchedule', key }))];
}

function isReady(node: Node): boolean {
  return node.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
}

export function startNodeLifecycleController(parts: ClusterParts): void {
  const { api, loop } = parts;
  const born = loop.now();
  const write = (node: Node, taints: Taint[]) => {
    const { taints: _old, ...rest } = node.spec;
    api.put(NODES, { ...node, spec: taints.length > 0 ? { ...rest, taints } : rest });
  };
  const pass = createWorkQueue(parts, 'node-lifecycle-controller', [1, 10], (_ns, name) => {
    const node = api.find<Node>(NODES, undefined, name);
    const taints = node && noScheduleTaintsAfterPass(node);
    if (node && taints) write(node, taints);
  });
  /** The monitor's next tick after now. */
  const nextMonitorTick = () => born + (Math.floor((loop.now() - born) / MONITOR_PERIOD_MS) + 1) * MONITOR_PERIOD_MS;
  const monitorWaiting = new Set<string>();
  const markReachable = (name: string) => {
    if (monitorWaiting.has(name)) return;
    monitorWaiting.add(name);
    loop.at(nextMonitorTick(), `node-lifecycle monitor ${name}`, () => {
      monitorWaiting.delete(name);
      const node = api.find<Node>(NODES, undefined, name);
      if (!node || !isReady(node)) return;
      const taints = node.spec.taints ?? [];
      const kept = taints.filter((t) => !(t.effect === 'NoExecute' && NO_EXECUTE_KEYS.has(t.key)));
      if (kept.length !== taints.length) write(node, kept);
    });
  };
  api.store.watch('nodes', (event) => {
    if (event.type === 'DELETED') return;
    const node = event.object as Node;
    if (noScheduleTaintsAfterPass(node)) pass('', node.metadata.name);
    if (isReady(node) && (node.spec.taints ?? []).some((t) => t.effect === 'NoExecute' && NO_EXECUTE_KEYS.has(t.key))) markReachable(node.metadata.name);
  });
}
