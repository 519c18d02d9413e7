// Cases of upstream's replica_calculator_test.go (resource CPU targets) through our port.
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../../src/sim/api/types.js';
import { resourceReplicas, type PodMetric } from '../../../../src/sim/controllers/podautoscaler/replica-calculator.js';

const NOW = Date.parse('2025-01-06T12:00:00Z');
const HOUR_AGO = new Date(NOW - 3_600_000).toISOString().replace('.000Z', 'Z');

interface Case {
  currentReplicas: number;
  /** Per pod: CPU request (cores), usage (milli) or undefined for a missing metric, readiness, phase. */
  requests: number[];
  levels: Array<number | undefined>;
  readiness?: Array<'True' | 'False'>;
  phases?: string[];
  target: number;
}

function run(c: Case) {
  const pods: Pod[] = c.requests.map((req, i) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `test-pod-${i}`, namespace: 'default' },
    spec: { containers: [{ name: 'c', image: 'x', resources: { requests: { cpu: `${req * 1000}m` } } }] },
    status: {
      phase: c.phases?.[i] ?? 'Running',
      startTime: HOUR_AGO,
      conditions: [{ type: 'Ready', status: c.readiness?.[i] ?? 'True', lastTransitionTime: HOUR_AGO }],
    },
  })) as unknown as Pod[];
  const metrics = new Map<string, PodMetric>();
  c.levels.forEach((v, i) => {
    if (v !== undefined) metrics.set(`test-pod-${i}`, { value: v, timestamp: NOW, windowMs: 60_000 });
  });
  return resourceReplicas(c.currentReplicas, c.target, 'cpu', pods, metrics, NOW);
}

describe('the HPA replica calculator (resource utilization)', () => {
  it('scales up in proportion to the utilization (TestReplicaCalcScaleUp)', () => {
    expect(run({ currentReplicas: 3, requests: [1, 1, 1], levels: [300, 500, 700], target: 30 })).toEqual({ replicas: 5, utilization: 50, rawAverage: 500 });
  });

  it('scales down in proportion to the utilization (TestReplicaCalcScaleDown)', () => {
    expect(run({ currentReplicas: 5, requests: [1, 1, 1, 1, 1], levels: [100, 300, 500, 250, 250], target: 50 })).toMatchObject({ replicas: 3, utilization: 28 });
  });

  it('changes nothing within the 10% tolerance (TestReplicaCalcTolerance)', () => {
    expect(run({ currentReplicas: 3, requests: [0.9, 1.0, 1.1], levels: [1010, 1030, 1020], target: 100 })).toMatchObject({ replicas: 3, utilization: 102 });
  });

  it('counts unready pods as idle on a scale-up (TestReplicaCalcScaleUpUnreadyLessScale)', () => {
    expect(run({ currentReplicas: 3, requests: [1, 1, 1], levels: [300, 500, 700], readiness: ['False', 'True', 'True'], target: 30 })).toMatchObject({ replicas: 4, utilization: 60 });
  });

  it('does not scale up when unready pods would bring the ratio under 1 (TestReplicaCalcScaleUpUnreadyNoScale)', () => {
    expect(run({ currentReplicas: 3, requests: [1, 1, 1], levels: [400, 500, 700], readiness: ['True', 'False', 'False'], target: 30 })).toMatchObject({ replicas: 3, utilization: 40 });
  });

  it('keeps the count when a missing pod would make up the difference (TestReplicaCalcMissingMetricsNoChangeEq)', () => {
    expect(run({ currentReplicas: 2, requests: [1, 1], levels: [1000, undefined], target: 100 })).toMatchObject({ replicas: 2, utilization: 100 });
  });

  it('ignores metrics of pods it does not know (TestReplicaCalcSuperfluousMetrics)', () => {
    const pods = run({ currentReplicas: 4, requests: [1, 1, 1, 1], levels: [4000, 9500, 3000, 7000, 3200, 2000], target: 100 });
    expect(pods).toMatchObject({ replicas: 24, utilization: 587 });
  });

  it('counts missing pods as fully used on a scale-down (TestReplicaCalcMissingMetrics)', () => {
    expect(run({ currentReplicas: 4, requests: [1, 1, 1, 1], levels: [400, 95, undefined, undefined], target: 100 })).toMatchObject({ replicas: 3, utilization: 24 });
  });

  it('leaves pending pods out of a scale-down (TestReplicaCalcScaleDownExcludeUnreadyPods)', () => {
    expect(
      run({ currentReplicas: 5, requests: [1, 1, 1, 1, 1], levels: [100, 300, 500, 250, 250], readiness: ['True', 'True', 'True', 'False', 'False'], phases: ['Running', 'Running', 'Running', 'Pending', 'Pending'], target: 50 }),
    ).toMatchObject({ replicas: 2, utilization: 30 });
  });

  it('ignores failed pods (TestReplicaCalcScaleDownIgnoresFailedPods)', () => {
    expect(
      run({ currentReplicas: 5, requests: [1, 1, 1, 1, 1, 1, 1], levels: [100, 300, 500, 250, 250, undefined, undefined], phases: ['Running', 'Running', 'Running', 'Running', 'Running', 'Failed', 'Failed'], target: 50 }),
    ).toMatchObject({ replicas: 3, utilization: 28 });
  });

  it('fails without metrics for any ready pod', () => {
    expect(() => run({ currentReplicas: 2, requests: [1, 1], levels: [100, 200], readiness: ['False', 'False'], phases: ['Pending', 'Pending'], target: 50 })).toThrow('did not receive metrics for targeted pods (pods might be unready)');
  });

  it('fails for a container without a CPU request', () => {
    expect(() => run({ currentReplicas: 1, requests: [NaN], levels: [100], target: 50 })).toThrow();
  });
});
