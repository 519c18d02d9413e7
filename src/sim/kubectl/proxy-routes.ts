// What `kubectl proxy` answers on the lesson machine: it forwards every request to the API
// server, which answers `/version`, resource reads (`/api/v1/namespaces/default/pods`) and the
// service proxy (`/api/v1/namespaces/default/services/web/proxy/`), which reaches a ready
// endpoint of the Service. Reads only; other methods are not modelled.
// Bodies as the API server writes them: /version with WriteRawJSON (indented, no newline), API
// objects with the JSON encoder (compact, then a newline), errors as Status objects.
import { apiVersionOf, RESOURCE_TYPES, type ResourceType } from '../api/resources.js';
import { StatusError } from '../api/status-error.js';
import type { KubeObject, Node, Service, Status } from '../api/types.js';
import { versionInfo } from '../core/version-info.js';
import { response, type HttpRequest, type HttpResponse } from '../runtime/http.js';
import type { KubectlCluster } from './context.js';

const SERVICES = RESOURCE_TYPES.find((t) => t.kind === 'Service')!;
const NODES = RESOURCE_TYPES.find((t) => t.kind === 'Node')!;

const json = (status: number, value: unknown): HttpResponse => response(status, `${JSON.stringify(value)}\n`, { 'Content-Type': 'application/json' });

function statusBody(status: Status): HttpResponse {
  return json(status.code ?? 500, status);
}

function failure(code: number, reason: string, message: string): HttpResponse {
  return statusBody({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code } as Status);
}

/** `/api/v1/...` or `/apis/g/v/...`, split into the type, namespace, name and what follows. */
function resourceTarget(segments: string[]): { type: ResourceType; namespace?: string; name?: string; rest: string[] } | undefined {
  let group = '';
  let version: string | undefined;
  let rest: string[];
  if (segments[0] === 'api') [version, rest] = [segments[1], segments.slice(2)];
  else if (segments[0] === 'apis') [group, version, rest] = [segments[1] ?? '', segments[2], segments.slice(3)];
  else return undefined;
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) [namespace, rest] = [rest[1], rest.slice(2)];
  const type = RESOURCE_TYPES.find((t) => t.group === group && t.version === version && t.resource === rest[0]);
  if (!type) return undefined;
  const target: { type: ResourceType; namespace?: string; name?: string; rest: string[] } = { type, rest: rest.slice(2) };
  if (namespace !== undefined) target.namespace = namespace;
  if (rest[1] !== undefined) target.name = rest[1];
  return target;
}

/** Answers one request that came in through `kubectl proxy`. */
export function serveThroughProxy(cluster: KubectlCluster, request: HttpRequest, now: number): HttpResponse {
  const [pathOnly = '/'] = request.path.split('?');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return failure(405, 'MethodNotAllowed', `kindling: ${request.method} through kubectl proxy is not modelled by the simulator`);
  }
  if (/^\/api\/.*\/pods\/.*\/(exec|attach)/.test(pathOnly)) return response(403, 'Forbidden\n', { 'Content-Type': 'text/plain; charset=utf-8' });
  if (pathOnly === '/version' || pathOnly === '/version/') {
    return response(200, JSON.stringify(versionInfo(cluster.config.kubernetesVersion), null, 2), { 'Content-Type': 'application/json' });
  }
  const segments = pathOnly.split('/').filter((s) => s !== '').map(decodeURIComponent);
  const target = resourceTarget(segments);
  if (!target) return failure(404, 'NotFound', 'the server could not find the requested resource');
  try {
    if (target.type === SERVICES && target.name !== undefined && target.rest[0] === 'proxy') {
      return serviceProxy(cluster, target.namespace ?? 'default', target.name, `/${target.rest.slice(1).join('/')}${pathOnly.endsWith('/') && target.rest.length > 1 ? '/' : ''}`, request, now);
    }
    if (target.rest.length > 0) return failure(404, 'NotFound', 'the server could not find the requested resource');
    const namespace = target.type.namespaced ? target.namespace : undefined;
    if (target.name !== undefined) return json(200, cluster.api.get(target.type, namespace, target.name));
    const list = cluster.api.list(target.type, namespace);
    const items = list.items.map(({ apiVersion: _v, kind: _k, ...rest }: KubeObject) => rest);
    return json(200, { kind: `${target.type.kind}List`, apiVersion: apiVersionOf(target.type), metadata: { resourceVersion: list.resourceVersion }, items });
  } catch (error) {
    if (error instanceof StatusError) return statusBody(error.status);
    throw error;
  }
}

/** `services/NAME[:PORT]/proxy/PATH`: a ready endpoint of the Service answers PATH. */
function serviceProxy(cluster: KubectlCluster, namespace: string, nameAndPort: string, path: string, request: HttpRequest, now: number): HttpResponse {
  const parts = nameAndPort.split(':');
  const name = parts.length === 3 ? (parts[1] ?? '') : (parts[0] ?? '');
  const portText = parts.length === 3 ? (parts[2] ?? '') : (parts[1] ?? '');
  const svc = cluster.api.get(SERVICES, namespace, name) as Service;
  const port = svc.spec.ports?.find((p) => (portText === '' ? !p.name : p.name === portText || String(p.port) === portText));
  const backend = port && svc.spec.clusterIP ? cluster.network.serviceBackend(svc.spec.clusterIP, port.port) : undefined;
  if (!port || backend === undefined || backend === 'none') return failure(503, 'ServiceUnavailable', `no endpoints available for service "${nameAndPort}"`);
  const listener = cluster.network.listener(backend.ip, backend.port);
  if (!listener) return failure(503, 'ServiceUnavailable', `error trying to reach service: dial tcp ${backend.ip}:${backend.port}: connect: connection refused`);
  // The API server dials the pod from the control plane's address.
  const node = cluster.api.viewList<Node>(NODES, undefined).find((n) => n.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined);
  const clientIP = node?.status.addresses?.find((a) => a.type === 'InternalIP')?.address ?? request.clientIP;
  return listener.serve({ ...request, path, clientIP }, now);
}
