// Discovery documents built from the simulator's served types (RESOURCE_TYPES): aggregated
// discovery (`/api`, `/apis` as APIGroupDiscoveryList, what kubectl 1.32 asks for first) and the
// legacy documents (APIVersions, APIGroupList, APIGroup, APIResourceList). The built-in groups do
// not depend on time or on the run (kubectl caches discovery on disk for six hours); an aggregated
// group (metrics.k8s.io) is listed, last, while its APIService is Available.
import { createHash } from 'node:crypto';
import { type Cluster, METRICS_GROUP, METRICS_VERSION, NODE_METRICS, openApiGroupVersions, POD_METRICS, type ResourceType, storageTypeOf } from '../sim/index.js';

interface Gvk {
  group: string;
  version: string;
  kind: string;
}

interface SubresourceInfo {
  /** The kind the subresource answers with; the parent's kind when absent. */
  responseKind?: Gvk;
  verbs: string[];
}

const core = (kind: string): Gvk => ({ group: '', version: 'v1', kind });

/** Subresources as the real API server describes them (verbs and response kinds). */
const SUBRESOURCES: Record<string, SubresourceInfo> = {
  attach: { responseKind: core('PodAttachOptions'), verbs: ['create', 'get'] },
  binding: { responseKind: core('Binding'), verbs: ['create'] },
  ephemeralcontainers: { verbs: ['get', 'patch', 'update'] },
  eviction: { responseKind: { group: 'policy', version: 'v1', kind: 'Eviction' }, verbs: ['create'] },
  exec: { responseKind: core('PodExecOptions'), verbs: ['create', 'get'] },
  finalize: { verbs: ['update'] },
  log: { verbs: ['get'] },
  portforward: { responseKind: core('PodPortForwardOptions'), verbs: ['create', 'get'] },
  proxy: { responseKind: core('PodProxyOptions'), verbs: ['create', 'delete', 'get', 'patch', 'update'] },
  resize: { verbs: ['get', 'patch', 'update'] },
  scale: { responseKind: { group: 'autoscaling', version: 'v1', kind: 'Scale' }, verbs: ['get', 'patch', 'update'] },
  status: { verbs: ['get', 'patch', 'update'] },
  token: { responseKind: { group: 'authentication.k8s.io', version: 'v1', kind: 'TokenRequest' }, verbs: ['create'] },
};

/** Proxy subresources answer with an options kind named after the parent. */
function subresourceKind(type: ResourceType, sub: string): Gvk {
  if (sub === 'proxy') return core(`${type.kind}ProxyOptions`);
  return SUBRESOURCES[sub]?.responseKind ?? { group: type.group, version: type.version, kind: type.kind };
}

function subresourceVerbs(sub: string): string[] {
  return SUBRESOURCES[sub]?.verbs ?? ['get'];
}

export interface GroupVersionTypes {
  group: string;
  version: string;
  types: ResourceType[];
  /** Served by an extension API server through the aggregator: its resources have no storage. */
  aggregated?: boolean;
}

/** The group versions we serve, core first, in discovery order. */
export function servedGroupVersions(): GroupVersionTypes[] {
  return openApiGroupVersions();
}

/** What discovery lists now: the built-in group versions, then metrics.k8s.io while it is available. */
export function discoveredGroupVersions(cluster: Cluster): GroupVersionTypes[] {
  const builtIn = servedGroupVersions();
  if (!cluster.metrics.available()) return builtIn;
  return [...builtIn, { group: METRICS_GROUP, version: METRICS_VERSION, types: [NODE_METRICS, POD_METRICS], aggregated: true }];
}

/** Group versions gathered by group, in order of first appearance (the preferred version first). */
function byGroup(served: GroupVersionTypes[]): Array<[string, GroupVersionTypes[]]> {
  const out: Array<[string, GroupVersionTypes[]]> = [];
  for (const gv of served) {
    const found = out.find(([g]) => g === gv.group);
    if (found) found[1].push(gv);
    else out.push([gv.group, [gv]]);
  }
  return out;
}

function groupVersionString(group: string, version: string): string {
  return group ? `${group}/${version}` : version;
}

function aggregatedResource(t: ResourceType): Record<string, unknown> {
  return {
    resource: t.resource,
    responseKind: { group: t.group, version: t.version, kind: t.kind },
    scope: t.namespaced ? 'Namespaced' : 'Cluster',
    singularResource: t.singular,
    verbs: t.verbs,
    ...(t.shortNames.length > 0 ? { shortNames: t.shortNames } : {}),
    ...(t.categories.length > 0 ? { categories: t.categories } : {}),
    ...(t.subresources.length > 0
      ? { subresources: t.subresources.map((sub) => ({ subresource: sub, responseKind: subresourceKind(t, sub), verbs: subresourceVerbs(sub) })) }
      : {}),
  };
}

/** `GET /api` or `GET /apis` with the aggregated discovery Accept: an APIGroupDiscoveryList. */
export function aggregatedDiscovery(scope: 'api' | 'apis', version: 'v2' | 'v2beta1', served = servedGroupVersions()): Record<string, unknown> {
  const groups = byGroup(served.filter((gv) => (scope === 'api' ? gv.group === '' : gv.group !== '')));
  return {
    kind: 'APIGroupDiscoveryList',
    apiVersion: `apidiscovery.k8s.io/${version}`,
    metadata: {},
    items: groups.map(([group, versions]) => ({
      metadata: group ? { name: group, creationTimestamp: null } : { creationTimestamp: null },
      versions: versions.map((gv) => ({ version: gv.version, resources: gv.types.map(aggregatedResource), freshness: 'Current' })),
    })),
  };
}

/** `GET /api` (legacy): the core group's versions. */
export function apiVersions(serverAddress: string): Record<string, unknown> {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }] };
}

function apiGroup(group: string, versions: string[]): Record<string, unknown> {
  const list = versions.map((v) => ({ groupVersion: groupVersionString(group, v), version: v }));
  return { name: group, versions: list, preferredVersion: list[0] };
}

/** `GET /apis` (legacy): the named groups. */
export function apiGroupList(served = servedGroupVersions()): Record<string, unknown> {
  const groups = byGroup(served.filter((gv) => gv.group !== ''));
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: groups.map(([group, versions]) => apiGroup(group, versions.map((v) => v.version))) };
}

/** `GET /apis/{group}`, or undefined when the group is not served. */
export function apiGroupDocument(group: string, served = servedGroupVersions()): Record<string, unknown> | undefined {
  const versions = served.filter((gv) => gv.group === group && group !== '');
  if (versions.length === 0) return undefined;
  return { kind: 'APIGroup', apiVersion: 'v1', ...apiGroup(group, versions.map((v) => v.version)) };
}

/** A stable hash of a type's storage identity, as discovery's storageVersionHash (8 bytes, base64). */
function storageVersionHash(t: ResourceType): string {
  return createHash('sha256').update(`${t.group}/${t.version}/${t.kind}`).digest().subarray(0, 8).toString('base64');
}

/** `GET /api/v1` or `/apis/{group}/{version}`: an APIResourceList, or undefined when not served. */
export function apiResourceList(group: string, version: string, served = servedGroupVersions()): Record<string, unknown> | undefined {
  const gv = served.find((g) => g.group === group && g.version === version);
  if (!gv) return undefined;
  const resources: Array<Record<string, unknown>> = [];
  for (const t of gv.types) {
    resources.push({
      name: t.resource,
      singularName: t.singular,
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: t.verbs,
      ...(t.shortNames.length > 0 ? { shortNames: t.shortNames } : {}),
      ...(t.categories.length > 0 ? { categories: t.categories } : {}),
      ...(gv.aggregated ? {} : { storageVersionHash: storageVersionHash(storageTypeOf(t)) }),
    });
    for (const sub of t.subresources) {
      const kind = subresourceKind(t, sub);
      resources.push({
        name: `${t.resource}/${sub}`,
        singularName: '',
        namespaced: t.namespaced,
        ...(kind.group !== t.group || kind.version !== t.version ? { group: kind.group, version: kind.version } : {}),
        kind: kind.kind,
        verbs: subresourceVerbs(sub),
      });
    }
  }
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: groupVersionString(group, version), resources };
}
