// RBAC validation (pkg/apis/rbac/validation/validation.go): names are path segments
// (`system:basic-user` is fine), every rule has verbs and either resources with API groups or
// non-resource URLs (cluster roles only), bindings name a Role or ClusterRole of the RBAC group and
// subjects of a known kind; a binding's roleRef never changes.
import { invalid, notSupported, required, RenderedValue, type FieldError } from '../field-errors.js';
import { RBAC_GROUP, type PolicyRule, type RoleRef, type Subject } from '../rbac-types.js';
import type { KubeObject } from '../types.js';
import { dns1123SubdomainProblems } from './names.js';
import { validateObjectMeta } from './object-meta.js';

/** path.IsValidPathSegmentName, the rule ValidateRBACName applies. */
export function rbacNameProblems(name: string): string[] {
  if (name === '.' || name === '..') return [`may not be '${name}'`];
  const out: string[] = [];
  for (const bad of ['/', '%']) if (name.includes(bad)) out.push(`may not contain '${bad}'`);
  return out;
}

/** Go's `%v` of a []string: `[a b]`. */
const goList = (values: readonly string[]) => new RenderedValue(`[]string{${values.map((v) => JSON.stringify(v)).join(', ')}}`);

/** ValidatePolicyRule. */
export function validatePolicyRule(rule: PolicyRule, namespaced: boolean, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if ((rule.verbs ?? []).length === 0) errs.push(required(`${path}.verbs`, 'verbs must contain at least one value'));
  const urls = rule.nonResourceURLs ?? [];
  if (urls.length > 0) {
    if (namespaced) errs.push(invalid(`${path}.nonResourceURLs`, goList(urls), 'namespaced rules cannot apply to non-resource URLs'));
    if ((rule.apiGroups ?? []).length > 0 || (rule.resources ?? []).length > 0 || (rule.resourceNames ?? []).length > 0) {
      errs.push(invalid(`${path}.nonResourceURLs`, goList(urls), 'rules cannot apply to both regular resources and non-resource URLs'));
    }
    return errs;
  }
  if ((rule.apiGroups ?? []).length === 0) errs.push(required(`${path}.apiGroups`, 'resource rules must supply at least one api group'));
  if ((rule.resources ?? []).length === 0) errs.push(required(`${path}.resources`, 'resource rules must supply at least one resource'));
  return errs;
}

/** ValidateRole / ValidateClusterRole: metadata, then each rule. */
export function validateRoleObject(obj: KubeObject & { rules?: PolicyRule[] }, namespaced: boolean): FieldError[] {
  const errs = validateObjectMeta(obj.metadata, namespaced, rbacNameProblems);
  (obj.rules ?? []).forEach((r, i) => errs.push(...validatePolicyRule(r, namespaced, `rules[${i}]`)));
  return errs;
}

/** ValidateRoleBindingSubject. */
function validateSubject(subject: Subject, namespaced: boolean, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!subject.name) errs.push(required(`${path}.name`, ''));
  switch (subject.kind) {
    case 'ServiceAccount':
      if (subject.name) for (const p of dns1123SubdomainProblems(subject.name)) errs.push(invalid(`${path}.name`, subject.name, p));
      if (subject.apiGroup) errs.push(notSupported(`${path}.apiGroup`, subject.apiGroup, ['']));
      if (!namespaced && !subject.namespace) errs.push(required(`${path}.namespace`, ''));
      break;
    case 'User':
    case 'Group':
      if (subject.apiGroup !== RBAC_GROUP) errs.push(notSupported(`${path}.apiGroup`, subject.apiGroup ?? '', [RBAC_GROUP]));
      break;
    default:
      errs.push(notSupported(`${path}.kind`, subject.kind ?? '', ['ServiceAccount', 'User', 'Group']));
  }
  return errs;
}

/** ValidateRoleBinding / ValidateClusterRoleBinding. */
export function validateBinding(obj: KubeObject & { roleRef?: RoleRef; subjects?: Subject[] }, namespaced: boolean): FieldError[] {
  const errs = validateObjectMeta(obj.metadata, namespaced, rbacNameProblems);
  const ref: Partial<RoleRef> = obj.roleRef ?? {};
  if ((ref.apiGroup ?? '') !== RBAC_GROUP) errs.push(notSupported('roleRef.apiGroup', ref.apiGroup ?? '', [RBAC_GROUP]));
  const kinds = namespaced ? ['Role', 'ClusterRole'] : ['ClusterRole'];
  if (!kinds.includes(ref.kind ?? '')) errs.push(notSupported('roleRef.kind', ref.kind ?? '', kinds));
  if (!ref.name) errs.push(required('roleRef.name', ''));
  else for (const p of rbacNameProblems(ref.name)) errs.push(invalid('roleRef.name', ref.name, p));
  (obj.subjects ?? []).forEach((s, i) => errs.push(...validateSubject(s, namespaced, `subjects[${i}]`)));
  return errs;
}

/** ValidateRoleBindingUpdate: the binding's own checks, then roleRef unchanged. */
export function validateBindingUpdate(next: KubeObject & { roleRef?: RoleRef }, old: KubeObject & { roleRef?: RoleRef }, namespaced: boolean): FieldError[] {
  const errs = validateBinding(next, namespaced);
  const a = next.roleRef ?? ({} as Partial<RoleRef>);
  const b = old.roleRef ?? ({} as Partial<RoleRef>);
  if (a.apiGroup !== b.apiGroup || a.kind !== b.kind || a.name !== b.name) {
    errs.push(invalid('roleRef', new RenderedValue(`rbac.RoleRef{APIGroup:${JSON.stringify(a.apiGroup ?? '')}, Kind:${JSON.stringify(a.kind ?? '')}, Name:${JSON.stringify(a.name ?? '')}}`), 'cannot change roleRef'));
  }
  return errs;
}
