// The aggregator's AvailableConditionController (kube-aggregator pkg/controllers/status/remote/
// remote_available_controller.go): keeps each APIService's `Available` condition. A local one is
// always available; a remote one needs its Service, a port matching spec.service.port, endpoints
// with a ready address on that port's name, and a backend that answers discovery for its group
// version. Re-checked when APIServices, Services or Endpoints change.
import { availableCondition, type APIService, type APIServiceCondition } from '../api/apiservice-types.js';
import { typeForKind } from '../api/resources.js';
import { rfc3339 } from '../api/time.js';
import type { Endpoints, Service } from '../api/types.js';
import type { ClusterParts } from './cluster-parts.js';
import { jsonEqual } from '../store/json-data.js';
import { createWorkQueue } from './work-queue.js';

const APISERVICES = typeForKind('APIService', 'apiregistration.k8s.io/v1')!;
const SERVICES = typeForKind('Service', 'v1')!;
const ENDPOINTS = typeForKind('Endpoints', 'v1')!;

/** A pod a Service routes to, as the Endpoints name it. */
export interface BackendPod {
  namespace: string;
  name: string;
}

/** Whether a backend pod serves `group/version` (its discovery document answers). */
export type ServesGroupVersion = (pod: BackendPod, group: string, version: string) => boolean;

type Verdict = Pick<APIServiceCondition, 'status' | 'reason' | 'message'>;

/** The checks of AvailableConditionController.sync, in its order, for a remote APIService. */
function checkRemote(parts: ClusterParts, svc: APIService, serves: ServesGroupVersion): Verdict {
  const ref = svc.spec.service!;
  const ns = ref.namespace ?? '';
  const name = ref.name ?? '';
  const where = `service/${name} in "${ns}"`;
  const service = parts.api.view<Service>(SERVICES, ns, name);
  if (!service) return { status: 'False', reason: 'ServiceNotFound', message: `${where} is not present` };
  let backends: BackendPod[] = [];
  if ((service.spec.type ?? 'ClusterIP') === 'ClusterIP') {
    const port = (service.spec.ports ?? []).find((p) => p.port === (ref.port ?? 443));
    if (!port) return { status: 'False', reason: 'ServicePortError', message: `${where} is not listening on port ${ref.port ?? 443}` };
    const portName = port.name ?? '';
    const endpoints = parts.api.view<Endpoints>(ENDPOINTS, ns, name);
    if (!endpoints) return { status: 'False', reason: 'EndpointsNotFound', message: `cannot find endpoints for ${where}` };
    const active = (endpoints.subsets ?? []).filter((s) => (s.addresses ?? []).length > 0 && (s.ports ?? []).some((p) => (p.name ?? '') === portName));
    if (active.length === 0) return { status: 'False', reason: 'MissingEndpoints', message: `endpoints for ${where} have no addresses with port name "${portName}"` };
    backends = active.flatMap((s) => s.addresses ?? []).flatMap((a) => (a.targetRef?.kind === 'Pod' ? [{ namespace: a.targetRef.namespace ?? ns, name: a.targetRef.name ?? '' }] : []));
  }
  // The discovery check goes through the Service to one of its endpoints: every one must answer.
  const group = svc.spec.group ?? '';
  const version = svc.spec.version ?? '';
  if (backends.length === 0 || !backends.every((b) => serves(b, group, version))) {
    return { status: 'False', reason: 'FailedDiscoveryCheck', message: `kindling: the simulator serves ${version}.${group} only from metrics-server` };
  }
  return { status: 'True', reason: 'Passed', message: 'all checks passed' };
}

function sync(parts: ClusterParts, name: string, serves: ServesGroupVersion): void {
  const svc = parts.api.view<APIService>(APISERVICES, undefined, name);
  if (!svc) return;
  const verdict: Verdict = svc.spec.service
    ? checkRemote(parts, svc, serves)
    : { status: 'True', reason: 'Local', message: 'Local APIServices are always available' };
  const old = availableCondition(svc);
  // SetAPIServiceCondition: the transition time moves only when the status does.
  const since = old && old.status === verdict.status ? old.lastTransitionTime : rfc3339(parts.loop.now());
  const condition: APIServiceCondition = { type: 'Available', status: verdict.status, ...(since ? { lastTransitionTime: since } : {}), reason: verdict.reason!, message: verdict.message! };
  const conditions = [...(svc.status?.conditions ?? []).filter((c) => c.type !== 'Available'), condition];
  if (!jsonEqual(svc.status?.conditions, conditions)) parts.api.updateStatus(APISERVICES, { ...svc, status: { conditions } });
}

/** Starts the controller; `serves` says which backend pods answer discovery for a group version. */
export function startAPIServiceAvailabilityController(parts: ClusterParts, serves: ServesGroupVersion): void {
  const { api } = parts;
  const enqueue = createWorkQueue(parts, 'apiservice-availability-controller', [1, 10], (_ns, name) => sync(parts, name, serves));
  const remoteFor = (ns: string | undefined, name: string) => {
    for (const s of api.viewList<APIService>(APISERVICES, undefined)) {
      if (s.spec.service && s.spec.service.namespace === ns && s.spec.service.name === name) enqueue('', s.metadata.name);
    }
  };
  api.store.watch('apiservices.apiregistration.k8s.io', (e) => {
    if (e.type !== 'DELETED') enqueue('', e.object.metadata.name);
  });
  api.store.watch('services', (e) => remoteFor(e.object.metadata.namespace, e.object.metadata.name));
  api.store.watch('endpoints', (e) => remoteFor(e.object.metadata.namespace, e.object.metadata.name));
}
