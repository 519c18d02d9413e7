// How the HPA controller turns a metric's proposal into the replica count it sets
// (pkg/controller/podautoscaler/horizontal.go, 1.32): without spec.behavior, the highest
// recommendation of the downscale stabilization window (5 min) and a scale-up of at most
// max(2 x current, 4); with it, the scale-up/scale-down stabilization windows and the policies' rate
// limits over their periods. Each path returns the AbleToScale and ScalingLimited conditions it sets.
import type { HorizontalPodAutoscalerBehavior, HPAScalingRules } from '../../api/autoscaling/hpa-types.js';

/** --horizontal-pod-autoscaler-downscale-stabilization. */
export const DOWNSCALE_STABILIZATION_MS = 5 * 60_000;
const SCALE_UP_LIMIT_FACTOR = 2.0;
const SCALE_UP_LIMIT_MINIMUM = 4.0;

export interface Recommendation {
  replicas: number;
  at: number;
}

export interface ScaleEvent {
  change: number;
  at: number;
  outdated: boolean;
}

/** The controller's memory for one HPA (recommendations, scaleUpEvents, scaleDownEvents). */
export interface AutoscalerMemory {
  recommendations: Recommendation[];
  scaleUpEvents: ScaleEvent[];
  scaleDownEvents: ScaleEvent[];
}

export interface ConditionChange {
  status: 'True' | 'False';
  reason: string;
  message: string;
}

export interface Normalized {
  replicas: number;
  ableToScale: ConditionChange;
  scalingLimited: ConditionChange;
}

/** stabilizeRecommendation: the highest recommendation of the window; the oldest outside it is replaced. */
function stabilize(mem: AutoscalerMemory, proposal: number, now: number): number {
  let max = proposal;
  let oldIndex = -1;
  const cutoff = now - DOWNSCALE_STABILIZATION_MS;
  mem.recommendations.forEach((r, i) => {
    if (r.at < cutoff) oldIndex = i;
    else if (r.replicas > max) max = r.replicas;
  });
  if (oldIndex >= 0) mem.recommendations[oldIndex] = { replicas: proposal, at: now };
  else mem.recommendations.push({ replicas: proposal, at: now });
  return max;
}

/** convertDesiredReplicasWithRules. */
function withRules(current: number, desired: number, min: number, max: number): { replicas: number; reason: string; message: string } {
  const scaleUpLimit = Math.trunc(Math.max(SCALE_UP_LIMIT_FACTOR * current, SCALE_UP_LIMIT_MINIMUM));
  let maximum: number;
  let reason: string;
  let message: string;
  if (max > scaleUpLimit) {
    maximum = scaleUpLimit;
    reason = 'ScaleUpLimit';
    message = 'the desired replica count is increasing faster than the maximum scale rate';
  } else {
    maximum = max;
    reason = 'TooManyReplicas';
    message = 'the desired replica count is more than the maximum replica count';
  }
  if (desired < min) return { replicas: min, reason: 'TooFewReplicas', message: 'the desired replica count is less than the minimum replica count' };
  if (desired > maximum) return { replicas: maximum, reason, message };
  return { replicas: desired, reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' };
}

/** normalizeDesiredReplicas: the path for an HPA without spec.behavior. */
export function normalizeDesiredReplicas(mem: AutoscalerMemory, current: number, proposal: number, min: number, max: number, now: number): Normalized {
  const stabilized = stabilize(mem, proposal, now);
  const ableToScale: ConditionChange =
    stabilized !== proposal
      ? { status: 'True', reason: 'ScaleDownStabilized', message: 'recent recommendations were higher than current one, applying the highest recent recommendation' }
      : { status: 'True', reason: 'ReadyForNewScale', message: 'recommended size matches current size' };
  const r = withRules(current, stabilized, min, max);
  return { replicas: r.replicas, ableToScale, scalingLimited: { status: r.replicas === stabilized ? 'False' : 'True', reason: r.reason, message: r.message } };
}

/** getReplicasChangePerPeriod. */
function changeInPeriod(periodSeconds: number, events: readonly ScaleEvent[], now: number): number {
  const cutoff = now - periodSeconds * 1000;
  return events.filter((e) => e.at > cutoff).reduce((sum, e) => sum + e.change, 0);
}

/** calculateScaleUpLimitWithScalingRules. */
export function scaleUpLimit(current: number, events: readonly ScaleEvent[], rules: HPAScalingRules, now: number): number {
  if (rules.selectPolicy === 'Disabled') return current;
  const pick = rules.selectPolicy === 'Min' ? Math.min : Math.max;
  let result = 0;
  for (const p of rules.policies ?? []) {
    const start = current - changeInPeriod(p.periodSeconds, events, now);
    const proposed = p.type === 'Pods' ? start + p.value : p.type === 'Percent' ? Math.ceil(start * (1 + p.value / 100)) : 0;
    result = pick(result, proposed);
  }
  return result;
}

/** calculateScaleDownLimitWithBehaviors. */
export function scaleDownLimit(current: number, events: readonly ScaleEvent[], rules: HPAScalingRules, now: number): number {
  if (rules.selectPolicy === 'Disabled') return current;
  const pick = rules.selectPolicy === 'Min' ? Math.max : Math.min;
  let result = 2 ** 31 - 1;
  for (const p of rules.policies ?? []) {
    const start = current + changeInPeriod(p.periodSeconds, events, now);
    const proposed = p.type === 'Pods' ? start - p.value : p.type === 'Percent' ? Math.trunc(start * (1 - p.value / 100)) : 0;
    result = pick(result, proposed);
  }
  return result;
}

/** normalizeDesiredReplicasWithBehaviors: stabilization windows, then the policies' rates. */
export function normalizeWithBehaviors(mem: AutoscalerMemory, behavior: HorizontalPodAutoscalerBehavior, current: number, proposal: number, min: number, max: number, now: number): Normalized {
  const up = behavior.scaleUp ?? {};
  // maybeInitScaleDownStabilizationWindow: an unset scale-down window is the controller's default.
  const down: HPAScalingRules = { ...(behavior.scaleDown ?? {}), stabilizationWindowSeconds: behavior.scaleDown?.stabilizationWindowSeconds ?? DOWNSCALE_STABILIZATION_MS / 1000 };
  const upWindow = up.stabilizationWindowSeconds ?? 0;
  const downWindow = down.stabilizationWindowSeconds!;
  const scalingUp = proposal >= current;
  let recommendation = proposal;
  const better = scalingUp ? Math.min : Math.max;
  const cutoff = now - (scalingUp ? upWindow : downWindow) * 1000;
  const obsolete = now - Math.max(upWindow, downWindow) * 1000;
  let oldIndex = -1;
  mem.recommendations.forEach((r, i) => {
    if (r.at > cutoff) recommendation = better(r.replicas, recommendation);
    if (r.at < obsolete) oldIndex = i;
  });
  if (oldIndex >= 0) mem.recommendations[oldIndex] = { replicas: proposal, at: now };
  else mem.recommendations.push({ replicas: proposal, at: now });
  const ableToScale: ConditionChange =
    recommendation !== proposal
      ? scalingUp
        ? { status: 'True', reason: 'ScaleUpStabilized', message: 'recent recommendations were lower than current one, applying the lowest recent recommendation' }
        : { status: 'True', reason: 'ScaleDownStabilized', message: 'recent recommendations were higher than current one, applying the highest recent recommendation' }
      : { status: 'True', reason: 'ReadyForNewScale', message: 'recommended size matches current size' };
  let replicas = recommendation;
  let reason = 'DesiredWithinRange';
  let message = 'the desired count is within the acceptable range';
  if (recommendation > current) {
    const limit = Math.max(scaleUpLimit(current, mem.scaleUpEvents, up, now), current);
    let maximum = max;
    let r = 'TooManyReplicas';
    let m = 'the desired replica count is more than the maximum replica count';
    if (maximum > limit) {
      maximum = limit;
      r = 'ScaleUpLimit';
      m = 'the desired replica count is increasing faster than the maximum scale rate';
    }
    if (recommendation > maximum) [replicas, reason, message] = [maximum, r, m];
  } else if (recommendation < current) {
    const limit = Math.min(scaleDownLimit(current, mem.scaleDownEvents, down, now), current);
    let minimum = min;
    let r = 'TooFewReplicas';
    let m = 'the desired replica count is less than the minimum replica count';
    if (minimum < limit) {
      minimum = limit;
      r = 'ScaleDownLimit';
      m = 'the desired replica count is decreasing faster than the maximum scale rate';
    }
    if (recommendation < minimum) [replicas, reason, message] = [minimum, r, m];
  }
  return { replicas, ableToScale, scalingLimited: { status: replicas === recommendation ? 'False' : 'True', reason, message } };
}

/** storeScaleEvent: kept only for HPAs with a behavior, reusing an entry older than the longest policy period. */
export function storeScaleEvent(mem: AutoscalerMemory, behavior: HorizontalPodAutoscalerBehavior | undefined, previous: number, next: number, now: number): void {
  if (!behavior) return;
  const up = next > previous;
  const rules = (up ? behavior.scaleUp : behavior.scaleDown) ?? {};
  const events = up ? mem.scaleUpEvents : mem.scaleDownEvents;
  const longest = Math.max(0, ...(rules.policies ?? []).map((p) => p.periodSeconds));
  let oldIndex = -1;
  events.forEach((e, i) => {
    if (e.at < now - longest * 1000) e.outdated = true;
    if (e.outdated) oldIndex = i;
  });
  const event = { change: up ? next - previous : previous - next, at: now, outdated: false };
  if (oldIndex >= 0) events[oldIndex] = event;
  else events.push(event);
}
