// The replica calculator for resource utilization targets (pkg/controller/podautoscaler/
// replica_calculator.go GetResourceReplicas, groupPods, calculateRequests, and
// metrics/utilization.go GetResourceUtilizationRatio, 1.32): pods are sorted into ready, unready
// (pending, not yet ready, or within the CPU initialization period without a clean sample) and
// missing (no metrics); within the 10% tolerance nothing changes; missing pods count as 100% on a
// scale-down and 0% on a scale-up, unready ones as 0% on a scale-up, and a change of direction
// caused by them cancels the change.
import type { Pod } from '../../api/types.js';
import { parseQuantity, quantityMilliValue } from '../../core/quantity.js';

/** --horizontal-pod-autoscaler-tolerance. */
export const TOLERANCE = 0.1;
/** --horizontal-pod-autoscaler-cpu-initialization-period. */
export const CPU_INITIALIZATION_PERIOD_MS = 5 * 60_000;
/** --horizontal-pod-autoscaler-initial-readiness-delay. */
export const INITIAL_READINESS_DELAY_MS = 30_000;

/** One pod's metric: the sum over its containers (milli-units), and when it was measured over what window. */
export interface PodMetric {
  value: number;
  timestamp: number;
  windowMs: number;
}

export interface ResourceReplicas {
  replicas: number;
  utilization: number;
  /** The average raw value per pod (milli-units). */
  rawAverage: number;
}

export class CalculatorError extends Error {}

const ms = (t: string | null | undefined) => (t ? Date.parse(t) : undefined);

interface Groups {
  readyCount: number;
  unready: Set<string>;
  missing: Set<string>;
  ignored: Set<string>;
}

/** groupPods. */
export function groupPods(pods: readonly Pod[], metrics: ReadonlyMap<string, PodMetric>, resource: string, now: number): Groups {
  const g: Groups = { readyCount: 0, unready: new Set(), missing: new Set(), ignored: new Set() };
  for (const pod of pods) {
    const name = pod.metadata.name;
    if (pod.metadata.deletionTimestamp || pod.status.phase === 'Failed') {
      g.ignored.add(name);
      continue;
    }
    if (pod.status.phase === 'Pending') {
      g.unready.add(name);
      continue;
    }
    const metric = metrics.get(name);
    if (!metric) {
      g.missing.add(name);
      continue;
    }
    if (resource === 'cpu') {
      const ready = (pod.status.conditions ?? []).find((c) => c.type === 'Ready');
      const start = ms(pod.status.startTime);
      let unready: boolean;
      if (!ready || start === undefined) unready = true;
      else {
        const transition = ms(ready.lastTransitionTime) ?? 0;
        if (start + CPU_INITIALIZATION_PERIOD_MS > now) {
          // Within the initialization period: unready, or no full window of samples since it became ready.
          unready = ready.status === 'False' || metric.timestamp < transition + metric.windowMs;
        } else {
          // Unready and never ready since it started.
          unready = ready.status === 'False' && start + INITIAL_READINESS_DELAY_MS > transition;
        }
      }
      if (unready) {
        g.unready.add(name);
        continue;
      }
    }
    g.readyCount++;
  }
  return g;
}

/** calculateRequests: the request of each pod (its containers and restartable init containers), milli-units. */
export function calculateRequests(pods: readonly Pod[], resource: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const pod of pods) {
    let sum = 0;
    const containers = [...pod.spec.containers, ...(pod.spec.initContainers ?? []).filter((c) => c.restartPolicy === 'Always')];
    for (const c of containers) {
      const request = c.resources?.requests?.[resource];
      if (request === undefined) throw new CalculatorError(`missing request for ${resource} in container ${c.name} of Pod ${pod.metadata.name}`);
      sum += quantityMilliValue(parseQuantity(String(request))!);
    }
    out.set(pod.metadata.name, sum);
  }
  return out;
}

/** GetResourceUtilizationRatio. */
export function utilizationRatio(metrics: ReadonlyMap<string, PodMetric>, requests: ReadonlyMap<string, number>, target: number): { ratio: number; utilization: number; rawAverage: number } {
  let metricsTotal = 0;
  let requestsTotal = 0;
  let entries = 0;
  for (const [name, m] of metrics) {
    const request = requests.get(name);
    if (request === undefined) continue;
    metricsTotal += m.value;
    requestsTotal += request;
    entries++;
  }
  if (requestsTotal === 0) throw new CalculatorError('no metrics returned matched known pods');
  const utilization = Math.trunc((metricsTotal * 100) / requestsTotal);
  return { ratio: utilization / target, utilization, rawAverage: Math.trunc(metricsTotal / entries) };
}

/** GetResourceReplicas, given the pods the selector matches and their metrics. */
export function resourceReplicas(currentReplicas: number, target: number, resource: string, pods: readonly Pod[], podMetrics: ReadonlyMap<string, PodMetric>, now: number): ResourceReplicas {
  if (pods.length === 0) throw new CalculatorError('no pods returned by selector while calculating replica count');
  const metrics = new Map(podMetrics);
  const g = groupPods(pods, metrics, resource, now);
  for (const name of g.ignored) metrics.delete(name);
  for (const name of g.unready) metrics.delete(name);
  if (metrics.size === 0) throw new CalculatorError('did not receive metrics for targeted pods (pods might be unready)');
  const requests = calculateRequests(pods, resource);
  const { ratio, utilization, rawAverage } = utilizationRatio(metrics, requests, target);
  const scaleUpWithUnready = g.unready.size > 0 && ratio > 1.0;
  if (!scaleUpWithUnready && g.missing.size === 0) {
    if (Math.abs(1.0 - ratio) <= TOLERANCE) return { replicas: currentReplicas, utilization, rawAverage };
    return { replicas: Math.ceil(ratio * g.readyCount), utilization, rawAverage };
  }
  if (g.missing.size > 0) {
    if (ratio < 1.0) {
      const fallback = Math.max(100, target);
      for (const name of g.missing) metrics.set(name, { value: Math.trunc(((requests.get(name) ?? 0) * fallback) / 100), timestamp: 0, windowMs: 0 });
    } else if (ratio > 1.0) {
      for (const name of g.missing) metrics.set(name, { value: 0, timestamp: 0, windowMs: 0 });
    }
  }
  if (scaleUpWithUnready) for (const name of g.unready) metrics.set(name, { value: 0, timestamp: 0, windowMs: 0 });
  const next = utilizationRatio(metrics, requests, target).ratio;
  if (Math.abs(1.0 - next) <= TOLERANCE || (ratio < 1.0 && next > 1.0) || (ratio > 1.0 && next < 1.0)) return { replicas: currentReplicas, utilization, rawAverage };
  const replicas = Math.ceil(next * metrics.size);
  if ((next < 1.0 && replicas > currentReplicas) || (next > 1.0 && replicas < currentReplicas)) return { replicas: currentReplicas, utilization, rawAverage };
  return { replicas, utilization, rawAverage };
}
