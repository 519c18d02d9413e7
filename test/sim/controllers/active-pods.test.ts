// The order in which a ReplicaSet deletes its pods: upstream's TestSortingActivePodsWithRanks
// (pkg/controller/controller_utils_test.go) with the LogarithmicScaleDown and PodDeletionCost
// gates on, as in v1.32, and getPodsToDelete's rank by co-located pods.
import { describe, expect, it } from 'vitest';
import { activePodLess, podsToDelete, ranksByRelatedPodsOnSameNode, sortActivePodsWithRanks } from '../../../src/sim/controllers/active-pods.js';
import { rfc3339 } from '../../../src/sim/api/time.js';
import type { Pod } from '../../../src/sim/api/types.js';

const NOW = Date.parse('2025-01-06T10:00:00Z');
const HOUR = 3_600_000;
const then1Month = NOW - 31 * 24 * HOUR;
const then2Hours = NOW - 2 * HOUR;
const then5Hours = NOW - 5 * HOUR;
const then8Hours = NOW - 8 * HOUR;

/** The test's pod(): times of 0 are Go's zero time (left out). */
function pod(name: string, nodeName: string, phase: string, ready: boolean, restarts: number, sideRestarts: number, readySince: number, created: number, annotations?: Record<string, string>): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, ...(created ? { creationTimestamp: rfc3339(created) } : {}), ...(annotations ? { annotations } : {}) },
    spec: {
      ...(nodeName ? { nodeName } : {}),
      initContainers: [{ name: 'sidecar', image: 'x', restartPolicy: 'Always' }],
      containers: [{ name: 'main', image: 'x' }],
    } as Pod['spec'],
    status: {
      phase,
      ...(ready ? { conditions: [{ type: 'Ready', status: 'True', ...(readySince ? { lastTransitionTime: rfc3339(readySince) } : {}) }] } : {}),
      containerStatuses: [{ name: 'main', restartCount: restarts }],
      initContainerStatuses: [{ name: 'sidecar', restartCount: sideRestarts }],
    } as Pod['status'],
  };
}

const unscheduledPod = pod('unscheduled', '', 'Pending', false, 0, 0, 0, 0);
const scheduledPendingPod = pod('pending', 'node', 'Pending', false, 0, 0, 0, 0);
const unknownPhasePod = pod('unknown-phase', 'node', 'Unknown', false, 0, 0, 0, 0);
const runningNotReadyPod = pod('not-ready', 'node', 'Running', false, 0, 0, 0, 0);
const runningReadyNoLastTransitionTimePod = pod('ready-no-last-transition-time', 'node', 'Running', true, 0, 0, 0, 0);
const runningReadyNow = pod('ready-now', 'node', 'Running', true, 0, 0, NOW, NOW);
const runningReadyThen = pod('ready-then', 'node', 'Running', true, 0, 0, then1Month, then1Month);
const runningReadyNowHighRestarts = pod('ready-high-restarts', 'node', 'Running', true, 10, 0, NOW, NOW);
const runningReadyNowHighSideRestarts = pod('ready-high-restarts', 'node', 'Running', true, 10, 10, NOW, NOW);
const runningReadyNowCreatedThen = pod('ready-now-created-then', 'node', 'Running', true, 0, 0, NOW, then1Month);
const lowPodDeletionCost = pod('low-deletion-cost', 'node', 'Running', true, 0, 0, NOW, then1Month, { 'controller.kubernetes.io/pod-deletion-cost': '10' });
const highPodDeletionCost = pod('high-deletion-cost', 'node', 'Running', true, 0, 0, NOW, then1Month, { 'controller.kubernetes.io/pod-deletion-cost': '100' });
const unscheduled5Hours = pod('unscheduled-5-hours', '', 'Pending', false, 0, 0, then5Hours, then5Hours);
const unscheduled8Hours = pod('unscheduled-10-hours', '', 'Pending', false, 0, 0, then8Hours, then8Hours);
const ready2Hours = pod('ready-2-hours', '', 'Running', true, 0, 0, then2Hours, then1Month);
const ready5Hours = pod('ready-5-hours', '', 'Running', true, 0, 0, then5Hours, then1Month);
const ready10Hours = pod('ready-10-hours', '', 'Running', true, 0, 0, then8Hours, then1Month);

describe('ActivePodsWithRanks.Less (TestSortingActivePodsWithRanks)', () => {
  const equal: Array<[Pod, Pod]> = [
    [unscheduledPod, unscheduledPod],
    [scheduledPendingPod, scheduledPendingPod],
    [unknownPhasePod, unknownPhasePod],
    [runningNotReadyPod, runningNotReadyPod],
    [runningReadyNowCreatedThen, runningReadyNowCreatedThen],
    [runningReadyNow, runningReadyNow],
    [runningReadyThen, runningReadyThen],
    [runningReadyNowHighRestarts, runningReadyNowHighRestarts],
    [unscheduled5Hours, unscheduled8Hours],
    [ready5Hours, ready10Hours],
  ];
  it.each(equal.map(([a, b]) => [a.metadata.name, b.metadata.name, a, b] as const))('%s is equivalent to %s', (_a, _b, p1, p2) => {
    expect(activePodLess(p1, 1, p2, 1, NOW)).toBe(false);
    expect(activePodLess(p2, 1, p1, 1, NOW)).toBe(false);
  });

  const inequal: Array<[Pod, number, Pod, number]> = [
    [unscheduledPod, 1, scheduledPendingPod, 2],
    [unscheduledPod, 2, scheduledPendingPod, 1],
    [scheduledPendingPod, 1, unknownPhasePod, 2],
    [unknownPhasePod, 1, runningNotReadyPod, 2],
    [runningNotReadyPod, 1, runningReadyNoLastTransitionTimePod, 1],
    [runningReadyNoLastTransitionTimePod, 1, runningReadyNow, 1],
    [runningReadyNow, 2, runningReadyNoLastTransitionTimePod, 1],
    [runningReadyNow, 1, runningReadyThen, 1],
    [runningReadyNow, 2, runningReadyThen, 1],
    [runningReadyNowHighRestarts, 1, runningReadyNow, 1],
    [runningReadyNowHighSideRestarts, 1, runningReadyNowHighRestarts, 1],
    [runningReadyNow, 2, runningReadyNowHighRestarts, 1],
    [runningReadyNow, 1, runningReadyNowCreatedThen, 1],
    [runningReadyNowCreatedThen, 2, runningReadyNow, 1],
    [lowPodDeletionCost, 2, highPodDeletionCost, 1],
    [ready2Hours, 1, ready5Hours, 1],
  ];
  it.each(inequal.map(([a, ra, b, rb]) => [`${a.metadata.name}@${ra}`, `${b.metadata.name}@${rb}`, a, ra, b, rb] as const))('%s goes before %s', (_a, _b, lesser, rl, greater, rg) => {
    expect(activePodLess(lesser, rl, greater, rg, NOW)).toBe(true);
    expect(activePodLess(greater, rg, lesser, rl, NOW)).toBe(false);
  });

  it('sorts a whole list in deletion order, whatever order it came in', () => {
    const pods = [runningReadyThen, runningReadyNow, unknownPhasePod, runningNotReadyPod, unscheduledPod, scheduledPendingPod];
    const want = ['unscheduled', 'pending', 'unknown-phase', 'not-ready', 'ready-now', 'ready-then'];
    for (let shift = 0; shift < pods.length; shift++) {
      const rotated = [...pods.slice(shift), ...pods.slice(0, shift)];
      expect(sortActivePodsWithRanks(rotated, rotated.map(() => 1), NOW).map((p) => p.metadata.name)).toEqual(want);
    }
  });
});

describe('getPodsToDelete', () => {
  it('ranks pods by the active related pods on their node: a doubled-up node loses one first', () => {
    const a = pod('a', 'node-1', 'Running', true, 0, 0, then2Hours, then2Hours);
    const b = pod('b', 'node-1', 'Running', true, 0, 0, then2Hours, then2Hours);
    const c = pod('c', 'node-2', 'Running', true, 0, 0, NOW - 1000, NOW - 1000);
    expect(ranksByRelatedPodsOnSameNode([a, b, c], [a, b, c])).toEqual([2, 2, 1]);
    // c is the youngest, but a and b share a node.
    expect(['a', 'b']).toContain(podsToDelete([c, a, b], [a, b, c], 1, NOW)[0]!.metadata.name);
  });

  it('takes them all without sorting when all go', () => {
    const pods = [runningReadyThen, unscheduledPod];
    expect(podsToDelete(pods, pods, 2, NOW)).toEqual(pods);
  });
});
