// The RollingUpdate strategy's decisions, ported from kubernetes/kubernetes
// pkg/controller/deployment/rolling.go: reconcileNewReplicaSet, reconcileOldReplicaSets,
// cleanupUnhealthyReplicas and scaleDownOldReplicaSetsForRollingUpdate. Each returns the scalings
// to make, in order; the controller makes them (upstream scales as it decides, and each decision
// only depends on the ones before it, so the two are the same).
import type { Deployment, ReplicaSet } from '../../api/types.js';
import { availableReplicaCount, byCreation, maxUnavailable, newRSNewReplicas, replicaCount, replicasOf, specReplicas } from './replica-arithmetic.js';

/** One ReplicaSet to be scaled to `to`. */
export interface Scaling {
  rs: ReplicaSet;
  to: number;
}

/** A copy of the ReplicaSet as it will be once scaled. */
function scaled(rs: ReplicaSet, to: number): ReplicaSet {
  return { ...rs, spec: { ...rs.spec, replicas: to } };
}

/**
 * reconcileNewReplicaSet: the new ReplicaSet's next size: down to the Deployment's replicas if it
 * has more, otherwise as far up as maxSurge allows. Undefined when it stays as it is.
 */
export function reconcileNewReplicaSet(d: Deployment, allRSs: readonly ReplicaSet[], newRS: ReplicaSet): number | undefined {
  const replicas = replicasOf(d);
  if (specReplicas(newRS) === replicas) return undefined;
  if (specReplicas(newRS) > replicas) return replicas;
  const next = newRSNewReplicas(d, allRSs, newRS);
  return next === specReplicas(newRS) ? undefined : next;
}

/**
 * cleanupUnhealthyReplicas: old ReplicaSets (oldest first) lose the replicas that are not
 * available, up to `maxCleanupCount` in all: removing them costs no availability.
 */
export function cleanupUnhealthyReplicas(oldRSs: readonly ReplicaSet[], maxCleanupCount: number): { oldRSs: ReplicaSet[]; scalings: Scaling[]; count: number; error?: string } {
  const sorted = [...oldRSs].sort(byCreation);
  const scalings: Scaling[] = [];
  let total = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (total >= maxCleanupCount) break;
    const rs = sorted[i]!;
    const want = specReplicas(rs);
    const available = rs.status?.availableReplicas ?? 0;
    if (want === 0 || want === available) continue;
    const down = Math.min(maxCleanupCount - total, want - available);
    const to = want - down;
    // More available than wanted (a status not caught up with a scale-down): upstream stops with this error.
    if (to > want) return { oldRSs: sorted, scalings, count: total, error: `when cleaning up unhealthy replicas, got invalid request to scale down ${rs.metadata.namespace}/${rs.metadata.name} ${want} -> ${to}` };
    scalings.push({ rs, to });
    sorted[i] = scaled(rs, to);
    total += down;
  }
  return { oldRSs: sorted, scalings, count: total };
}

/**
 * scaleDownOldReplicaSetsForRollingUpdate: old ReplicaSets (oldest first) lose as many replicas as
 * the available pods exceed the minimum the Deployment must keep available.
 */
export function scaleDownOldReplicaSetsForRollingUpdate(d: Deployment, allRSs: readonly ReplicaSet[], oldRSs: readonly ReplicaSet[]): Scaling[] {
  const minAvailable = replicasOf(d) - maxUnavailable(d);
  const available = availableReplicaCount(allRSs);
  if (available <= minAvailable) return [];
  const toScaleDown = available - minAvailable;
  const scalings: Scaling[] = [];
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (total >= toScaleDown) break;
    const want = specReplicas(rs);
    if (want === 0) continue;
    const down = Math.min(want, toScaleDown - total);
    scalings.push({ rs, to: want - down });
    total += down;
  }
  return scalings;
}

/**
 * reconcileOldReplicaSets: how far the (active) old ReplicaSets may shrink. At most
 * all pods − minAvailable − the new ReplicaSet's unavailable pods, so a broken new ReplicaSet does
 * not eat into the old ones; their unhealthy replicas go first, then healthy ones within
 * maxUnavailable.
 */
export function reconcileOldReplicaSets(d: Deployment, allRSs: readonly ReplicaSet[], oldRSs: readonly ReplicaSet[], newRS: ReplicaSet): Scaling[] {
  if (replicaCount(oldRSs) === 0) return [];
  const allPods = replicaCount(allRSs);
  const minAvailable = replicasOf(d) - maxUnavailable(d);
  const newUnavailable = specReplicas(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = allPods - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return [];
  const cleanup = cleanupUnhealthyReplicas(oldRSs, maxScaledDown);
  // The error ends this sync's scaling down (the scalings made before it stand); the next sync tries again.
  if (cleanup.error !== undefined) return cleanup.scalings;
  const down = scaleDownOldReplicaSetsForRollingUpdate(d, [...cleanup.oldRSs, newRS], cleanup.oldRSs);
  return [...cleanup.scalings, ...down];
}
