// matchPodFailurePolicy (pkg/controller/job/pod_failure_policy.go, 1.32): the first rule that
// matches a failed pod decides. onExitCodes looks at terminated containers with a non-zero exit
// code (containers first, then init containers; optionally one containerName) with In/NotIn;
// onPodConditions at the pod's conditions. FailJob carries the message the Job's conditions show.
import type { PodFailurePolicy, PodFailurePolicyAction, PodFailurePolicyRule } from '../../api/job-types.js';
import type { ContainerStatus, Pod } from '../../api/types.js';

export type { PodFailurePolicy };

export interface PolicyMatch {
  /** The Job's failure message, for a FailJob rule. */
  message?: string;
  /** Whether the failure counts towards backoffLimit (false for Ignore). */
  countFailed: boolean;
  action?: PodFailurePolicyAction;
}

function matchingContainer(statuses: readonly ContainerStatus[] | undefined, req: NonNullable<PodFailurePolicyRule['onExitCodes']>): ContainerStatus | undefined {
  return (statuses ?? []).find((s) => {
    const code = s.state?.terminated?.exitCode;
    if (code === undefined || code === 0) return false;
    if (req.containerName !== undefined && req.containerName !== s.name) return false;
    const listed = req.values.includes(code);
    return req.operator === 'In' ? listed : req.operator === 'NotIn' ? !listed : false;
  });
}

export function matchPodFailurePolicy(policy: PodFailurePolicy | undefined, pod: Pod): PolicyMatch {
  if (!policy) return { countFailed: true };
  const where = `${pod.metadata.namespace ?? ''}/${pod.metadata.name}`;
  for (const [index, rule] of (policy.rules ?? []).entries()) {
    let message: string | undefined;
    if (rule.onExitCodes) {
      const c = matchingContainer(pod.status.containerStatuses, rule.onExitCodes) ?? matchingContainer(pod.status.initContainerStatuses, rule.onExitCodes);
      if (!c) continue;
      message = `Container ${c.name} for pod ${where} failed with exit code ${c.state!.terminated!.exitCode} matching ${rule.action} rule at index ${index}`;
    } else if (rule.onPodConditions) {
      const cond = (pod.status.conditions ?? []).find((pc) => rule.onPodConditions!.some((p) => p.type === pc.type && p.status === pc.status));
      if (!cond) continue;
      message = `Pod ${where} has condition ${cond.type} matching ${rule.action} rule at index ${index}`;
    } else continue;
    switch (rule.action) {
      case 'Ignore':
        return { countFailed: false, action: 'Ignore' };
      case 'Count':
        return { countFailed: true, action: 'Count' };
      case 'FailIndex':
        return { countFailed: true, action: 'FailIndex' };
      case 'FailJob':
        return { message, countFailed: true, action: 'FailJob' };
    }
  }
  return { countFailed: true };
}
