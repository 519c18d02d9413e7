// A resource as kustomize carries it through a build (api/resource/resource.go): the object, and
// the ids it has had (kustomize's OrgId and previous ids), which name references and patches that
// name a resource by its original name still find it by.
export type Json = Record<string, unknown>;

export interface ResId {
  name: string;
  namespace: string;
}

export interface Resource {
  obj: Json;
  /** Every (name, namespace) the resource has had, the original first. */
  ids: ResId[];
  /** A generated ConfigMap or Secret that gets the content-hash suffix at the end of the build. */
  needsHash: boolean;
  /** A generator's `behavior` (create, merge or replace), for an overlay's generator of the same name. */
  behavior?: string;
}

export function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function metadataOf(obj: Json): Json {
  if (!isObject(obj['metadata'])) obj['metadata'] = {};
  return obj['metadata'] as Json;
}

export function nameOf(obj: Json): string {
  const m = obj['metadata'];
  return isObject(m) && typeof m['name'] === 'string' ? m['name'] : '';
}

export function namespaceOf(obj: Json): string {
  const m = obj['metadata'];
  return isObject(m) && typeof m['namespace'] === 'string' ? m['namespace'] : '';
}

export function kindOf(obj: Json): string {
  return typeof obj['kind'] === 'string' ? obj['kind'] : '';
}

/** The group and version of `apiVersion` (`apps/v1` -> apps, v1; `v1` -> "", v1). */
export function groupVersionOf(obj: Json): { group: string; version: string } {
  const av = typeof obj['apiVersion'] === 'string' ? obj['apiVersion'] : '';
  const slash = av.indexOf('/');
  return slash < 0 ? { group: '', version: av } : { group: av.slice(0, slash), version: av.slice(slash + 1) };
}

export function newResource(obj: Json): Resource {
  return { obj, ids: [{ name: nameOf(obj), namespace: namespaceOf(obj) }], needsHash: false };
}

/** Records the resource's current name and namespace as another id it goes by. */
export function rememberId(r: Resource): void {
  const id = { name: nameOf(r.obj), namespace: namespaceOf(r.obj) };
  if (!r.ids.some((x) => x.name === id.name && x.namespace === id.namespace)) r.ids.push(id);
}

/** Whether the resource is, or was, called `name`. */
export function wasNamed(r: Resource, name: string): boolean {
  return nameOf(r.obj) === name || r.ids.some((id) => id.name === name);
}

/** kustomize's ResId text in messages: `Deployment.v1.apps/web.[noNs]`. */
export function idString(obj: Json): string {
  const { group, version } = groupVersionOf(obj);
  const gvk = `${kindOf(obj) || '[noKind]'}.${version || '[noVer]'}.${group || '[noGrp]'}`;
  const ns = namespaceOf(obj);
  return `${gvk}/${nameOf(obj)}.${ns === '' ? '[noNs]' : ns}`;
}

// resid.NotNamespaceableKinds (kyaml/resid/gvk.go).
const CLUSTER_SCOPED = new Set([
  'APIService', 'CSIDriver', 'CSINode', 'CertificateSigningRequest', 'Cluster', 'ClusterRole', 'ClusterRoleBinding',
  'ComponentStatus', 'CustomResourceDefinition', 'MutatingWebhookConfiguration', 'Namespace', 'Node', 'PersistentVolume',
  'PodSecurityPolicy', 'PriorityClass', 'RuntimeClass', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview', 'StorageClass',
  'SubjectAccessReview', 'TokenReview', 'ValidatingWebhookConfiguration', 'VolumeAttachment',
]);

export function isNamespaceable(obj: Json): boolean {
  return !CLUSTER_SCOPED.has(kindOf(obj));
}
