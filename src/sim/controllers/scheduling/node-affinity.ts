// Node selectors and required node affinity, as the NodeAffinity plugin matches them
// (component-helpers/scheduling/corev1/nodeaffinity): a pod fits a node when every nodeSelector
// label matches and at least one required term matches (all of its expressions).
import type { Node, NodeSelectorRequirement, NodeSelectorTerm, Pod } from '../../api/types.js';

function matchesRequirement(value: string | undefined, r: NodeSelectorRequirement): boolean {
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
    case 'Lt': {
      if (value === undefined || values.length !== 1) return false;
      const have = Number.parseInt(value, 10);
      const want = Number.parseInt(values[0]!, 10);
      if (Number.isNaN(have) || Number.isNaN(want)) return false;
      return r.operator === 'Gt' ? have > want : have < want;
    }
    default:
      return false;
  }
}

/** One term: every label expression and every field expression (only `metadata.name` exists). */
export function matchesTerm(node: Node, term: NodeSelectorTerm): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  const labels = node.metadata.labels ?? {};
  return (
    exprs.every((r) => matchesRequirement(Object.hasOwn(labels, r.key) ? labels[r.key] : undefined, r)) &&
    fields.every((r) => r.key === 'metadata.name' && matchesRequirement(node.metadata.name, r))
  );
}

/** GetRequiredNodeAffinity(pod).Match(node). */
export function matchesNodeSelectorAndAffinity(pod: Pod, node: Node): boolean {
  const labels = node.metadata.labels ?? {};
  const selector = pod.spec.nodeSelector;
  if (selector) for (const k in selector) if (labels[k] !== selector[k]) return false;
  const required = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (!required) return true;
  return required.nodeSelectorTerms.some((t) => matchesTerm(node, t));
}

/** The sum of the weights of the preferred terms a node matches (the NodeAffinity score before normalizing). */
export function preferredAffinityScore(pod: Pod, node: Node): number {
  let score = 0;
  for (const p of pod.spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []) {
    if (p.weight !== 0 && matchesTerm(node, p.preference)) score += p.weight;
  }
  return score;
}
