// The last two metric points of each pod's containers (metrics-server pkg/storage/pod.go). A pod
// has metrics once every container has two points without a restart between them; a container
// first seen 10 s to one resolution after it started counts its start (with no CPU used) as the
// earlier point, so it shows up after one scrape.
import { resourceUsage, type MetricsPoint, type PodPoint, type ResourceUsage, type TimeInfo } from './metrics-point.js';

/** freshContainerMinMetricsResolution: a shorter gap between start and measurement is too inaccurate. */
const FRESH_CONTAINER_MIN_MS = 10_000;

export interface PodUsage {
  time: TimeInfo;
  /** In the order the containers were scraped. */
  containers: Array<{ name: string; usage: ResourceUsage }>;
}

export class PodStorage {
  last = new Map<string, PodPoint>();
  prev = new Map<string, PodPoint>();

  constructor(readonly resolutionMs: number) {}

  /** GetMetrics: for each pod key (`namespace/name`), its containers' usage and the earliest time info, if complete. */
  getMetrics(pods: readonly string[]): Array<PodUsage | undefined> {
    return pods.map((key) => {
      const last = this.last.get(key);
      const prev = this.prev.get(key);
      if (!last || !prev) return undefined;
      const containers: PodUsage['containers'] = [];
      let earliest: TimeInfo | undefined;
      for (const [name, point] of last.containers) {
        const before = prev.containers.get(name);
        if (!before) return undefined;
        const r = resourceUsage(point, before);
        if ('error' in r) continue;
        containers.push({ name, usage: r.usage });
        if (!earliest || earliest.timestamp > r.time.timestamp) earliest = r.time;
      }
      return earliest ? { time: earliest, containers } : undefined;
    });
  }

  store(pods: ReadonlyMap<string, PodPoint>): void {
    const lastPods = new Map<string, PodPoint>();
    const prevPods = new Map<string, PodPoint>();
    for (const [key, pod] of pods) {
      const last: PodPoint = { namespace: pod.namespace, name: pod.name, containers: new Map() };
      const prev: PodPoint = { namespace: pod.namespace, name: pod.name, containers: new Map() };
      const stored = this.last.get(key);
      const kept = this.prev.get(key);
      for (const [name, point] of pod.containers) {
        last.containers.set(name, point);
        const age = point.timestamp - point.startTime;
        if (point.startTime < point.timestamp && age < this.resolutionMs && age >= FRESH_CONTAINER_MIN_MS) {
          prev.containers.set(name, { ...point, timestamp: point.startTime, cumulativeCpuNs: 0 });
          continue;
        }
        const before = stored?.containers.get(name);
        // A container that restarted since the stored point starts over.
        if (!before || !(point.startTime < before.timestamp)) continue;
        if (point.timestamp > before.timestamp) prev.containers.set(name, before);
        else {
          const older = kept?.containers.get(name);
          if (older && older.timestamp < point.timestamp) prev.containers.set(name, older);
        }
      }
      if (prev.containers.size > 0) prevPods.set(key, prev);
      lastPods.set(key, last);
    }
    this.last = lastPods;
    this.prev = prevPods;
  }
}
