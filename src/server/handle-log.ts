// `GET pods/{name}/log`: the kubelet's log as text/plain, with the PodLogOptions query
// (container, previous, tailLines, timestamps, sinceSeconds, sinceTime, limitBytes). `follow=true`
// keeps the response open and sends lines as the container writes them, until it stops.
import { badRequest, type LogQuery, type Pod, typeForKind } from '../sim/index.js';
import { sendText } from './respond.js';
import type { ResourceTarget } from './resource-path.js';
import type { ApiRequest, ServerContext } from './server-context.js';

const PODS = typeForKind('Pod', 'v1')!;

/** The container a log request means: the query's, or the only one (apiserver LogLocation). */
function containerOf(pod: Pod, given: string | null): string {
  const names = (list: Array<{ name: string }> | undefined) => (list ?? []).map((c) => c.name);
  if (given) {
    const all = [...names(pod.spec.containers), ...names(pod.spec.initContainers), ...names(pod.spec.ephemeralContainers)];
    if (!all.includes(given)) throw badRequest(`container ${given} is not valid for pod ${pod.metadata.name}`);
    return given;
  }
  const containers = names(pod.spec.containers);
  if (containers.length === 1) return containers[0]!;
  if (containers.length === 0) throw badRequest(`a container name must be specified for pod ${pod.metadata.name}`);
  const init = names(pod.spec.initContainers);
  const more = init.length > 0 ? ` or one of the init containers: [${init.join(' ')}]` : '';
  throw badRequest(`a container name must be specified for pod ${pod.metadata.name}, choose one of: [${containers.join(' ')}]${more}`);
}

function intParam(query: URLSearchParams, name: string): number | undefined {
  const v = query.get(name);
  if (v === null || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw badRequest(`${name}: Invalid value: "${v}": must be an integer`);
  return n;
}

function logQueryOf(query: URLSearchParams, now: number): LogQuery & { previous: boolean } {
  const out: LogQuery & { previous: boolean } = { previous: query.get('previous') === 'true', timestamps: query.get('timestamps') === 'true' };
  const tail = intParam(query, 'tailLines');
  if (tail !== undefined && tail >= 0) out.tailLines = tail;
  const limit = intParam(query, 'limitBytes');
  if (limit !== undefined && limit > 0) out.limitBytes = limit;
  const sinceSeconds = intParam(query, 'sinceSeconds');
  if (sinceSeconds !== undefined) out.sinceMs = now - sinceSeconds * 1000;
  const sinceTime = query.get('sinceTime');
  if (sinceTime) {
    const t = Date.parse(sinceTime);
    if (Number.isNaN(t)) throw badRequest(`sinceTime: Invalid value: "${sinceTime}": must be an RFC 3339 time`);
    out.sinceMs = t;
  }
  return out;
}

function containerRunning(pod: Pod | undefined, container: string): boolean {
  const statuses = [...(pod?.status.containerStatuses ?? []), ...(pod?.status.initContainerStatuses ?? []), ...(pod?.status.ephemeralContainerStatuses ?? [])];
  return statuses.find((s) => s.name === container)?.state.running !== undefined;
}

/** Serves a log request (a follow stays open until the container stops or the client leaves). */
export function getLog(ctx: ServerContext, req: ApiRequest, target: ResourceTarget): void {
  const { cluster, clock } = ctx;
  const ns = target.namespace!;
  const name = target.name!;
  const pod = cluster.api.get<Pod>(PODS, ns, name);
  const container = containerOf(pod, req.query.get('container'));
  const query = logQueryOf(req.query, clock.now());
  const kubelet = cluster.kubeletFor(ns, name);
  // A pod with no node has no log yet: the API server streams nothing (LogLocation returns no location).
  if (!kubelet) return sendText(req.res, 200, '');
  const text = kubelet.logs(ns, name, container, query);
  const follow = req.query.get('follow') === 'true' && !query.previous;
  if (!follow || !containerRunning(pod, container)) return sendText(req.res, 200, text);

  const res = req.res;
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' });
  res.flushHeaders();
  res.write(text);
  let budget = query.limitBytes !== undefined ? query.limitBytes - Buffer.byteLength(text) : Number.POSITIVE_INFINITY;
  const full = () => {
    try {
      return kubelet.logs(ns, name, container, { timestamps: query.timestamps ?? false });
    } catch {
      return undefined;
    }
  };
  let printed = (full() ?? '').length;
  const close = () => {
    unsubscribe();
    ctx.streams.delete(close);
    if (!res.writableEnded) res.end();
  };
  const check = () => {
    const now = full();
    if (now !== undefined && now.length > printed && budget > 0) {
      let chunk = now.slice(printed);
      printed = now.length;
      if (Buffer.byteLength(chunk) > budget) chunk = Buffer.from(chunk).subarray(0, budget).toString();
      budget -= Buffer.byteLength(chunk);
      res.write(chunk);
    }
    const current = cluster.api.find<Pod>(PODS, ns, name);
    if (budget <= 0 || current?.metadata.uid !== pod.metadata.uid || !containerRunning(current, container)) close();
  };
  const unsubscribe = clock.onTick(check);
  ctx.streams.add(close);
  req.raw.on('close', close);
  res.on('close', close);
}
