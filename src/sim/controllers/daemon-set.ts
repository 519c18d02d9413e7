// The DaemonSet controller (pkg/controller/daemon/daemon_controller.go): one pod on every node
// the DaemonSet should run on (node name, node selector, required affinity, taints), pinned there
// by node affinity and given the daemon tolerations; pods on nodes that should not run one, and
// all but the oldest where there are several, are deleted; failed pods are replaced after a
// back-off; RollingUpdate replaces old pods step by step (daemon/rolling-update.ts), OnDelete
// waits for them to be deleted; the status counts what it sees. Each template the DaemonSet has
// had is kept as a ControllerRevision (daemon/history.ts), which `kubectl rollout undo` reads.
import { typeForKind } from '../api/resources.js';
import { PODS } from '../api/pods-type.js';
import { fromLabelSelector, labelsMatch } from '../api/selectors.js';
import { StatusError } from '../api/status-error.js';
import type { DaemonSet, Node, Pod } from '../api/types.js';
import type { ClusterParts } from './cluster-parts.js';
import { isPodReady } from './active-pods.js';
import { claimPods, controllerOf, newControllerRef } from './claim-pods.js';
import { daemonPodTemplate, isPodUpdated, pinToNode, REVISION_HASH_LABEL, targetNodeName, templateGeneration } from './daemon/daemon-pods.js';
import { cleanupHistory, constructHistory } from './daemon/history.js';
import { claimCandidates, indexPodsByController, podsControlledBy } from './pod-indexes.js';
import { nodeShouldRunDaemonPod } from './daemon/node-should-run.js';
import { isPodAvailable, rollingUpdateStep } from './daemon/rolling-update.js';
import { SLOW_START_INITIAL_BATCH_SIZE, slowStartBatch } from './slow-start.js';
import { createWorkQueue } from './work-queue.js';
import { watchOwnedPods } from './watch-owned-pods.js';

const NODES = typeForKind('Node', 'v1')!;
const DAEMONSETS = typeForKind('DaemonSet', 'apps/v1')!;

/** BurstReplicas: at most this many creations or deletions in one sync. */
const BURST_REPLICAS = 250;
/** failedPodsBackoff: 1 s doubling to 15 min per DaemonSet and node. */
const FAILED_BACKOFF_INITIAL_MS = 1000;
const FAILED_BACKOFF_MAX_MS = 15 * 60_000;

interface Backoff {
  delayMs: number;
  lastUpdate: number;
}

/** podByCreationTimestampAndPhase: scheduled first, then oldest, then by name. */
function byCreationAndPhase(a: Pod, b: Pod): number {
  const sa = a.spec.nodeName ? 1 : 0;
  const sb = b.spec.nodeName ? 1 : 0;
  if (sa !== sb) return sb - sa;
  const ta = Date.parse(a.metadata.creationTimestamp ?? '');
  const tb = Date.parse(b.metadata.creationTimestamp ?? '');
  if (ta === tb) return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
  return ta - tb;
}

function sortedNodes(parts: ClusterParts): Node[] {
  return [...parts.api.viewList<Node>(NODES, undefined)].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
}

interface SyncState {
  backoff: Map<string, Backoff>;
}

function reconcile(parts: ClusterParts, ns: string, name: string, state: SyncState, requeueAfter: (ms: number) => void): void {
  const { api, recorder, loop } = parts;
  const ds = api.view<DaemonSet>(DAEMONSETS, ns, name);
  if (!ds || ds.metadata.deletionTimestamp) return;
  const now = loop.now();
  const ref = { apiVersion: 'apps/v1', kind: 'DaemonSet', name, namespace: ns, uid: ds.metadata.uid ?? '', resourceVersion: ds.metadata.resourceVersion ?? '' };
  const source = { component: 'daemonset-controller' };
  const nodes = sortedNodes(parts);
  const selector = fromLabelSelector(ds.spec.selector);
  const canAdopt = () => {
    const fresh = api.view<DaemonSet>(DAEMONSETS, ns, name);
    return fresh !== undefined && fresh.metadata.uid === ds.metadata.uid && !fresh.metadata.deletionTimestamp;
  };

  /** getNodesToDaemonPods: the claimed pods by target node (finished pods being deleted left out). */
  const nodeToDaemonPods = (): Map<string, Pod[]> => {
    // Its pods and the namespace's orphans from the controller index: the others ClaimPods would skip.
    const claimed = claimPods(api, { apiVersion: 'apps/v1', kind: 'DaemonSet', obj: ds, selector, canAdopt }, claimCandidates(api, ns, ds.metadata.uid ?? ''));
    const byNode = new Map<string, Pod[]>();
    for (const pod of claimed) {
      const terminal = pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
      if (terminal && pod.metadata.deletionTimestamp) continue;
      const node = targetNodeName(pod) ?? '';
      byNode.set(node, [...(byNode.get(node) ?? []), pod]);
    }
    return byNode;
  };

  /** syncNodes: deletions, then creations in slow-start batches, each pinned to its node. */
  const syncNodes = (toDelete: readonly Pod[], createOn: readonly string[]): boolean => {
    let acted = false;
    const creations = createOn.slice(0, BURST_REPLICAS);
    let next = 0;
    slowStartBatch(creations.length, SLOW_START_INITIAL_BATCH_SIZE, () => {
      const nodeName = creations[next++]!;
      const template = daemonPodTemplate(ds, hash);
      pinToNode(template.spec, nodeName);
      const pod: Pod = {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: '',
          generateName: `${name}-`,
          namespace: ns,
          labels: template.metadata?.labels ?? {},
          ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
          ownerReferences: [newControllerRef({ apiVersion: 'apps/v1', kind: 'DaemonSet', obj: ds })],
        },
        spec: template.spec,
        status: {},
      };
      try {
        const created = api.create(PODS, ns, pod, { trusted: true });
        recorder.record(ref, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`, source);
        acted = true;
        return undefined;
      } catch (e) {
        if (!(e instanceof StatusError)) throw e;
        recorder.record(ref, 'Warning', 'FailedCreate', `Error creating: ${e.message}`, source);
        return e;
      }
    });
    for (const pod of toDelete.slice(0, BURST_REPLICAS)) {
      try {
        api.delete(PODS, ns, pod.metadata.name);
        recorder.record(ref, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, source);
        acted = true;
      } catch (e) {
        if (!(e instanceof StatusError)) throw e;
      }
    }
    return acted;
  };

  // constructHistory: the current revision's hash is the one pods are labelled with.
  const history = constructHistory(api, ds, () => [...nodeToDaemonPods().values()].flat());
  if (!history) {
    requeueAfter(0);
    return;
  }
  const hash = history.cur.metadata.labels?.[REVISION_HASH_LABEL] ?? '';

  // manage: what each node needs (podsShouldBeOnNode).
  let byNode = nodeToDaemonPods();
  const needing: string[] = [];
  const toDelete: Pod[] = [];
  const allowsSurge = ds.spec.updateStrategy?.type === 'RollingUpdate' && (ds.spec.updateStrategy.rollingUpdate?.maxSurge ?? 0) !== 0 && ds.spec.updateStrategy.rollingUpdate?.maxSurge !== '0%';
  for (const node of nodes) {
    const nodeName = node.metadata.name;
    const { shouldRun, shouldContinueRunning } = nodeShouldRunDaemonPod(node, ds);
    const pods = byNode.get(nodeName);
    if (shouldRun && !pods) {
      needing.push(nodeName);
    } else if (shouldContinueRunning && pods) {
      const running: Pod[] = [];
      for (const pod of pods) {
        if (pod.metadata.deletionTimestamp) continue;
        if (pod.status.phase === 'Failed') {
          // The kubelet may keep rejecting the pod: delete it only once out of back-off.
          const key = `${ds.metadata.uid}/${nodeName}`;
          const b = state.backoff.get(key);
          if (b && now - b.lastUpdate < b.delayMs) {
            requeueAfter(b.delayMs - (now - b.lastUpdate));
            continue;
          }
          const expired = !b || now - b.lastUpdate > 2 * FAILED_BACKOFF_MAX_MS;
          state.backoff.set(key, { delayMs: expired ? FAILED_BACKOFF_INITIAL_MS : Math.min(2 * b.delayMs, FAILED_BACKOFF_MAX_MS), lastUpdate: now });
          recorder.record(ref, 'Warning', 'FailedDaemonPod', `Found failed daemon pod ${ns}/${pod.metadata.name} on node ${nodeName}, will try to kill it`, source);
          toDelete.push(pod);
        } else running.push(pod);
      }
      if (running.length <= 1) continue;
      running.sort(byCreationAndPhase);
      if (!allowsSurge) {
        // More than one pod on the node: all but the oldest go.
        toDelete.push(...running.slice(1));
        continue;
      }
      let oldestNew: Pod | undefined;
      let oldestOld: Pod | undefined;
      for (const pod of running) {
        if (pod.metadata.labels?.['controller-revision-hash'] === hash) {
          if (!oldestNew) {
            oldestNew = pod;
            continue;
          }
        } else if (!oldestOld) {
          oldestOld = pod;
          continue;
        }
        toDelete.push(pod);
      }
    } else if (!shouldContinueRunning && pods) {
      for (const pod of pods) if (!pod.metadata.deletionTimestamp) toDelete.push(pod);
    }
  }
  // getUnscheduledPodsWithoutNode: pods pinned to nodes that are not there.
  const known = new Set(nodes.map((n) => n.metadata.name));
  for (const [nodeName, pods] of byNode) {
    if (known.has(nodeName)) continue;
    for (const pod of pods) if (!pod.metadata.deletionTimestamp) toDelete.push(pod);
  }
  const managed = syncNodes(toDelete, needing);

  // The rolling update, once what manage did has been seen (the expectations).
  if (!managed && ds.spec.updateStrategy?.type === 'RollingUpdate') {
    const step = rollingUpdateStep(ds, nodes, byNode, hash, now);
    syncNodes(step.deletePods, step.createOn);
  }
  cleanupHistory(api, ds, history.old, podsControlledBy(api, ns, ds.metadata.uid ?? ''));

  // updateDaemonSetStatus.
  byNode = nodeToDaemonPods();
  const generation = templateGeneration(ds);
  let desired = 0;
  let current = 0;
  let misscheduled = 0;
  let ready = 0;
  let available = 0;
  let updated = 0;
  const minReady = ds.spec.minReadySeconds ?? 0;
  for (const node of nodes) {
    const { shouldRun } = nodeShouldRunDaemonPod(node, ds);
    const pods = byNode.get(node.metadata.name) ?? [];
    if (!shouldRun) {
      if (pods.length > 0) misscheduled++;
      continue;
    }
    desired++;
    if (pods.length === 0) continue;
    current++;
    const pod = [...pods].sort(byCreationAndPhase)[0]!;
    if (isPodReady(pod)) {
      ready++;
      if (isPodAvailable(pod, minReady, now)) available++;
    }
    if (isPodUpdated(pod, hash, generation)) updated++;
  }
  const status: DaemonSet['status'] = {
    ...(ds.status.collisionCount !== undefined ? { collisionCount: ds.status.collisionCount } : {}),
    currentNumberScheduled: current,
    desiredNumberScheduled: desired,
    ...(available > 0 ? { numberAvailable: available } : {}),
    numberMisscheduled: misscheduled,
    numberReady: ready,
    ...(desired - available > 0 ? { numberUnavailable: desired - available } : {}),
    observedGeneration: ds.metadata.generation ?? 1,
    ...(updated > 0 ? { updatedNumberScheduled: updated } : {}),
  };
  const fresh = api.view<DaemonSet>(DAEMONSETS, ns, name);
  if (fresh && fresh.metadata.uid === ds.metadata.uid) api.updateStatus(DAEMONSETS, { ...fresh, status });
  // A last resync once pods that are ready become available.
  if (minReady > 0 && ready !== available) requeueAfter(minReady * 1000);
}

/** Watches DaemonSets, their pods and the nodes; reconciles each DaemonSet a moment after a change. */
export function startDaemonSetController(parts: ClusterParts): void {
  const { api } = parts;
  indexPodsByController(api);
  const state: SyncState = { backoff: new Map() };
  const enqueue = createWorkQueue(parts, 'daemonset-controller', [5, 30], (ns, name) =>
    reconcile(parts, ns, name, state, (ms) => parts.loop.after(ms, `daemonset resync ${ns}/${name}`, () => enqueue(ns, name))),
  );
  const enqueueAll = () => {
    for (const ds of api.viewList<DaemonSet>(DAEMONSETS, undefined)) enqueue(ds.metadata.namespace ?? 'default', ds.metadata.name);
  };
  api.store.watch('daemonsets.apps', (e) => {
    if (e.type !== 'DELETED') enqueue(e.object.metadata.namespace ?? 'default', e.object.metadata.name);
  });
  // addHistory / updateHistory / deleteHistory: a revision of a DaemonSet changed or went.
  api.store.watch('controllerrevisions.apps', (e) => {
    const ref = controllerOf(e.object);
    if (ref?.kind === 'DaemonSet') enqueue(e.object.metadata.namespace ?? 'default', ref.name);
  });
  // addPod / updatePod / deletePod, as the ReplicaSet controller's.
  watchOwnedPods(api, DAEMONSETS, enqueue);
  // addNode / updateNode: a new node, or a change to what decides where daemon pods run.
  const nodeKeys = new Map<string, string>();
  api.store.watch('nodes', (e) => {
    const node = e.object as Node;
    const key = JSON.stringify([node.metadata.labels ?? {}, node.spec.taints ?? [], node.spec.unschedulable ?? false]);
    const before = nodeKeys.get(node.metadata.name);
    if (e.type === 'DELETED') nodeKeys.delete(node.metadata.name);
    else nodeKeys.set(node.metadata.name, key);
    if (before !== key) enqueueAll();
  });
}
