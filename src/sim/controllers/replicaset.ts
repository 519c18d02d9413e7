// The ReplicaSet controller (pkg/controller/replicaset/replica_set.go): claims the pods its
// selector matches (adopting orphans, releasing pods whose labels no longer match), keeps as many
// as `spec.replicas` (creating them in slow-start batches of 1, 2, 4, ..., deleting the least
// useful ones first), reports their counts in the status, and records SuccessfulCreate /
// SuccessfulDelete events.
import { typeForKind } from '../api/resources.js';
import { PODS } from '../api/pods-type.js';
import { fromLabelSelector, labelsMatch } from '../api/selectors.js';
import { StatusError } from '../api/status-error.js';
import { rfc3339 } from '../api/time.js';
import type { Pod, ReplicaSet } from '../api/types.js';
import type { ClusterParts } from './cluster-parts.js';
import { cloneJson } from '../store/json-data.js';
import { filterActivePods, isPodReady, podsToDelete } from './active-pods.js';
import { claimPods, controllerOf, newControllerRef } from './claim-pods.js';
import { claimCandidates, controlledPodCounts, indexPodsByController, podsControlledBy } from './pod-indexes.js';
import { SLOW_START_INITIAL_BATCH_SIZE, slowStartBatch } from './slow-start.js';
import { createWorkQueue } from './work-queue.js';
import { watchOwnedPods } from './watch-owned-pods.js';

const REPLICASETS = typeForKind('ReplicaSet', 'apps/v1')!;

/** burstReplicas: at most this many creations or deletions in one sync. */
const BURST_REPLICAS = 500;

/** Pods a ReplicaSet controls and whose labels its selector matches. */
export function ownedPods(parts: ClusterParts, rs: ReplicaSet): Pod[] {
  const sel = fromLabelSelector(rs.spec.selector);
  return podsControlledBy(parts.api, rs.metadata.namespace ?? 'default', rs.metadata.uid ?? '').filter((p) => labelsMatch(p.metadata.labels, sel));
}

/**
 * getIndirectlyRelatedPods: the pods of every ReplicaSet with the same controller as `rs` (the
 * Deployment's other ReplicaSets), or `rs`'s own when it has no controller. Ranks pods by node.
 */
function relatedPods(parts: ClusterParts, rs: ReplicaSet, own: readonly Pod[]): Pod[] {
  const owner = controllerOf(rs);
  if (!owner) return [...own];
  const ns = rs.metadata.namespace ?? 'default';
  const siblings = parts.api.viewList<ReplicaSet>(REPLICASETS, ns).filter((r) => controllerOf(r)?.uid === owner.uid);
  // Grouped by ReplicaSet rather than in key order: the ranks only count pods per node.
  return siblings.flatMap((r) => podsControlledBy(parts.api, ns, r.metadata.uid ?? ''));
}

/**
 * Whether ClaimPods would release or adopt anything: an active pod the ReplicaSet controls whose
 * labels its selector no longer matches (unless it is being deleted), or an active orphan of the
 * namespace that it matches (a pod being deleted is never adopted; active pods are not).
 */
function claimWouldChange(api: ClusterParts['api'], ns: string, uid: string, selector: ReturnType<typeof fromLabelSelector>, deleting: boolean): boolean {
  if (!deleting) {
    for (const g of controlledPodCounts(api, ns, uid).values()) if (g.active > 0 && !labelsMatch(g.labels, selector)) return true;
    for (const g of controlledPodCounts(api, ns, '').values()) if (g.active > 0 && labelsMatch(g.labels, selector)) return true;
  }
  return false;
}

/** The active pods `uid` controls that `selector` matches: how many, how many are ready, and how many `labeled` matches too. */
function countActive(api: ClusterParts['api'], ns: string, uid: string, selector: ReturnType<typeof fromLabelSelector>, labeled: ReturnType<typeof fromLabelSelector> | undefined): { active: number; ready: number; fullyLabeled: number } {
  const out = { active: 0, ready: 0, fullyLabeled: 0 };
  for (const g of controlledPodCounts(api, ns, uid).values()) {
    if (g.active === 0 || !labelsMatch(g.labels, selector)) continue;
    out.active += g.active;
    out.ready += g.activeReady;
    if (labeled && labelsMatch(g.labels, labeled)) out.fullyLabeled += g.active;
  }
  return out;
}

/** What a failed pod creation left: the error, for the ReplicaFailure condition. */
type CreateFailure = { message: string } | undefined;

/** The pod the template makes (controller_utils.go GetPodFromTemplate). */
function podFromTemplate(rs: ReplicaSet): Pod {
  const template = rs.spec.template;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: '',
      generateName: `${rs.metadata.name}-`,
      namespace: rs.metadata.namespace,
      labels: { ...(template.metadata?.labels ?? {}) },
      ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
      ownerReferences: [newControllerRef({ apiVersion: 'apps/v1', kind: 'ReplicaSet', obj: rs })],
    },
    spec: cloneJson(template.spec),
    status: {},
  };
}

/** syncReplicaSet + manageReplicas (pkg/controller/replicaset/replica_set.go). */
function reconcile(parts: ClusterParts, ns: string, name: string, failures: Map<string, number>, retry: (ms: number) => void): void {
  const { api, recorder } = parts;
  const rs = api.view<ReplicaSet>(REPLICASETS, ns, name);
  if (!rs) return;
  const ref = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name, namespace: ns, uid: rs.metadata.uid ?? '', resourceVersion: rs.metadata.resourceVersion ?? '' };
  const source = { component: 'replicaset-controller' };
  const selector = fromLabelSelector(rs.spec.selector);
  const uid = rs.metadata.uid ?? '';
  // ClaimPods changes nothing when every active pod it controls still matches its selector and
  // no active orphan of the namespace does (the index's counts by label set say so): then its
  // pods are its active ones, counted, and listed only if some are to be deleted. Otherwise the
  // active pods it may claim (its own and the namespace's orphans; ClaimPods skips the others):
  // upstream lists the whole namespace, with a TODO to use the index it has.
  const settled = !claimWouldChange(api, ns, uid, selector, rs.metadata.deletionTimestamp !== undefined);
  const canAdopt = () => {
    const fresh = api.view<ReplicaSet>(REPLICASETS, ns, name);
    return fresh !== undefined && fresh.metadata.uid === rs.metadata.uid && !fresh.metadata.deletionTimestamp;
  };
  const claimed = settled ? undefined : claimPods(api, { apiVersion: 'apps/v1', kind: 'ReplicaSet', obj: rs, selector, canAdopt }, filterActivePods(claimCandidates(api, ns, uid)));
  const activeCount = claimed ? claimed.length : countActive(api, ns, uid, selector, undefined).active;
  const want = rs.spec.replicas ?? 1;
  let failure: CreateFailure;
  let changed = false;
  // A ReplicaSet being deleted (foreground or orphan) keeps its status but manages no pods.
  if (rs.metadata.deletionTimestamp) {
    // nothing to create or delete
  } else if (activeCount < want) {
    const diff = Math.min(want - activeCount, BURST_REPLICAS);
    const result = slowStartBatch(diff, SLOW_START_INITIAL_BATCH_SIZE, () => {
      try {
        const created = api.create(PODS, ns, podFromTemplate(rs), { trusted: true });
        recorder.record(ref, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`, source);
        changed = true;
        return undefined;
      } catch (e) {
        if (!(e instanceof StatusError)) throw e;
        // controller_utils.go CreatePodsWithGenerateName: the event, then the sync fails and the key is retried with back-off.
        recorder.record(ref, 'Warning', 'FailedCreate', `Error creating: ${e.message}`, source);
        return e;
      }
    });
    if (result.error) failure = { message: `unable to create pods: ${result.error.message}` };
  } else if (activeCount > want) {
    const diff = Math.min(activeCount - want, BURST_REPLICAS);
    const pods = claimed ?? filterActivePods(podsControlledBy(api, ns, uid));
    for (const p of podsToDelete(pods, relatedPods(parts, rs, pods), diff, parts.loop.now())) {
      api.delete(PODS, ns, p.metadata.name);
      recorder.record(ref, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, source);
      changed = true;
    }
  }
  // Pods created or deleted just now count at once: the index's counts are up to date.
  const labeled = fromLabelSelector({ matchLabels: rs.spec.template.metadata?.labels ?? {} });
  let replicas: number;
  let ready: number;
  let fullyLabeled: number;
  if (claimed && !changed) {
    replicas = claimed.length;
    ready = claimed.filter(isPodReady).length;
    fullyLabeled = claimed.filter((p) => labelsMatch(p.metadata.labels, labeled)).length;
  } else {
    const counts = countActive(api, ns, uid, selector, labeled);
    replicas = counts.active;
    ready = counts.ready;
    fullyLabeled = counts.fullyLabeled;
  }
  // Counts that are zero are left out, as the API's omitempty does.
  const status: ReplicaSet['status'] = {
    ...(ready > 0 ? { availableReplicas: ready } : {}),
    ...(fullyLabeled > 0 ? { fullyLabeledReplicas: fullyLabeled } : {}),
    observedGeneration: rs.metadata.generation ?? 1,
    ...(ready > 0 ? { readyReplicas: ready } : {}),
    replicas,
  };
  const fresh = api.view<ReplicaSet>(REPLICASETS, ns, name);
  const conditions = replicaFailure(fresh?.status.conditions, failure, rfc3339(parts.loop.now()));
  if (conditions) status.conditions = conditions;
  if (fresh) api.updateStatus(REPLICASETS, { ...fresh, status });
  const key = `${ns}/${name}`;
  if (failure) {
    // The controllers' rate limiter: 5 ms doubling per failure, up to 1000 s.
    const n = failures.get(key) ?? 0;
    failures.set(key, n + 1);
    retry(Math.min(1_000_000, 5 * 2 ** n));
  } else failures.delete(key);
}

/** The ReplicaFailure condition (replica_set_utils.go): set while creations fail, removed once they succeed. */
function replicaFailure(before: ReplicaSet['status']['conditions'], failure: CreateFailure, now: string): ReplicaSet['status']['conditions'] {
  const others = (before ?? []).filter((c) => c.type !== 'ReplicaFailure');
  if (!failure) return others.length > 0 ? others : undefined;
  const prev = before?.find((c) => c.type === 'ReplicaFailure');
  const since = prev?.status === 'True' ? prev.lastTransitionTime : now;
  return [...others, { lastTransitionTime: since, message: failure.message, reason: 'FailedCreate', status: 'True', type: 'ReplicaFailure' }];
}

/** Watches ReplicaSets and their pods; reconciles each a moment after a change. */
export function startReplicaSetController(parts: ClusterParts): void {
  const { api } = parts;
  const failures = new Map<string, number>();
  indexPodsByController(api);
  const enqueue = createWorkQueue(parts, 'replicaset-controller', [5, 30], (ns, name) =>
    reconcile(parts, ns, name, failures, (ms) => parts.loop.after(ms, `replicaset retry ${ns}/${name}`, () => enqueue(ns, name))),
  );
  api.store.watch('replicasets.apps', (e) => {
    if (e.type !== 'DELETED') enqueue(e.object.metadata.namespace ?? 'default', e.object.metadata.name);
  });
  // addPod / updatePod / deletePod: a controlled pod wakes its ReplicaSet; an orphan, when it is
  // new or its labels or controller changed, wakes every ReplicaSet whose selector matches it.
  watchOwnedPods(api, REPLICASETS, enqueue);
}
