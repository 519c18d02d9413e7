// One scrape of every node (metrics-server pkg/scraper/scraper.go Scrape): each node's kubelet is
// asked after a random stagger of up to 8 ms per node (4 s at most), and answers with a point for
// itself and for each running container, measured when it answers.
import type { Pod } from '../api/types.js';
import type { ContainerUsage } from '../kubelet/kubelet.js';
import type { SeededRandom } from '../core/random.js';
import type { Usage } from '../runtime/container-usage.js';
import { STARTUP_CPU_NS, type CpuCounters } from './cpu-counters.js';
import type { MetricsBatch, PodPoint } from './metrics-point.js';

const MAX_DELAY_MS = 4000;
const DELAY_PER_SOURCE_MS = 8;
/** How far under its rate a process may measure over a window (invented: up to 4%). */
const MAX_SHORTFALL = 0.04;

/** What metrics-server reaches on a node: its kubelet's resource metrics. */
export interface ScrapeSource {
  nodeName: string;
  /** When the node booted (its counters start there). */
  bootTime: number;
  nodeUsage(): Usage;
  podUsage(): Array<{ pod: Pod; containers: ContainerUsage[] }>;
}

export function scrapeNodes(sources: readonly ScrapeSource[], now: number, random: SeededRandom, counters: CpuCounters): MetricsBatch {
  const batch: MetricsBatch = { nodes: new Map(), pods: new Map() };
  const share = () => 1 - random.next() * MAX_SHORTFALL;
  const delayMs = Math.min(DELAY_PER_SOURCE_MS * sources.length, MAX_DELAY_MS);
  for (const source of sources) {
    const at = now + random.int(delayMs);
    const node = source.nodeUsage();
    batch.nodes.set(source.nodeName, {
      startTime: source.bootTime,
      timestamp: at,
      cumulativeCpuNs: counters.read(`node/${source.nodeName}`, source.bootTime, node.cpuMillicores, share(), at, 0),
      memoryBytes: Math.round(node.memoryBytes),
    });
    for (const { pod, containers } of source.podUsage()) {
      const ns = pod.metadata.namespace ?? 'default';
      const point: PodPoint = { namespace: ns, name: pod.metadata.name, containers: new Map() };
      for (const c of containers) {
        const key = `${pod.metadata.uid}/${c.name}/${c.startedAt}`;
        const cpu = counters.read(key, c.startedAt, c.usage.cpuMillicores, share(), at, STARTUP_CPU_NS) + (c.usage.workCpuNs?.(at) ?? 0);
        // checkContainerMetrics: a pod with a container lacking CPU or memory is dropped whole.
        if (cpu === 0 || c.usage.memoryBytes === 0) {
          point.containers.clear();
          break;
        }
        point.containers.set(c.name, { startTime: c.startedAt, timestamp: at, cumulativeCpuNs: cpu, memoryBytes: Math.round(c.usage.memoryBytes) });
      }
      if (point.containers.size > 0) batch.pods.set(`${ns}/${pod.metadata.name}`, point);
    }
  }
  counters.sweep();
  return batch;
}
