// The metrics.k8s.io/v1beta1 objects (k8s.io/metrics/pkg/apis/metrics/v1beta1/types.go) as
// metrics-server serves them: usage in nanocores and bytes (`76123456n`, `157564Ki`), the
// measurement's timestamp and window, metadata with the pod's or node's labels and the request
// time as creationTimestamp.
import type { ResourceType } from '../api/resources.js';
import { rfc3339 } from '../api/time.js';
import { goDuration } from '../kubelet/backoff.js';
import { formatQuantity } from '../core/quantity.js';
import type { ResourceUsage, TimeInfo } from './metrics-point.js';

export const METRICS_GROUP = 'metrics.k8s.io';
export const METRICS_VERSION = 'v1beta1';
export const METRICS_API_VERSION = `${METRICS_GROUP}/${METRICS_VERSION}`;
/** The APIService that registers the group with the aggregator. */
export const METRICS_APISERVICE = `${METRICS_VERSION}.${METRICS_GROUP}`;

const metricsType = (kind: string, resource: string, namespaced: boolean): ResourceType => ({
  kind,
  resource,
  singular: '',
  shortNames: [],
  group: METRICS_GROUP,
  version: METRICS_VERSION,
  namespaced,
  categories: [],
  verbs: ['get', 'list'],
  subresources: [],
});

/** The group's two resources, as its discovery lists them (metrics-server v0.7: get and list, no singular name). */
export const NODE_METRICS = metricsType('NodeMetrics', 'nodes', false);
export const POD_METRICS = metricsType('PodMetrics', 'pods', true);

/** `v1.ResourceList` of a usage: keys sorted as Go encodes a map. */
export interface UsageList {
  cpu: string;
  memory: string;
}

export interface MetricsMeta {
  name: string;
  namespace?: string;
  creationTimestamp: string;
  labels?: Record<string, string>;
}

export interface PodMetrics {
  kind?: 'PodMetrics';
  apiVersion?: string;
  metadata: MetricsMeta;
  timestamp: string;
  window: string;
  containers: Array<{ name: string; usage: UsageList }>;
}

export interface NodeMetrics {
  kind?: 'NodeMetrics';
  apiVersion?: string;
  metadata: MetricsMeta;
  timestamp: string;
  window: string;
  usage: UsageList;
}

export interface MetricsList<T> {
  kind: 'PodMetricsList' | 'NodeMetricsList';
  apiVersion: string;
  metadata: Record<string, never>;
  items: T[];
}

/** uint64Quantity: CPU as a DecimalSI quantity of nanocores, memory as BinarySI bytes. */
export function usageList(u: ResourceUsage): UsageList {
  return {
    cpu: formatQuantity({ nano: BigInt(u.cpuNanocores), format: 'DecimalSI' }),
    memory: formatQuantity({ nano: BigInt(u.memoryBytes) * 1_000_000_000n, format: 'BinarySI' }),
  };
}

export function metricsMeta(name: string, namespace: string | undefined, labels: Record<string, string> | undefined, now: number): MetricsMeta {
  return {
    name,
    ...(namespace !== undefined ? { namespace } : {}),
    creationTimestamp: rfc3339(now),
    ...(labels && Object.keys(labels).length > 0 ? { labels: { ...labels } } : {}),
  };
}

/** metav1.Time and metav1.Duration as JSON: seconds-precision RFC 3339, and Go's Duration.String(). */
export function timeFields(t: TimeInfo): { timestamp: string; window: string } {
  return { timestamp: rfc3339(t.timestamp), window: goDuration(t.windowMs) };
}
