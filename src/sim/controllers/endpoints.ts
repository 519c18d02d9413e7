// The endpoints and endpointslice controllers: for every Service with a selector, the ready
// (and not-ready) addresses of the pods it selects, as an Endpoints object and an EndpointSlice.
import { fromLabelSelector, labelsMatch } from '../api/selectors.js';
import { typeForKind } from '../api/resources.js';
import { PODS } from '../api/pods-type.js';
import { rfc3339 } from '../api/time.js';
import type { EndpointAddress, Endpoints, EndpointSlice, Pod, Service, ServicePort } from '../api/types.js';
import { ipToInt } from '../core/config/config.js';
import type { ClusterParts } from './cluster-parts.js';
import { createWorkQueue } from './work-queue.js';

const SERVICES = typeForKind('Service', 'v1')!;
const ENDPOINTS = typeForKind('Endpoints', 'v1')!;
const SLICES = typeForKind('EndpointSlice', 'discovery.k8s.io/v1')!;

function podReady(pod: Pod): boolean {
  return pod.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
}

/** A Service port's target on a pod: a number, or a named container port. */
function targetPort(pod: Pod, port: ServicePort): number | undefined {
  const t = port.targetPort ?? port.port;
  if (typeof t === 'number') return t;
  for (const c of pod.spec.containers) {
    const p = c.ports?.find((x) => x.name === t);
    if (p) return p.containerPort;
  }
  return undefined;
}

function byIP(a: { ip: string }, b: { ip: string }): number {
  return (ipToInt(a.ip) ?? 0) - (ipToInt(b.ip) ?? 0);
}

/** The pods a Service selects that have an IP and are not finished. */
export function selectedPods(parts: ClusterParts, svc: Service): Pod[] {
  const selector = svc.spec.selector;
  if (!selector || Object.keys(selector).length === 0) return [];
  const sel = fromLabelSelector({ matchLabels: selector });
  return parts.api
    .viewList<Pod>(PODS, svc.metadata.namespace)
    .filter((p) => labelsMatch(p.metadata.labels, sel) && p.status.podIP && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed');
}

function reconcile(parts: ClusterParts, ns: string, name: string): void {
  const { api, loop } = parts;
  const svc = api.view<Service>(SERVICES, ns, name);
  if (!svc || !svc.spec.selector || Object.keys(svc.spec.selector).length === 0) return;
  const pods = selectedPods(parts, svc);
  const now = rfc3339(loop.now());
  const ports = svc.spec.ports ?? [];
  const addr = (p: Pod): EndpointAddress & { ip: string } => ({
    ip: p.status.podIP!,
    nodeName: p.spec.nodeName ?? '',
    targetRef: { kind: 'Pod', name: p.metadata.name, namespace: ns, uid: p.metadata.uid ?? '' },
  });
  const ready = pods.filter((p) => podReady(p) && !p.metadata.deletionTimestamp).map(addr).sort(byIP);
  const notReady = pods.filter((p) => !podReady(p) || p.metadata.deletionTimestamp).map(addr).sort(byIP);
  const epPorts = pods.length > 0 ? ports.map((p) => ({ ...(p.name ? { name: p.name } : {}), port: targetPort(pods[0]!, p) ?? Number(p.targetPort), protocol: p.protocol })) : [];
  const existing = api.find<Endpoints>(ENDPOINTS, ns, name);
  const subsets = ready.length + notReady.length > 0 ? [{ ...(ready.length ? { addresses: ready } : {}), ...(notReady.length ? { notReadyAddresses: notReady } : {}), ports: epPorts }] : undefined;
  const labels = { ...(svc.metadata.labels ?? {}) };
  const endpoints: Endpoints = {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: {
      ...(existing?.metadata ?? { name, namespace: ns }),
      annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': now },
      ...(Object.keys(labels).length > 0 ? { labels } : {}),
    },
    ...(subsets ? { subsets } : {}),
  };
  if (!existing || JSON.stringify(existing.subsets) !== JSON.stringify(endpoints.subsets) || JSON.stringify(existing.metadata.labels) !== JSON.stringify(endpoints.metadata.labels)) {
    api.put(ENDPOINTS, endpoints);
  }
  const slices = api.list<EndpointSlice>(SLICES, ns, { labelSelector: `kubernetes.io/service-name=${name}` }).items;
  const slice = slices[0];
  const sliceEndpoints = pods
    .map((p) => ({
      addresses: [p.status.podIP!],
      conditions: { ready: podReady(p) && !p.metadata.deletionTimestamp, serving: podReady(p), terminating: Boolean(p.metadata.deletionTimestamp) },
      nodeName: p.spec.nodeName ?? '',
      targetRef: { kind: 'Pod', name: p.metadata.name, namespace: ns, uid: p.metadata.uid ?? '' },
    }))
    .sort((a, b) => byIP({ ip: a.addresses[0]! }, { ip: b.addresses[0]! }));
  const slicePorts = pods.length > 0 ? ports.map((p) => ({ name: p.name ?? '', port: targetPort(pods[0]!, p) ?? Number(p.targetPort), protocol: p.protocol })) : null;
  const next: EndpointSlice = {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: slice?.metadata ?? {
      name: `${name}-${parts.random.stream('names').nameSuffix(5)}`,
      generateName: `${name}-`,
      namespace: ns,
      ownerReferences: [{ apiVersion: 'v1', blockOwnerDeletion: true, controller: true, kind: 'Service', name, uid: svc.metadata.uid ?? '' }],
    },
    addressType: 'IPv4',
    endpoints: sliceEndpoints,
    ports: slicePorts,
  };
  next.metadata = {
    ...next.metadata,
    annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': now },
    labels: { ...labels, 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io', 'kubernetes.io/service-name': name },
    generation: (slice?.metadata.generation ?? 0) + (slice ? 0 : 1),
  };
  if (!slice || JSON.stringify(slice.endpoints) !== JSON.stringify(next.endpoints) || JSON.stringify(slice.ports) !== JSON.stringify(next.ports)) {
    if (slice) next.metadata.generation = (slice.metadata.generation ?? 1) + 1;
    api.put(SLICES, next);
  }
}

/** Watches services and pods; reconciles the affected services a few milliseconds later. */
export function startEndpointsController(parts: ClusterParts): void {
  const { api } = parts;
  const enqueue = createWorkQueue(parts, 'endpoints-controller', [5, 40], (ns, name) => reconcile(parts, ns, name));
  api.store.watch('services', (e) => {
    if (e.type !== 'DELETED') enqueue(e.object.metadata.namespace ?? 'default', e.object.metadata.name);
  });
  api.store.watch('pods', (e) => {
    const pod = e.object as Pod;
    for (const svc of api.viewList<Service>(SERVICES, pod.metadata.namespace)) {
      if (svc.spec.selector && labelsMatch(pod.metadata.labels, fromLabelSelector({ matchLabels: svc.spec.selector }))) {
        enqueue(svc.metadata.namespace ?? 'default', svc.metadata.name);
      }
    }
  });
}
