// The selector of an apps/v1 workload cannot change once created: pkg/registry/apps/deployment,
// replicaset and daemonset strategy.go ValidateUpdate call
// apivalidation.ValidateImmutableField(new.Spec.Selector, old.Spec.Selector, "spec.selector") for
// every group version but the removed betas. Equality is apimachinery's Semantic.DeepEqual, to
// which an empty map or list is the same as none.
import { invalid, RenderedValue, type FieldError } from '../field-errors.js';
import type { LabelSelector } from '../types.js';

/**
 * A selector as Go's `%#v` prints the metav1.LabelSelector value (field.Invalid's value, the
 * pointer dereferenced: the value type has no String method).
 */
export function goLabelSelector(s: LabelSelector | undefined): RenderedValue {
  const labels = s?.matchLabels ?? {};
  const map = Object.keys(labels).sort().map((k) => `"${k}":"${labels[k]}"`).join(', ');
  const requirements = s?.matchExpressions;
  const strings = (values: string[] | undefined) => (values === undefined ? '[]string(nil)' : `[]string{${values.map((v) => `"${v}"`).join(', ')}}`);
  const expressions =
    requirements === undefined
      ? '[]v1.LabelSelectorRequirement(nil)'
      : `[]v1.LabelSelectorRequirement{${requirements.map((r) => `v1.LabelSelectorRequirement{Key:"${r.key}", Operator:"${r.operator}", Values:${strings(r.values)}}`).join(', ')}}`;
  return new RenderedValue(`v1.LabelSelector{MatchLabels:${s?.matchLabels === undefined ? 'map[string]string(nil)' : `map[string]string{${map}}`}, MatchExpressions:${expressions}}`);
}

/** The selector without empty parts, as Semantic.DeepEqual compares it. */
function semantic(s: LabelSelector | undefined): string {
  const labels = s?.matchLabels ?? {};
  const sorted = Object.fromEntries(Object.keys(labels).sort().map((k) => [k, labels[k]]));
  const expressions = (s?.matchExpressions ?? []).map((r) => ({ key: r.key, operator: r.operator, values: r.values ?? [] }));
  return JSON.stringify([sorted, expressions]);
}

/** `spec.selector: Invalid value: ...: field is immutable` when the update changes the selector. */
export function immutableSelector(next: LabelSelector | undefined, old: LabelSelector | undefined): FieldError[] {
  return semantic(next) === semantic(old) ? [] : [invalid('spec.selector', goLabelSelector(next), 'field is immutable')];
}
