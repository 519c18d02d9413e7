// The objects upstream's deployment controller tests build (pkg/controller/deployment
// deployment_controller_test.go newDeployment and rs): a RollingUpdate Deployment with both
// fenceposts 0 unless given, and a ReplicaSet of a size made at a given moment.
import type { Deployment, ReplicaSet } from '../../../../src/sim/api/types.js';

export function newDeployment(name: string, replicas: number, options: { maxSurge?: number | string; maxUnavailable?: number | string; revisionHistoryLimit?: number; selector?: Record<string, string> } = {}): Deployment {
  const labels = options.selector ?? { foo: 'bar' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', uid: `uid-${name}` },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: { metadata: { labels: { ...labels } }, spec: { containers: [{ name: 'foo', image: 'foo/bar' }] } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: options.maxSurge ?? 0, maxUnavailable: options.maxUnavailable ?? 0 } },
      ...(options.revisionHistoryLimit !== undefined ? { revisionHistoryLimit: options.revisionHistoryLimit } : {}),
    },
    status: {},
  } as Deployment;
}

/** A ReplicaSet of `replicas`, created at `created` (an RFC 3339 time), `available` of them available. */
export function rs(name: string, replicas: number, created = '2016-05-20T00:00:00Z', available = 0): ReplicaSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: created, annotations: {} },
    spec: { replicas, selector: { matchLabels: { foo: 'bar' } }, template: { metadata: { labels: { foo: 'bar' } }, spec: { containers: [{ name: 'foo', image: 'foo/bar' }] } } },
    status: { replicas, availableReplicas: available },
  } as ReplicaSet;
}
