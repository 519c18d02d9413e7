// DescribeEvents (describe.go): the Events table of every describer, sorted with Go's unstable
// sort.Sort by lastTimestamp (util/event SortableEvents), with "(xN over ...)" ages for repeats.
import type { Event } from '../../api/types.js';
import { goTrimSpace } from '../../core/text/go-strings.js';
import { isZeroTime, parseTime, translateTimestampSince } from '../tables/time-format.js';
import { goSort } from '../go-sort.js';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefix-writer.js';

/** Sorts events as kubectl does: sort.Sort with Less = lastTimestamp.Before (ties keep Go's pdqsort order). */
export function sortEventsForDescribe(events: readonly Event[]): Event[] {
  const items = [...events];
  const time = (e: Event): number => parseTime(e.lastTimestamp) ?? Number.NEGATIVE_INFINITY;
  goSort({
    len: () => items.length,
    less: (i, j) => time(items[i] as Event) < time(items[j] as Event),
    swap: (i, j) => {
      const t = items[i] as Event;
      items[i] = items[j] as Event;
      items[j] = t;
    },
  });
  return items;
}

/** The Age column: first seen (eventTime, else firstTimestamp), or `last (xN over first)` for repeats. */
export function eventAge(e: Event, now: number): string {
  let first = translateTimestampSince(e.eventTime, now);
  if (isZeroTime(e.eventTime)) first = translateTimestampSince(e.firstTimestamp, now);
  if (e.series) return `${translateTimestampSince(e.series.lastObservedTime, now)} (x${e.series.count} over ${first})`;
  if ((e.count ?? 0) > 1) return `${translateTimestampSince(e.lastTimestamp, now)} (x${e.count} over ${first})`;
  return first;
}

/** DescribeEvents: `Events:\t<none>` or the flushed, separately aligned events table. */
export function describeEvents(events: readonly Event[] | undefined, w: PrefixWriter, now: number): void {
  if (!events || events.length === 0) {
    w.write(LEVEL_0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  const sorted = sortEventsForDescribe(events);
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const source = e.source?.component || e.reportingComponent || '';
    w.write(LEVEL_1, `${e.type ?? ''}\t${e.reason ?? ''}\t${eventAge(e, now)}\t${source}\t${goTrimSpace(e.message ?? '')}\n`);
  }
}
