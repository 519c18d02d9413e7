// The Deployment controller's arithmetic, with upstream's tables
// (pkg/controller/deployment/util/deployment_util_test.go).
import { describe, expect, test } from 'vitest';
import type { Deployment } from '../../../../src/sim/api/types.js';
import { getProportion, maxUnavailable, newRSNewReplicas, resolveFenceposts } from '../../../../src/sim/controllers/deployment/replica-arithmetic.js';
import { newDeployment, rs } from './fixtures.js';

describe('ResolveFenceposts (TestResolveFenceposts)', () => {
  test.each([
    { maxSurge: '0%', maxUnavailable: '0%', desired: 0, surge: 0, unavailable: 1 },
    { maxSurge: '39%', maxUnavailable: '39%', desired: 10, surge: 4, unavailable: 3 },
    { maxSurge: undefined, maxUnavailable: '39%', desired: 10, surge: 0, unavailable: 3 },
    { maxSurge: '39%', maxUnavailable: undefined, desired: 10, surge: 4, unavailable: 0 },
    { maxSurge: undefined, maxUnavailable: undefined, desired: 10, surge: 0, unavailable: 1 },
  ])('surge $maxSurge, unavailable $maxUnavailable of $desired → $surge, $unavailable', ({ maxSurge, maxUnavailable: u, desired, surge, unavailable }) => {
    expect(resolveFenceposts(maxSurge, u, desired)).toEqual({ surge, unavailable });
  });
});

describe('NewRSNewReplicas (TestNewRSNewReplicas)', () => {
  test.each([
    { name: 'can not scale up - to newRSReplicas', type: 'RollingUpdate', depReplicas: 1, newRSReplicas: 5, maxSurge: 1, expected: 5 },
    { name: 'scale up - to depReplicas', type: 'RollingUpdate', depReplicas: 6, newRSReplicas: 2, maxSurge: 10, expected: 6 },
    { name: 'recreate - to depReplicas', type: 'Recreate', depReplicas: 3, newRSReplicas: 1, maxSurge: 1, expected: 3 },
  ])('$name', ({ type, depReplicas, newRSReplicas, maxSurge, expected }) => {
    const d = newDeployment('nginx', depReplicas, { maxSurge, maxUnavailable: 1 });
    d.spec.strategy!.type = type;
    expect(newRSNewReplicas(d, [rs('rs5', 5)], rs('new', newRSReplicas))).toBe(expected);
  });
});

describe('MaxUnavailable (TestMaxUnavailable)', () => {
  const deployment = (replicas: number, u: number | string): Deployment => newDeployment('foo', replicas, { maxSurge: 1, maxUnavailable: u });
  test.each([
    { name: 'maxUnavailable less than replicas', d: deployment(10, 5), expected: 5 },
    { name: 'maxUnavailable equal replicas', d: deployment(10, 10), expected: 10 },
    { name: 'maxUnavailable greater than replicas', d: deployment(5, 10), expected: 5 },
    { name: 'maxUnavailable with replicas is 0', d: deployment(0, 10), expected: 0 },
    { name: 'maxUnavailable with Recreate deployment strategy', d: { ...deployment(1, 1), spec: { ...deployment(1, 1).spec, strategy: { type: 'Recreate' } } }, expected: 0 },
    { name: 'maxUnavailable less than replicas with percents', d: deployment(10, '50%'), expected: 5 },
    { name: 'maxUnavailable equal replicas with percents', d: deployment(10, '100%'), expected: 10 },
    { name: 'maxUnavailable greater than replicas with percents', d: deployment(5, '100%'), expected: 5 },
  ])('$name', ({ d, expected }) => {
    expect(maxUnavailable(d)).toBe(expected);
  });
});

describe('GetProportion', () => {
  // A ReplicaSet sized when the Deployment's max was 10 (its max-replicas annotation).
  const sized = (replicas: number) => {
    const r = rs('foo-v1', replicas);
    r.metadata.annotations = { 'deployment.kubernetes.io/max-replicas': '10' };
    return r;
  };
  test('its share of the replicas to add, never more than is left', () => {
    const d = newDeployment('foo', 20, { maxSurge: 0 });
    expect(getProportion(sized(5), d, 10, 0)).toBe(5);
    expect(getProportion(sized(5), d, 10, 7)).toBe(3);
  });
  test('its share of the replicas to remove, never more than is left', () => {
    const d = newDeployment('foo', 5, { maxSurge: 0 });
    expect(getProportion(sized(6), d, -5, 0)).toBe(-3);
    expect(getProportion(sized(6), d, -5, -4)).toBe(-1);
  });
  test('nothing for an empty ReplicaSet or nothing to add; all of it when scaling to zero', () => {
    const d = newDeployment('foo', 0, { maxSurge: 0 });
    expect(getProportion(sized(0), newDeployment('foo', 20), 10, 0)).toBe(0);
    expect(getProportion(sized(4), newDeployment('foo', 20), 0, 0)).toBe(0);
    expect(getProportion(sized(4), d, -4, 0)).toBe(-4);
  });
  test('no max-replicas annotation: the Deployment status replicas stand in', () => {
    const d = newDeployment('foo', 20, { maxSurge: 0 });
    d.status = { replicas: 10 };
    expect(getProportion(rs('foo-v1', 5), d, 10, 0)).toBe(5);
    d.status = {};
    expect(getProportion(rs('foo-v1', 5), d, 10, 0)).toBe(0);
  });
});
