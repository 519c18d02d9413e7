// metrics.k8s.io/v1beta1 over HTTP: what the aggregator answers for the group's paths. Without the
// APIService the paths do not exist; while it is not Available the proxy answers 503 with the
// plain text `service unavailable` (kube-aggregator proxyError), which kubectl reports as
// `the server is currently unable to handle the request (get pods.metrics.k8s.io)`.
import { METRICS_GROUP, METRICS_VERSION, metricsTable, type NodeMetrics, type PodMetrics, StatusError } from '../sim/index.js';
import { negotiate } from './content-negotiation.js';
import { apiGroupDocument, apiResourceList, discoveredGroupVersions } from './discovery.js';
import { methodNotAllowed, notAcceptable, pathNotFound, sendJson, sendText } from './respond.js';
import { includeObjectOf } from './represent.js';
import type { ApiRequest, ServerContext } from './server-context.js';

/** Whether a path is under /apis/metrics.k8s.io. */
export function isMetricsPath(segments: readonly string[]): boolean {
  return segments[0] === 'apis' && segments[1] === METRICS_GROUP;
}

/** Reads one path of the group: discovery, or a get or list of node or pod metrics. */
function read(ctx: ServerContext, req: ApiRequest): unknown {
  const metrics = ctx.cluster.metrics;
  const [, , version, ...rest] = req.segments;
  const state = metrics.state();
  if (state === 'absent') throw pathNotFound();
  // The aggregator lists the group from its APIServices, available or not.
  if (version === undefined) return apiGroupDocument(METRICS_GROUP, [{ group: METRICS_GROUP, version: METRICS_VERSION, types: [] }]);
  if (version !== METRICS_VERSION) throw pathNotFound();
  if (state !== 'available') throw new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'service unavailable', reason: 'ServiceUnavailable', code: 503 });
  if (rest.length === 0) return apiResourceList(METRICS_GROUP, METRICS_VERSION, discoveredGroupVersions(ctx.cluster));
  const options = { ...(req.query.get('labelSelector') ? { labelSelector: req.query.get('labelSelector')! } : {}), ...(req.query.get('fieldSelector') ? { fieldSelector: req.query.get('fieldSelector')! } : {}) };
  const [a, b, c, d, ...more] = rest;
  if (more.length > 0) throw pathNotFound();
  if (a === 'nodes' && c === undefined) return b === undefined ? metrics.listNodeMetrics(options) : metrics.getNodeMetrics(b);
  if (a === 'pods' && b === undefined) return metrics.listPodMetrics(undefined, options);
  if (a === 'namespaces' && b !== undefined && c === 'pods') return d === undefined ? metrics.listPodMetrics(b, options) : metrics.getPodMetrics(b, d);
  throw pathNotFound();
}

/** A list or object of metrics as a Table, when the client asked for one (`kubectl get podmetrics`). */
function asTable(value: unknown, query: URLSearchParams, version: 'v1' | 'v1beta1'): unknown {
  const v = value as { kind?: string; items?: Array<PodMetrics | NodeMetrics> };
  if (v.kind === 'PodMetricsList' || v.kind === 'NodeMetricsList') return metricsTable(v.items ?? [], includeObjectOf(query), version);
  if (v.kind === 'PodMetrics' || v.kind === 'NodeMetrics') return metricsTable([value as PodMetrics | NodeMetrics], includeObjectOf(query), version);
  return value;
}

export function serveMetrics(ctx: ServerContext, req: ApiRequest): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed();
  const rep = negotiate(req.raw.headers.accept);
  if (!rep) throw notAcceptable();
  try {
    const value = read(ctx, req);
    sendJson(req.res, 200, rep.kind === 'table' ? asTable(value, req.query, rep.version) : value);
  } catch (e) {
    // The aggregator's proxy answers for a backend it cannot reach in plain text, not a Status.
    if (e instanceof StatusError && e.status.code === 503) sendText(req.res, 503, 'service unavailable\n', 'text/plain; charset=utf-8');
    else throw e;
  }
}
