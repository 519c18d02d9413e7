// numFeasibleNodesToFind: how many fitting nodes the scheduler looks for before it stops (the
// adaptive percentageOfNodesToScore of pkg/scheduler/schedule_one.go).
import { describe, expect, it } from 'vitest';
import { numFeasibleNodesToFind } from '../../../src/sim/controllers/scheduler.js';

describe('numFeasibleNodesToFind', () => {
  it('looks at every node of a cluster under 100 nodes', () => {
    for (const n of [0, 1, 3, 99]) expect(numFeasibleNodesToFind(n)).toBe(n);
  });

  it('stops at 50% less 1% per 125 nodes, never under 100 nodes nor 5%', () => {
    expect(numFeasibleNodesToFind(100)).toBe(100);
    expect(numFeasibleNodesToFind(250)).toBe(120); // 48%
    expect(numFeasibleNodesToFind(1000)).toBe(420); // 42%
    expect(numFeasibleNodesToFind(5000)).toBe(500); // 10%
    expect(numFeasibleNodesToFind(10000)).toBe(500); // 5%, not 50 - 80
  });
});
