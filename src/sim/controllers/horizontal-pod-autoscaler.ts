// The HPA controller (pkg/controller/podautoscaler/horizontal.go, 1.32) on the virtual clock: each
// HorizontalPodAutoscaler is reconciled 15 s after it appears and then every 15 s
// (--horizontal-pod-autoscaler-sync-period and its fixed-interval rate limiter). A reconcile reads
// the target's scale subresource (Deployments, ReplicaSets, StatefulSets), the pods' resource
// metrics from metrics.k8s.io, proposes a replica count per metric (podautoscaler/replica-calculator),
// normalizes it (podautoscaler/normalize), writes the scale, and records conditions, status and events.
import type { HorizontalPodAutoscaler, HorizontalPodAutoscalerCondition, MetricSpec, MetricStatus } from '../api/autoscaling/hpa-types.js';
import { ALL_SERVED_TYPES, typeForKind, type ResourceType } from '../api/resources.js';
import { PODS } from '../api/pods-type.js';
import { StatusError } from '../api/status-error.js';
import { rfc3339 } from '../api/time.js';
import type { KubeObject, LabelSelector, ObjectReference, Pod } from '../api/types.js';
import type { ClusterParts } from './cluster-parts.js';
import type { MetricsApi } from '../metrics/metrics-api.js';
import { formatLabelSelector } from '../api/labels.js';
import { formatQuantity, parseQuantity, quantityMilliValue } from '../core/quantity.js';
import { normalizeDesiredReplicas, normalizeWithBehaviors, storeScaleEvent, type AutoscalerMemory, type ConditionChange } from './podautoscaler/normalize.js';
import { CalculatorError, resourceReplicas, type PodMetric } from './podautoscaler/replica-calculator.js';

const HPAS = typeForKind('HorizontalPodAutoscaler', 'autoscaling/v2')!;
const SOURCE = { component: 'horizontal-pod-autoscaler' };
/** --horizontal-pod-autoscaler-sync-period. */
export const SYNC_PERIOD_MS = 15_000;

interface Scalable extends KubeObject {
  spec: { replicas?: number; selector?: LabelSelector };
  status?: { replicas?: number };
}

class MetricError extends Error {
  constructor(
    message: string,
    readonly condition: HorizontalPodAutoscalerCondition,
  ) {
    super(message);
  }
}

function hpaRef(hpa: HorizontalPodAutoscaler): ObjectReference {
  return { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', name: hpa.metadata.name, namespace: hpa.metadata.namespace ?? 'default', uid: hpa.metadata.uid ?? '', resourceVersion: hpa.metadata.resourceVersion ?? '' };
}

/** setCondition: a changed status moves lastTransitionTime. */
function setCondition(hpa: HorizontalPodAutoscaler, type: string, change: ConditionChange, now: number): void {
  const status = hpa.status!;
  status.conditions ??= [];
  let c = status.conditions.find((x) => x.type === type);
  if (!c) {
    c = { type, status: '' };
    status.conditions.push(c);
  }
  const at = c.status !== change.status ? rfc3339(now) : c.lastTransitionTime;
  const next: HorizontalPodAutoscalerCondition = { type, status: change.status, ...(at !== undefined ? { lastTransitionTime: at } : {}), reason: change.reason, message: change.message };
  status.conditions[status.conditions.indexOf(c)] = next;
}

/** The resource a scaleTargetRef names (by its group and kind), if it has a scale subresource. */
function scaleTargetType(ref: HorizontalPodAutoscaler['spec']['scaleTargetRef']): ResourceType | undefined {
  const apiVersion = ref.apiVersion ?? '';
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  return ALL_SERVED_TYPES.find((t) => t.kind === ref.kind && t.group === group && t.subresources.includes('scale'));
}

/** The message client-go gives a metrics.k8s.io error without a Status body. */
function metricsClientError(e: StatusError): string {
  if (e.status.code === 404) return 'the server could not find the requested resource (get pods.metrics.k8s.io)';
  if (e.status.code === 503) return 'the server is currently unable to handle the request (get pods.metrics.k8s.io)';
  return e.message;
}

export function startHorizontalPodAutoscalerController(parts: ClusterParts, metrics: MetricsApi): void {
  const { api, loop, recorder } = parts;
  const memory = new Map<string, AutoscalerMemory>();
  const timers = new Map<string, ReturnType<typeof loop.after>>();
  const record = (hpa: HorizontalPodAutoscaler, type: 'Normal' | 'Warning', reason: string, text: string) => recorder.record(hpaRef(hpa), type, reason, text, SOURCE);

  /** computeStatusForResourceMetric (Utilization and AverageValue targets of a Resource metric). */
  const resourceMetric = (hpa: HorizontalPodAutoscaler, spec: MetricSpec, current: number, selector: string): { replicas: number; name: string; status: MetricStatus } => {
    const resource = spec.resource!.name;
    const fail = (err: string): never => {
      record(hpa, 'Warning', 'FailedGetResourceMetric', err);
      throw new MetricError(err, { type: 'ScalingActive', status: 'False', reason: 'FailedGetResourceMetric', message: `the HPA was unable to compute the replica count: ${err}` });
    };
    const ns = hpa.metadata.namespace ?? 'default';
    let raw;
    try {
      raw = metrics.listPodMetrics(ns, { labelSelector: selector });
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
      return fail(`failed to get ${resource} utilization: unable to get metrics for resource ${resource}: unable to fetch metrics from resource metrics API: ${metricsClientError(e)}`);
    }
    if (raw.items.length === 0) return fail(`failed to get ${resource} utilization: unable to get metrics for resource ${resource}: no metrics returned from resource metrics API`);
    const podMetrics = new Map<string, PodMetric>();
    for (const m of raw.items) {
      let sum = 0;
      let missing = m.containers.length === 0;
      for (const c of m.containers) {
        const v = (c.usage as unknown as Record<string, string | undefined>)[resource];
        if (v === undefined) {
          missing = true;
          break;
        }
        sum += quantityMilliValue(parseQuantity(v)!);
      }
      if (!missing) podMetrics.set(m.metadata.name, { value: sum, timestamp: Date.parse(m.timestamp), windowMs: Math.round(parseFloat(m.window) * (m.window.endsWith('ms') ? 1 : 1000)) });
    }
    const pods = api.viewList<Pod>(PODS, ns, { labelSelector: selector });
    const target = spec.resource!.target;
    try {
      if (target.averageValue !== undefined) return fail('AverageValue targets of resource metrics are not modelled by the simulator');
      if (target.averageUtilization === undefined) return fail('invalid resource metric source: neither a utilization target nor a value target was set');
      const r = resourceReplicas(current, target.averageUtilization, resource, pods, podMetrics, loop.now());
      return {
        replicas: r.replicas,
        name: `${resource} resource utilization (percentage of request)`,
        status: { type: 'Resource', resource: { name: resource, current: { averageValue: formatQuantity({ nano: BigInt(r.rawAverage) * 1_000_000n, format: 'DecimalSI' }), averageUtilization: r.utilization } } },
      };
    } catch (e) {
      if (e instanceof CalculatorError) return fail(`failed to get ${resource} utilization: ${e.message}`);
      throw e;
    }
  };

  /** computeReplicasForMetrics: the largest proposal; invalid metrics fail the lot when all are invalid or a scale-down would follow. */
  const replicasForMetrics = (hpa: HorizontalPodAutoscaler, specReplicas: number, selector: string): { replicas: number; metric: string; statuses: MetricStatus[]; error?: string } => {
    const specs = hpa.spec.metrics ?? [];
    const statuses: MetricStatus[] = specs.map(() => ({ type: '' }));
    let replicas = 0;
    let metric = '';
    let invalid = 0;
    let first: MetricError | undefined;
    specs.forEach((spec, i) => {
      try {
        if (spec.type !== 'Resource') {
          const err = `failed to get ${spec.type.toLowerCase()} metric value: ${spec.type} metrics are not modelled by the simulator`;
          throw new MetricError(err, { type: 'ScalingActive', status: 'False', reason: `FailedGet${spec.type}Metric`, message: `the HPA was unable to compute the replica count: ${err}` });
        }
        const r = resourceMetric(hpa, spec, specReplicas, selector);
        statuses[i] = r.status;
        if (replicas === 0 || r.replicas > replicas) {
          replicas = r.replicas;
          metric = r.name;
        }
      } catch (e) {
        if (!(e instanceof MetricError)) throw e;
        const wrapped = spec.type === 'Resource' ? new MetricError(`failed to get ${spec.resource!.name} resource metric value: ${e.message}`, e.condition) : e;
        if (invalid === 0) first = wrapped;
        invalid++;
      }
    });
    const now = loop.now();
    if (first && (invalid >= specs.length || replicas < specReplicas)) {
      const c = first.condition;
      setCondition(hpa, c.type, { status: c.status as 'False', reason: c.reason ?? '', message: c.message ?? '' }, now);
      return { replicas: -1, metric: '', statuses, error: `invalid metrics (${invalid} invalid out of ${specs.length}), first error is: ${first.message}` };
    }
    setCondition(hpa, 'ScalingActive', { status: 'True', reason: 'ValidMetricFound', message: `the HPA was able to successfully calculate a replica count from ${metric}` }, now);
    return { replicas, metric, statuses };
  };

  const reconcile = (ns: string, name: string) => {
    const stored = api.view<HorizontalPodAutoscaler>(HPAS, ns, name);
    if (!stored) return;
    const hpa = structuredClone(stored) as HorizontalPodAutoscaler;
    hpa.status ??= { desiredReplicas: 0 };
    const original = JSON.stringify(hpa.status);
    const key = `${ns}/${name}`;
    const mem = memory.get(key) ?? { recommendations: [], scaleUpEvents: [], scaleDownEvents: [] };
    memory.set(key, mem);
    const now = loop.now();
    const writeStatus = () => {
      if (JSON.stringify(hpa.status) === original) return;
      const fresh = api.view<HorizontalPodAutoscaler>(HPAS, ns, name);
      if (fresh && fresh.metadata.uid === hpa.metadata.uid) api.updateStatus(HPAS, { ...fresh, status: hpa.status });
    };
    const ref = hpa.spec.scaleTargetRef;
    const targetType = scaleTargetType(ref);
    const target = targetType && api.view<Scalable>(targetType, ns, ref.name);
    if (!targetType || !target) {
      const err = targetType ? `${targetType.resource}.${targetType.group} "${ref.name}" not found` : `no matches for kind "${ref.kind}" in group "${(ref.apiVersion ?? '').split('/')[0]}"`;
      record(hpa, 'Warning', 'FailedGetScale', err);
      setCondition(hpa, 'AbleToScale', { status: 'False', reason: 'FailedGetScale', message: `the HPA controller was unable to get the target's current scale: ${err}` }, now);
      writeStatus();
      return;
    }
    setCondition(hpa, 'AbleToScale', { status: 'True', reason: 'SucceededGetScale', message: "the HPA controller was able to get the target's current scale" }, now);
    const current = target.spec.replicas ?? 1;
    if (mem.recommendations.length === 0) mem.recommendations.push({ replicas: current, at: now });
    const min = hpa.spec.minReplicas ?? 1;
    let desired = 0;
    let reason = '';
    let rescale = true;
    let statuses: MetricStatus[] | undefined;
    if (current === 0 && min !== 0) {
      desired = 0;
      rescale = false;
      setCondition(hpa, 'ScalingActive', { status: 'False', reason: 'ScalingDisabled', message: 'scaling is disabled since the replica count of the target is zero' }, now);
    } else if (current > hpa.spec.maxReplicas) {
      reason = 'Current number of replicas above Spec.MaxReplicas';
      desired = hpa.spec.maxReplicas;
    } else if (current < min) {
      reason = 'Current number of replicas below Spec.MinReplicas';
      desired = min;
    } else {
      const selector = target.spec.selector ? formatLabelSelector(target.spec.selector) : '';
      const computed = replicasForMetrics(hpa, current, selector);
      statuses = computed.statuses;
      if (computed.error !== undefined) {
        hpa.status = { ...(hpa.status.lastScaleTime ? { lastScaleTime: hpa.status.lastScaleTime } : {}), ...(current ? { currentReplicas: current } : {}), desiredReplicas: hpa.status.desiredReplicas, currentMetrics: statuses, ...(hpa.status.conditions ? { conditions: hpa.status.conditions } : {}) };
        writeStatus();
        record(hpa, 'Warning', 'FailedComputeMetricsReplicas', computed.error);
        return;
      }
      if (computed.replicas > desired) desired = computed.replicas;
      if (desired > current) reason = `${computed.metric} above target`;
      if (desired < current) reason = 'All metrics below target';
      const n = hpa.spec.behavior
        ? normalizeWithBehaviors(mem, hpa.spec.behavior, current, desired, min, hpa.spec.maxReplicas, now)
        : normalizeDesiredReplicas(mem, current, desired, min, hpa.spec.maxReplicas, now);
      setCondition(hpa, 'AbleToScale', n.ableToScale, now);
      setCondition(hpa, 'ScalingLimited', n.scalingLimited, now);
      desired = n.replicas;
      rescale = desired !== current;
    }
    let lastScaleTime = hpa.status.lastScaleTime;
    if (rescale) {
      const fresh = api.get<Scalable>(targetType, ns, ref.name);
      api.update(targetType, ns, { ...fresh, spec: { ...fresh.spec, replicas: desired } }, { trusted: true });
      setCondition(hpa, 'AbleToScale', { status: 'True', reason: 'SucceededRescale', message: `the HPA controller was able to update the target scale to ${desired}` }, now);
      record(hpa, 'Normal', 'SuccessfulRescale', `New size: ${desired}; reason: ${reason}`);
      storeScaleEvent(mem, hpa.spec.behavior, current, desired, now);
      lastScaleTime = rfc3339(now);
    } else {
      desired = current;
    }
    hpa.status = {
      ...(lastScaleTime ? { lastScaleTime } : {}),
      ...(current ? { currentReplicas: current } : {}),
      desiredReplicas: desired,
      ...(statuses && statuses.length > 0 ? { currentMetrics: statuses } : {}),
      ...(hpa.status.conditions ? { conditions: hpa.status.conditions } : {}),
    };
    writeStatus();
  };

  const schedule = (ns: string, name: string) => {
    const key = `${ns}/${name}`;
    if (timers.has(key)) return;
    timers.set(
      key,
      loop.after(SYNC_PERIOD_MS, `hpa ${key}`, () => {
        timers.delete(key);
        if (!api.view(HPAS, ns, name)) {
          memory.delete(key);
          return;
        }
        reconcile(ns, name);
        schedule(ns, name);
      }),
    );
  };
  api.store.watch('horizontalpodautoscalers.autoscaling', (e) => {
    const ns = e.object.metadata.namespace ?? 'default';
    const key = `${ns}/${e.object.metadata.name}`;
    if (e.type === 'DELETED') {
      loop.cancel(timers.get(key));
      timers.delete(key);
      memory.delete(key);
      return;
    }
    schedule(ns, e.object.metadata.name);
  });
}
