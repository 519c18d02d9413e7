// Which of a controller's pods are active, and in which order it deletes them when it has too
// many: a port of pkg/controller/controller_utils.go (IsPodActive, FilterActivePods,
// ActivePodsWithRanks.Less with the LogarithmicScaleDown and PodDeletionCost gates on, as in
// v1.32) and of getPodsRankedByRelatedPodsOnSameNode / getPodsToDelete from
// pkg/controller/replicaset/replica_set.go.
import type { Pod } from '../api/types.js';

/** controller.IsPodActive: not finished and not being deleted. */
export function isPodActive(p: Pod): boolean {
  return p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed' && !p.metadata.deletionTimestamp;
}

/** controller.FilterActivePods. */
export function filterActivePods<P extends Pod>(pods: readonly P[]): P[] {
  return pods.filter(isPodActive);
}

export function isPodReady(p: Pod): boolean {
  // A loop, not find: the ReplicaSet controller asks this of each of its pods at every sync.
  for (const c of p.status.conditions ?? []) if (c.type === 'Ready') return c.status === 'True';
  return false;
}

const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

/** The Ready condition's lastTransitionTime of a ready pod (podReadyTime), or undefined (Go's zero time). */
function readyTime(p: Pod): number | undefined {
  if (!isPodReady(p)) return undefined;
  const c = p.status.conditions?.find((x) => x.type === 'Ready' && x.status === 'True');
  return c?.lastTransitionTime ? parseStamp(c.lastTransitionTime) : undefined;
}

function timeOf(stamp: string | undefined): number | undefined {
  return stamp ? parseStamp(stamp) : undefined;
}

/**
 * Date.parse of an API timestamp, remembered: a scale-down ranks every pod of a Deployment, and
 * pods made in the same second share their stamps.
 */
const parsedStamps = new Map<string, number>();

function parseStamp(stamp: string): number {
  let t = parsedStamps.get(stamp);
  if (t === undefined) {
    if (parsedStamps.size >= 4096) parsedStamps.clear();
    t = Date.parse(stamp);
    parsedStamps.set(stamp, t);
  }
  return t;
}

/** afterOrZero: t1 after t2; a zero time counts as after any other. */
function afterOrZero(t1: number | undefined, t2: number | undefined): boolean {
  if (t1 === undefined || t2 === undefined) return t1 === undefined;
  return t1 > t2;
}

/** logarithmicRankDiff: the base-2 logarithmic ranks (of nanoseconds) of two ages, compared. */
export function logarithmicRankDiff(t1: number, t2: number, now: number): number {
  const d1 = (now - t1) * 1e6;
  const d2 = (now - t2) * 1e6;
  const r1 = d1 > 0 ? Math.floor(Math.log2(d1)) : -1;
  const r2 = d2 > 0 ? Math.floor(Math.log2(d2)) : -1;
  return r1 - r2;
}

/** maxContainerRestarts: the most restarts of a regular container, and of a sidecar (restartable init container). */
function maxContainerRestarts(p: Pod): [number, number] {
  let regular = 0;
  for (const s of p.status.containerStatuses ?? []) regular = Math.max(regular, s.restartCount);
  // No init containers, no sidecars (and no set of their names made for every pod ranked).
  if (!p.spec.initContainers?.length) return [regular, 0];
  const sidecars = new Set((p.spec.initContainers ?? []).filter((c) => (c as { restartPolicy?: string }).restartPolicy === 'Always').map((c) => c.name));
  let sidecar = 0;
  for (const s of p.status.initContainerStatuses ?? []) if (sidecars.has(s.name)) sidecar = Math.max(sidecar, s.restartCount);
  return [regular, sidecar];
}

/** helper.GetDeletionCostFromPodAnnotations (a value that does not parse counts as 0). */
function deletionCost(p: Pod): number {
  const v = p.metadata.annotations?.['controller.kubernetes.io/pod-deletion-cost'];
  if (v === undefined || !/^[+-]?\d+$/.test(v)) return 0;
  const n = Number(v);
  return n >= -2147483648 && n <= 2147483647 ? n : 0;
}

/** Compares two times by logarithmic rank against `now` (Now zero: plain afterOrZero), then by UID. */
function newerFirst(a: Pod, ta: number | undefined, b: Pod, tb: number | undefined, now: number | undefined): boolean {
  if (now === undefined || ta === undefined || tb === undefined) return afterOrZero(ta, tb);
  const diff = logarithmicRankDiff(ta, tb, now);
  if (diff === 0) return (a.metadata.uid ?? '') < (b.metadata.uid ?? '');
  return diff < 0;
}

/** What ActivePodsWithRanks.Less reads of a pod, worked out once per sort rather than at each comparison. */
interface RankedPod {
  pod: Pod;
  rank: number;
  node: string;
  phase: number;
  ready: boolean;
  cost: number;
  readyAt: number | undefined;
  restarts: number;
  sidecarRestarts: number;
  created: number | undefined;
}

function rankedPod(pod: Pod, rank: number): RankedPod {
  const [restarts, sidecarRestarts] = maxContainerRestarts(pod);
  return {
    pod,
    rank,
    node: pod.spec.nodeName ?? '',
    phase: PHASE_ORDINAL[pod.status.phase ?? ''] ?? 0,
    ready: isPodReady(pod),
    cost: deletionCost(pod),
    readyAt: readyTime(pod),
    restarts,
    sidecarRestarts,
    created: timeOf(pod.metadata.creationTimestamp),
  };
}

/** ActivePodsWithRanks.Less on pods worked out by rankedPod. */
function rankedLess(a: RankedPod, b: RankedPod, now: number | undefined): boolean {
  // 1. Unassigned < assigned
  if (a.node !== b.node && (a.node === '' || b.node === '')) return a.node === '';
  // 2. PodPending < PodUnknown < PodRunning
  if (a.phase !== b.phase) return a.phase < b.phase;
  // 3. Not ready < ready
  if (a.ready !== b.ready) return !a.ready;
  // 4. lower pod-deletion-cost < higher pod-deletion cost
  if (a.cost !== b.cost) return a.cost < b.cost;
  // 5. Doubled up < not doubled up
  if (a.rank !== b.rank) return a.rank > b.rank;
  // 6. Been ready for empty time < less time < more time
  if (a.ready && b.ready && a.readyAt !== b.readyAt) return newerFirst(a.pod, a.readyAt, b.pod, b.readyAt, now);
  // 7. Pods with containers with higher restart counts < lower restart counts
  if (a.restarts !== b.restarts) return a.restarts > b.restarts;
  if (a.sidecarRestarts !== b.sidecarRestarts) return a.sidecarRestarts > b.sidecarRestarts;
  // 8. Empty creation time pods < newer pods < older pods
  if (a.created !== b.created) return newerFirst(a.pod, a.created, b.pod, b.created, now);
  return false;
}

/**
 * ActivePodsWithRanks.Less: true when pod `a` (rank `ra`) should be deleted before pod `b`.
 * `now` is the reference time of the logarithmic comparisons (undefined: no scaling).
 */
export function activePodLess(a: Pod, ra: number, b: Pod, rb: number, now: number | undefined): boolean {
  return rankedLess(rankedPod(a, ra), rankedPod(b, rb), now);
}

/** Sorts pods with their ranks by `activePodLess` (a stable sort; Go's is not, ties may differ). */
export function sortActivePodsWithRanks<P extends Pod>(pods: readonly P[], ranks: readonly number[], now: number | undefined): P[] {
  const ranked = pods.map((p, i) => rankedPod(p, ranks[i]!));
  ranked.sort((a, b) => (rankedLess(a, b, now) ? -1 : rankedLess(b, a, now) ? 1 : 0));
  return ranked.map((r) => r.pod as P);
}

/** getPodsRankedByRelatedPodsOnSameNode: each pod's rank is the number of active related pods on its node. */
export function ranksByRelatedPodsOnSameNode(podsToRank: readonly Pod[], relatedPods: readonly Pod[]): number[] {
  const onNode = new Map<string, number>();
  for (const p of relatedPods) if (isPodActive(p)) onNode.set(p.spec.nodeName ?? '', (onNode.get(p.spec.nodeName ?? '') ?? 0) + 1);
  return podsToRank.map((p) => onNode.get(p.spec.nodeName ?? '') ?? 0);
}

/** getPodsToDelete: the first `diff` pods in deletion order (no sort when all go). */
export function podsToDelete<P extends Pod>(filtered: readonly P[], related: readonly Pod[], diff: number, now: number): P[] {
  if (diff >= filtered.length) return filtered.slice(0, diff);
  return sortActivePodsWithRanks(filtered, ranksByRelatedPodsOnSameNode(filtered, related), now).slice(0, diff);
}
