// client-go's EventAggregator (tools/record/events_cache.go): events that differ only in their
// message (same source, object, type and reason) are counted per group; from the tenth distinct
// message within ten minutes of the group's previous event on, each one is recorded as a single
// combined event instead, "(combined from similar events): <message>", counted like a repeat.
// The groups live in an LRU cache of 4,096 (maxLruCacheEntries): a group not seen for that many
// others starts again from nothing, as upstream's does.

/** defaultAggregateMaxEvents and defaultAggregateIntervalInSeconds. */
const MAX_EVENTS = 10;
const MAX_INTERVAL_MS = 600_000;
/** maxLruCacheEntries: the groups it remembers, least recently used forgotten first. */
export const MAX_GROUPS = 4096;

export const COMBINED_PREFIX = '(combined from similar events): ';

interface AggregateRecord {
  /** The distinct messages seen, oldest first. */
  messages: Set<string>;
  last: number;
}

export class EventAggregator {
  /** The groups in the LRU cache upstream keeps them in (a Map in order of use, the least recently used first). */
  readonly #records = new Map<string, AggregateRecord>();
  readonly #maxGroups: number;

  constructor(maxGroups = MAX_GROUPS) {
    this.#maxGroups = maxGroups;
  }

  /** Whether this event is to be combined with the similar ones of its group. */
  aggregate(groupKey: string, message: string, now: number): boolean {
    let record = this.#records.get(groupKey);
    if (record) this.#records.delete(groupKey);
    if (!record || now - record.last > MAX_INTERVAL_MS) {
      record = { messages: new Set(), last: now };
      // A cluster of 100,000 pods has 400,000 groups: the cache stays at its size (each pod's kubelet events are a group).
      if (this.#records.size >= this.#maxGroups) this.#records.delete(this.#records.keys().next().value!);
    }
    this.#records.set(groupKey, record);
    record.messages.add(message);
    record.last = now;
    if (record.messages.size < MAX_EVENTS) return false;
    // PopAny keeps the set below the threshold; upstream drops a random one, kindling the oldest.
    record.messages.delete(record.messages.values().next().value!);
    return true;
  }
}
