// The DisruptionTarget pod condition that whoever is about to delete a pod for a disruption writes
// first (the eviction subresource, the taint-eviction controller), as apipod.UpdatePodCondition
// does (pkg/api/v1/pod/util.go): appended when new, its transition time kept while its status is.
import type { ApiServer } from './api-server.js';
import { PODS } from './pods-type.js';
import { rfc3339 } from './time.js';
import type { Pod, PodCondition } from './types.js';


/** The conditions with `condition` set (true in `changed` when it differs from before). */
export function updatePodCondition(conditions: readonly PodCondition[], condition: Omit<PodCondition, 'lastProbeTime' | 'lastTransitionTime'>, now: number): { conditions: PodCondition[]; changed: boolean } {
  const at = conditions.findIndex((c) => c.type === condition.type);
  const old = at >= 0 ? conditions[at] : undefined;
  const next: PodCondition = {
    lastProbeTime: null,
    lastTransitionTime: old && old.status === condition.status ? old.lastTransitionTime : rfc3339(now),
    ...(condition.message !== undefined ? { message: condition.message } : {}),
    ...(condition.reason !== undefined ? { reason: condition.reason } : {}),
    status: condition.status,
    type: condition.type,
  };
  if (!old) return { conditions: [...conditions, next], changed: true };
  const changed = old.status !== next.status || old.reason !== next.reason || old.message !== next.message || old.lastProbeTime !== null || old.lastTransitionTime !== next.lastTransitionTime;
  return { conditions: conditions.map((c, i) => (i === at ? next : c)), changed };
}

/** Writes `DisruptionTarget=True` with `reason` and `message` onto the pod's status, if not already there. */
export function markDisruptionTarget(api: ApiServer, pod: Pod, reason: string, message: string, now: number): void {
  const { conditions, changed } = updatePodCondition(pod.status.conditions ?? [], { type: 'DisruptionTarget', status: 'True', reason, message }, now);
  if (changed) api.updateStatus(PODS, { ...pod, status: { ...pod.status, conditions } });
}
