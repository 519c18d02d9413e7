// kustomize merges a strategic merge patch with kyaml's merge2, not the API server's code: in a
// list merged by key, the patch's items come first, in the patch's order, then the items only the
// target had, in their order (checked against kubectl 1.32's kustomize). The merge itself is the
// simulator's strategic merge patch; this puts the merged lists in kyaml's order.
import { listStrategy } from '../../api/patch/patch-strategies.js';
import { isObject, type Json } from './resource.js';

function reorder(result: unknown, patch: unknown, kind: string, path: readonly string[]): unknown {
  if (isObject(result) && isObject(patch)) {
    for (const [key, value] of Object.entries(patch)) {
      if (key in result) result[key] = reorder(result[key], value, kind, [...path, key]);
    }
    return result;
  }
  if (!Array.isArray(result) || !Array.isArray(patch)) return result;
  const strategy = listStrategy(kind, path);
  if (strategy.kind !== 'merge-by-key') return result;
  const id = (v: unknown) => (isObject(v) ? JSON.stringify(v[strategy.key]) : undefined);
  const first: unknown[] = [];
  const taken = new Set<number>();
  for (const p of patch) {
    const key = id(p);
    const at = result.findIndex((r, i) => !taken.has(i) && id(r) === key);
    if (at < 0) continue;
    taken.add(at);
    first.push(reorder(result[at], p, kind, path));
  }
  return [...first, ...result.filter((_, i) => !taken.has(i))];
}

/** The merged object with its keyed lists in kyaml's order. */
export function kyamlListOrder(merged: Json, patch: Json, kind: string): Json {
  return reorder(merged, patch, kind, []) as Json;
}
