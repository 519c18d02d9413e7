// batch/v1 pieces that the Job strategy and the Job controller share: the pod failure policy.

export type PodFailurePolicyAction = 'FailJob' | 'FailIndex' | 'Ignore' | 'Count';

export interface PodFailurePolicyRule {
  action: PodFailurePolicyAction;
  onExitCodes?: { containerName?: string; operator: 'In' | 'NotIn'; values: number[] };
  onPodConditions?: Array<{ type: string; status: string }>;
}

export interface PodFailurePolicy {
  rules: PodFailurePolicyRule[];
}
