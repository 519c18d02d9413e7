// The HPA controller's normalization: stabilization and rate limits (horizontal.go).
import { describe, expect, it } from 'vitest';
import { normalizeDesiredReplicas, normalizeWithBehaviors, scaleDownLimit, scaleUpLimit, storeScaleEvent, type AutoscalerMemory } from '../../../../src/sim/controllers/podautoscaler/normalize.js';

const fresh = (): AutoscalerMemory => ({ recommendations: [], scaleUpEvents: [], scaleDownEvents: [] });
const DEFAULT_UP = { stabilizationWindowSeconds: 0, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 4, periodSeconds: 15 }, { type: 'Percent', value: 100, periodSeconds: 15 }] };
const DEFAULT_DOWN = { selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] };

describe('HPA normalization without behavior', () => {
  it('limits a scale-up to max(2 x current, 4) and says so', () => {
    const n = normalizeDesiredReplicas(fresh(), 3, 20, 1, 10, 0);
    expect(n.replicas).toBe(6);
    expect(n.scalingLimited).toEqual({ status: 'True', reason: 'ScaleUpLimit', message: 'the desired replica count is increasing faster than the maximum scale rate' });
  });

  it('caps at maxReplicas with TooManyReplicas', () => {
    const n = normalizeDesiredReplicas(fresh(), 8, 20, 1, 10, 0);
    expect(n.replicas).toBe(10);
    expect(n.scalingLimited.reason).toBe('TooManyReplicas');
  });

  it('keeps the highest recommendation of the last five minutes on a scale-down', () => {
    const mem = fresh();
    normalizeDesiredReplicas(mem, 6, 6, 1, 10, 0);
    const soon = normalizeDesiredReplicas(mem, 6, 1, 1, 10, 60_000);
    expect(soon.replicas).toBe(6);
    expect(soon.ableToScale.reason).toBe('ScaleDownStabilized');
    const later = normalizeDesiredReplicas(mem, 6, 1, 1, 10, 301_000 + 60_000);
    expect(later.replicas).toBe(1);
  });
});

describe('HPA scaling policies', () => {
  it('takes the largest default scale-up (4 pods or 100%) per 15 s period', () => {
    expect(scaleUpLimit(1, [], DEFAULT_UP, 0)).toBe(5);
    expect(scaleUpLimit(10, [], DEFAULT_UP, 0)).toBe(20);
  });

  it('counts the replicas added within a policy period', () => {
    const mem = fresh();
    const behavior = { scaleUp: { ...DEFAULT_UP, policies: [{ type: 'Pods', value: 2, periodSeconds: 60 }] }, scaleDown: DEFAULT_DOWN };
    storeScaleEvent(mem, behavior, 2, 4, 0);
    expect(scaleUpLimit(4, mem.scaleUpEvents, behavior.scaleUp, 30_000)).toBe(4);
    expect(scaleUpLimit(4, mem.scaleUpEvents, behavior.scaleUp, 61_000)).toBe(6);
  });

  it('disables scaling down with selectPolicy Disabled', () => {
    expect(scaleDownLimit(5, [], { selectPolicy: 'Disabled', policies: [] }, 0)).toBe(5);
  });

  it('applies the scale-down window the controller fills in when behavior leaves it unset', () => {
    const mem = fresh();
    const behavior = { scaleUp: DEFAULT_UP, scaleDown: DEFAULT_DOWN };
    normalizeWithBehaviors(mem, behavior, 5, 5, 1, 10, 0);
    const n = normalizeWithBehaviors(mem, behavior, 5, 2, 1, 10, 100_000);
    expect(n.replicas).toBe(5);
    expect(n.ableToScale.reason).toBe('ScaleDownStabilized');
  });
});
