// `pods/{name}/proxy/...` and `services/{name}/proxy/...` (what `kubectl proxy` and dashboards use):
// the API server finds where the name points (pkg/registry/core/pod/strategy.go and
// pkg/registry/core/service/storage/storage.go, ResourceLocation: `[scheme:]name[:port]`) and
// passes the request on to the simulated server there (apimachinery pkg/util/proxy,
// UpgradeAwareHandler), answering with what it answered. A backend that cannot be reached is
// the transport's 503 `error trying to reach service: ...`.
import type { IncomingMessage } from 'node:http';
import { badRequest, connect, ephemeralPort, fromLabelSelector, type HttpRequest, labelsMatch, type Pod, type Service, StatusError, typeForKind } from '../sim/index.js';
import type { ApiRequest, ServerContext } from './server-context.js';

const PODS = typeForKind('Pod', 'v1')!;
const SERVICES = typeForKind('Service', 'v1')!;

/** `/api/v1/namespaces/{ns}/{pods|services}/{name}/proxy[/...]`: what it names, or undefined. */
export function proxyTarget(segments: string[]): { resource: 'pods' | 'services'; namespace: string; id: string } | undefined {
  const [api, v1, namespaces, namespace, resource, id, proxy] = segments;
  if (api !== 'api' || v1 !== 'v1' || namespaces !== 'namespaces' || proxy !== 'proxy' || !namespace || !id) return undefined;
  if (resource !== 'pods' && resource !== 'services') return undefined;
  return { resource, namespace, id };
}

function serviceUnavailableStatus(message: string): StatusError {
  return new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason: 'ServiceUnavailable', code: 503 });
}

/** utilnet.SplitSchemeNamePort: `name`, `name:port`, `scheme:name:port` (scheme http or https). */
function splitSchemeNamePort(id: string): { scheme: string; name: string; port: string } | undefined {
  const parts = id.split(':');
  let scheme = '';
  let name = '';
  let port = '';
  if (parts.length === 1) name = parts[0]!;
  else if (parts.length === 2) [name, port] = parts as [string, string];
  else if (parts.length === 3) [scheme, name, port] = parts as [string, string, string];
  else return undefined;
  if (name === '' || (scheme !== '' && scheme !== 'http' && scheme !== 'https')) return undefined;
  return { scheme, name, port };
}

/** Where a pod id points: the pod IP and the port (given, else the first declared container port, else 80). */
function podLocation(ctx: ServerContext, namespace: string, id: string): { scheme: string; ip: string; port: number } {
  const parsed = splitSchemeNamePort(id);
  if (!parsed) throw badRequest(`invalid pod request "${id}"`);
  const pod = ctx.cluster.api.get<Pod>(PODS, namespace, parsed.name);
  let port = parsed.port;
  if (port === '') {
    const declared = pod.spec.containers.find((c) => (c.ports ?? []).length > 0);
    if (declared) port = String(declared.ports![0]!.containerPort);
  }
  const ip = pod.status.podIP ?? '';
  // proxyutil.IsProxyableIP on a pod without an address.
  if (ip === '') throw badRequest('address not allowed');
  const n = port === '' ? (parsed.scheme === 'https' ? 443 : 80) : Number(port);
  if (!Number.isInteger(n)) throw serviceUnavailableStatus(`error trying to reach service: dial tcp: lookup tcp/${port}: unknown port`);
  return { scheme: parsed.scheme, ip, port: n };
}

/** Where a service id points: one ready endpoint of the named (or numbered) Service port. */
function serviceLocation(ctx: ServerContext, namespace: string, id: string): { scheme: string; ip: string; port: number } {
  const parsed = splitSchemeNamePort(id);
  if (!parsed) throw badRequest(`invalid service request "${id}"`);
  const svc = ctx.cluster.api.get<Service>(SERVICES, namespace, parsed.name);
  let portName = parsed.port;
  // A port number is turned into the name of the Service port that has it.
  if (/^-?\d+$/.test(portName)) {
    const found = (svc.spec.ports ?? []).find((p) => p.port === Number(portName));
    if (!found) throw serviceUnavailableStatus(`no service port ${Number(portName)} found for service "${parsed.name}"`);
    portName = found.name ?? '';
  }
  const svcPort = (svc.spec.ports ?? []).find((p) => (p.name ?? '') === portName);
  const selector = svc.spec.selector;
  const ready =
    svcPort && selector
      ? ctx.cluster.api
          .viewList<Pod>(PODS, namespace)
          .filter((p) => labelsMatch(p.metadata.labels, fromLabelSelector({ matchLabels: selector })) && p.status.podIP && !p.metadata.deletionTimestamp && p.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True')
      : [];
  // The endpoints of that port, as the Endpoints object lists them (by IP), from a random start.
  ready.sort((a, b) => (a.status.podIP! < b.status.podIP! ? -1 : 1));
  const candidates = ready
    .map((pod) => ({ pod, port: targetPortOf(pod, svcPort!.targetPort ?? svcPort!.port) }))
    .filter((c): c is { pod: Pod; port: number } => c.port !== undefined);
  if (candidates.length === 0) throw serviceUnavailableStatus(`no endpoints available for service "${id}"`);
  const chosen = candidates[ctx.cluster.random.stream('apiserver-service-proxy').int(candidates.length)]!;
  return { scheme: parsed.scheme, ip: chosen.pod.status.podIP!, port: chosen.port };
}

function targetPortOf(pod: Pod, target: number | string): number | undefined {
  if (typeof target === 'number') return target;
  return pod.spec.containers.flatMap((c) => c.ports ?? []).find((p) => p.name === target)?.containerPort;
}

/** The path after `/proxy` as the client sent it (still percent-encoded), with its query. */
function backendPath(raw: IncomingMessage): { path: string; bare: boolean } {
  const url = raw.url ?? '/';
  const q = url.indexOf('?');
  const pathPart = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? '' : url.slice(q);
  const parts = pathPart.split('/');
  // '', api, v1, namespaces, ns, resource, name, proxy, ...rest
  const rest = parts.slice(8);
  return { path: `/${rest.join('/')}${query}`, bare: parts.length <= 8 };
}

/** Serves a proxy request: locate, then ask the simulated server. */
export async function serveProxy(ctx: ServerContext, req: ApiRequest, target: NonNullable<ReturnType<typeof proxyTarget>>): Promise<void> {
  const { path, bare } = backendPath(req.raw);
  // UpgradeAwareHandler: the root without its slash is redirected to it.
  if (bare) {
    const url = req.raw.url ?? '';
    const q = url.indexOf('?');
    const location = q < 0 ? `${url}/` : `${url.slice(0, q)}/${url.slice(q)}`;
    req.res.writeHead(301, { Location: location, 'Content-Length': '0' });
    req.res.end();
    return;
  }
  const where = target.resource === 'pods' ? podLocation(ctx, target.namespace, target.id) : serviceLocation(ctx, target.namespace, target.id);
  if (where.scheme === 'https') {
    throw serviceUnavailableStatus('kindling: the simulator does not model TLS in pods, so https: proxying is not modelled; use the http: form');
  }
  // The simulated servers answer from the method, path and headers; the body is read and dropped.
  await req.body();
  ctx.clock.sync();
  const now = ctx.cluster.loop.now();
  const result = connect(ctx.cluster, where.ip, where.port);
  if (!result.ok) {
    const why = result.error === 'refused' ? 'connect: connection refused' : 'i/o timeout';
    throw serviceUnavailableStatus(`error trying to reach service: dial tcp ${where.ip}:${where.port}: ${why}`);
  }
  // The API server runs on the control-plane node, so that is where the connection comes from.
  const clientIP = ctx.cluster.config.nodes.find((n) => n.role === 'control-plane')?.ip ?? ctx.cluster.config.nodes[0]!.ip;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.raw.headers)) {
    if (v !== undefined && k !== 'authorization' && k !== 'connection' && k !== 'upgrade') headers[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  const host = `${where.ip}:${where.port}`;
  headers['host'] = host;
  const request: HttpRequest = { method: req.method, path, host, clientIP, clientPort: ephemeralPort(clientIP, now), userAgent: headers['user-agent'] ?? '', headers };
  const res = result.serve(request, now);
  const out = req.method === 'HEAD' ? '' : res.body;
  req.res.writeHead(res.status, res.statusText, res.headers);
  req.res.end(out);
}
