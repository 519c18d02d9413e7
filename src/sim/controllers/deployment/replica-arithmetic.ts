// The Deployment controller's arithmetic, ported from kubernetes/kubernetes
// pkg/controller/deployment/util/deployment_util.go (ResolveFenceposts, MaxSurge, MaxUnavailable,
// NewRSNewReplicas, GetProportion, getReplicaSetFraction, IsSaturated, FindActiveOrLatest, the
// replica counts) and pkg/controller/controller_utils.go (the ReplicaSet orderings,
// FilterActiveReplicaSets). Pure functions over objects: no API calls.
import type { Deployment, ReplicaSet } from '../../api/types.js';

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY_ANNOTATION = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/max-replicas';

/**
 * intstr.GetScaledValueFromIntOrPercent: an int as it is, `N%` of `total` rounded up or down.
 * Validation refuses anything else, so a malformed value counts as 0 here.
 */
export function scaledValue(value: number | string, total: number, roundUp: boolean): number {
  if (typeof value === 'number') return value;
  const m = /^(-?\d+)%$/.exec(value);
  if (!m) return 0;
  const raw = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(raw) : Math.floor(raw);
}

/**
 * ResolveFenceposts: maxSurge rounds up, maxUnavailable rounds down (each defaulting to 0 when
 * unset); when both come to 0, maxUnavailable is 1 so the rollout can still move.
 */
export function resolveFenceposts(maxSurge: number | string | undefined, maxUnavailable: number | string | undefined, desired: number): { surge: number; unavailable: number } {
  const surge = scaledValue(maxSurge ?? 0, desired, true);
  let unavailable = scaledValue(maxUnavailable ?? 0, desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}

export const replicasOf = (d: Deployment): number => d.spec.replicas ?? 1;
export const isRollingUpdate = (d: Deployment): boolean => (d.spec.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate';

/** MaxSurge: 0 for Recreate. */
export function maxSurge(d: Deployment): number {
  if (!isRollingUpdate(d)) return 0;
  const ru = d.spec.strategy?.rollingUpdate;
  return resolveFenceposts(ru?.maxSurge, ru?.maxUnavailable, replicasOf(d)).surge;
}

/** MaxUnavailable: 0 for Recreate or no replicas, never more than the replicas. */
export function maxUnavailable(d: Deployment): number {
  const replicas = replicasOf(d);
  if (!isRollingUpdate(d) || replicas === 0) return 0;
  const ru = d.spec.strategy?.rollingUpdate;
  return Math.min(resolveFenceposts(ru?.maxSurge, ru?.maxUnavailable, replicas).unavailable, replicas);
}

export const specReplicas = (rs: ReplicaSet): number => rs.spec.replicas ?? 1;

/** GetReplicaCountForReplicaSets: the ReplicaSets' desired counts. */
export const replicaCount = (sets: readonly (ReplicaSet | undefined)[]): number => sets.reduce((n, rs) => n + (rs ? specReplicas(rs) : 0), 0);
/** GetActualReplicaCountForReplicaSets: the pods they have. */
export const actualReplicaCount = (sets: readonly (ReplicaSet | undefined)[]): number => sets.reduce((n, rs) => n + (rs?.status?.replicas ?? 0), 0);
/** GetReadyReplicaCountForReplicaSets. */
export const readyReplicaCount = (sets: readonly (ReplicaSet | undefined)[]): number => sets.reduce((n, rs) => n + (rs?.status?.readyReplicas ?? 0), 0);
/** GetAvailableReplicaCountForReplicaSets. */
export const availableReplicaCount = (sets: readonly (ReplicaSet | undefined)[]): number => sets.reduce((n, rs) => n + (rs?.status?.availableReplicas ?? 0), 0);

/** FilterActiveReplicaSets: those that want pods. */
export const activeReplicaSets = (sets: readonly (ReplicaSet | undefined)[]): ReplicaSet[] => sets.filter((rs): rs is ReplicaSet => rs !== undefined && specReplicas(rs) > 0);

const created = (rs: ReplicaSet): number => Date.parse(rs.metadata.creationTimestamp ?? '') || 0;

/** ReplicaSetsByCreationTimestamp: oldest first, then by name. */
export function byCreation(a: ReplicaSet, b: ReplicaSet): number {
  const d = created(a) - created(b);
  if (d !== 0) return d;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

/** ReplicaSetsBySizeOlder: the largest first; of equal size, the older first. */
export const bySizeOlder = (a: ReplicaSet, b: ReplicaSet): number => specReplicas(b) - specReplicas(a) || byCreation(a, b);
/** ReplicaSetsBySizeNewer: the largest first; of equal size, the newer first. */
export const bySizeNewer = (a: ReplicaSet, b: ReplicaSet): number => specReplicas(b) - specReplicas(a) || byCreation(b, a);

/** Revision: the revision annotation as a number (0 when missing or not a number). */
export function revisionOf(rs: ReplicaSet): number {
  const text = rs.metadata.annotations?.[REVISION_ANNOTATION];
  if (text === undefined || !/^-?\d+$/.test(text)) return 0;
  return Number(text);
}

/** ReplicaSetsByRevision: the lowest revision first, then by creation. */
export const byRevision = (a: ReplicaSet, b: ReplicaSet): number => revisionOf(a) - revisionOf(b) || byCreation(a, b);

/** MaxRevision over some ReplicaSets. */
export const maxRevision = (sets: readonly ReplicaSet[]): number => sets.reduce((m, rs) => Math.max(m, revisionOf(rs)), 0);

function intAnnotation(rs: ReplicaSet, key: string): number | undefined {
  const text = rs.metadata.annotations?.[key];
  if (text === undefined || !/^-?\d+$/.test(text)) return undefined;
  return Number(text);
}

/**
 * NewRSNewReplicas: how far the new ReplicaSet may grow now. RollingUpdate: up to maxSurge above
 * the desired total, never past the desired count; Recreate: all at once.
 */
export function newRSNewReplicas(d: Deployment, allRSs: readonly (ReplicaSet | undefined)[], newRS: ReplicaSet): number {
  const replicas = replicasOf(d);
  if (!isRollingUpdate(d)) return replicas;
  const surge = scaledValue(d.spec.strategy?.rollingUpdate?.maxSurge ?? 0, replicas, true);
  const current = replicaCount(allRSs);
  const maxTotal = replicas + surge;
  if (current >= maxTotal) return specReplicas(newRS);
  const scaleUp = Math.min(maxTotal - current, replicas - specReplicas(newRS));
  return specReplicas(newRS) + scaleUp;
}

/** IsSaturated: the ReplicaSet has all the Deployment's replicas, asked for and available. */
export function isSaturated(d: Deployment, rs: ReplicaSet | undefined): boolean {
  if (!rs) return false;
  const desired = intAnnotation(rs, DESIRED_REPLICAS_ANNOTATION);
  if (desired === undefined) return false;
  const replicas = replicasOf(d);
  return specReplicas(rs) === replicas && desired === replicas && (rs.status?.availableReplicas ?? 0) === replicas;
}

/**
 * FindActiveOrLatest: the one ReplicaSet with replicas if there is exactly one; the newest (the
 * new one if any) when none has; undefined when several have.
 */
export function findActiveOrLatest(newRS: ReplicaSet | undefined, oldRSs: readonly ReplicaSet[]): ReplicaSet | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  const newestFirst = [...oldRSs].sort((a, b) => byCreation(b, a));
  const active = activeReplicaSets([...newestFirst, newRS]);
  if (active.length === 0) return newRS ?? newestFirst[0];
  if (active.length === 1) return active[0];
  return undefined;
}

/** integer.RoundToInt32: halves away from zero. */
const roundToInt = (x: number): number => (x < 0 ? Math.trunc(x - 0.5) : Math.trunc(x + 0.5));

/**
 * getReplicaSetFraction: how many replicas the ReplicaSet gains (or loses) when the Deployment is
 * resized, in proportion to its share of the Deployment's size before (the max-replicas annotation,
 * or the Deployment's status when the annotation is missing).
 */
export function replicaSetFraction(rs: ReplicaSet, d: Deployment): number {
  if (replicasOf(d) === 0) return -specReplicas(rs);
  const deploymentMaxReplicas = replicasOf(d) + maxSurge(d);
  let before = intAnnotation(rs, MAX_REPLICAS_ANNOTATION);
  if (before === undefined || before === 0) {
    before = d.status?.replicas ?? 0;
    if (before === 0) return 0;
  }
  return roundToInt((specReplicas(rs) * deploymentMaxReplicas) / before) - specReplicas(rs);
}

/** GetProportion: the ReplicaSet's share of `toAdd`, never past what is left of it. */
export function getProportion(rs: ReplicaSet | undefined, d: Deployment, toAdd: number, added: number): number {
  if (!rs || specReplicas(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
  const fraction = replicaSetFraction(rs, d);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}
