// Records Events the way client-go's recorder and correlator do: an identical event (same
// source, object, type, reason and message) bumps `count` and `lastTimestamp` instead of making
// a new object. Events expire an hour after their last update, like the API server's --event-ttl.
import { ApiServer } from '../api/api-server.js';
import { typeForKind } from '../api/resources.js';
import { rfc3339, rfc3339Micro } from '../api/time.js';
import type { Event, ObjectReference } from '../api/types.js';
import type { EventLoop, Timer } from '../core/event-loop.js';
import { COMBINED_PREFIX, EventAggregator } from './event-aggregator.js';

export const EVENT_TTL_MS = 60 * 60 * 1000;

export interface EventSource {
  component: string;
  host?: string;
}

interface Tracked {
  namespace: string;
  name: string;
  expiry: Timer;
}

const EVENTS = typeForKind('Event', 'v1')!;

export class EventRecorder {
  #api: ApiServer;
  #loop: EventLoop;
  #byKey = new Map<string, Tracked>();
  #serial = 0;
  readonly #aggregator = new EventAggregator();

  constructor(api: ApiServer, loop: EventLoop) {
    this.#api = api;
    this.#loop = loop;
  }

  /** Go's `fmt.Sprintf("%v.%x", name, t.UnixNano())`, kept unique within one millisecond. */
  #eventName(objectName: string): string {
    const nanos = BigInt(this.#loop.now()) * 1_000_000n + BigInt((this.#serial++ % 1000) * 997);
    return `${objectName}.${nanos.toString(16)}`;
  }

  #expire(key: string, tracked: Tracked): Timer {
    return this.#loop.after(EVENT_TTL_MS, 'event-ttl', () => {
      const existing = this.#api.view<Event>(EVENTS, tracked.namespace, tracked.name);
      if (existing) this.#api.finalizeDelete(EVENTS, existing);
      this.#byKey.delete(key);
    });
  }

  /**
   * A core/v1 event as the kubelet and most controllers record it (with source and counts),
   * through client-go's correlator: aggregated with similar events, then deduplicated.
   */
  record(involved: ObjectReference, type: 'Normal' | 'Warning', reason: string, text: string, source: EventSource): void {
    // getSpamKey / aggregate and event keys: the fields joined with NUL, which none of them holds
    // (names, kinds, UIDs, field paths and reasons are API identifiers; the free text comes last).
    const group = `${source.component}\0${source.host ?? ''}\0${involved.kind}\0${involved.namespace ?? ''}\0${involved.name}\0${involved.uid ?? ''}\0${involved.apiVersion ?? ''}\0${type}\0${reason}`;
    const combined = this.#aggregator.aggregate(group, text, this.#loop.now());
    const message = combined ? `${COMBINED_PREFIX}${text}` : text;
    const key = combined ? `combined:${group}` : `${source.component}\0${source.host ?? ''}\0${involved.kind}\0${involved.namespace ?? ''}\0${involved.name}\0${involved.uid ?? ''}\0${involved.fieldPath ?? ''}\0${type}\0${reason}\0${text}`;
    const now = rfc3339(this.#loop.now());
    const tracked = this.#byKey.get(key);
    if (tracked) {
      const existing = this.#api.view<Event>(EVENTS, tracked.namespace, tracked.name);
      if (existing) {
        // Only top-level fields change: the stored snapshot's other parts are shared, not copied.
        this.#api.put(EVENTS, { ...existing, count: (existing.count ?? 1) + 1, lastTimestamp: now, message });
        this.#loop.cancel(tracked.expiry);
        tracked.expiry = this.#expire(key, tracked);
        return;
      }
    }
    const namespace = involved.namespace || 'default';
    const event: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: this.#eventName(involved.name), namespace },
      involvedObject: involved,
      reason,
      message,
      source: source.host ? { component: source.component, host: source.host } : { component: source.component },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      eventTime: null,
      reportingComponent: source.component,
      reportingInstance: source.host ?? '',
    };
    this.#api.put(EVENTS, event);
    const entry: Tracked = { namespace, name: event.metadata.name, expiry: undefined as unknown as Timer };
    entry.expiry = this.#expire(key, entry);
    this.#byKey.set(key, entry);
  }

  /**
   * An events.k8s.io/v1 event as the scheduler records it, seen through core/v1: `eventTime` set,
   * no first/last timestamps, no source, `reportingComponent` naming the controller. A repeat of
   * an isomorphic event (same type, action, reason, controller and object; the message is not part
   * of the key) becomes a series, as client-go's events broadcaster makes it: the second occurrence
   * patches `series` onto the first event, later ones only count in memory until the series is
   * refreshed (every 30 minutes), and a series idle for 6 minutes ends.
   */
  recordNew(involved: ObjectReference, type: 'Normal' | 'Warning', reason: string, action: string, message: string, controller: string, instance: string): void {
    const namespace = involved.namespace || 'default';
    const now = this.#loop.now();
    const seriesKey = JSON.stringify([type, action, reason, controller, instance, involved.kind, involved.namespace ?? '', involved.name, involved.uid ?? '']);
    const series = this.#series.get(seriesKey);
    if (series && now - series.lastObserved <= SERIES_IDLE_MS && this.#api.view<Event>(EVENTS, namespace, series.name)) {
      series.count++;
      series.lastObserved = now;
      if (series.count === 2) this.#patchSeries(namespace, series);
      return;
    }
    const event: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: this.#eventName(involved.name), namespace },
      involvedObject: involved,
      reason,
      message,
      source: {},
      firstTimestamp: null,
      lastTimestamp: null,
      type,
      eventTime: rfc3339Micro(now, (this.#serial * 37) % 1000),
      action,
      reportingComponent: controller,
      reportingInstance: instance,
    };
    this.#api.put(EVENTS, event);
    const key = `new:${event.metadata.name}`;
    const entry: Tracked = { namespace, name: event.metadata.name, expiry: undefined as unknown as Timer };
    entry.expiry = this.#expire(key, entry);
    this.#byKey.set(key, entry);
    const started: Series = { name: event.metadata.name, count: 1, lastObserved: now };
    this.#series.set(seriesKey, started);
    this.#loop.after(SERIES_REFRESH_MS, 'event-series-refresh', () => this.#refresh(namespace, started, seriesKey));
  }

  #series = new Map<string, Series>();

  #patchSeries(namespace: string, series: Series): void {
    const existing = this.#api.find<Event>(EVENTS, namespace, series.name);
    if (!existing) return;
    existing.series = { count: series.count, lastObservedTime: rfc3339Micro(series.lastObserved, 0) };
    this.#api.put(EVENTS, existing);
  }

  /** refreshExistingEventSeries: the API copy catches up with the count every 30 minutes while the series lasts. */
  #refresh(namespace: string, series: Series, key: string): void {
    if (this.#series.get(key) !== series || this.#loop.now() - series.lastObserved > SERIES_IDLE_MS) return;
    if (series.count >= 2) this.#patchSeries(namespace, series);
    this.#loop.after(SERIES_REFRESH_MS, 'event-series-refresh', () => this.#refresh(namespace, series, key));
  }
}

interface Series {
  name: string;
  count: number;
  lastObserved: number;
}

/** client-go events: a series is refreshed every 30 minutes and finished after 6 idle minutes. */
const SERIES_REFRESH_MS = 30 * 60_000;
const SERIES_IDLE_MS = 6 * 60_000;

export { ApiServer };
