// The transformers that rename: NamespaceTransformer (api/filters/namespace) sets
// metadata.namespace on namespaced kinds; PrefixSuffixTransformer (api/filters/prefixsuffix) adds
// namePrefix and nameSuffix to metadata.name, except on CRDs, APIServices and Namespaces. Each
// remembers the old id, so name references can be fixed at the end of the build.
import { isNamespaceable, kindOf, metadataOf, rememberId, type Resource } from './resource.js';

export function setNamespace(resources: readonly Resource[], namespace: string | undefined): void {
  if (!namespace) return;
  for (const r of resources) {
    if (!isNamespaceable(r.obj)) continue;
    metadataOf(r.obj)['namespace'] = namespace;
    rememberId(r);
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
