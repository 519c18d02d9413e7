// client-go's event aggregation: similar events (differing only in their message) are combined
// from the tenth distinct message in ten minutes on, and counted as one event.
import { describe, expect, it } from 'vitest';
import { EventAggregator } from '../../../src/sim/events/event-aggregator.js';

describe('EventAggregator', () => {
  it('combines from the tenth distinct message of a group on', () => {
    const agg = new EventAggregator();
    const combined = Array.from({ length: 12 }, (_, i) => agg.aggregate('g', `message ${i}`, i * 10_000));
    expect(combined).toEqual([false, false, false, false, false, false, false, false, false, true, true, true]);
  });

  it('does not count a repeated message again, nor the messages of another group', () => {
    const agg = new EventAggregator();
    for (let i = 0; i < 20; i++) expect(agg.aggregate('g', 'same', i * 1000)).toBe(false);
    for (let i = 0; i < 9; i++) agg.aggregate('g', `m${i}`, 20_000);
    expect(agg.aggregate('other', 'm', 20_000)).toBe(false);
  });

  it('starts over after ten quiet minutes', () => {
    const agg = new EventAggregator();
    for (let i = 0; i < 9; i++) agg.aggregate('g', `m${i}`, i);
    expect(agg.aggregate('g', 'late', 600_009)).toBe(false);
    expect(agg.aggregate('g', 'sooner', 600_010)).toBe(false);
  });

  it('forgets the least recently used group once it holds as many as its cache (maxLruCacheEntries)', () => {
    const agg = new EventAggregator(2);
    for (let i = 0; i < 9; i++) agg.aggregate('a', `m${i}`, 0);
    agg.aggregate('b', 'm', 0);
    agg.aggregate('a', 'm0', 1); // a used again: b is now the least recently used
    agg.aggregate('c', 'm', 2); // forgets b
    expect(agg.aggregate('a', 'tenth', 3)).toBe(true);
    agg.aggregate('d', 'm', 4); // forgets c
    agg.aggregate('e', 'm', 5); // forgets a
    for (let i = 0; i < 9; i++) expect(agg.aggregate('a', `m${i}`, 6)).toBe(false);
  });
});
