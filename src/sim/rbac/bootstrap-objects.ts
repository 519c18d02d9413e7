// RBAC's lazily stored start-up objects: the bootstrap policy, its aggregated roles complete.
import type { LazyObjects } from '../api/lazy-objects.js';
import { aggregateAll } from './aggregate-rules.js';
import { bootstrapClusterRoleBindings, bootstrapClusterRoles, bootstrapRoleBindings, bootstrapRoles } from './bootstrap-policy.js';

export function rbacBootstrapObjects(createdAt: number): LazyObjects {
  return {
    keys: ['clusterroles.rbac.authorization.k8s.io', 'clusterrolebindings.rbac.authorization.k8s.io', 'roles.rbac.authorization.k8s.io', 'rolebindings.rbac.authorization.k8s.io'],
    createdAt,
    objects: () => {
      const roles = bootstrapClusterRoles();
      aggregateAll(roles);
      return [...roles, ...bootstrapClusterRoleBindings(), ...bootstrapRoles(), ...bootstrapRoleBindings()];
    },
  };
}
