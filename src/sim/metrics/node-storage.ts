// The last two metric points of each node (metrics-server pkg/storage/node.go): a new point moves
// the stored one to `prev` when it is newer; usage needs both.
import { resourceUsage, type MetricsPoint, type ResourceUsage, type TimeInfo } from './metrics-point.js';

export class NodeStorage {
  last = new Map<string, MetricsPoint>();
  prev = new Map<string, MetricsPoint>();

  /** GetMetrics: usage and time for each named node that has two points (undefined otherwise). */
  getMetrics(nodes: readonly string[]): Array<{ usage: ResourceUsage; time: TimeInfo } | undefined> {
    return nodes.map((node) => {
      const last = this.last.get(node);
      const prev = this.prev.get(node);
      if (!last || !prev) return undefined;
      const r = resourceUsage(last, prev);
      return 'error' in r ? undefined : r;
    });
  }

  store(batch: ReadonlyMap<string, MetricsPoint>): void {
    const last = new Map<string, MetricsPoint>();
    const prev = new Map<string, MetricsPoint>();
    for (const [node, point] of batch) {
      last.set(node, point);
      const stored = this.last.get(node);
      if (!stored) continue;
      if (point.timestamp > stored.timestamp) prev.set(node, stored);
      else {
        const kept = this.prev.get(node);
        if (kept && kept.timestamp < point.timestamp) prev.set(node, kept);
      }
    }
    this.last = last;
    this.prev = prev;
  }
}
