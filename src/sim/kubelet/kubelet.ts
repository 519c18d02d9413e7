// A node's kubelet: it watches the pods bound to its node, runs one PodWorker per pod, and
// answers for them: logs, exec, and what listens on a pod's ports.
import { PODS } from '../api/pods-type.js';
import { badRequest, notFound } from '../api/status-error.js';
import type { Pod } from '../api/types.js';
import type { Listener } from '../runtime/http.js';
import type { LogQuery } from '../runtime/container-log.js';
import { NODE_SYSTEM_USAGE, type Usage } from '../runtime/container-usage.js';
import type { ShellProcess } from '../shell/types.js';
import type { KubeletContext } from './kubelet-context.js';
import { PodWorker } from './pod-worker.js';
import { KUBELET_TIMINGS } from './timings.js';

/** The pods' watch trigger on spec.nodeName. */
const NODE_NAME_TRIGGER = 'spec.nodeName';

/** A running container's usage, and since when it runs (the summary API's container start time). */
export interface ContainerUsage {
  name: string;
  startedAt: number;
  usage: Usage;
}

export class Kubelet {
  readonly workers = new Map<string, PodWorker>();

  constructor(readonly ctx: KubeletContext) {
    // The kubelet watches its node's pods (fieldSelector spec.nodeName=<node>), which the watch
    // cache sends through the pods' spec.nodeName trigger (pkg/registry/core/pod/strategy.go
    // NodeNameTriggerFunc): a change to a pod reaches one kubelet, not every node's.
    ctx.api.store.addWatchTrigger('pods', NODE_NAME_TRIGGER, (o) => (o as Pod).spec.nodeName);
    ctx.api.store.watch('pods', (event) => {
      const pod = event.object as Pod;
      if (pod.spec.nodeName !== ctx.node.name) return;
      const uid = pod.metadata.uid ?? '';
      const worker = this.workers.get(uid);
      if (event.type === 'DELETED') {
        if (worker) this.#forget(uid, worker);
        return;
      }
      if (!worker) {
        // The kubelet notices a newly bound pod shortly after the binding.
        if (this.#pendingAdds.has(uid)) return;
        this.#pendingAdds.add(uid);
        ctx.loop.after(ctx.delay(KUBELET_TIMINGS.observeBinding), `observe ${pod.metadata.name}`, () => {
          this.#pendingAdds.delete(uid);
          const current = ctx.api.view<Pod>(PODS, pod.metadata.namespace, pod.metadata.name);
          if (!current || current.metadata.uid !== uid || this.workers.has(uid)) return;
          this.workers.set(uid, new PodWorker(ctx, current));
        });
        return;
      }
      if (pod.metadata.resourceVersion !== worker.pod.metadata.resourceVersion) {
        const specChanged = (pod.spec !== worker.pod.spec && JSON.stringify(pod.spec) !== JSON.stringify(worker.pod.spec)) || pod.metadata.deletionTimestamp !== worker.pod.metadata.deletionTimestamp;
        if (specChanged) worker.update(pod);
        else worker.metadataChanged(pod);
      }
    }, { name: NODE_NAME_TRIGGER, value: ctx.node.name });
  }

  #pendingAdds = new Set<string>();

  #forget(uid: string, worker: PodWorker): void {
    this.workers.delete(uid);
    if (!worker.gone) worker.abandon();
  }

  #worker(namespace: string, name: string): PodWorker {
    const pod = this.ctx.api.find<Pod>(PODS, namespace, name);
    if (!pod) throw notFound('pods', '', name);
    const worker = this.workers.get(pod.metadata.uid ?? '');
    if (!worker) throw badRequest(`pod ${name} does not have a host assigned`);
    return worker;
  }

  /** `GET pods/{name}/log`: the kubelet's answer, with its errors for containers not running yet. */
  logs(namespace: string, name: string, container: string, options: LogQuery & { previous?: boolean }): string {
    const worker = this.#worker(namespace, name);
    const rec = worker.records.get(container);
    if (!rec) throw badRequest(`container ${container} is not valid for pod ${name}`);
    if (options.previous) {
      const prev = rec.current?.finishedAt !== undefined && rec.waiting ? rec.current : rec.previous;
      if (!prev) throw badRequest(`previous terminated container "${container}" in pod "${name}" not found`);
      return prev.instance.log.render(options);
    }
    const run = rec.current;
    if (!run || run.startedAt === undefined) {
      const reason = rec.waiting?.reason ?? ((worker.pod.spec.initContainers?.length ?? 0) > 0 ? 'PodInitializing' : 'ContainerCreating');
      if (reason === 'ErrImagePull') throw badRequest(`container "${container}" in pod "${name}" is waiting to start: image can't be pulled`);
      if (reason === 'ImagePullBackOff') throw badRequest(`container "${container}" in pod "${name}" is waiting to start: trying and failing to pull image`);
      throw badRequest(`container "${container}" in pod "${name}" is waiting to start: ${reason}`);
    }
    return run.instance.log.render(options);
  }

  /** Starts a command in a running container, reading `stdin`; an error when the container is not running. */
  exec(namespace: string, name: string, container: string, argv: string[], output: (stream: 1 | 2, text: string) => void, stdin = ''): ShellProcess | { error: string } {
    const worker = this.#worker(namespace, name);
    const rec = worker.records.get(container);
    if (!rec) return { error: `container not found ("${container}")` };
    const run = rec.current;
    if (!run || run.startedAt === undefined || run.finishedAt !== undefined) {
      return { error: `container not found ("${container}")` };
    }
    const exe = argv[0] ?? '';
    const known = run.instance.commands[exe] ?? run.instance.commands[exe.slice(exe.lastIndexOf('/') + 1)];
    if (!known && !['echo', 'exit', 'cd', 'true', 'false', 'test', '['].includes(exe)) {
      return {
        error: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${exe}": executable file not found in $PATH: unknown`,
      };
    }
    return run.instance.exec(argv, output, stdin);
  }

  /**
   * An attached client (`kubectl run -i`, `kubectl attach -i`) closed its stdin after sending
   * `input`: a container with stdinOnce that was waiting for it runs on it. False otherwise.
   */
  closeStdin(namespace: string, name: string, container: string, input: string): boolean {
    const worker = this.#worker(namespace, name);
    const run = worker.records.get(container)?.current;
    if (!run || run.startedAt === undefined || run.exitedAt !== undefined || !run.instance.closeStdin(input)) return false;
    worker.wake(container);
    return true;
  }

  /**
   * What each pod's running containers use now (the cadvisor side of the kubelet's summary API,
   * which metrics-server scrapes). Containers that are not running are left out.
   */
  podUsage(): Array<{ pod: Pod; containers: ContainerUsage[] }> {
    const out: Array<{ pod: Pod; containers: ContainerUsage[] }> = [];
    for (const worker of this.workers.values()) {
      const containers: ContainerUsage[] = [];
      for (const rec of worker.records.values()) {
        const run = rec.current;
        if (run && run.startedAt !== undefined && run.finishedAt === undefined && run.exitedAt === undefined) containers.push({ name: rec.name, startedAt: run.startedAt, usage: run.instance.usage() });
      }
      if (containers.length > 0) out.push({ pod: worker.pod, containers });
    }
    return out;
  }

  /** What the node uses: its pods, and the kubelet, the runtime and the system beside them. */
  nodeUsage(): Usage {
    let cpu = NODE_SYSTEM_USAGE.cpuMillicores;
    let memory = NODE_SYSTEM_USAGE.memoryBytes;
    for (const p of this.podUsage()) {
      for (const c of p.containers) {
        cpu += c.usage.cpuMillicores;
        memory += c.usage.memoryBytes;
      }
    }
    return { cpuMillicores: cpu, memoryBytes: memory };
  }

  /** What listens at a pod IP and port on this node. */
  listener(ip: string, port: number): Listener | undefined {
    for (const worker of this.workers.values()) {
      if (worker.sandbox?.podIP !== ip) continue;
      for (const rec of worker.records.values()) {
        const run = rec.current;
        if (run && run.startedAt !== undefined && run.finishedAt === undefined) {
          const l = run.instance.listeners.get(port);
          if (l) return l;
        }
      }
    }
    return undefined;
  }
}
