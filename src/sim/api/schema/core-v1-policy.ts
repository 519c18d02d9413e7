// k8s.io/api/core/v1 (1.32): the namespace policy kinds, LimitRange and ResourceQuota.
import { TYPE_META, type StructDef } from './go-package.js';

export const POLICY_STRUCTS: Readonly<Record<string, StructDef>> = {
  LimitRange: { ...TYPE_META, metadata: 'metav1.ObjectMeta', spec: 'LimitRangeSpec' },
  LimitRangeSpec: { limits: '[]LimitRangeItem' },
  LimitRangeItem: {
    type: 'LimitType',
    max: 'ResourceList',
    min: 'ResourceList',
    default: 'ResourceList',
    defaultRequest: 'ResourceList',
    maxLimitRequestRatio: 'ResourceList',
  },
  ResourceQuota: { ...TYPE_META, metadata: 'metav1.ObjectMeta', spec: 'ResourceQuotaSpec', status: 'ResourceQuotaStatus' },
  ResourceQuotaSpec: { hard: 'ResourceList', scopes: '[]ResourceQuotaScope', scopeSelector: '*ScopeSelector' },
  ScopeSelector: { matchExpressions: '[]ScopedResourceSelectorRequirement' },
  ScopedResourceSelectorRequirement: { scopeName: 'ResourceQuotaScope', operator: 'ScopeSelectorOperator', values: '[]string' },
  ResourceQuotaStatus: { hard: 'ResourceList', used: 'ResourceList' },
};
