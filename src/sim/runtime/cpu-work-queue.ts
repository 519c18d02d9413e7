// Request-driven CPU use: a server whose requests each cost a fixed amount of CPU time, run one
// after another on the CPU its container may use (its limit, or the node's cores). A request
// waits for those before it, so it answers after its wait and its own service time, and the
// container's CPU counter grows by the work done: a busy server measures at its limit, an idle
// one at nothing, and a steady client measures at (requests per second) x (CPU per request).
// Processor sharing among concurrent requests finishes the same work in the same time; FIFO
// order is the simple way to count it.

export class CpuWorkQueue {
  #busyUntil = 0;
  #acceptedNs = 0;

  /** `capacityMillicores()`: the CPU the container may use now. */
  constructor(private readonly capacityMillicores: () => number) {}

  /** A request that needs `cpuMs` of CPU time arrives at `now`: how long until it is answered (ms). */
  submit(now: number, cpuMs: number): number {
    const cores = Math.max(1, this.capacityMillicores()) / 1000;
    const start = Math.max(now, this.#busyUntil);
    this.#busyUntil = start + cpuMs / cores;
    this.#acceptedNs += cpuMs * 1_000_000;
    return this.#busyUntil - now;
  }

  /** The CPU time (ns) the requests have used by `at`: all accepted work but what is still queued. */
  usedNs(at: number): number {
    const cores = Math.max(1, this.capacityMillicores()) / 1000;
    const pendingNs = Math.max(0, this.#busyUntil - at) * cores * 1_000_000;
    return Math.max(0, Math.round(this.#acceptedNs - pendingNs));
  }
}
