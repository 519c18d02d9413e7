// The metrics.k8s.io/v1beta1 API as the aggregator serves it: through the APIService
// v1beta1.metrics.k8s.io to the metrics-server behind its Service (pkg/api/pod.go and node.go of
// metrics-server v0.7). Without the APIService the path does not exist; while it is not Available
// requests get a 503. Pods are those metrics-server's informer sees (Running ones only); a pod
// or node without two scrapes has no metrics (NotFound for a get, left out of a list).
import type { ApiServer, ListOptions } from '../api/api-server.js';
import { availableCondition, type APIService } from '../api/apiservice-types.js';
import { fieldMatcher } from '../api/field-selectors.js';
import { typeForKind } from '../api/resources.js';
import { PODS } from '../api/pods-type.js';
import { parseFieldSelector, SelectorParseError } from '../api/selectors.js';
import { badRequest, notFound, pathNotFound, serviceUnavailable } from '../api/status-error.js';
import type { Endpoints, KubeObject, Node, Pod } from '../api/types.js';
import type { MetricsPipeline, MetricsServerProcess } from './metrics-pipeline.js';
import {
  METRICS_API_VERSION,
  METRICS_APISERVICE,
  METRICS_GROUP,
  metricsMeta,
  NODE_METRICS,
  POD_METRICS,
  timeFields,
  usageList,
  type MetricsList,
  type NodeMetrics,
  type PodMetrics,
} from './metrics-types.js';

const APISERVICES = typeForKind('APIService', 'apiregistration.k8s.io/v1')!;
const NODES = typeForKind('Node', 'v1')!;
const ENDPOINTS = typeForKind('Endpoints', 'v1')!;

export type MetricsApiState = 'absent' | 'unavailable' | 'available';

const byNamespaceAndName = (a: PodMetrics, b: PodMetrics) =>
  (a.metadata.namespace ?? '') < (b.metadata.namespace ?? '') ? -1 : (a.metadata.namespace ?? '') > (b.metadata.namespace ?? '') ? 1 : a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;

export class MetricsApi {
  constructor(
    private readonly api: ApiServer,
    private readonly now: () => number,
    private readonly pipeline: MetricsPipeline,
  ) {}

  /** Whether the APIService exists, and whether it is Available. */
  state(): MetricsApiState {
    const svc = this.api.view<APIService>(APISERVICES, undefined, METRICS_APISERVICE);
    if (!svc) return 'absent';
    return availableCondition(svc)?.status === 'True' ? 'available' : 'unavailable';
  }

  /** What discovery shows: metrics.k8s.io/v1beta1 only while its APIService is Available. */
  available(): boolean {
    return this.state() === 'available';
  }

  /** The metrics-server the request reaches, or the aggregator's error. */
  #backend(resource: string, name?: string): MetricsServerProcess {
    const state = this.state();
    if (state === 'absent') throw pathNotFound();
    const unavailable = () => serviceUnavailable('get', `${resource}.${METRICS_GROUP}`, name);
    if (state !== 'available') throw unavailable();
    const ref = this.api.view<APIService>(APISERVICES, undefined, METRICS_APISERVICE)!.spec.service;
    const endpoints = ref && this.api.view<Endpoints>(ENDPOINTS, ref.namespace, ref.name ?? '');
    for (const subset of endpoints?.subsets ?? []) {
      for (const a of subset.addresses ?? []) {
        const proc = a.targetRef?.kind === 'Pod' ? this.pipeline.processFor({ namespace: a.targetRef.namespace ?? '', name: a.targetRef.name ?? '' }) : undefined;
        if (proc) return proc;
      }
    }
    throw unavailable();
  }

  /** The apiserver's handling of `?fieldSelector=`: the metrics kinds know metadata.name and metadata.namespace only. */
  #fieldFilter(type: typeof POD_METRICS, text: string | undefined): (o: KubeObject) => boolean {
    if (!text) return () => true;
    try {
      return fieldMatcher(type, parseFieldSelector(text));
    } catch (e) {
      if (e instanceof SelectorParseError) throw badRequest(e.message);
      throw e;
    }
  }

  #podMetrics(proc: MetricsServerProcess, pods: readonly Pod[]): PodMetrics[] {
    const now = this.now();
    const found = proc.pods.getMetrics(pods.map((p) => `${p.metadata.namespace}/${p.metadata.name}`));
    const out: PodMetrics[] = [];
    pods.forEach((pod, i) => {
      const m = found[i];
      if (!m) return;
      out.push({
        metadata: metricsMeta(pod.metadata.name, pod.metadata.namespace, pod.metadata.labels, now),
        ...timeFields(m.time),
        containers: m.containers.map((c) => ({ name: c.name, usage: usageList(c.usage) })),
      });
    });
    return out.sort(byNamespaceAndName);
  }

  #nodeMetrics(proc: MetricsServerProcess, nodes: readonly Node[]): NodeMetrics[] {
    const now = this.now();
    const found = proc.nodes.getMetrics(nodes.map((n) => n.metadata.name));
    const out: NodeMetrics[] = [];
    nodes.forEach((node, i) => {
      const m = found[i];
      if (m) out.push({ metadata: metricsMeta(node.metadata.name, undefined, node.metadata.labels, now), ...timeFields(m.time), usage: usageList(m.usage) });
    });
    return out.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
  }

  /** LIST pods metrics in a namespace (all namespaces when undefined). */
  listPodMetrics(namespace: string | undefined, options: ListOptions = {}): MetricsList<PodMetrics> {
    const proc = this.#backend(POD_METRICS.resource);
    const fields = this.#fieldFilter(POD_METRICS, options.fieldSelector);
    const pods = this.api.viewList<Pod>(PODS, namespace, options.labelSelector ? { labelSelector: options.labelSelector } : {}).filter((p) => p.status.phase === 'Running' && fields(p));
    return { kind: 'PodMetricsList', apiVersion: METRICS_API_VERSION, metadata: {}, items: this.#podMetrics(proc, pods) };
  }

  /**
   * GET one pod's metrics: NotFound for a pod metrics-server does not know, or has no metrics for
   * yet. Without a namespace there is no such path (`kubectl top pod -A NAME` asks for it).
   */
  getPodMetrics(namespace: string | undefined, name: string): PodMetrics {
    const proc = this.#backend(POD_METRICS.resource, name);
    if (namespace === undefined) throw pathNotFound();
    const pod = this.api.view<Pod>(PODS, namespace, name);
    if (!pod || pod.status.phase !== 'Running') throw notFound('pods', '', name);
    const [m] = this.#podMetrics(proc, [pod]);
    if (!m) throw notFound('podmetrics', METRICS_GROUP, `${namespace}/${name}`);
    return { kind: 'PodMetrics', apiVersion: METRICS_API_VERSION, ...m };
  }

  listNodeMetrics(options: ListOptions = {}): MetricsList<NodeMetrics> {
    const proc = this.#backend(NODE_METRICS.resource);
    const fields = this.#fieldFilter(NODE_METRICS, options.fieldSelector);
    const nodes = this.api.viewList<Node>(NODES, undefined, options.labelSelector ? { labelSelector: options.labelSelector } : {}).filter(fields);
    return { kind: 'NodeMetricsList', apiVersion: METRICS_API_VERSION, metadata: {}, items: this.#nodeMetrics(proc, nodes) };
  }

  /** GET one node's metrics: the node lister's NotFound (`node "x" not found`), or NotFound for metrics not there yet. */
  getNodeMetrics(name: string): NodeMetrics {
    const proc = this.#backend(NODE_METRICS.resource, name);
    const node = this.api.view<Node>(NODES, undefined, name);
    if (!node) throw notFound('node', '', name);
    const [m] = this.#nodeMetrics(proc, [node]);
    if (!m) throw notFound('nodemetrics', METRICS_GROUP, name);
    return { kind: 'NodeMetrics', apiVersion: METRICS_API_VERSION, ...m };
  }
}
