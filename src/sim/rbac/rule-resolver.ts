// The RBAC rule resolver (pkg/registry/rbac/validation/rule.go DefaultRuleResolver): the rules
// of every ClusterRoleBinding, then every RoleBinding in the request's namespace, whose subjects
// include the user; a binding whose role is missing yields an error instead of rules.
import type { ClusterRole, ClusterRoleBinding, PolicyRule, Role, RoleBinding, RoleRef, Subject } from '../api/rbac-types.js';
import { splitServiceAccountUsername, type UserInfo } from './user-info.js';

/** The RBAC objects as the authorizer's listers see them. */
export interface RbacObjects {
  clusterRoleBindings(): readonly ClusterRoleBinding[];
  roleBindings(namespace: string): readonly RoleBinding[];
  role(namespace: string, name: string): Role | undefined;
  clusterRole(name: string): ClusterRole | undefined;
}

/** A visitor gets each rule (or an error) with the binding it came from; returns false to stop. */
export type RuleVisitor = (source: string, rule: PolicyRule | undefined, error: string | undefined) => boolean;

/** appliesToUser. */
export function subjectAppliesTo(user: UserInfo, subject: Subject, namespace: string): boolean {
  switch (subject.kind) {
    case 'User':
      return user.name === subject.name;
    case 'Group':
      return user.groups.includes(subject.name);
    case 'ServiceAccount': {
      const ns = subject.namespace || namespace;
      if (!ns) return false;
      const sa = splitServiceAccountUsername(user.name);
      return sa !== undefined && sa.namespace === ns && sa.name === subject.name;
    }
    default:
      return false;
  }
}

/** GetRoleReferenceRules: the lister's NotFound names the singular resource (`role.rbac.authorization.k8s.io "x" not found`). */
export function roleReferenceRules(objects: RbacObjects, ref: RoleRef, namespace: string): { rules: readonly PolicyRule[] } | { error: string } {
  switch (ref.kind) {
    case 'Role': {
      const role = objects.role(namespace, ref.name);
      return role ? { rules: role.rules ?? [] } : { error: `role.rbac.authorization.k8s.io "${ref.name}" not found` };
    }
    case 'ClusterRole': {
      const role = objects.clusterRole(ref.name);
      return role ? { rules: role.rules ?? [] } : { error: `clusterrole.rbac.authorization.k8s.io "${ref.name}" not found` };
    }
    default:
      return { error: `unsupported role reference kind: "${ref.kind}"` };
  }
}

/** clusterRoleBindingDescriber / roleBindingDescriber: `RoleBinding "b/ns" of Role "r" to ServiceAccount "ns/sa"`. */
function describeSource(kind: string, binding: ClusterRoleBinding | RoleBinding, subject: Subject, namespace: string): string {
  const name = namespace ? `${binding.metadata.name}/${namespace}` : binding.metadata.name;
  const who = subject.kind === 'ServiceAccount' ? `${subject.namespace || namespace}/${subject.name}` : subject.name;
  return `${kind} "${name}" of ${binding.roleRef.kind} "${binding.roleRef.name}" to ${subject.kind} "${who}"`;
}

/** VisitRulesFor. */
export function visitRulesFor(objects: RbacObjects, user: UserInfo, namespace: string, visit: RuleVisitor): void {
  const walk = (kind: string, binding: ClusterRoleBinding | RoleBinding, bindingNamespace: string): boolean => {
    const subject = (binding.subjects ?? []).find((s) => subjectAppliesTo(user, s, bindingNamespace));
    if (!subject) return true;
    const found = roleReferenceRules(objects, binding.roleRef, bindingNamespace);
    if ('error' in found) return visit('', undefined, found.error);
    const source = describeSource(kind, binding, subject, bindingNamespace);
    for (const rule of found.rules) if (!visit(source, rule, undefined)) return false;
    return true;
  };
  for (const b of objects.clusterRoleBindings()) if (!walk('ClusterRoleBinding', b, '')) return;
  if (!namespace) return;
  for (const b of objects.roleBindings(namespace)) if (!walk('RoleBinding', b, namespace)) return;
}

/** RulesFor: every rule that applies, and the errors met on the way. */
export function rulesFor(objects: RbacObjects, user: UserInfo, namespace: string): { rules: PolicyRule[]; errors: string[] } {
  const rules: PolicyRule[] = [];
  const errors: string[] = [];
  visitRulesFor(objects, user, namespace, (_s, rule, error) => {
    if (rule) rules.push(rule);
    if (error) errors.push(error);
    return true;
  });
  return { rules, errors };
}
