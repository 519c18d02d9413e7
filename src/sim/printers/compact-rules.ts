// kubectl's rule tidying for `auth can-i --list` (staging/src/k8s.io/component-helpers/auth/rbac/
// ... and kubectl/pkg/util/rbac/rbac.go): BreakdownRule splits rules into one verb on one
// resource (or URL), CompactRules merges the verbs of simple resource rules back together, and
// SortableRuleSlice orders them by PolicyRule.String(), verbs first.
import type { PolicyRule } from '../api/rbac-types.js';

/** BreakdownRule. */
export function breakdownRule(rule: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const group of rule.apiGroups ?? []) {
    for (const resource of rule.resources ?? []) {
      for (const verb of rule.verbs ?? []) {
        if ((rule.resourceNames ?? []).length > 0) {
          for (const name of rule.resourceNames!) out.push({ verbs: [verb], apiGroups: [group], resources: [resource], resourceNames: [name] });
        } else {
          out.push({ verbs: [verb], apiGroups: [group], resources: [resource] });
        }
      }
    }
  }
  for (const url of rule.nonResourceURLs ?? []) for (const verb of rule.verbs ?? []) out.push({ verbs: [verb], nonResourceURLs: [url] });
  return out;
}

/** isSimpleResourceRule: one group, one resource, at most one name, no URLs; its key. */
function simpleKey(rule: PolicyRule): string | undefined {
  if ((rule.resourceNames ?? []).length > 1 || (rule.nonResourceURLs ?? []).length > 0) return undefined;
  if ((rule.apiGroups ?? []).length !== 1 || (rule.resources ?? []).length !== 1) return undefined;
  return JSON.stringify([rule.apiGroups![0], rule.resources![0], (rule.resourceNames ?? []).length > 0, rule.resourceNames?.[0] ?? '']);
}

/** CompactRules: simple rules on the same resource become one, their verbs in order of appearance. */
export function compactRules(rules: readonly PolicyRule[]): PolicyRule[] {
  const compacted: PolicyRule[] = [];
  const simple = new Map<string, PolicyRule>();
  for (const rule of rules) {
    const key = simpleKey(rule);
    if (key === undefined) {
      compacted.push(rule);
      continue;
    }
    const existing = simple.get(key);
    if (!existing) simple.set(key, { ...rule, verbs: [...(rule.verbs ?? [])] });
    else for (const v of rule.verbs ?? []) if (!existing.verbs.includes(v)) existing.verbs.push(v);
  }
  // Go ranges over a map here; the stable sort that follows leaves only equal rules in map order.
  return [...compacted, ...simple.values()];
}

/** Go's `%v` of a []string. */
export const goSlice = (values: readonly string[] | undefined): string => `[${(values ?? []).join(' ')}]`;

/** PolicyRule.String() (generated.pb.go), the sort key. */
function ruleString(r: PolicyRule): string {
  return `&PolicyRule{Verbs:${goSlice(r.verbs)},APIGroups:${goSlice(r.apiGroups)},Resources:${goSlice(r.resources)},ResourceNames:${goSlice(r.resourceNames)},NonResourceURLs:${goSlice(r.nonResourceURLs)},}`;
}

/** sort.Stable(SortableRuleSlice). */
export function sortRules(rules: PolicyRule[]): PolicyRule[] {
  const keyed = rules.map((r, i) => ({ r, k: ruleString(r), i }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i));
  return keyed.map((x) => x.r);
}

/** CombineResourceGroup: `deployments.apps/scale`, or `pods` for the core group. */
export function combineResourceGroup(resources: readonly string[] | undefined, groups: readonly string[] | undefined): string {
  const first = resources?.[0];
  if (first === undefined) return '';
  const slash = first.indexOf('/');
  let combined = slash < 0 ? first : first.slice(0, slash);
  if (groups && groups.length > 0 && groups[0] !== '') combined += `.${groups[0]}`;
  if (slash >= 0) combined += `/${first.slice(slash + 1)}`;
  return combined;
}
