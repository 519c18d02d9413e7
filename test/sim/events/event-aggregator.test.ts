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
});
