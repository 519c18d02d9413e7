// metrics-server as the cluster runs it: every running metrics-server container is a process with
// its own in-memory storage, scraping every kubelet at start and then every --metric-resolution
// (pkg/server/server.go runScrape). A restarted container starts with an empty storage. The
// processes are found by watching pods: a container of the metrics-server image in state running.
import type { ApiServer } from '../api/api-server.js';
import type { Pod } from '../api/types.js';
import type { Timer, EventLoop } from '../core/event-loop.js';
import type { SeededRandom } from '../core/random.js';
import type { BackendPod } from '../controllers/apiservice-availability.js';
import { CpuCounters } from './cpu-counters.js';
import { metricsServerFlags, type MetricsServerFlags } from './metrics-server-flags.js';
import { METRICS_GROUP, METRICS_VERSION } from './metrics-types.js';
import { NodeStorage } from './node-storage.js';
import { PodStorage } from './pod-storage.js';
import { scrapeNodes, type ScrapeSource } from './scrape.js';

const IMAGE = 'registry.k8s.io/metrics-server/metrics-server';

/** One running metrics-server: its flags, its storage and its scrape timer. */
export interface MetricsServerProcess {
  readonly flags: MetricsServerFlags;
  readonly startedAt: number;
  readonly nodes: NodeStorage;
  readonly pods: PodStorage;
  timer?: Timer;
}

export interface MetricsPipelineDeps {
  api: ApiServer;
  loop: EventLoop;
  random: SeededRandom;
  sources(): ScrapeSource[];
}

/** Whether an image reference names the metrics-server image (any tag or digest). */
function isMetricsServerImage(image: string): boolean {
  return image.replace(/@.*$/, '').replace(/:[^/]*$/, '') === IMAGE;
}

export class MetricsPipeline {
  readonly #deps: MetricsPipelineDeps;
  readonly #counters = new CpuCounters();
  /** By pod uid, then by `container/restartCount`. */
  readonly #processes = new Map<string, Map<string, MetricsServerProcess>>();

  constructor(deps: MetricsPipelineDeps) {
    this.#deps = deps;
    deps.api.store.watch('pods', (e) => this.#observe(e.object as Pod, e.type === 'DELETED'));
  }

  /** Starts processes for containers that began running, stops those that no longer run. */
  #observe(pod: Pod, deleted: boolean): void {
    const uid = pod.metadata.uid ?? '';
    // Most pods run no metrics-server and have no process here: nothing to start or stop.
    if (!this.#processes.has(uid) && (deleted || !pod.spec.containers.some((c) => isMetricsServerImage(c.image ?? '')))) return;
    const running = new Map<string, MetricsServerFlags>();
    if (!deleted) {
      for (const c of pod.spec.containers) {
        if (!isMetricsServerImage(c.image ?? '')) continue;
        const status = pod.status.containerStatuses?.find((s) => s.name === c.name);
        if (status?.state.running) running.set(`${c.name}/${status.restartCount}`, metricsServerFlags([...(c.command ?? []), ...(c.args ?? [])]));
      }
    }
    const mine = this.#processes.get(uid) ?? new Map<string, MetricsServerProcess>();
    for (const [key, proc] of mine) {
      if (running.has(key)) continue;
      this.#deps.loop.cancel(proc.timer);
      mine.delete(key);
    }
    for (const [key, flags] of running) if (!mine.has(key)) mine.set(key, this.#start(flags, `${pod.metadata.namespace}/${pod.metadata.name}`));
    if (mine.size > 0) this.#processes.set(uid, mine);
    else this.#processes.delete(uid);
  }

  #start(flags: MetricsServerFlags, name: string): MetricsServerProcess {
    const { loop } = this.#deps;
    const proc: MetricsServerProcess = { flags, startedAt: loop.now(), nodes: new NodeStorage(), pods: new PodStorage(flags.resolutionMs) };
    const tick = (n: number) => {
      // On kind, without --kubelet-insecure-tls every scrape fails on the kubelets' certificates.
      if (flags.insecureTls) {
        const batch = scrapeNodes(this.#deps.sources(), loop.now(), this.#deps.random, this.#counters);
        proc.nodes.store(batch.nodes);
        proc.pods.store(batch.pods);
      }
      proc.timer = loop.at(proc.startedAt + (n + 1) * flags.resolutionMs, `metrics-server scrape ${name}`, () => tick(n + 1));
    };
    proc.timer = loop.at(proc.startedAt, `metrics-server scrape ${name}`, () => tick(0));
    return proc;
  }

  /** The metrics-server running in a pod (its first running container of the image), if any. */
  processFor(pod: BackendPod): MetricsServerProcess | undefined {
    const found = this.#deps.api.store.view<Pod>('pods', pod.namespace, pod.name);
    const mine = found && this.#processes.get(found.metadata.uid ?? '');
    return mine ? [...mine.values()][0] : undefined;
  }

  /** Whether a pod answers discovery for a group version: metrics-server serves metrics.k8s.io/v1beta1. */
  serves(pod: BackendPod, group: string, version: string): boolean {
    return group === METRICS_GROUP && version === METRICS_VERSION && this.processFor(pod) !== undefined;
  }
}
