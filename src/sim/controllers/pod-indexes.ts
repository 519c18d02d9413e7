// The pod index the workload controllers share, as their informers' indexer does upstream
// (pkg/controller/controller_utils.go: AddPodControllerUIDIndexer, the `podControllerUID` index
// with orphans under a key of their namespace): a controller finds its pods and the orphans it
// may adopt without looking at every pod of the namespace.
import type { ApiServer } from '../api/api-server.js';
import type { Pod } from '../api/types.js';
import type { IndexAggregate } from '../store/object-store.js';
import { isPodActive, isPodReady } from './active-pods.js';
import { controllerOf } from './claim-pods.js';

const BY_CONTROLLER = 'podControllerUID';

/** `namespace/uid` of a pod's controller, or `namespace/` for an orphan. */
function controllerKey(pod: Pod): string {
  return `${pod.metadata.namespace ?? ''}/${controllerOf(pod)?.uid ?? ''}`;
}

/** The pods of one bucket with the same labels: how many there are, how many are active, how many of those are ready. */
export interface LabelGroup {
  labels: Readonly<Record<string, string>> | undefined;
  pods: number;
  active: number;
  activeReady: number;
}

/**
 * A bucket's running counts by label set (pods made from one template share theirs, so there are
 * few): what a ReplicaSet's status counts (replicas, readyReplicas, fullyLabeledReplicas) and
 * whether any of its pods or the namespace's orphans would be released or adopted, without
 * looking at each pod at every sync.
 */
export type PodCounts = Map<string, LabelGroup>;

/** Label sets by their (frozen, shared between a pod's versions) labels object: written out once. */
const labelKeys = new WeakMap<object, string>();

function labelKey(labels: Readonly<Record<string, string>> | undefined): string {
  if (!labels) return '';
  let key = labelKeys.get(labels);
  if (key === undefined) {
    key = JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]]));
    if (Object.isFrozen(labels)) labelKeys.set(labels, key);
  }
  return key;
}

function count(acc: PodCounts, pod: Pod, sign: 1 | -1): void {
  const key = labelKey(pod.metadata.labels);
  let group = acc.get(key);
  if (!group) {
    group = { labels: pod.metadata.labels, pods: 0, active: 0, activeReady: 0 };
    acc.set(key, group);
  }
  group.pods += sign;
  if (isPodActive(pod)) {
    group.active += sign;
    if (isPodReady(pod)) group.activeReady += sign;
  }
  if (group.pods === 0) acc.delete(key);
}

const podCounts: IndexAggregate<PodCounts> = {
  empty: () => new Map(),
  add: (acc, o) => count(acc, o as Pod, 1),
  remove: (acc, o) => count(acc, o as Pod, -1),
};

/** Adds the index (once per store). */
export function indexPodsByController(api: ApiServer): void {
  api.store.addIndex('pods', BY_CONTROLLER, (o) => controllerKey(o as Pod), podCounts);
}

/** The counts by label set of the pods of `namespace` whose controller has uid `uid` (`''`: the orphans). Read-only. */
export function controlledPodCounts(api: ApiServer, namespace: string, uid: string): ReadonlyMap<string, Readonly<LabelGroup>> {
  return api.store.bucketTotal<PodCounts>('pods', BY_CONTROLLER, `${namespace}/${uid}`) ?? EMPTY;
}

const EMPTY: ReadonlyMap<string, LabelGroup> = new Map();

/** The pods of `namespace` whose controller has uid `uid` (frozen snapshots, in key order). */
export function podsControlledBy(api: ApiServer, namespace: string, uid: string): Pod[] {
  return api.store.byIndex<Pod>('pods', BY_CONTROLLER, `${namespace}/${uid}`);
}

/** The pods of `namespace` without a controller (frozen snapshots, in key order). */
export function orphanPods(api: ApiServer, namespace: string): Pod[] {
  return api.store.byIndex<Pod>('pods', BY_CONTROLLER, `${namespace}/`);
}

/**
 * What ClaimPods would look at out of every pod of `namespace`: the pods `uid` controls and the
 * orphans, in key order (the others it skips untouched).
 */
export function claimCandidates(api: ApiServer, namespace: string, uid: string): Pod[] {
  const owned = podsControlledBy(api, namespace, uid);
  const orphans = orphanPods(api, namespace);
  if (orphans.length === 0) return owned;
  if (owned.length === 0) return orphans;
  const out: Pod[] = [];
  let i = 0;
  let j = 0;
  while (i < owned.length || j < orphans.length) {
    const a = owned[i];
    const b = orphans[j];
    if (b === undefined || (a !== undefined && a.metadata.name < b.metadata.name)) {
      out.push(a!);
      i++;
    } else {
      out.push(b);
      j++;
    }
  }
  return out;
}
