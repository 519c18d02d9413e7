// The taint-eviction controller (pkg/controller/tainteviction/taint_eviction.go): a pod on a node
// with NoExecute taints it does not all tolerate is deleted at once; one that tolerates them all
// is deleted when the shortest tolerationSeconds among the tolerations used runs out, counted
// from when the controller saw the taint; a toleration without tolerationSeconds tolerates
// forever. Each deletion records `TaintManagerEviction` ("Marking for deletion Pod ns/name") and
// sets the DisruptionTarget condition first; a pending one cancelled records "Cancelling
// deletion of Pod ns/name".
import { markDisruptionTarget } from '../api/disruption-target.js';
import { typeForKind } from '../api/resources.js';
import { PODS } from '../api/pods-type.js';
import type { Node, Pod, Toleration } from '../api/types.js';
import type { ClusterParts } from './cluster-parts.js';
import type { Timer } from '../core/event-loop.js';
import { toleratesTaint } from './scheduling/filters.js';

const NODES = typeForKind('Node', 'v1')!;
const SOURCE = { component: 'taint-eviction-controller' };
/** How long the controller takes to notice a change (its informers and work queues). */
const NO_TOLERATIONS: readonly Toleration[] = [];
const NOTICE_MS: readonly [number, number] = [1, 10];

type Taint = NonNullable<Node['spec']['taints']>[number];

/** A scheduled deletion (TimedWorker); `timer` undefined once it has fired (the key stays, as upstream). */
interface Work {
  timer: Timer | undefined;
}

function noExecuteTaints(node: Node | undefined): Taint[] {
  return (node?.spec.taints ?? []).filter((t) => t.effect === 'NoExecute');
}

/** GetMatchingTolerations: for each taint the first toleration that tolerates it, or undefined if one is untolerated. */
function matchingTolerations(taints: readonly Taint[], tolerations: readonly Toleration[]): Toleration[] | undefined {
  const used: Toleration[] = [];
  for (const taint of taints) {
    const t = tolerations.find((tol) => toleratesTaint(tol, taint));
    if (!t) return undefined;
    used.push(t);
  }
  return used;
}

/** getMinTolerationTime in ms: 0 when one is not positive, -1 when none has a limit (forever). */
function minTolerationMs(used: readonly Toleration[]): number {
  if (used.length === 0) return 0;
  let min = Number.POSITIVE_INFINITY;
  for (const t of used) {
    if (t.tolerationSeconds === undefined) continue;
    if (t.tolerationSeconds <= 0) return 0;
    min = Math.min(min, t.tolerationSeconds);
  }
  return min === Number.POSITIVE_INFINITY ? -1 : min * 1000;
}

export function startTaintEvictionController(parts: ClusterParts): void {
  const { api, loop, recorder } = parts;
  const random = parts.random.stream('taint-eviction-controller');
  /** taintedNodes: the NoExecute taints of each node, as last handled. */
  const tainted = new Map<string, Taint[]>();
  const work = new Map<string, Work>();
  const seenNodes = new Map<string, string>();
  /** Each pod's node and tolerations when last handled (the stored array, and its text for a changed copy). */
  const seenPods = new Map<string, { nodeName: string; tolerations: readonly Toleration[]; text: string }>();

  const ref = (key: string) => {
    const [namespace, name] = key.split('/') as [string, string];
    return { apiVersion: 'v1', kind: 'Pod', name, namespace };
  };

  /** cancelWorkWithEvent: the event only when a deletion was still pending. */
  const cancel = (key: string) => {
    const w = work.get(key);
    if (!w) return;
    work.delete(key);
    if (w.timer) {
      loop.cancel(w.timer);
      recorder.record(ref(key), 'Normal', 'TaintManagerEviction', `Cancelling deletion of Pod ${key}`, SOURCE);
    }
  };

  /** deletePodHandler: the event, the DisruptionTarget condition, then a delete with default options. */
  const evict = (key: string) => {
    const w = work.get(key);
    if (w) w.timer = undefined;
    recorder.record(ref(key), 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${key}`, SOURCE);
    const { namespace, name } = ref(key);
    const pod = api.find<Pod>(PODS, namespace, name);
    // A failed deletion leaves no key behind (getWrappedWorkerFunc).
    if (!pod) return void work.delete(key);
    markDisruptionTarget(api, pod, 'DeletionByTaintManager', 'Taint manager: deleting due to NoExecute taint', loop.now());
    api.delete(PODS, namespace, name);
  };

  /** AddWork: nothing when the key is already there (pending or fired). */
  const addWork = (key: string, fireAt: number) => {
    if (work.has(key)) return;
    const w: Work = { timer: undefined };
    work.set(key, w);
    w.timer = loop.at(Math.max(fireAt, loop.now()), `taint-eviction ${key}`, () => evict(key));
  };

  const processPodOnNode = (key: string, tolerations: readonly Toleration[], taints: readonly Taint[]) => {
    const now = loop.now();
    const used = matchingTolerations(taints, tolerations);
    if (!used) {
      cancel(key);
      addWork(key, now);
      return;
    }
    const min = minTolerationMs(used);
    if (min < 0) {
      cancel(key);
      return;
    }
    // A deletion already scheduled stands, even when this toleration would run out sooner: it
    // was made earlier (real clocks always move on between two passes).
    if (work.get(key)?.timer) return;
    addWork(key, now + min);
  };

  const handleNode = (name: string) => {
    const node = api.view<Node>(NODES, undefined, name);
    const taints = noExecuteTaints(node);
    if (taints.length === 0) tainted.delete(name);
    else tainted.set(name, taints);
    if (!node) return;
    const pods = api.viewList<Pod>(PODS, undefined).filter((p) => p.spec.nodeName === name);
    for (const pod of pods) {
      const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
      if (taints.length === 0) cancel(key);
      else processPodOnNode(key, pod.spec.tolerations ?? [], taints);
    }
  };

  const handlePod = (key: string, nodeName: string) => {
    const { namespace, name } = ref(key);
    const pod = api.view<Pod>(PODS, namespace, name);
    if (!pod) return cancel(key);
    if ((pod.spec.nodeName ?? '') !== nodeName || !nodeName) return;
    const taints = tainted.get(nodeName);
    if (taints) processPodOnNode(key, pod.spec.tolerations ?? [], taints);
  };

  const later = (label: string, run: () => void) => loop.after(random.between(NOTICE_MS[0], NOTICE_MS[1]), label, run);

  // NodeUpdated: only a change in the node's NoExecute taints matters.
  api.store.watch('nodes', (event) => {
    const node = event.object as Node;
    const name = node.metadata.name;
    const facts = event.type === 'DELETED' ? '' : JSON.stringify(noExecuteTaints(node));
    if ((seenNodes.get(name) ?? '[]') === (facts || '[]') && event.type !== 'DELETED') return;
    if (event.type === 'DELETED') seenNodes.delete(name);
    else seenNodes.set(name, facts);
    later(`taint-eviction node ${name}`, () => handleNode(name));
  });
  // PodUpdated: a new or deleted pod, or a change of its node or tolerations.
  api.store.watch('pods', (event) => {
    const pod = event.object as Pod;
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    const nodeName = pod.spec.nodeName ?? '';
    const tolerations = pod.spec.tolerations ?? NO_TOLERATIONS;
    const seen = seenPods.get(key);
    if (event.type === 'DELETED') seenPods.delete(key);
    else if (seen && seen.nodeName === nodeName && (seen.tolerations === tolerations || seen.text === JSON.stringify(tolerations))) return;
    else seenPods.set(key, { nodeName, tolerations, text: JSON.stringify(tolerations) });
    // Only a pod on a tainted node, or one with a deletion scheduled, has anything to handle.
    if (!tainted.has(nodeName) && !work.has(key)) return;
    later(`taint-eviction pod ${key}`, () => handlePod(key, nodeName));
  });
}
