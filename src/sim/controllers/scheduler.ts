// The default scheduler: binds each unscheduled pod to a node that passes the filter plugins
// (scheduling/filters.ts), preferring nodes its preferred node affinity names, then nodes
// without taints it would rather avoid, then the least loaded; records `Scheduled`, or
// `FailedScheduling` with the pod's PodScheduled condition. An unschedulable pod waits until a
// change in the cluster might let it fit (a pod gone or finished, a node added or changed, as the
// queueing hints of the plugins that rejected it judge), with the scheduling queue's back-off
// (1 s doubling to 10 s), and is retried every 5 minutes anyway (podMaxInUnschedulablePodsDuration),
// as pkg/scheduler/internal/queue does.
import { typeForKind } from '../api/resources.js';
import { PODS } from '../api/pods-type.js';
import { rfc3339 } from '../api/time.js';
import type { Node, Pod } from '../api/types.js';
import type { ClusterParts } from './cluster-parts.js';
import type { Timer } from '../core/event-loop.js';
import { effectiveTaints, runFilters, tolerated, type Rejection } from './scheduling/filters.js';
import { fitErrorMessage } from './scheduling/fit-error.js';
import { preferredAffinityScore } from './scheduling/node-affinity.js';
import { nodeChangeMayHelp, podGoneMayHelp } from './scheduling/queueing-hints.js';
import { indexPodsByNode, nodeInfoReader, type NodeInfo } from './scheduling/node-info.js';
import { filterVolumes, podClaims, type ClaimPlan, type VolumeView } from './scheduling/volume-binding.js';
import { SELECTED_NODE, type PersistentVolume, type PersistentVolumeClaim, type StorageClass } from '../api/storage-types.js';

const NODES = typeForKind('Node', 'v1')!;
const CLAIMS = typeForKind('PersistentVolumeClaim', 'v1')!;
const VOLUMES = typeForKind('PersistentVolume', 'v1')!;
const CLASSES = typeForKind('StorageClass', 'storage.k8s.io/v1')!;
/** The volume binder polls its claims every second while it waits for them to be bound (binder.go). */
const BIND_POLL_MS = 1000;
const INITIAL_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 10_000;
const MAX_IN_UNSCHEDULABLE_MS = 5 * 60_000;
/** flushUnschedulablePodsLeftover runs every 30 s. */
const FLUSH_PERIOD_MS = 30_000;

interface Waiting {
  namespace: string;
  name: string;
  attempts: number;
  lastAttempt: number;
  /** The plugins that rejected it in its last attempt (UnschedulablePlugins). */
  plugins: Set<string>;
  timer?: Timer;
}

/** Below this many nodes, every node is looked at (minFeasibleNodesToFind). */
const MIN_FEASIBLE_NODES_TO_FIND = 100;
/** The adaptive percentage never goes below this (minFeasibleNodesPercentageToFind). */
const MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;

/**
 * numFeasibleNodesToFind (pkg/scheduler/schedule_one.go, percentageOfNodesToScore unset): once
 * this many nodes fit, the scheduler stops looking: all of a small cluster, 50% less 1% per 125
 * nodes (at least 5%, at least 100 nodes) of a large one.
 */
export function numFeasibleNodesToFind(numAllNodes: number): number {
  if (numAllNodes < MIN_FEASIBLE_NODES_TO_FIND) return numAllNodes;
  const percentage = Math.max(MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND, 50 - Math.trunc(numAllNodes / 125));
  return Math.max(MIN_FEASIBLE_NODES_TO_FIND, Math.trunc((numAllNodes * percentage) / 100));
}

/** PreferNoSchedule taints of the node the pod does not tolerate (TaintToleration's score: fewer is better). */
function intolerablePreferNoSchedule(pod: Pod, node: Node): number {
  let count = 0;
  for (const t of effectiveTaints(node)) if (t.effect === 'PreferNoSchedule' && !tolerated(pod.spec.tolerations, t)) count++;
  return count;
}

/**
 * Among the nodes a pod fits, the one the score prefers (preferred node affinity, then fewer
 * PreferNoSchedule taints it does not tolerate, then fewer pods); ties broken at random
 * (seeded). Each node's score is worked out once. The first fitting node is counted twice among
 * the ties when it is one of the best (the reduce this replaces started from it and then met it
 * again): kept, so that the seeded pick, and every lesson's placement, stays as it was.
 */
function pickNode(pod: Pod, fitting: NodeInfo[], pick: (n: number) => number): Node {
  const first = fitting[0]!;
  const byAffinity = (pod.spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution?.length ?? 0) > 0;
  let best: NodeInfo[] = [first];
  let b0 = byAffinity ? -preferredAffinityScore(pod, first.node) : 0;
  let b1 = intolerablePreferNoSchedule(pod, first.node);
  let b2 = first.podCount;
  for (const info of fitting) {
    const k0 = byAffinity ? -preferredAffinityScore(pod, info.node) : 0;
    const k1 = intolerablePreferNoSchedule(pod, info.node);
    const k2 = info.podCount;
    const c = k0 !== b0 ? k0 - b0 : k1 !== b1 ? k1 - b1 : k2 - b2;
    if (c < 0) {
      best = [info];
      b0 = k0;
      b1 = k1;
      b2 = k2;
    } else if (c === 0) best.push(info);
  }
  return best[pick(best.length)]!.node;
}

export function startScheduler(parts: ClusterParts): void {
  const { api, loop, recorder } = parts;
  const random = parts.random.stream('scheduler');
  const queued = new Set<string>();
  const unschedulable = new Map<string, Waiting>();
  /** Pods whose volumes are being bound or provisioned (PreBind): they are bound to their node once every claim is. */
  const binding = new Set<string>();
  /** Where the next scheduling cycle starts looking (nextStartNodeIndex), so every node gets its turn. */
  let nextStartNodeIndex = 0;
  /** The nodes in key order, listed again only after a node changed (the scheduler's node snapshot). */
  let nodeList: { generation: number; nodes: Node[] } | undefined;
  const listNodes = (): Node[] => {
    const generation = api.store.generation('nodes');
    if (nodeList?.generation !== generation) nodeList = { generation, nodes: api.viewList<Node>(NODES, undefined) };
    return nodeList.nodes;
  };
  indexPodsByNode(api.store);
  const nodeInfoOf = nodeInfoReader(api.store);
  const volumeView: VolumeView = {
    claim: (ns, name) => api.view<PersistentVolumeClaim>(CLAIMS, ns, name),
    volumes: () => api.viewList<PersistentVolume>(VOLUMES, undefined),
    storageClass: (name) => api.view<StorageClass>(CLASSES, undefined, name),
  };

  const schedule = (ns: string, name: string, uid: string): void => {
    queued.delete(uid);
    const pod = api.view<Pod>(PODS, ns, name);
    if (!pod || pod.metadata.uid !== uid || pod.spec.nodeName || pod.metadata.deletionTimestamp || binding.has(uid)) {
      unschedulable.delete(uid);
      return;
    }
    const nodes = listNodes();
    const fitting: NodeInfo[] = [];
    const rejections: Rejection[] = [];
    const claims = podClaims(pod, volumeView);
    const plans = new Map<string, ClaimPlan[]>();
    // findNodesThatPassFilters: from where the last cycle stopped, until enough nodes fit. When
    // every node is looked at anyway (fewer than 100), in key order from the first: the order of
    // the nodes that fit decides ties in pickNode, and small clusters keep the order they had.
    const enough = numFeasibleNodesToFind(nodes.length);
    const start = enough < nodes.length ? nextStartNodeIndex : 0;
    let processed = 0;
    for (; processed < nodes.length && fitting.length < enough; processed++) {
      const info = nodeInfoOf(nodes[(start + processed) % nodes.length]!);
      if ('message' in claims) {
        rejections.push({ plugin: 'VolumeBinding', code: 'UnschedulableAndUnresolvable', reasons: [] });
        continue;
      }
      const rejected = runFilters(pod, info);
      if (rejected) {
        rejections.push(rejected);
        continue;
      }
      const volumes = filterVolumes(claims, info.node, volumeView);
      if ('rejection' in volumes) rejections.push(volumes.rejection);
      else {
        if (volumes.plan.length > 0) plans.set(info.node.metadata.name, volumes.plan);
        fitting.push(info);
      }
    }
    if (nodes.length > 0) nextStartNodeIndex = (nextStartNodeIndex + processed) % nodes.length;
    const ref = { apiVersion: 'v1', kind: 'Pod', name, namespace: ns, uid };
    const instance = `default-scheduler-${parts.controlPlaneNode}`;
    const now = loop.now();
    if (fitting.length === 0) {
      const message = fitErrorMessage(pod, rejections, 'message' in claims ? claims.message : undefined);
      const before = pod.status.conditions?.find((c) => c.type === 'PodScheduled');
      const since = before && before.status === 'False' && before.message === message ? before.lastTransitionTime : rfc3339(now);
      const condition = { lastProbeTime: null, lastTransitionTime: since, message, reason: 'Unschedulable', status: 'False' as const, type: 'PodScheduled' };
      api.updateStatus(PODS, { ...pod, status: { ...pod.status, conditions: [...(pod.status.conditions ?? []).filter((c) => c.type !== 'PodScheduled'), condition] } });
      recorder.recordNew(ref, 'Warning', 'FailedScheduling', 'Scheduling', message.length > 1024 ? `${message.slice(0, 1024)} ...` : message, 'default-scheduler', instance);
      const waiting = unschedulable.get(uid) ?? { namespace: ns, name, attempts: 0, lastAttempt: now, plugins: new Set<string>() };
      waiting.attempts++;
      waiting.lastAttempt = now;
      waiting.plugins = new Set(rejections.map((r) => r.plugin));
      loop.cancel(waiting.timer);
      // Left in the unschedulable queue: the flush finds it once it has waited 5 minutes.
      const flushDelay = MAX_IN_UNSCHEDULABLE_MS + random.between(0, FLUSH_PERIOD_MS);
      waiting.timer = loop.after(flushDelay, `flush ${name}`, () => retry(uid));
      unschedulable.set(uid, waiting);
      return;
    }
    unschedulable.delete(uid);
    const node = pickNode(pod, fitting, (n) => random.int(n));
    const plan = plans.get(node.metadata.name) ?? [];
    if (plan.length === 0) {
      bindPod(ns, name, uid, node.metadata.name);
      return;
    }
    // PreBind (binder.go BindPodVolumes): free volumes get their claimRef, claims to provision the
    // selected node; the pod is bound when every claim is.
    for (const step of plan) {
      if ('volume' in step) {
        const pv = api.find<PersistentVolume>(VOLUMES, undefined, step.volume.metadata.name);
        if (!pv) continue;
        const c = step.claim;
        api.put(VOLUMES, {
          ...pv,
          metadata: { ...pv.metadata, annotations: { ...(pv.metadata.annotations ?? {}), 'pv.kubernetes.io/bound-by-controller': 'yes' } },
          spec: { ...pv.spec, claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: c.metadata.name, namespace: c.metadata.namespace ?? 'default', resourceVersion: c.metadata.resourceVersion ?? '', uid: c.metadata.uid ?? '' } },
        });
      } else {
        const claim = api.find<PersistentVolumeClaim>(CLAIMS, step.claim.metadata.namespace, step.claim.metadata.name);
        if (claim) api.put(CLAIMS, { ...claim, metadata: { ...claim.metadata, annotations: { ...(claim.metadata.annotations ?? {}), [SELECTED_NODE]: node.metadata.name } } });
      }
    }
    binding.add(uid);
    const waitForClaims = (): void => {
      const current = api.view<Pod>(PODS, ns, name);
      if (!current || current.metadata.uid !== uid || current.metadata.deletionTimestamp) {
        binding.delete(uid);
        return;
      }
      const done = plan.every((s) => Boolean(api.view<PersistentVolumeClaim>(CLAIMS, s.claim.metadata.namespace, s.claim.metadata.name)?.spec.volumeName));
      if (!done) {
        loop.after(BIND_POLL_MS, `volume binding ${name}`, waitForClaims);
        return;
      }
      binding.delete(uid);
      bindPod(ns, name, uid, node.metadata.name);
    };
    loop.after(BIND_POLL_MS, `volume binding ${name}`, waitForClaims);
  };

  /** The binding subresource: spec.nodeName and the PodScheduled condition in one update (a watcher sees one change). */
  const bindPod = (ns: string, name: string, uid: string, nodeName: string): void => {
    const pod = api.view<Pod>(PODS, ns, name);
    if (!pod || pod.metadata.uid !== uid) return;
    const scheduled = { lastProbeTime: null, lastTransitionTime: rfc3339(loop.now()), status: 'True' as const, type: 'PodScheduled' };
    const conditions = [...(pod.status.conditions ?? []).filter((c) => c.type !== 'PodScheduled'), scheduled];
    api.put(PODS, { ...pod, spec: { ...pod.spec, nodeName }, status: { ...pod.status, conditions } });
    const ref = { apiVersion: 'v1', kind: 'Pod', name, namespace: ns, uid };
    recorder.recordNew(ref, 'Normal', 'Scheduled', 'Binding', `Successfully assigned ${ns}/${name} to ${nodeName}`, 'default-scheduler', `default-scheduler-${parts.controlPlaneNode}`);
  };

  const enqueue = (pod: Pod, delayMs: number): void => {
    const uid = pod.metadata.uid ?? '';
    if (queued.has(uid)) return;
    queued.add(uid);
    loop.after(delayMs, `schedule ${pod.metadata.name}`, () => schedule(pod.metadata.namespace ?? 'default', pod.metadata.name, uid));
  };

  const retry = (uid: string): void => {
    const waiting = unschedulable.get(uid);
    if (!waiting || queued.has(uid)) return;
    loop.cancel(waiting.timer);
    queued.add(uid);
    schedule(waiting.namespace, waiting.name, uid);
  };

  /** A change that may let waiting pods fit (`mayHelp` is the hints' say): each goes back to the queue once its back-off has passed. */
  const clusterChanged = (mayHelp: (waiting: Waiting, pod: Pod) => boolean): void => {
    const now = loop.now();
    for (const [uid, waiting] of unschedulable) {
      if (queued.has(uid)) continue;
      const pod = api.view<Pod>(PODS, waiting.namespace, waiting.name);
      if (!pod || !mayHelp(waiting, pod)) continue;
      const backoff = Math.min(MAX_BACKOFF_MS, INITIAL_BACKOFF_MS * 2 ** (waiting.attempts - 1));
      loop.cancel(waiting.timer);
      waiting.timer = loop.at(Math.max(now, waiting.lastAttempt + backoff), `requeue ${waiting.name}`, () => retry(uid));
    }
  };

  api.store.watch('pods', (event) => {
    const pod = event.object as Pod;
    const uid = pod.metadata.uid ?? '';
    if (event.type === 'DELETED') {
      const waiting = unschedulable.get(uid);
      if (waiting) loop.cancel(waiting.timer);
      unschedulable.delete(uid);
      if (pod.spec.nodeName) clusterChanged((w) => podGoneMayHelp(w.plugins, pod));
      return;
    }
    if (pod.spec.nodeName) {
      if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') clusterChanged((w) => podGoneMayHelp(w.plugins, pod));
      return;
    }
    if ((pod.spec.schedulerName ?? 'default-scheduler') !== 'default-scheduler') return;
    if (queued.has(uid) || unschedulable.has(uid) || pod.status.conditions?.some((c) => c.type === 'PodScheduled')) return;
    enqueue(pod, random.between(4, 30));
  });
  // VolumeBinding's events: a claim or a volume added or changed may let a pod that waits for one fit.
  for (const resource of ['persistentvolumeclaims', 'persistentvolumes', 'storageclasses.storage.k8s.io']) {
    api.store.watch(resource, (event) => {
      if (event.type !== 'DELETED') clusterChanged((w) => w.plugins.has('VolumeBinding'));
    });
  }
  // Node changes that can let a pod fit (the plugins' registered events): a new node, new
  // labels, taints, schedulability or allocatable resources; not heartbeats.
  const nodesSeen = new Map<string, { node: Node; facts: string }>();
  api.store.watch('nodes', (event) => {
    const node = event.object as Node;
    const facts = JSON.stringify([node.metadata.labels, node.spec.taints, node.spec.unschedulable, node.status?.allocatable, node.status?.conditions?.find((c) => c.type === 'Ready')?.status]);
    const seen = nodesSeen.get(node.metadata.name);
    if (event.type === 'DELETED') nodesSeen.delete(node.metadata.name);
    else if (seen?.facts !== facts) {
      nodesSeen.set(node.metadata.name, { node, facts });
      clusterChanged((w, pod) => nodeChangeMayHelp(pod, w.plugins, seen?.node, node));
    }
  });
}
