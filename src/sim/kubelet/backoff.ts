// client-go's flowcontrol.Backoff as the kubelet uses it for container restarts and image pulls:
// per key, the first failure passes, later ones wait 10s, 20s, 40s ... up to the cap; an entry
// that has not been updated for twice the cap starts over.

interface Entry {
  backoff: number;
  lastUpdate: number;
}

export class Backoff {
  #entries = new Map<string, Entry>();
  constructor(
    readonly initialMs: number,
    readonly maxMs: number,
  ) {}

  #expired(eventTime: number, e: Entry): boolean {
    return eventTime - e.lastUpdate > 2 * this.maxMs;
  }

  /** Whether an event at `eventTime` (a container's finish time) is still inside the back-off at `now`. */
  isInBackOffSince(key: string, eventTime: number, now: number): boolean {
    const e = this.#entries.get(key);
    if (!e || this.#expired(eventTime, e)) return false;
    return now - eventTime < e.backoff;
  }

  /** Records a restart attempt: starts or doubles the back-off. */
  next(key: string, eventTime: number, now: number): void {
    const e = this.#entries.get(key);
    if (!e || this.#expired(eventTime, e)) {
      this.#entries.set(key, { backoff: this.initialMs, lastUpdate: now });
    } else {
      e.backoff = Math.min(e.backoff * 2, this.maxMs);
      e.lastUpdate = now;
    }
  }

  /** The current back-off of a key, in ms (0 when none). */
  get(key: string): number {
    return this.#entries.get(key)?.backoff ?? 0;
  }

  /** When the back-off for an event at `eventTime` ends. */
  until(key: string, eventTime: number): number {
    return eventTime + this.get(key);
  }

  reset(key: string): void {
    this.#entries.delete(key);
  }
}

/** Go's time.Duration.String() for whole seconds and ms, as back-off messages print it (`10s`, `1m20s`, `5m0s`). */
export function goDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  const totalSeconds = ms / 1000;
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const sText = `${Number.isInteger(s) ? s : Number(s.toFixed(9)).toString()}s`;
  if (h > 0) return `${h}h${m}m${sText}`;
  if (m > 0) return `${m}m${sText}`;
  return sText;
}

/** time.Duration.Truncate(time.Millisecond).String(): `523ms`, `2.104s`, `1m3.2s`. */
export function goDurationMs(ms: number): string {
  return goDuration(Math.floor(ms));
}
