// The resource types the simulator serves: what discovery advertises, what `kubectl api-resources`
// lists, and how kubectl resolves `po`, `pods`, `pod` or `Pod` to one type.

export interface ResourceType {
  kind: string;
  /** Plural, lower-case: the URL segment (`pods`). */
  resource: string;
  singular: string;
  shortNames: string[];
  /** API group; '' for the core group. */
  group: string;
  version: string;
  namespaced: boolean;
  categories: string[];
  verbs: string[];
  subresources: string[];
}

const RW = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const RO_CLUSTER = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];

function type(t: Partial<ResourceType> & Pick<ResourceType, 'kind' | 'resource'>): ResourceType {
  return {
    singular: t.kind.toLowerCase(),
    shortNames: [],
    group: '',
    version: 'v1',
    namespaced: true,
    categories: [],
    verbs: RW,
    subresources: [],
    ...t,
  };
}

/** In discovery order: core group first, then the named groups (as the real API server lists them). */
export const RESOURCE_TYPES: readonly ResourceType[] = [
  type({ kind: 'ConfigMap', resource: 'configmaps', shortNames: ['cm'] }),
  type({ kind: 'Endpoints', resource: 'endpoints', singular: 'endpoints', shortNames: ['ep'] }),
  type({ kind: 'Event', resource: 'events', shortNames: ['ev'] }),
  type({ kind: 'Namespace', resource: 'namespaces', shortNames: ['ns'], namespaced: false, verbs: RO_CLUSTER, subresources: ['finalize', 'status'] }),
  type({ kind: 'Node', resource: 'nodes', shortNames: ['no'], namespaced: false, subresources: ['proxy', 'status'] }),
  type({ kind: 'PersistentVolumeClaim', resource: 'persistentvolumeclaims', shortNames: ['pvc'], subresources: ['status'] }),
  type({ kind: 'PersistentVolume', resource: 'persistentvolumes', shortNames: ['pv'], namespaced: false, subresources: ['status'] }),
  type({
    kind: 'Pod',
    resource: 'pods',
    shortNames: ['po'],
    categories: ['all'],
    subresources: ['attach', 'binding', 'ephemeralcontainers', 'eviction', 'exec', 'log', 'portforward', 'proxy', 'resize', 'status'],
  }),
  type({ kind: 'LimitRange', resource: 'limitranges', shortNames: ['limits'] }),
  type({ kind: 'ResourceQuota', resource: 'resourcequotas', shortNames: ['quota'], subresources: ['status'] }),
  type({ kind: 'Secret', resource: 'secrets' }),
  type({ kind: 'ServiceAccount', resource: 'serviceaccounts', shortNames: ['sa'], subresources: ['token'] }),
  type({
    kind: 'Service',
    resource: 'services',
    shortNames: ['svc'],
    categories: ['all'],
    verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
    subresources: ['proxy', 'status'],
  }),
  type({ kind: 'APIService', resource: 'apiservices', group: 'apiregistration.k8s.io', namespaced: false, categories: ['api-extensions'], subresources: ['status'] }),
  type({ kind: 'ControllerRevision', resource: 'controllerrevisions', group: 'apps' }),
  type({ kind: 'DaemonSet', resource: 'daemonsets', shortNames: ['ds'], group: 'apps', categories: ['all'], subresources: ['status'] }),
  type({ kind: 'Deployment', resource: 'deployments', shortNames: ['deploy'], group: 'apps', categories: ['all'], subresources: ['scale', 'status'] }),
  type({ kind: 'ReplicaSet', resource: 'replicasets', shortNames: ['rs'], group: 'apps', categories: ['all'], subresources: ['scale', 'status'] }),
  type({ kind: 'StatefulSet', resource: 'statefulsets', shortNames: ['sts'], group: 'apps', categories: ['all'], subresources: ['scale', 'status'] }),
  type({ kind: 'HorizontalPodAutoscaler', resource: 'horizontalpodautoscalers', shortNames: ['hpa'], group: 'autoscaling', version: 'v2', categories: ['all'], subresources: ['status'] }),
  type({ kind: 'SelfSubjectReview', resource: 'selfsubjectreviews', group: 'authentication.k8s.io', namespaced: false, verbs: ['create'] }),
  type({ kind: 'TokenReview', resource: 'tokenreviews', group: 'authentication.k8s.io', namespaced: false, verbs: ['create'] }),
  type({ kind: 'LocalSubjectAccessReview', resource: 'localsubjectaccessreviews', group: 'authorization.k8s.io', verbs: ['create'] }),
  type({ kind: 'SelfSubjectAccessReview', resource: 'selfsubjectaccessreviews', group: 'authorization.k8s.io', namespaced: false, verbs: ['create'] }),
  type({ kind: 'SelfSubjectRulesReview', resource: 'selfsubjectrulesreviews', group: 'authorization.k8s.io', namespaced: false, verbs: ['create'] }),
  type({ kind: 'SubjectAccessReview', resource: 'subjectaccessreviews', group: 'authorization.k8s.io', namespaced: false, verbs: ['create'] }),
  type({ kind: 'CronJob', resource: 'cronjobs', shortNames: ['cj'], group: 'batch', categories: ['all'], subresources: ['status'] }),
  type({ kind: 'Job', resource: 'jobs', group: 'batch', categories: ['all'], subresources: ['status'] }),
  type({ kind: 'ClusterRoleBinding', resource: 'clusterrolebindings', group: 'rbac.authorization.k8s.io', namespaced: false, verbs: RW }),
  type({ kind: 'ClusterRole', resource: 'clusterroles', group: 'rbac.authorization.k8s.io', namespaced: false }),
  type({ kind: 'RoleBinding', resource: 'rolebindings', group: 'rbac.authorization.k8s.io' }),
  type({ kind: 'Role', resource: 'roles', group: 'rbac.authorization.k8s.io' }),
  type({ kind: 'StorageClass', resource: 'storageclasses', shortNames: ['sc'], group: 'storage.k8s.io', namespaced: false }),
  type({ kind: 'PriorityClass', resource: 'priorityclasses', shortNames: ['pc'], group: 'scheduling.k8s.io', namespaced: false }),
  type({ kind: 'RuntimeClass', resource: 'runtimeclasses', group: 'node.k8s.io', namespaced: false }),
  type({ kind: 'EndpointSlice', resource: 'endpointslices', group: 'discovery.k8s.io' }),
];

/**
 * Further versions the API server serves of a stored type (after its storage version in
 * discovery): objects are stored in the storage version and converted (api/conversion.ts).
 */
export const OTHER_SERVED_VERSIONS: readonly ResourceType[] = [
  type({ kind: 'HorizontalPodAutoscaler', resource: 'horizontalpodautoscalers', shortNames: ['hpa'], group: 'autoscaling', version: 'v1', categories: ['all'], subresources: ['status'] }),
];

/** Every served group version of every type: storage versions first. */
export const ALL_SERVED_TYPES: readonly ResourceType[] = [...RESOURCE_TYPES, ...OTHER_SERVED_VERSIONS];

/** The stored version of a served type (itself for most). */
export function storageTypeOf(t: ResourceType): ResourceType {
  if (!OTHER_SERVED_VERSIONS.includes(t)) return t;
  return RESOURCE_TYPES.find((s) => s.kind === t.kind && s.group === t.group)!;
}

export function apiVersionOf(t: ResourceType): string {
  return t.group ? `${t.group}/${t.version}` : t.version;
}

/** `pods` for core, `deployments.apps` for a group: the form errors and names use. */
export function qualifiedResource(t: ResourceType): string {
  return t.group ? `${t.resource}.${t.group}` : t.resource;
}

export function typeForKind(kind: string, apiVersion?: string): ResourceType | undefined {
  if (apiVersion === undefined) return RESOURCE_TYPES.find((t) => t.kind === kind);
  return ALL_SERVED_TYPES.find((t) => t.kind === kind && apiVersionOf(t) === apiVersion);
}

export function typeForResource(resource: string, group?: string): ResourceType | undefined {
  return RESOURCE_TYPES.find((t) => t.resource === resource && (group === undefined || t.group === group));
}

/**
 * Resolves what a user typed (`po`, `pods`, `pod`, `Pod`, `deployments.apps`, `deploy.apps`) the way
 * kubectl's RESTMapper does: plural, singular, short name or kind, case-insensitively, with an
 * optional `.group` suffix.
 */
export function resolveResourceType(arg: string): ResourceType | undefined {
  const lower = arg.toLowerCase();
  const candidates = (name: string, group: string | undefined) =>
    RESOURCE_TYPES.find(
      (t) =>
        (group === undefined || t.group === group) &&
        (t.resource === name || t.singular === name || t.shortNames.includes(name) || t.kind.toLowerCase() === name),
    );
  const direct = candidates(lower, undefined);
  if (direct) return direct;
  const dot = lower.indexOf('.');
  if (dot > 0) {
    const name = lower.slice(0, dot);
    const rest = lower.slice(dot + 1);
    // `deployments.apps` or `deployments.v1.apps`
    const group = rest.includes('.') && /^v\d/.test(rest) ? rest.slice(rest.indexOf('.') + 1) : rest;
    return candidates(name, group);
  }
  return undefined;
}
