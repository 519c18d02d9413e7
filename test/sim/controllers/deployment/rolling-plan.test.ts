// The RollingUpdate decisions, with upstream's tables (pkg/controller/deployment/rolling_test.go).
import { describe, expect, test } from 'vitest';
import { cleanupUnhealthyReplicas, reconcileNewReplicaSet, reconcileOldReplicaSets, scaleDownOldReplicaSetsForRollingUpdate } from '../../../../src/sim/controllers/deployment/rolling-plan.js';
import { newDeployment, rs } from './fixtures.js';

describe('reconcileNewReplicaSet (TestDeploymentController_reconcileNewReplicaSet)', () => {
  test.each([
    { deploymentReplicas: 10, maxSurge: 0, oldReplicas: 10, newReplicas: 0, expected: undefined },
    { deploymentReplicas: 10, maxSurge: 2, oldReplicas: 10, newReplicas: 0, expected: 2 },
    { deploymentReplicas: 10, maxSurge: 2, oldReplicas: 5, newReplicas: 0, expected: 7 },
    { deploymentReplicas: 10, maxSurge: 2, oldReplicas: 10, newReplicas: 2, expected: undefined },
    { deploymentReplicas: 10, maxSurge: 2, oldReplicas: 2, newReplicas: 11, expected: 10 },
  ])('$deploymentReplicas replicas, maxSurge $maxSurge, old $oldReplicas, new $newReplicas → $expected', ({ deploymentReplicas, maxSurge, oldReplicas, newReplicas, expected }) => {
    const newRS = rs('foo-v2', newReplicas);
    const oldRS = rs('foo-v1', oldReplicas);
    const d = newDeployment('foo', deploymentReplicas, { maxSurge, maxUnavailable: 0 });
    expect(reconcileNewReplicaSet(d, [newRS, oldRS], newRS)).toBe(expected);
  });
});

describe('reconcileOldReplicaSets (TestDeploymentController_reconcileOldReplicaSets)', () => {
  test.each([
    { deploymentReplicas: 10, maxUnavailable: 0, oldReplicas: 10, newReplicas: 0, readyOld: 10, readyNew: 0, expectedOld: 9 },
    { deploymentReplicas: 10, maxUnavailable: 2, oldReplicas: 10, newReplicas: 0, readyOld: 10, readyNew: 0, expectedOld: 8 },
    // unhealthy replicas from old replica sets are cleaned up
    { deploymentReplicas: 10, maxUnavailable: 2, oldReplicas: 10, newReplicas: 0, readyOld: 8, readyNew: 0, expectedOld: 8 },
    // one unhealthy replica cleaned up, one ready pod scaled down
    { deploymentReplicas: 10, maxUnavailable: 2, oldReplicas: 10, newReplicas: 0, readyOld: 9, readyNew: 0, expectedOld: 8 },
    // the new ReplicaSet's unavailable pods do not make the old ones shrink further
    { deploymentReplicas: 10, maxUnavailable: 2, oldReplicas: 8, newReplicas: 2, readyOld: 8, readyNew: 0, expectedOld: undefined },
  ])('$deploymentReplicas replicas, maxUnavailable $maxUnavailable, old $oldReplicas ($readyOld ready), new $newReplicas ($readyNew ready) → $expectedOld', (t) => {
    const newRS = rs('foo-new', t.newReplicas, '2016-05-20T01:00:00Z', t.readyNew);
    const oldRS = rs('foo-old', t.oldReplicas, '2016-05-20T00:00:00Z', t.readyOld);
    const d = newDeployment('foo', t.deploymentReplicas, { maxSurge: 0, maxUnavailable: t.maxUnavailable });
    const scalings = reconcileOldReplicaSets(d, [oldRS, newRS], [oldRS], newRS);
    expect(scalings.length > 0 ? scalings.at(-1)!.to : undefined).toBe(t.expectedOld);
  });

  test('the issue: 10 replicas, maxUnavailable 2, maxSurge 3, the new ReplicaSet broken: the old one keeps 8', () => {
    const d = newDeployment('web', 10, { maxSurge: 3, maxUnavailable: 2 });
    const oldRS = rs('web-old', 8, '2016-05-20T00:00:00Z', 8);
    const newRS = rs('web-new', 5, '2016-05-20T01:00:00Z', 0);
    expect(reconcileNewReplicaSet(d, [oldRS, newRS], newRS)).toBeUndefined();
    expect(reconcileOldReplicaSets(d, [oldRS, newRS], [oldRS], newRS)).toEqual([]);
  });

  test('an old ReplicaSet with unavailable pods is scaled down when a rollback makes it old', () => {
    // Rolled back to the good template: the broken ReplicaSet (5, none available) is old now.
    const d = newDeployment('web', 10, { maxSurge: 3, maxUnavailable: 2 });
    const broken = rs('web-broken', 5, '2016-05-20T01:00:00Z', 0);
    const good = rs('web-good', 8, '2016-05-20T00:00:00Z', 8);
    const scalings = reconcileOldReplicaSets(d, [broken, good], [broken], good);
    // all pods 13 − min available 8 − the good one's unavailable 0 = 5: all the broken pods go.
    expect(scalings.map((s) => [s.rs.metadata.name, s.to])).toEqual([['web-broken', 0]]);
  });
});

describe('cleanupUnhealthyReplicas (TestDeploymentController_cleanupUnhealthyReplicas)', () => {
  test.each([
    { oldReplicas: 10, readyPods: 8, maxCleanupCount: 1, expected: 1 },
    { oldReplicas: 10, readyPods: 8, maxCleanupCount: 3, expected: 2 },
    { oldReplicas: 10, readyPods: 8, maxCleanupCount: 0, expected: 0 },
    { oldReplicas: 10, readyPods: 10, maxCleanupCount: 3, expected: 0 },
  ])('$oldReplicas replicas, $readyPods ready, at most $maxCleanupCount → $expected', ({ oldReplicas, readyPods, maxCleanupCount, expected }) => {
    expect(cleanupUnhealthyReplicas([rs('foo-v2', oldReplicas, undefined, readyPods)], maxCleanupCount).count).toBe(expected);
  });

  test('oldest first, and the ReplicaSets come back as they will be', () => {
    const older = rs('a-old', 3, '2016-05-20T00:00:00Z', 1);
    const newer = rs('b-new', 4, '2016-05-20T01:00:00Z', 0);
    const result = cleanupUnhealthyReplicas([newer, older], 3);
    expect(result.scalings.map((s) => [s.rs.metadata.name, s.to])).toEqual([['a-old', 1], ['b-new', 3]]);
    expect(result.oldRSs.map((r) => r.spec.replicas)).toEqual([1, 3]);
  });
});

describe('scaleDownOldReplicaSetsForRollingUpdate (TestDeploymentController_scaleDownOldReplicaSetsForRollingUpdate)', () => {
  test.each([
    { deploymentReplicas: 10, maxUnavailable: 0, readyPods: 10, oldReplicas: 10, expected: 9 },
    { deploymentReplicas: 10, maxUnavailable: 2, readyPods: 10, oldReplicas: 10, expected: 8 },
    { deploymentReplicas: 10, maxUnavailable: 2, readyPods: 8, oldReplicas: 10, expected: undefined },
    { deploymentReplicas: 10, maxUnavailable: 2, readyPods: 10, oldReplicas: 0, expected: undefined },
    { deploymentReplicas: 10, maxUnavailable: 2, readyPods: 1, oldReplicas: 10, expected: undefined },
  ])('$deploymentReplicas replicas, maxUnavailable $maxUnavailable, $readyPods ready of $oldReplicas → $expected', ({ deploymentReplicas, maxUnavailable, readyPods, oldReplicas, expected }) => {
    const oldRS = rs('foo-v2', oldReplicas, undefined, readyPods);
    const d = newDeployment('foo', deploymentReplicas, { maxSurge: 0, maxUnavailable });
    const scalings = scaleDownOldReplicaSetsForRollingUpdate(d, [oldRS], [oldRS]);
    expect(scalings.length).toBeLessThanOrEqual(1);
    expect(scalings[0]?.to).toBe(expected);
  });
});

describe('an old ReplicaSet whose status still counts more available pods than it wants', () => {
  test('cleanupUnhealthyReplicas stops with upstream\'s error; reconcileOldReplicaSets scales nothing down this time', () => {
    const lagging = rs('foo-old', 41, '2016-05-20T00:00:00Z', 43);
    expect(cleanupUnhealthyReplicas([lagging], 5).error).toBe('when cleaning up unhealthy replicas, got invalid request to scale down default/foo-old 41 -> 43');
    const d = newDeployment('foo', 100, { maxSurge: 25, maxUnavailable: 25 });
    const newRS = rs('foo-new', 84, '2016-05-20T01:00:00Z', 60);
    expect(reconcileOldReplicaSets(d, [lagging, newRS], [lagging], newRS)).toEqual([]);
  });
});
