// The namespace policy kinds of core/v1 (k8s.io/api/core/v1/types.go): LimitRange and
// ResourceQuota, as the simulator stores them (quantities are canonical strings once stored).
import type { KubeObject } from './types.js';

/** `v1.ResourceList`: resource name to quantity. */
export type ResourceList = Record<string, string>;

export interface LimitRangeItem {
  type: string;
  max?: ResourceList;
  min?: ResourceList;
  default?: ResourceList;
  defaultRequest?: ResourceList;
  maxLimitRequestRatio?: ResourceList;
}

export interface LimitRange extends KubeObject {
  apiVersion: 'v1';
  kind: 'LimitRange';
  /** `limits` has no omitempty upstream: an empty list is stored (and served) as null. */
  spec: { limits: LimitRangeItem[] | null };
}

export interface ScopedResourceSelectorRequirement {
  scopeName: string;
  operator: string;
  values?: string[];
}

export interface ResourceQuotaSpec {
  hard?: ResourceList;
  scopes?: string[];
  scopeSelector?: { matchExpressions?: ScopedResourceSelectorRequirement[] };
}

export interface ResourceQuota extends KubeObject {
  apiVersion: 'v1';
  kind: 'ResourceQuota';
  spec: ResourceQuotaSpec;
  /** Filled by the quota controller: `hard` copies spec.hard, `used` the namespace's usage. */
  status?: { hard?: ResourceList; used?: ResourceList };
}
