// One sync of a StatefulSet (pkg/controller/statefulset/stateful_set_control.go, 1.32): its
// revisions, then the pods of its ordinal range created (claims first, stateful_pod_control.go),
// failed ones replaced, and those past the range deleted from the highest ordinal down; with
// OrderedReady one pod at a time, each Running and Ready before the next; then the RollingUpdate
// from the highest ordinal down to the partition. The status counts follow. The claims' owner
// references follow the persistentVolumeClaimRetentionPolicy (statefulset/claim-retention.ts).
import { typeForKind } from '../../api/resources.js';
import { PODS } from '../../api/pods-type.js';
import { StatusError } from '../../api/status-error.js';
import type { ControllerRevision, StatefulSet } from '../../api/statefulset-types.js';
import type { PersistentVolumeClaim } from '../../api/storage-types.js';
import type { Pod } from '../../api/types.js';
import { fromLabelSelector } from '../../api/selectors.js';
import { claimPods } from '../claim-pods.js';
import type { ClusterParts } from '../cluster-parts.js';
import { claimsMatchRetentionPolicy, updateClaimsForRetentionPolicy } from './claim-retention.js';
import { newRevision, revisionPatch, sameRevisionData } from './revisions.js';
import {
  claimsFor,
  getOrdinal,
  identityMatches,
  isCreated,
  isFailed,
  isHealthy,
  isMemberOf,
  isRunningAndReady,
  isSucceeded,
  isTerminating,
  newStatefulSetPod,
  podInOrdinalRange,
  podRevision,
  startOrdinal,
  storageMatches,
} from './stateful-set-utils.js';

const CLAIMS = typeForKind('PersistentVolumeClaim', 'v1')!;
const SETS = typeForKind('StatefulSet', 'apps/v1')!;
const REVISIONS = typeForKind('ControllerRevision', 'apps/v1')!;
const SOURCE = { component: 'statefulset-controller' };

function setRef(set: StatefulSet) {
  return { apiVersion: 'apps/v1', kind: 'StatefulSet', name: set.metadata.name, namespace: set.metadata.namespace ?? 'default', uid: set.metadata.uid ?? '', resourceVersion: set.metadata.resourceVersion ?? '' };
}

/**
 * getPodsForStatefulSet (stateful_set.go): the set claims the pods of its namespace that its
 * selector matches and whose names are its own (isMemberOf), adopting orphans (the pods a
 * `--cascade=orphan` delete of an earlier set left) and releasing pods that no longer match.
 */
function ownedPods(parts: ClusterParts, set: StatefulSet): Pod[] {
  const { api } = parts;
  const ns = set.metadata.namespace ?? 'default';
  // canAdoptFunc: RecheckDeletionTimestamp on a fresh read of the set.
  const canAdopt = (): boolean => {
    const fresh = api.find<StatefulSet>(SETS, ns, set.metadata.name);
    return fresh !== undefined && fresh.metadata.uid === set.metadata.uid && !fresh.metadata.deletionTimestamp;
  };
  const controller = { apiVersion: 'apps/v1', kind: 'StatefulSet', obj: set, selector: fromLabelSelector(set.spec.selector), canAdopt, filter: (p: Pod) => isMemberOf(set, p) };
  return claimPods(api, controller, api.list<Pod>(PODS, ns).items);
}

function ownedRevisions(parts: ClusterParts, set: StatefulSet): ControllerRevision[] {
  const uid = set.metadata.uid;
  return parts.api
    .list<ControllerRevision>(REVISIONS, set.metadata.namespace)
    .items.filter((r) => r.metadata.ownerReferences?.some((o) => o.uid === uid) === true)
    .sort((a, b) => a.revision - b.revision || (a.metadata.name < b.metadata.name ? -1 : 1));
}

/** getStatefulSetRevisions: the current and update revisions, creating the update revision when the template is new. */
function revisionsOf(parts: ClusterParts, set: StatefulSet, revisions: ControllerRevision[]): { current: ControllerRevision; update: ControllerRevision } {
  const patch = revisionPatch(set);
  const next = (revisions[revisions.length - 1]?.revision ?? 0) + 1;
  const equal = revisions.filter((r) => sameRevisionData(r, patch));
  let update: ControllerRevision;
  const last = equal[equal.length - 1];
  if (last) {
    // The template went back to an earlier revision: that one becomes the newest (history.UpdateControllerRevision).
    if (last !== revisions[revisions.length - 1]) update = parts.api.put(REVISIONS, { ...last, revision: next });
    else update = last;
  } else {
    // getStatefulSetRevisions hashes with the collision count, 0 until a name collides.
    const fresh = newRevision(set, next, set.status.collisionCount ?? 0);
    const existing = parts.api.find<ControllerRevision>(REVISIONS, set.metadata.namespace, fresh.metadata.name);
    update = existing && sameRevisionData(existing, patch) ? existing : parts.api.create(REVISIONS, set.metadata.namespace, fresh, { trusted: true });
  }
  const current = revisions.find((r) => r.metadata.name === set.status.currentRevision) ?? update;
  return { current, update };
}

/** truncateHistory: keeps the live revisions and the newest `revisionHistoryLimit` others. */
function truncateHistory(parts: ClusterParts, set: StatefulSet, pods: Pod[], current: ControllerRevision, update: ControllerRevision): void {
  const live = new Set([current.metadata.name, update.metadata.name, ...pods.map(podRevision)]);
  const history = ownedRevisions(parts, set).filter((r) => !live.has(r.metadata.name));
  const limit = set.spec.revisionHistoryLimit ?? 10;
  for (const r of history.slice(0, Math.max(0, history.length - limit))) parts.api.delete(REVISIONS, r.metadata.namespace, r.metadata.name);
}

/** createPersistentVolumeClaims: the pod's claims that do not exist yet; a failure stops the pod. */
function createMissingClaims(parts: ClusterParts, set: StatefulSet, pod: Pod): string | undefined {
  for (const { claim } of claimsFor(set, getOrdinal(pod))) {
    const existing = parts.api.view<PersistentVolumeClaim>(CLAIMS, claim.metadata.namespace, claim.metadata.name);
    if (existing) {
      if (existing.metadata.deletionTimestamp) return `pvc ${claim.metadata.name} is being deleted`;
      continue;
    }
    try {
      parts.api.create(CLAIMS, claim.metadata.namespace, claim, { trusted: true });
      parts.recorder.record(setRef(set), 'Normal', 'SuccessfulCreate', `create Claim ${claim.metadata.name} Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} success`, SOURCE);
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
      parts.recorder.record(setRef(set), 'Warning', 'FailedCreate', `create Claim ${claim.metadata.name} for Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} failed error: ${e.message}`, SOURCE);
      return e.message;
    }
  }
  return undefined;
}

/** CreateStatefulPod: the claims, then the pod. */
function createPod(parts: ClusterParts, set: StatefulSet, pod: Pod): boolean {
  if (createMissingClaims(parts, set, pod) !== undefined) return false;
  let created: Pod;
  try {
    created = parts.api.create(PODS, pod.metadata.namespace, pod, { trusted: true });
  } catch (e) {
    if (!(e instanceof StatusError)) throw e;
    parts.recorder.record(setRef(set), 'Warning', 'FailedCreate', `create Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} failed error: ${e.message}`, SOURCE);
    return false;
  }
  // Set the claims' owner references as far as is possible at this point (the pod now has a uid).
  updateClaimsForRetentionPolicy(parts.api, set, created);
  parts.recorder.record(setRef(set), 'Normal', 'SuccessfulCreate', `create Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`, SOURCE);
  return true;
}

function deletePod(parts: ClusterParts, set: StatefulSet, pod: Pod): void {
  parts.api.delete(PODS, pod.metadata.namespace, pod.metadata.name);
  parts.recorder.record(setRef(set), 'Normal', 'SuccessfulDelete', `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`, SOURCE);
}

/** computeReplicaStatus. */
function replicaStatus(pods: Pod[], current: string, update: string) {
  let replicas = 0;
  let ready = 0;
  let currentReplicas = 0;
  let updated = 0;
  for (const p of pods) {
    if (isCreated(p)) replicas++;
    if (isRunningAndReady(p)) ready++;
    if (isCreated(p) && !isTerminating(p)) {
      if (podRevision(p) === current) currentReplicas++;
      if (podRevision(p) === update) updated++;
    }
  }
  return { replicas, ready, currentReplicas, updated };
}

/** The pods of the set's ordinal range (made up where missing) and those past it, each by ordinal. */
function partition(set: StatefulSet, pods: Pod[], current: ControllerRevision, update: ControllerRevision) {
  const start = startOrdinal(set);
  const count = set.spec.replicas ?? 1;
  const replicas: Array<Pod | undefined> = new Array<Pod | undefined>(count).fill(undefined);
  const condemned: Pod[] = [];
  for (const p of pods) {
    if (podInOrdinalRange(p, set)) replicas[getOrdinal(p) - start] = p;
    else if (getOrdinal(p) >= 0) condemned.push(p);
  }
  const partitionAt = set.spec.updateStrategy?.type === 'RollingUpdate' ? (set.spec.updateStrategy.rollingUpdate?.partition ?? 0) : count;
  const fresh = (ordinal: number): Pod => {
    // newVersionedStatefulSetPod: ordinals below the partition keep the current revision.
    const useCurrent = set.spec.updateStrategy?.type === 'OnDelete' ? false : ordinal - start < partitionAt && current.metadata.name !== update.metadata.name;
    const revision = useCurrent ? current : update;
    const base = useCurrent ? ({ ...set, spec: { ...set.spec, template: (current.data as { spec: { template: StatefulSet['spec']['template'] } }).spec.template } } as StatefulSet) : set;
    const pod = newStatefulSetPod(base, ordinal, revision.metadata.name);
    return pod;
  };
  condemned.sort((a, b) => getOrdinal(a) - getOrdinal(b));
  return { replicas, condemned, fresh, start };
}

/** Reconciles one StatefulSet; returns whether pods were created or deleted (the caller syncs again). */
export function syncStatefulSet(parts: ClusterParts, ns: string, name: string): void {
  const { api } = parts;
  const set = api.find<StatefulSet>(SETS, ns, name);
  if (!set) return;
  const pods = ownedPods(parts, set);
  const { current, update } = revisionsOf(parts, set, ownedRevisions(parts, set));
  if (!set.metadata.deletionTimestamp) {
    sync(parts, set, pods, current, update);
  }
  const after = ownedPods(parts, set);
  const counts = replicaStatus(after, current.metadata.name, update.metadata.name);
  const fresh = api.find<StatefulSet>(SETS, ns, name);
  if (!fresh) return;
  let currentRevision = current.metadata.name;
  let currentReplicas = counts.currentReplicas;
  // completeRollingUpdate: every pod updated and ready makes the update revision current.
  if (fresh.spec.updateStrategy?.type === 'RollingUpdate' && counts.updated === counts.replicas && counts.ready === counts.replicas) {
    currentRevision = update.metadata.name;
    currentReplicas = counts.updated;
  }
  const status: StatefulSet['status'] = {
    availableReplicas: counts.ready,
    collisionCount: fresh.status.collisionCount ?? 0,
    ...(currentReplicas > 0 ? { currentReplicas } : {}),
    currentRevision,
    observedGeneration: set.metadata.generation ?? 1,
    ...(counts.ready > 0 ? { readyReplicas: counts.ready } : {}),
    replicas: counts.replicas,
    updateRevision: update.metadata.name,
    ...(counts.updated > 0 ? { updatedReplicas: counts.updated } : {}),
  };
  api.updateStatus(SETS, { ...fresh, status });
  truncateHistory(parts, set, after, api.find(REVISIONS, ns, currentRevision) ?? current, update);
}

function sync(parts: ClusterParts, set: StatefulSet, pods: Pod[], current: ControllerRevision, update: ControllerRevision): void {
  const monotonic = set.spec.podManagementPolicy !== 'Parallel';
  const { replicas, condemned, fresh, start } = partition(set, pods, current, update);
  const firstUnhealthy = [...replicas, ...condemned].find((p) => p !== undefined && !isHealthy(p));

  // processReplica for each ordinal, in order; OrderedReady stops at the first that is not done.
  for (let i = 0; i < replicas.length; i++) {
    let pod = replicas[i];
    if (pod && (isFailed(pod) || isSucceeded(pod)) && !isTerminating(pod)) {
      // Delete and recreate pods that finished (the kubelet never restarts them).
      deletePod(parts, set, pod);
      if (monotonic) return;
      continue;
    }
    if (!pod) {
      pod = fresh(start + i);
      createPod(parts, set, pod);
      if (monotonic) return;
      continue;
    }
    if (pod.status.phase === 'Pending') createMissingClaims(parts, set, pod);
    if (isTerminating(pod) && monotonic) return;
    if (!isRunningAndReady(pod) && monotonic) return;
    // The claims' owner references follow the retention policy (UpdateStatefulPod does it upstream).
    if (!claimsMatchRetentionPolicy(parts.api, set, pod)) updateClaimsForRetentionPolicy(parts.api, set, pod);
    if (identityMatches(set, pod) && storageMatches(set, pod)) continue;
    // UpdateStatefulPod: restore the identity and storage a user changed.
    const labels = { ...(pod.metadata.labels ?? {}), 'statefulset.kubernetes.io/pod-name': pod.metadata.name };
    parts.api.put(PODS, { ...pod, metadata: { ...pod.metadata, labels } });
    for (const { claim } of claimsFor(set, getOrdinal(pod))) {
      if (!parts.api.view(CLAIMS, claim.metadata.namespace, claim.metadata.name)) createMissingClaims(parts, set, pod);
    }
  }

  // Fix the condemned pods' claims first: under whenScaled Delete they pass to the pod, and go with it.
  for (const pod of condemned) if (!claimsMatchRetentionPolicy(parts.api, set, pod)) updateClaimsForRetentionPolicy(parts.api, set, pod);

  // Condemned pods go from the highest ordinal down, one at a time with OrderedReady.
  for (let i = condemned.length - 1; i >= 0; i--) {
    const pod = condemned[i]!;
    if (isTerminating(pod)) {
      if (monotonic) return;
      continue;
    }
    if (!isRunningAndReady(pod) && monotonic && pod !== firstUnhealthy) return;
    deletePod(parts, set, pod);
    if (monotonic) return;
  }

  if (set.spec.updateStrategy?.type === 'OnDelete') return;
  // RollingUpdate: the highest ordinal not at the update revision goes first, down to the partition.
  const updateMin = set.spec.updateStrategy?.rollingUpdate?.partition ?? 0;
  for (let target = replicas.length - 1; target >= updateMin; target--) {
    const pod = replicas[target];
    if (!pod) return;
    if (podRevision(pod) !== update.metadata.name && !isTerminating(pod)) {
      deletePod(parts, set, pod);
      return;
    }
    if (!isHealthy(pod)) return;
  }
}
