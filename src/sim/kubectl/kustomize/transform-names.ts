// The transformers that rename: NamespaceTransformer (api/filters/namespace) sets
// metadata.namespace on namespaced kinds; PrefixSuffixTransformer (api/filters/prefixsuffix) adds
// namePrefix and nameSuffix to metadata.name, except on CRDs, APIServices and Namespaces. Each
// remembers the old id, so name references can be fixed at the end of the build.
import { isNamespaceable, isObject, kindOf, metadataOf, rememberId, type Resource } from './resource.js';

export function setNamespace(resources: readonly Resource[], namespace: string | undefined): void {
  if (!namespace) return;
  for (const r of resources) {
    if (!isNamespaceable(r.obj)) continue;
    metadataOf(r.obj)['namespace'] = namespace;
    rememberId(r);
  }
  // roleBindingHack (DefaultSubjectsOnly): a binding's subjects named `default` get the namespace.
  for (const r of resources) {
    if (kindOf(r.obj) !== 'RoleBinding' && kindOf(r.obj) !== 'ClusterRoleBinding') continue;
    const subjects = r.obj['subjects'];
    if (!Array.isArray(subjects)) continue;
    for (const s of subjects) if (isObject(s) && s['name'] === 'default') s['namespace'] = namespace;
  }
}

const NOT_PREFIXED = new Set(['CustomResourceDefinition', 'APIService', 'Namespace']);

export function addPrefixSuffix(resources: readonly Resource[], prefix: string | undefined, suffix: string | undefined): void {
  if (!prefix && !suffix) return;
  for (const r of resources) {
    if (NOT_PREFIXED.has(kindOf(r.obj))) continue;
    const meta = metadataOf(r.obj);
    meta['name'] = `${prefix ?? ''}${String(meta['name'] ?? '')}${suffix ?? ''}`;
    rememberId(r);
  }
}
