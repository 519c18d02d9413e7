// Records Events the way client-go's recorder and correlator do: an identical event (same
// source, object, type, reason and message) bumps `count` and `lastTimestamp` instead of making
// a new object. Events expire an hour after their last update, like the API server's --event-ttl.
import { ApiServer } from '../api/api-server.js';
import { typeForKind } from '../api/resources.js';
import { rfc3339, rfc3339Micro } from '../api/time.js';
import type { Event, ObjectReference } from '../api/types.js';
import type { EventLoop, Timer } from '../cluster/event-loop.js';

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
      const existing = this.#api.find<Event>(EVENTS, tracked.namespace, tracked.name);
      if (existing) this.#api.finalizeDelete(EVENTS, existing);
      this.#byKey.delete(key);
    });
  }

  /** A core/v1 event as the kubelet and most controllers record it (with source and counts). */
  record(involved: ObjectReference, type: 'Normal' | 'Warning', reason: string, message: string, source: EventSource): void {
    const key = JSON.stringify([source.component, source.host ?? '', involved.kind, involved.namespace ?? '', involved.name, involved.uid ?? '', involved.fieldPath ?? '', type, reason, message]);
    const now = rfc3339(this.#loop.now());
    const tracked = this.#byKey.get(key);
    if (tracked) {
      const existing = this.#api.find<Event>(EVENTS, tracked.namespace, tracked.name);
      if (existing) {
        existing.count = (existing.count ?? 1) + 1;
        existing.lastTimestamp = now;
        this.#api.put(EVENTS, existing);
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
   * no first/last timestamps, no source, `reportingComponent` naming the controller.
   */
  recordNew(involved: ObjectReference, type: 'Normal' | 'Warning', reason: string, action: string, message: string, controller: string, instance: string): void {
    const namespace = involved.namespace || 'default';
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
      eventTime: rfc3339Micro(this.#loop.now(), (this.#serial * 37) % 1000),
      action,
      reportingComponent: controller,
      reportingInstance: instance,
    };
    this.#api.put(EVENTS, event);
    const key = `new:${event.metadata.name}`;
    const entry: Tracked = { namespace, name: event.metadata.name, expiry: undefined as unknown as Timer };
    entry.expiry = this.#expire(key, entry);
    this.#byKey.set(key, entry);
  }
}

export { ApiServer };
