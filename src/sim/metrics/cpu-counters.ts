// The kubelet side of the metrics pipeline: cumulative CPU time per container and per node, as
// the kubelet's /metrics/resource reports it (container_cpu_usage_seconds_total and friends). The
// simulator knows each container's current rate (its program's or idle figure, capped by its CPU
// limit), so the counter integrates that rate between readings, taking it as constant since the
// last one, less a little: a process gets at most the CPU it asks for, and one held at its limit
// by CFS throttling measures somewhat under it (the docs' cpu-demo shows 974m of a 1-CPU limit).
// A container has used some CPU by the time it runs (exec, its program's start-up): metrics-server
// drops containers whose counter is still zero, so none is.

/** CPU time a container has used to get started (invented: 20 ms). */
export const STARTUP_CPU_NS = 20_000_000;

interface Counter {
  ns: number;
  at: number;
}

export class CpuCounters {
  readonly #counters = new Map<string, Counter>();
  #seen = new Set<string>();

  /**
   * The cumulative CPU time of `key` (one run of a container, or a node) at `at`, running at
   * `millicores` times `share` (at most 1) since the last reading. A new counter starts at
   * `startTime` with `initialNs`.
   */
  read(key: string, startTime: number, millicores: number, share: number, at: number, initialNs: number): number {
    this.#seen.add(key);
    let c = this.#counters.get(key);
    if (!c) {
      c = { ns: initialNs, at: startTime };
      this.#counters.set(key, c);
    }
    if (at > c.at) {
      // millicores × ms × 1000 = nanoseconds of CPU time.
      c.ns += Math.round(millicores * share * (at - c.at) * 1000);
      c.at = at;
    }
    return c.ns;
  }

  /** Forgets counters not read since the last sweep (containers that stopped, pods that went away). */
  sweep(): void {
    for (const key of this.#counters.keys()) if (!this.#seen.has(key)) this.#counters.delete(key);
    this.#seen = new Set();
  }
}
