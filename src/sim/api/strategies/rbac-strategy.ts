// Roles and bindings (pkg/registry/rbac/*/strategy.go and pkg/apis/rbac/v1/defaults.go): a
// binding's roleRef and its User and Group subjects default to the RBAC API group; validated on
// create and update.
import { RBAC_GROUP, type RoleBinding, type Subject } from '../rbac-types.js';
import type { KubeObject } from '../types.js';
import { rbacNameProblems, validateBinding, validateBindingUpdate, validateRoleObject } from '../validation/validate-rbac.js';
import type { Strategy } from './types.js';

/** SetDefaults_Subject and SetDefaults_RoleBinding. */
function defaultBinding(obj: KubeObject): void {
  const b = obj as RoleBinding;
  if (b.roleRef && !b.roleRef.apiGroup) b.roleRef.apiGroup = RBAC_GROUP;
  for (const s of (b.subjects ?? []) as Subject[]) {
    if (s.apiGroup) continue;
    if (s.kind === 'User' || s.kind === 'Group') s.apiGroup = RBAC_GROUP;
    else if (s.kind === 'ServiceAccount') s.apiGroup = '';
  }
}

function roleStrategy(namespaced: boolean): Strategy {
  return {
    nameProblems: rbacNameProblems,
    validate: (o) => validateRoleObject(o, namespaced),
    validateUpdate: (o) => validateRoleObject(o, namespaced),
  };
}

function bindingStrategy(namespaced: boolean): Strategy {
  return {
    nameProblems: rbacNameProblems,
    prepareForCreate: defaultBinding,
    prepareForUpdate: defaultBinding,
    validate: (o) => validateBinding(o, namespaced),
    validateUpdate: (next, old) => validateBindingUpdate(next, old, namespaced),
  };
}

export const roleStrategyNamespaced = roleStrategy(true);
export const clusterRoleStrategy = roleStrategy(false);
export const roleBindingStrategy = bindingStrategy(true);
export const clusterRoleBindingStrategy = bindingStrategy(false);
