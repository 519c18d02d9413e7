// printEvent (printers.go): LAST SEEN, TYPE, REASON, OBJECT, MESSAGE, and the wide SUBOBJECT,
// SOURCE, FIRST SEEN, COUNT and NAME.
import type { Event } from '../../api/types.js';
import { DOCS } from './column-docs.js';
import { goTrimSpace } from '../../core/text/go-strings.js';
import { column, type TableHandler } from './table-types.js';
import { isZeroTime, translateTimestampSince } from './time-format.js';

/** formatEventSource: `component[, host]`, falling back to reportingController and reportingInstance. */
export function formatEventSource(e: Event): string {
  const component = e.source?.component || e.reportingComponent || '';
  const host = e.source?.host || e.reportingInstance || '';
  return host.length === 0 ? component : `${component}, ${host}`;
}

export const eventTable: TableHandler<Event> = {
  columns: [
    column('Last Seen', 'string', DOCS.eventLastTimestamp),
    column('Type', 'string', DOCS.eventType),
    column('Reason', 'string', DOCS.eventReason),
    column('Object', 'string', DOCS.eventInvolvedObject),
    column('Subobject', 'string', DOCS.objectReferenceFieldPath, { priority: 1 }),
    column('Source', 'string', DOCS.eventSource, { priority: 1 }),
    column('Message', 'string', DOCS.eventMessage),
    column('First Seen', 'string', DOCS.eventFirstTimestamp, { priority: 1 }),
    column('Count', 'string', DOCS.eventCount, { priority: 1 }),
    column('Name', 'string', DOCS.metaName, { priority: 1, format: 'name' }),
  ],
  cells(e, now) {
    let firstTimestamp = translateTimestampSince(e.firstTimestamp, now);
    if (isZeroTime(e.firstTimestamp)) firstTimestamp = translateTimestampSince(e.eventTime, now);
    let lastTimestamp = translateTimestampSince(e.lastTimestamp, now);
    if (isZeroTime(e.lastTimestamp)) lastTimestamp = firstTimestamp;
    let count = e.count ?? 0;
    if (e.series) {
      lastTimestamp = translateTimestampSince(e.series.lastObservedTime, now);
      count = e.series.count;
    } else if (count === 0) {
      // Singleton events don't have a count set in the new API.
      count = 1;
    }
    const kind = (e.involvedObject?.kind ?? '').toLowerCase();
    const target = e.involvedObject?.name ? `${kind}/${e.involvedObject.name}` : kind;
    return [
      lastTimestamp,
      e.type ?? '',
      e.reason ?? '',
      target,
      e.involvedObject?.fieldPath ?? '',
      formatEventSource(e),
      goTrimSpace(e.message ?? ''),
      firstTimestamp,
      count,
      e.metadata.name,
    ];
  },
};
