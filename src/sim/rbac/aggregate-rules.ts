// ClusterRole aggregation's rule (pkg/controller/clusterroleaggregation): an aggregated role's
// rules are those of every other ClusterRole its selectors match, in name order, each rule once.
import type { ClusterRole, PolicyRule } from '../api/rbac-types.js';
import { fromLabelSelector, labelsMatch } from '../api/selectors.js';
import { jsonEqual } from '../store/json-data.js';

/** The rules an aggregated role should have, given all cluster roles. */
export function aggregatedRules(role: ClusterRole, all: readonly ClusterRole[]): PolicyRule[] {
  const rules: PolicyRule[] = [];
  for (const selector of role.aggregationRule?.clusterRoleSelectors ?? []) {
    const parsed = fromLabelSelector(selector);
    const matching = all.filter((c) => labelsMatch(c.metadata.labels, parsed)).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
    for (const c of matching) {
      if (c.metadata.name === role.metadata.name) continue;
      for (const rule of c.rules ?? []) if (!rules.some((r) => jsonEqual(r, rule))) rules.push(rule);
    }
  }
  return rules;
}

/** Aggregates in place until nothing changes (edit feeds admin, view feeds edit). */
export function aggregateAll(roles: ClusterRole[]): void {
  for (let round = 0; round < 10; round++) {
    let changed = false;
    for (const role of roles) {
      if (!role.aggregationRule) continue;
      const rules = aggregatedRules(role, roles);
      if (!jsonEqual(rules, role.rules ?? [])) {
        role.rules = rules;
        changed = true;
      }
    }
    if (!changed) return;
  }
}

