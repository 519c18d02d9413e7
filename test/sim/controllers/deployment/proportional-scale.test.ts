// Resizing a Deployment mid-rollout, with upstream's table (pkg/controller/deployment/sync_test.go
// TestScale): each case's ReplicaSets carry the replicas annotations of the Deployment before the
// resize, and the plan's sizes are checked per ReplicaSet.
import { describe, expect, test } from 'vitest';
import type { Deployment, ReplicaSet } from '../../../../src/sim/api/types.js';
import { planScale } from '../../../../src/sim/controllers/deployment/proportional-scale.js';
import { maxSurge } from '../../../../src/sim/controllers/deployment/replica-arithmetic.js';
import { setReplicasAnnotations } from '../../../../src/sim/controllers/deployment/revision-annotations.js';
import { newDeployment, rs } from './fixtures.js';

const NEW = '2016-05-20T02:00:00Z';
const OLD = '2016-05-20T01:00:00Z';
const OLDER = '2016-05-20T00:00:00Z';

interface Case {
  name: string;
  deployment: Deployment;
  oldDeployment: Deployment;
  newRS?: ReplicaSet;
  oldRSs: ReplicaSet[];
  expected: Record<string, number>;
}

const d = (replicas: number, surge?: number, unavailable?: number): Deployment => newDeployment('foo', replicas, { ...(surge !== undefined ? { maxSurge: surge } : {}), ...(unavailable !== undefined ? { maxUnavailable: unavailable } : {}) });

const CASES: Case[] = [
  { name: 'normal scaling event: 10 -> 12', deployment: d(12), oldDeployment: d(10), newRS: rs('foo-v1', 10, NEW), oldRSs: [], expected: { 'foo-v1': 12 } },
  { name: 'normal scaling event: 10 -> 5', deployment: d(5), oldDeployment: d(10), newRS: rs('foo-v1', 10, NEW), oldRSs: [], expected: { 'foo-v1': 5 } },
  { name: 'proportional scaling: 5 -> 10', deployment: d(10), oldDeployment: d(5), newRS: rs('foo-v2', 2, NEW), oldRSs: [rs('foo-v1', 3, OLD)], expected: { 'foo-v2': 4, 'foo-v1': 6 } },
  { name: 'proportional scaling: 5 -> 3', deployment: d(3), oldDeployment: d(5), newRS: rs('foo-v2', 2, NEW), oldRSs: [rs('foo-v1', 3, OLD)], expected: { 'foo-v2': 1, 'foo-v1': 2 } },
  { name: 'proportional scaling: 9 -> 4', deployment: d(4), oldDeployment: d(9), newRS: rs('foo-v2', 8, NEW), oldRSs: [rs('foo-v1', 1, OLD)], expected: { 'foo-v2': 4, 'foo-v1': 0 } },
  { name: 'proportional scaling: 7 -> 10', deployment: d(10), oldDeployment: d(7), newRS: rs('foo-v3', 2, NEW), oldRSs: [rs('foo-v2', 3, OLD), rs('foo-v1', 2, OLDER)], expected: { 'foo-v3': 3, 'foo-v2': 4, 'foo-v1': 3 } },
  { name: 'proportional scaling: 13 -> 8', deployment: d(8), oldDeployment: d(13), newRS: rs('foo-v3', 2, NEW), oldRSs: [rs('foo-v2', 8, OLD), rs('foo-v1', 3, OLDER)], expected: { 'foo-v3': 1, 'foo-v2': 5, 'foo-v1': 2 } },
  { name: 'leftover distribution: 3 -> 4', deployment: d(4), oldDeployment: d(3), newRS: rs('foo-v3', 1, NEW), oldRSs: [rs('foo-v2', 1, OLD), rs('foo-v1', 1, OLDER)], expected: { 'foo-v3': 2, 'foo-v2': 1, 'foo-v1': 1 } },
  { name: 'leftover distribution: 3 -> 2', deployment: d(2), oldDeployment: d(3), newRS: rs('foo-v3', 1, NEW), oldRSs: [rs('foo-v2', 1, OLD), rs('foo-v1', 1, OLDER)], expected: { 'foo-v3': 1, 'foo-v2': 1, 'foo-v1': 0 } },
  { name: 'proportional scaling (no new rs): 4 -> 5', deployment: d(5), oldDeployment: d(4), oldRSs: [rs('foo-v2', 2, OLD), rs('foo-v1', 2, OLDER)], expected: { 'foo-v2': 3, 'foo-v1': 2 } },
  { name: 'proportional scaling: 6 -> 0', deployment: d(0), oldDeployment: d(6), newRS: rs('foo-v3', 3, NEW), oldRSs: [rs('foo-v2', 2, OLD), rs('foo-v1', 1, OLDER)], expected: { 'foo-v3': 0, 'foo-v2': 0, 'foo-v1': 0 } },
  { name: 'proportional scaling: 0 -> 6', deployment: d(6), oldDeployment: d(6), newRS: rs('foo-v3', 0, NEW), oldRSs: [rs('foo-v2', 0, OLD), rs('foo-v1', 0, OLDER)], expected: { 'foo-v3': 6, 'foo-v2': 0, 'foo-v1': 0 } },
  { name: 'deployment with surge pods', deployment: d(20, 2), oldDeployment: d(10, 2), newRS: rs('foo-v2', 6, NEW), oldRSs: [rs('foo-v1', 6, OLD)], expected: { 'foo-v2': 11, 'foo-v1': 11 } },
  { name: 'change both surge and size', deployment: d(50, 6), oldDeployment: d(10, 3), newRS: rs('foo-v2', 5, NEW), oldRSs: [rs('foo-v1', 8, OLD)], expected: { 'foo-v2': 22, 'foo-v1': 34 } },
  { name: 'change both size and template', deployment: d(14), oldDeployment: d(10), oldRSs: [rs('foo-v2', 7, NEW), rs('foo-v1', 3, OLD)], expected: { 'foo-v2': 10, 'foo-v1': 4 } },
  { name: 'saturated but broken new replica set does not affect old pods', deployment: d(2, 1, 1), oldDeployment: d(2, 1, 1), newRS: rs('foo-v2', 2, NEW, 0), oldRSs: [rs('foo-v1', 1, OLD)], expected: { 'foo-v2': 2, 'foo-v1': 1 } },
];

describe('scale (TestScale)', () => {
  test.each(CASES)('$name', (c) => {
    const before = c.oldDeployment.spec.replicas!;
    for (const r of [c.newRS, ...c.oldRSs]) if (r) setReplicasAnnotations(r, before, before + maxSurge(c.oldDeployment));
    for (const r of [c.newRS, ...c.oldRSs]) if (r) r.status = { replicas: 0 };
    const sizes: Record<string, number> = Object.fromEntries([c.newRS, ...c.oldRSs].filter((r) => r !== undefined).map((r) => [r.metadata.name, r.spec.replicas!]));
    for (const s of planScale(c.deployment, c.newRS, c.oldRSs)) sizes[s.rs.metadata.name] = s.to;
    expect(sizes).toEqual(c.expected);
  });

  test('a saturated new ReplicaSet leaves the old ones at 0', () => {
    const dep = d(3);
    const newRS = rs('foo-v2', 3, NEW, 3);
    setReplicasAnnotations(newRS, 3, 3);
    const plan = planScale(dep, newRS, [rs('foo-v1', 1, OLD)]);
    expect(plan.map((s) => [s.rs.metadata.name, s.to])).toEqual([['foo-v1', 0]]);
  });
});
