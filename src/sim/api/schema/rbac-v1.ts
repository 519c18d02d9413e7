// k8s.io/api/rbac/v1 (1.32): Role, ClusterRole, RoleBinding, ClusterRoleBinding.
import { TYPE_META, type GoPackage } from './go-package.js';

export const RBAC_V1: GoPackage = {
  path: 'k8s.io/api/rbac/v1',
  imports: { metav1: 'meta' },
  structs: {
    Role: { ...TYPE_META, metadata: 'metav1.ObjectMeta', rules: '[]PolicyRule' },
    ClusterRole: { ...TYPE_META, metadata: 'metav1.ObjectMeta', rules: '[]PolicyRule', aggregationRule: '*AggregationRule' },
    RoleBinding: { ...TYPE_META, metadata: 'metav1.ObjectMeta', subjects: '[]Subject', roleRef: 'RoleRef' },
    ClusterRoleBinding: { ...TYPE_META, metadata: 'metav1.ObjectMeta', subjects: '[]Subject', roleRef: 'RoleRef' },
    PolicyRule: { verbs: '[]string', apiGroups: '[]string', resources: '[]string', resourceNames: '[]string', nonResourceURLs: '[]string' },
    AggregationRule: { clusterRoleSelectors: '[]metav1.LabelSelector' },
    Subject: { kind: 'string', apiGroup: 'string', name: 'string', namespace: 'string' },
    RoleRef: { apiGroup: 'string', kind: 'string', name: 'string' },
  },
  named: {},
};
