// autoscaling/v1 <-> v2 through the API server: v1 keeps one CPU target, the rest rides in annotations.
import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../../src/sim/cluster/cluster.js';
import { typeForKind } from '../../../../src/sim/api/resources.js';
import { defaultSimConfig } from '../../../../src/sim/core/config/config.js';
import type { KubeObject } from '../../../../src/sim/api/types.js';

const V1 = typeForKind('HorizontalPodAutoscaler', 'autoscaling/v1')!;
const V2 = typeForKind('HorizontalPodAutoscaler', 'autoscaling/v2')!;

describe('HorizontalPodAutoscaler versions', () => {
  it('stores a v1 object as v2 with the CPU target as a metric and defaults', () => {
    const cluster = new Cluster(defaultSimConfig());
    cluster.api.create(V1, 'default', { apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web' }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, maxReplicas: 5, targetCPUUtilizationPercentage: 60 } } as KubeObject);
    const v2 = cluster.api.get(V2, 'default', 'web');
    expect(v2['spec']).toEqual({ scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 1, maxReplicas: 5, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } }] });
    expect(v2['status']).toEqual({ desiredReplicas: 0 });
  });

  it('reads a v2 object with other metrics, behavior and conditions through v1 annotations, and back', () => {
    const cluster = new Cluster(defaultSimConfig());
    cluster.api.create(V2, 'default', {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'web' },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
        maxReplicas: 5,
        metrics: [
          { type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '100Mi' } } },
          { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } },
        ],
        behavior: { scaleDown: { stabilizationWindowSeconds: 60 } },
      },
    } as KubeObject);
    const v1 = cluster.api.get(V1, 'default', 'web');
    expect(v1['spec']).toMatchObject({ targetCPUUtilizationPercentage: 50, minReplicas: 1 });
    expect(v1.metadata.annotations?.['autoscaling.alpha.kubernetes.io/metrics']).toBe('[{"type":"Resource","resource":{"name":"memory","targetAverageValue":"100Mi"}}]');
    expect(JSON.parse(v1.metadata.annotations?.['autoscaling.alpha.kubernetes.io/behavior'] ?? 'null')).toMatchObject({ scaleDown: { stabilizationWindowSeconds: 60, selectPolicy: 'Max' } });
    // A v1 client writes it back unchanged: nothing is lost.
    cluster.api.update(V1, 'default', v1);
    const again = cluster.api.get(V2, 'default', 'web');
    expect(again['spec']).toEqual(cluster.api.get(V2, 'default', 'web')['spec']);
    expect((again['spec'] as { metrics: unknown[] }).metrics).toHaveLength(2);
    expect(again.metadata.annotations).toBeUndefined();
  });

  it('rejects a maxReplicas under minReplicas with the API server message', () => {
    const cluster = new Cluster(defaultSimConfig());
    expect(() =>
      cluster.api.create(V2, 'default', { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web' }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 3, maxReplicas: 2 } } as KubeObject),
    ).toThrow('HorizontalPodAutoscaler.autoscaling "web" is invalid: spec.maxReplicas: Invalid value: 2: must be greater than or equal to `minReplicas`');
  });
});
