// autoscaling/v1 <-> autoscaling/v2 HorizontalPodAutoscalers as the API server converts them
// (pkg/apis/autoscaling/v1/conversion.go): v1 has one CPU utilization target; every other metric,
// the current metrics, the behavior and the conditions ride in `autoscaling.alpha.kubernetes.io/*`
// annotations on the v1 object, and come back out of them when a v1 object is written. Storage is
// v2, without those annotations. Metric specs and statuses other than Resource ones pass through
// the annotations in their v2 shape (the v1 MetricSpec's Object/Pods/External fields are not modelled).
import type { HorizontalPodAutoscaler, HorizontalPodAutoscalerV1, MetricSpec, MetricStatus } from './hpa-types.js';
import type { KubeObject } from '../types.js';

export const METRIC_SPECS_ANNOTATION = 'autoscaling.alpha.kubernetes.io/metrics';
export const METRIC_STATUSES_ANNOTATION = 'autoscaling.alpha.kubernetes.io/current-metrics';
export const BEHAVIOR_ANNOTATION = 'autoscaling.alpha.kubernetes.io/behavior';
export const CONDITIONS_ANNOTATION = 'autoscaling.alpha.kubernetes.io/conditions';
const ROUND_TRIP = [METRIC_SPECS_ANNOTATION, METRIC_STATUSES_ANNOTATION, BEHAVIOR_ANNOTATION, CONDITIONS_ANNOTATION];

const isCpuUtilization = (m: MetricSpec) => m.type === 'Resource' && m.resource?.name === 'cpu' && m.resource.target.averageUtilization !== undefined;

/** v2 MetricSpec -> v1 MetricSpec (Resource: targetAverageUtilization / targetAverageValue). */
function specToV1(m: MetricSpec): Record<string, unknown> {
  if (m.type === 'Resource' && m.resource) {
    const t = m.resource.target;
    return { type: 'Resource', resource: { name: m.resource.name, ...(t.averageUtilization !== undefined ? { targetAverageUtilization: t.averageUtilization } : {}), ...(t.averageValue !== undefined ? { targetAverageValue: t.averageValue } : {}) } };
  }
  return m as unknown as Record<string, unknown>;
}

function specFromV1(m: Record<string, unknown>): MetricSpec {
  const r = m['resource'] as { name: string; targetAverageUtilization?: number; targetAverageValue?: string } | undefined;
  if (m['type'] === 'Resource' && r) {
    const target = r.targetAverageValue !== undefined ? { type: 'AverageValue', averageValue: r.targetAverageValue } : { type: 'Utilization', ...(r.targetAverageUtilization !== undefined ? { averageUtilization: r.targetAverageUtilization } : {}) };
    return { type: 'Resource', resource: { name: r.name, target } };
  }
  return m as unknown as MetricSpec;
}

function statusToV1(m: MetricStatus): Record<string, unknown> {
  if (m.type === 'Resource' && m.resource) {
    const c = m.resource.current;
    return { type: 'Resource', resource: { name: m.resource.name, ...(c.averageUtilization !== undefined ? { currentAverageUtilization: c.averageUtilization } : {}), currentAverageValue: c.averageValue ?? '0' } };
  }
  return m as unknown as Record<string, unknown>;
}

function statusFromV1(m: Record<string, unknown>): MetricStatus {
  const r = m['resource'] as { name: string; currentAverageUtilization?: number; currentAverageValue?: string } | undefined;
  if (m['type'] === 'Resource' && r) {
    return { type: 'Resource', resource: { name: r.name, current: { ...(r.currentAverageValue !== undefined ? { averageValue: r.currentAverageValue } : {}), ...(r.currentAverageUtilization !== undefined ? { averageUtilization: r.currentAverageUtilization } : {}) } } };
  }
  return m as unknown as MetricStatus;
}

function parseList(text: string | undefined): Array<Record<string, unknown>> | undefined {
  if (text === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? (v as Array<Record<string, unknown>>) : undefined;
  } catch {
    return undefined;
  }
}

/** Stored v2 -> what a v1 client reads. */
export function hpaToV1(obj: KubeObject): HorizontalPodAutoscalerV1 {
  const hpa = obj as HorizontalPodAutoscaler;
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(hpa.metadata.annotations ?? {})) if (!ROUND_TRIP.includes(k)) annotations[k] = v;
  const metrics = hpa.spec.metrics ?? [];
  const cpu = metrics.find(isCpuUtilization);
  const others = metrics.filter((m) => !isCpuUtilization(m)).map(specToV1);
  const status = hpa.status;
  const current = status?.currentMetrics ?? [];
  const cpuStatus = current.find((m) => m.type === 'Resource' && m.resource?.name === 'cpu' && m.resource.current.averageUtilization !== undefined);
  if (others.length > 0) annotations[METRIC_SPECS_ANNOTATION] = JSON.stringify(others);
  if (current.length > 0) annotations[METRIC_STATUSES_ANNOTATION] = JSON.stringify(current.map(statusToV1));
  if (hpa.spec.behavior) annotations[BEHAVIOR_ANNOTATION] = JSON.stringify(hpa.spec.behavior);
  if ((status?.conditions ?? []).length > 0) {
    annotations[CONDITIONS_ANNOTATION] = JSON.stringify(status!.conditions!.map((c) => ({ type: c.type, status: c.status, lastTransitionTime: c.lastTransitionTime ?? null, reason: c.reason, message: c.message })));
  }
  const metadata = { ...hpa.metadata };
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  else delete metadata.annotations;
  const out: HorizontalPodAutoscalerV1 = {
    kind: 'HorizontalPodAutoscaler',
    apiVersion: 'autoscaling/v1',
    metadata,
    spec: {
      scaleTargetRef: hpa.spec.scaleTargetRef,
      ...(hpa.spec.minReplicas !== undefined ? { minReplicas: hpa.spec.minReplicas } : {}),
      maxReplicas: hpa.spec.maxReplicas,
      ...(cpu ? { targetCPUUtilizationPercentage: cpu.resource!.target.averageUtilization! } : {}),
    },
    status: {
      ...(status?.observedGeneration !== undefined ? { observedGeneration: status.observedGeneration } : {}),
      ...(status?.lastScaleTime !== undefined ? { lastScaleTime: status.lastScaleTime } : {}),
      currentReplicas: status?.currentReplicas ?? 0,
      desiredReplicas: status?.desiredReplicas ?? 0,
      ...(cpuStatus ? { currentCPUUtilizationPercentage: cpuStatus.resource!.current.averageUtilization! } : {}),
    },
  };
  return out;
}

/** What a v1 client wrote -> v2 for storage: the annotations become fields again. */
export function hpaFromV1(obj: KubeObject): HorizontalPodAutoscaler {
  const v1 = obj as HorizontalPodAutoscalerV1;
  const annotations = { ...(v1.metadata.annotations ?? {}) };
  const otherSpecs = parseList(annotations[METRIC_SPECS_ANNOTATION]);
  const statuses = parseList(annotations[METRIC_STATUSES_ANNOTATION]);
  const conditions = parseList(annotations[CONDITIONS_ANNOTATION]);
  let behavior: HorizontalPodAutoscaler['spec']['behavior'];
  try {
    behavior = annotations[BEHAVIOR_ANNOTATION] !== undefined ? (JSON.parse(annotations[BEHAVIOR_ANNOTATION]) as HorizontalPodAutoscaler['spec']['behavior']) : undefined;
  } catch {
    behavior = undefined;
  }
  for (const k of ROUND_TRIP) delete annotations[k];
  const spec = v1.spec ?? ({} as HorizontalPodAutoscalerV1['spec']);
  const metrics: MetricSpec[] = (otherSpecs ?? []).map(specFromV1);
  if (spec.targetCPUUtilizationPercentage !== undefined) metrics.push({ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: spec.targetCPUUtilizationPercentage } } });
  const metadata = { ...v1.metadata };
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  else delete metadata.annotations;
  const out: HorizontalPodAutoscaler = {
    kind: 'HorizontalPodAutoscaler',
    apiVersion: 'autoscaling/v2',
    metadata,
    spec: {
      scaleTargetRef: spec.scaleTargetRef,
      ...(spec.minReplicas !== undefined ? { minReplicas: spec.minReplicas } : {}),
      maxReplicas: spec.maxReplicas,
      ...(metrics.length > 0 ? { metrics } : {}),
      ...(behavior ? { behavior } : {}),
    },
  };
  if (v1.status) {
    out.status = {
      ...(v1.status.observedGeneration !== undefined ? { observedGeneration: v1.status.observedGeneration } : {}),
      ...(v1.status.lastScaleTime !== undefined ? { lastScaleTime: v1.status.lastScaleTime } : {}),
      currentReplicas: v1.status.currentReplicas ?? 0,
      desiredReplicas: v1.status.desiredReplicas ?? 0,
      ...(statuses ? { currentMetrics: statuses.map(statusFromV1) } : {}),
      ...(conditions ? { conditions: conditions as unknown as NonNullable<HorizontalPodAutoscaler['status']>['conditions'] } : {}),
    };
  }
  return out;
}
