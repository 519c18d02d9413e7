// rbacv1helpers.PolicyRuleBuilder (pkg/apis/rbac/v1/helpers.go): NewRule(verbs...).Groups(...)
// .Resources(...).Names(...) or .URLs(...); RuleOrDie sorts every list, which is why bootstrap
// roles print their verbs and resources in alphabetical order.
import type { PolicyRule } from '../api/rbac-types.js';

const sorted = (values: readonly string[]) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export const READ = ['get', 'list', 'watch'];
export const WRITE = ['create', 'update', 'patch', 'delete', 'deletecollection'];
export const READ_WRITE = [...READ, ...WRITE];
export const READ_UPDATE = ['get', 'list', 'watch', 'update', 'patch'];

/** A resource rule: verbs on resources of API groups (optionally only the named objects). */
export function resourceRule(verbs: readonly string[], groups: readonly string[], resources: readonly string[], names: readonly string[] = []): PolicyRule {
  return { verbs: sorted(verbs), apiGroups: sorted(groups), resources: sorted(resources), ...(names.length > 0 ? { resourceNames: sorted(names) } : {}) };
}

/** A non-resource rule: verbs on URL paths. */
export function urlRule(verbs: readonly string[], urls: readonly string[]): PolicyRule {
  return { verbs: sorted(verbs), nonResourceURLs: sorted(urls) };
}
