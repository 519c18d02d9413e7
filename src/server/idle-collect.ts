// A full garbage collection when the server has gone idle after enough bytes went through it, so
// that what big requests, big lists and deletes left behind goes back to the system instead of
// waiting for the next allocation. V8 collects only as it allocates: an idle process keeps its
// garbage (a `sim serve` run of 120 objects of 1 MiB held ~330 MiB of dead heap and Buffers for
// minutes after they were deleted). Go's runtime, which the real API server runs on, forces a
// collection every two minutes and returns freed pages in the background (runtime/proc.go
// forcegcperiod, the scavenger), and paces collections by what the last one left live (GOGC).
// Here: once the server has had no request for `idleMs`, and the bytes its connections carried
// since the last collection (requests and responses) and the bytes of the stored objects replaced
// or deleted meanwhile (the watch history's estimate) add up to a quarter of what that collection
// left in use (at least `minBytes`), `collect` runs (V8's
// `gc`, which `sim serve` exposes to itself with --expose-gc). A full collection costs about the
// live heap's size, so their cost stays a fixed share of the traffic on a big cluster too (a
// quarter, not all of it: a collection that ran while big objects were still live would
// otherwise hold off the next one until as much traffic again). Checked on an unref'd timer, so
// it never keeps the process alive.

export interface IdleCollectOptions {
  /** Milliseconds without a request before a collection may run (default 2,000). */
  idleMs?: number;
  /** The least traffic in bytes since the last collection that makes one worth it (default 16 MiB). */
  minBytes?: number;
  /** How often to check, in ms (default 1,000). */
  everyMs?: number;
  /** The time in ms (default performance.now). */
  now?: () => number;
  /** The bytes in use after a collection (default process.memoryUsage's heapUsed + arrayBuffers). */
  inUse?: () => number;
  /** Starts the periodic check (default an unref'd setInterval); returns its stop. */
  schedule?: (tick: () => void, everyMs: number) => () => void;
}

export interface IdleCollector {
  /** A request arrived or ended, its connection having carried `bytes`: the server is not idle. */
  touch(bytes?: number): void;
  /** `bytes` of stored objects were replaced or deleted (by a request or by the simulation). */
  dropped(bytes: number): void;
  /** One check (the timer calls it; tests call it). Returns whether it collected. */
  tick(): boolean;
  stop(): void;
}

function processInUse(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function unrefInterval(tick: () => void, everyMs: number): () => void {
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

export function collectWhenIdle(collect: () => void, options: IdleCollectOptions = {}): IdleCollector {
  const idleMs = options.idleMs ?? 2000;
  const minBytes = options.minBytes ?? 16 * 1024 * 1024;
  const now = options.now ?? (() => performance.now());
  const inUse = options.inUse ?? processInUse;
  let last = now();
  let traffic = 0;
  let live = 0;
  const tick = (): boolean => {
    if (now() - last < idleMs || traffic < Math.max(minBytes, live / 4)) return false;
    // Twice: the Buffers the first collection finds dead release their memory only by the second
    // (measured: arrayBuffers 180 MiB -> 133 MiB after one, 8 MiB after two; RSS 258 -> 135 MiB).
    collect();
    collect();
    traffic = 0;
    live = inUse();
    return true;
  };
  const stop = (options.schedule ?? unrefInterval)(tick, options.everyMs ?? 1000);
  return {
    touch: (bytes = 0) => {
      last = now();
      if (bytes > 0) traffic += bytes;
    },
    dropped: (bytes) => {
      traffic += bytes;
    },
    tick,
    stop,
  };
}
