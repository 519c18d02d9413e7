// metrics-server's storage (pkg/storage): usage needs two points; CPU is the rate between them,
// truncated to whole nanocores; a fresh container counts its start; a restart starts over.
import { describe, expect, it } from 'vitest';
import { resourceUsage, type MetricsPoint, type PodPoint } from '../../../src/sim/metrics/metrics-point.js';
import { NodeStorage } from '../../../src/sim/metrics/node-storage.js';
import { PodStorage } from '../../../src/sim/metrics/pod-storage.js';

const point = (timestamp: number, cpuNs: number, memoryBytes = 1 << 20, startTime = 0): MetricsPoint => ({ startTime, timestamp, cumulativeCpuNs: cpuNs, memoryBytes });
const pods = (...entries: Array<[string, Record<string, MetricsPoint>]>): Map<string, PodPoint> =>
  new Map(entries.map(([key, containers]) => [key, { namespace: key.split('/')[0]!, name: key.split('/')[1]!, containers: new Map(Object.entries(containers)) }]));

describe('resourceUsage', () => {
  it('is the CPU rate over the window between two points, with the later memory', () => {
    const r = resourceUsage(point(115_004, 2_000_000_000 + 15_004 * 76_000, 150 << 20), point(100_000, 2_000_000_000));
    expect(r).toEqual({ usage: { cpuNanocores: 76_000_000, memoryBytes: 150 << 20 }, time: { timestamp: 115_004, windowMs: 15_004 } });
  });

  it('truncates the rate to whole nanocores', () => {
    const r = resourceUsage(point(15_000, 1_000), point(0, 0));
    expect('usage' in r && r.usage.cpuNanocores).toBe(66);
  });

  it('refuses a counter that went backwards, or an earlier start', () => {
    expect(resourceUsage(point(15_000, 5), point(0, 10))).toEqual({ error: 'unexpected decrease in cumulative CPU usage value' });
    expect(resourceUsage(point(15_000, 10, 1, 0), point(0, 5, 1, 10))).toEqual({ error: 'unexpected decrease in startTime of node/container' });
  });
});

describe('NodeStorage', () => {
  it('has a node’s metrics from its second newer point on', () => {
    const s = new NodeStorage();
    s.store(new Map([['n1', point(0, 0)]]));
    expect(s.getMetrics(['n1'])).toEqual([undefined]);
    s.store(new Map([['n1', point(15_000, 1_500_000_000)]]));
    expect(s.getMetrics(['n1'])[0]?.usage.cpuNanocores).toBe(100_000_000);
    // A point no newer than the stored one keeps the older pair.
    s.store(new Map([['n1', point(15_000, 1_500_000_000)]]));
    expect(s.getMetrics(['n1'])[0]?.time).toEqual({ timestamp: 15_000, windowMs: 15_000 });
  });

  it('forgets a node that a scrape no longer returns', () => {
    const s = new NodeStorage();
    s.store(new Map([['n1', point(0, 0)]]));
    s.store(new Map([['n1', point(15_000, 1)]]));
    s.store(new Map());
    expect(s.getMetrics(['n1'])).toEqual([undefined]);
  });
});

describe('PodStorage', () => {
  it('needs every container seen twice without a restart', () => {
    const s = new PodStorage(15_000);
    s.store(pods(['ns/p', { a: point(30_000, 100), b: point(30_000, 100) }]));
    expect(s.getMetrics(['ns/p'])).toEqual([undefined]);
    s.store(pods(['ns/p', { a: point(45_000, 15_000_100), b: point(45_000, 100) }]));
    const m = s.getMetrics(['ns/p'])[0]!;
    expect(m.containers).toEqual([
      { name: 'a', usage: { cpuNanocores: 1_000_000, memoryBytes: 1 << 20 } },
      { name: 'b', usage: { cpuNanocores: 0, memoryBytes: 1 << 20 } },
    ]);
    expect(m.time).toEqual({ timestamp: 45_000, windowMs: 15_000 });
  });

  it('takes a container first seen 10 s to one resolution after its start from its start (no CPU then)', () => {
    const s = new PodStorage(15_000);
    s.store(pods(['ns/p', { a: point(12_000, 24_000_000, 1 << 20, 0) }]));
    const m = s.getMetrics(['ns/p'])[0]!;
    expect(m.time).toEqual({ timestamp: 12_000, windowMs: 12_000 });
    expect(m.containers[0]!.usage.cpuNanocores).toBe(2_000_000);
    // Seen sooner than 10 s after its start, it waits for a second scrape.
    const young = new PodStorage(15_000);
    young.store(pods(['ns/p', { a: point(9_000, 1, 1 << 20, 0) }]));
    expect(young.getMetrics(['ns/p'])).toEqual([undefined]);
  });

  it('starts over after a restart: the new run’s start is after the stored point', () => {
    const s = new PodStorage(15_000);
    s.store(pods(['ns/p', { a: point(30_000, 100, 1, 0) }]));
    s.store(pods(['ns/p', { a: point(45_000, 200, 1, 0) }]));
    expect(s.getMetrics(['ns/p'])[0]).toBeDefined();
    s.store(pods(['ns/p', { a: point(60_000, 5, 1, 57_000) }]));
    expect(s.getMetrics(['ns/p'])).toEqual([undefined]);
    s.store(pods(['ns/p', { a: point(75_000, 15_000_005, 1, 57_000) }]));
    expect(s.getMetrics(['ns/p'])[0]?.containers[0]?.usage.cpuNanocores).toBe(1_000_000);
  });
});
