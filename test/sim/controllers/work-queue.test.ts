// The controllers' work queue: a key added again while it waits runs once; afterwards it can be
// added again; each waits a moment drawn from the controller's own random stream.
import { describe, expect, it } from 'vitest';
import type { ClusterParts } from '../../../src/sim/controllers/cluster-parts.js';
import { EventLoop } from '../../../src/sim/core/event-loop.js';
import { SeededRandom } from '../../../src/sim/core/random.js';
import { createWorkQueue } from '../../../src/sim/controllers/work-queue.js';

describe('createWorkQueue', () => {
  it('runs a key once however often it is added while waiting, within the delay range', () => {
    const loop = new EventLoop(0);
    const parts = { loop, random: new SeededRandom(1) } as unknown as ClusterParts;
    const runs: string[] = [];
    const enqueue = createWorkQueue(parts, 'test-controller', [5, 30], (ns, name) => runs.push(`${ns}/${name}@${loop.now()}`));
    enqueue('default', 'a');
    enqueue('default', 'a');
    enqueue('default', 'b');
    loop.advanceTo(30);
    expect(runs.map((r) => r.split('@')[0])).toEqual(expect.arrayContaining(['default/a', 'default/b']));
    expect(runs).toHaveLength(2);
    for (const r of runs) expect(Number(r.split('@')[1])).toBeGreaterThanOrEqual(5);
    enqueue('default', 'a');
    loop.advanceTo(60);
    expect(runs.filter((r) => r.startsWith('default/a@'))).toHaveLength(2);
  });
});
