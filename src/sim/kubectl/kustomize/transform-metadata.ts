// LabelTransformer and AnnotationsTransformer (api/filters/labels, api/filters/annotations): set
// key/value pairs in every map a field spec names (labels: metadata, and with includeSelectors the
// selectors too, with includeTemplates the pod templates; commonLabels: all of those).
import { COMMON_ANNOTATIONS, COMMON_LABELS, TEMPLATE_LABELS } from './default-field-specs.js';
import { visitFieldSpec, type FieldSpec } from './field-spec.js';
import type { Kustomization } from './kustomization.js';
import { isObject, type Resource } from './resource.js';

function setPairs(resources: readonly Resource[], pairs: Record<string, string> | undefined, fieldSpecs: readonly FieldSpec[]): void {
  if (!pairs || Object.keys(pairs).length === 0) return;
  for (const r of resources) {
    for (const spec of fieldSpecs) {
      visitFieldSpec(r.obj, spec, (value) => {
        const map = isObject(value) ? value : {};
        for (const [k, v] of Object.entries(pairs)) map[k] = v;
        return map;
      });
    }
  }
}

const METADATA_LABELS: FieldSpec = { path: 'metadata/labels', create: true };

/** The `labels` items, then commonLabels (the LabelTransformer configurator's order). */
export function addLabels(resources: readonly Resource[], k: Kustomization): void {
  for (const label of k.labels) {
    let specs: FieldSpec[] = [...(label.fields ?? [])];
    if (label.includeSelectors) specs = [...specs, ...COMMON_LABELS];
    else {
      if (label.includeTemplates) specs = [...specs, ...TEMPLATE_LABELS];
      specs = [...specs, METADATA_LABELS];
    }
    setPairs(resources, label.pairs, dedupe(specs));
  }
  setPairs(resources, k.commonLabels, COMMON_LABELS);
}

export function addAnnotations(resources: readonly Resource[], k: Kustomization): void {
  setPairs(resources, k.commonAnnotations, COMMON_ANNOTATIONS);
}

/** FsSlice.MergeAll: a spec for the same kind and path is not applied twice. */
function dedupe(specs: readonly FieldSpec[]): FieldSpec[] {
  const seen = new Set<string>();
  return specs.filter((s) => {
    const key = `${s.group ?? ''}|${s.version ?? ''}|${s.kind ?? ''}|${s.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
