// Resizing a Deployment while a rollout is under way (or paused), ported from
// kubernetes/kubernetes pkg/controller/deployment/sync.go scale(): one active ReplicaSet takes the
// new size; a saturated new ReplicaSet leaves the old ones at 0; otherwise every active
// ReplicaSet grows or shrinks in proportion to its size (GetProportion), the leftover going to the
// largest.
import type { Deployment, ReplicaSet } from '../../api/types.js';
import {
  activeReplicaSets,
  bySizeNewer,
  bySizeOlder,
  findActiveOrLatest,
  getProportion,
  isRollingUpdate,
  isSaturated,
  maxSurge,
  replicaCount,
  replicasOf,
  specReplicas,
} from './replica-arithmetic.js';

/** One ReplicaSet's new size; `operation` is the word for the event when it was given one ("up"/"down"). */
export interface ProportionalScaling {
  rs: ReplicaSet;
  to: number;
  /** scaleReplicaSet's scalingOperation: set for proportional scaling; otherwise from the sizes. */
  operation?: 'up' | 'down' | '';
  /** Whether the size alone decides (scaleReplicaSetAndRecordEvent) or the annotations too (scaleReplicaSet). */
  always: boolean;
}

export function planScale(d: Deployment, newRS: ReplicaSet | undefined, oldRSs: readonly ReplicaSet[]): ProportionalScaling[] {
  const replicas = replicasOf(d);
  const single = findActiveOrLatest(newRS, oldRSs);
  if (single) {
    if (specReplicas(single) === replicas) return [];
    return [{ rs: single, to: replicas, always: false }];
  }
  if (isSaturated(d, newRS)) return activeReplicaSets(oldRSs).map((rs) => ({ rs, to: 0, always: false }));
  if (!isRollingUpdate(d)) return [];
  const all = activeReplicaSets([...oldRSs, newRS]);
  const total = replicaCount(all);
  const allowed = replicas > 0 ? replicas + maxSurge(d) : 0;
  const toAdd = allowed - total;
  let operation: 'up' | 'down' | '' = '';
  if (toAdd > 0) {
    all.sort(bySizeNewer);
    operation = 'up';
  } else if (toAdd < 0) {
    all.sort(bySizeOlder);
    operation = 'down';
  }
  let added = 0;
  const sizes = all.map((rs) => {
    if (toAdd === 0) return specReplicas(rs);
    const proportion = getProportion(rs, d, toAdd, added);
    added += proportion;
    return specReplicas(rs) + proportion;
  });
  if (toAdd !== 0 && sizes.length > 0) sizes[0] = Math.max(0, sizes[0]! + toAdd - added);
  return all.map((rs, i) => ({ rs, to: sizes[i]!, operation, always: true }));
}
