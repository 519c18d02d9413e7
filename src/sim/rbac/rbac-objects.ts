// The RBAC objects as the authorizer reads them: straight from the API's stored objects (the
// first read stores the bootstrap policy).
import type { ApiServer } from '../api/api-server.js';
import type { ClusterRole, ClusterRoleBinding, Role, RoleBinding } from '../api/rbac-types.js';
import { typeForKind, type ResourceType } from '../api/resources.js';
import type { RbacObjects } from './rule-resolver.js';

const T = (kind: string): ResourceType => typeForKind(kind, 'rbac.authorization.k8s.io/v1')!;
export const ROLES = T('Role');
export const CLUSTER_ROLES = T('ClusterRole');
export const ROLE_BINDINGS = T('RoleBinding');
export const CLUSTER_ROLE_BINDINGS = T('ClusterRoleBinding');

export function rbacObjectsOf(api: ApiServer): RbacObjects {
  return {
    clusterRoleBindings: () => api.viewList<ClusterRoleBinding>(CLUSTER_ROLE_BINDINGS, undefined),
    roleBindings: (ns) => api.viewList<RoleBinding>(ROLE_BINDINGS, ns),
    role: (ns, name) => api.view<Role>(ROLES, ns, name),
    clusterRole: (name) => api.view<ClusterRole>(CLUSTER_ROLES, undefined, name),
  };
}
