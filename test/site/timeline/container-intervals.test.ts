import { describe, expect, it } from 'vitest';
import { containerIntervals, readySpans } from '../../../src/site/timeline/container-intervals.js';
import { CRASHING_POD, INIT_POD, T0 } from './timeline-fixtures.js';

const seconds = (ms: number): number => (ms - T0) / 1000;
const END = T0 + 70_000;

describe('containerIntervals', () => {
  it('joins a stored running state and its termination into one run with describe’s Started and Finished', () => {
    const intervals = containerIntervals(INIT_POD.containers[0]!.changes, END);
    expect(intervals.map((i) => [i.kind, seconds(i.from), seconds(i.to), i.reason ?? '', i.exitCode ?? ''])).toEqual([
      ['waiting', 1.116, 3, 'PodInitializing', ''],
      ['running', 3, 36, 'Completed', 0],
      ['succeeded', 36, 70, 'Completed', 0],
    ]);
    expect(intervals[1]).toMatchObject({ startedAt: '2025-01-06T10:00:03Z', finishedAt: '2025-01-06T10:00:36Z', ended: true });
    expect(intervals[2]?.ended).toBe(false);
  });

  it('makes a run from a termination whose running state was never stored, and marks back-off waits', () => {
    const intervals = containerIntervals(CRASHING_POD.containers[0]!.changes, END);
    expect(intervals.map((i) => [i.kind, seconds(i.from), seconds(i.to), i.restartCount])).toEqual([
      ['waiting', 1.11, 5, 0],
      ['running', 5, 5, 0],
      ['failed', 5, 6, 0],
      ['running', 6, 6, 1],
      ['failed', 6, 17.627, 1],
      ['backoff', 17.627, 17, 1],
      ['running', 17, 17, 2],
      ['failed', 17, 29.236, 2],
      ['backoff', 29.236, 70, 2],
    ].map(([kind, from, to, restarts]) => [kind, from, Math.max(from as number, to as number), restarts]));
  });

  it('keeps a container ready from the change that said so to the end', () => {
    expect(readySpans(INIT_POD.containers[2]!.changes, END).map((s) => [seconds(s.from), seconds(s.to)])).toEqual([[52.271, 70]]);
    expect(readySpans(INIT_POD.containers[0]!.changes, END)).toEqual([]);
  });
});
