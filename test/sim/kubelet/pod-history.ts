// Records what a pod went through, as a watcher of the API would see it: every STATUS the pod
// showed (with the virtual time it appeared) and every run of each container (from the
// statuses the kubelet wrote). Timestamps in container states are whole seconds, like the API's.
import type { Cluster } from '../../../src/sim/cluster/cluster.js';
import type { ContainerStatus, Event, Pod } from '../../../src/sim/api/types.js';
import { podStatusCells } from '../../../src/sim/printers/tables/pod-table.js';

export interface ContainerRunSeen {
  id: string;
  /** Seconds since the epoch (whole seconds, from the API). */
  startedAt: number;
  finishedAt?: number;
  exitCode?: number;
  reason?: string;
}

export interface PodHistory {
  /** STATUS column values in the order they appeared, consecutive repeats dropped. */
  statuses: Array<{ at: number; status: string; phase: string }>;
  /** Runs of a container, in start order. */
  runs(container: string): ContainerRunSeen[];
  /** Each time a kubelet event with this reason was recorded or repeated (ms, virtual). */
  eventTimes(reason: string): number[];
  /** When the pod object was removed (ms, virtual), if it was. */
  readonly deletedAt: number | undefined;
  stop(): void;
}

const seconds = (t: string | undefined): number | undefined => (t ? Date.parse(t) / 1000 : undefined);

/** Starts recording one pod's history from now on. */
export function recordPodHistory(cluster: Cluster, namespace: string, name: string): PodHistory {
  const statuses: PodHistory['statuses'] = [];
  const runs = new Map<string, Map<string, ContainerRunSeen>>();
  const events = new Map<string, number[]>();
  const note = (container: string, id: string | undefined, run: Omit<ContainerRunSeen, 'id'>) => {
    if (!id) return;
    const byId = runs.get(container) ?? new Map<string, ContainerRunSeen>();
    runs.set(container, byId);
    byId.set(id, { ...byId.get(id), id, ...Object.fromEntries(Object.entries(run).filter(([, v]) => v !== undefined)) } as ContainerRunSeen);
  };
  const seeStatus = (c: ContainerStatus) => {
    const r = c.state.running;
    if (r) note(c.name, c.containerID, { startedAt: seconds(r.startedAt)! });
    for (const t of [c.state.terminated, c.lastState.terminated]) {
      if (t) note(c.name, t.containerID, { startedAt: seconds(t.startedAt)!, finishedAt: seconds(t.finishedAt), exitCode: t.exitCode, reason: t.reason });
    }
  };
  let deletedAt: number | undefined;
  const pods = cluster.api.store.watch('pods', (e) => {
    const pod = e.object as Pod;
    if (pod.metadata.name !== name || pod.metadata.namespace !== namespace) return;
    if (e.type === 'DELETED') {
      deletedAt = cluster.now();
      return;
    }
    const now = cluster.now();
    const status = podStatusCells(pod, now).reason;
    if (statuses.at(-1)?.status !== status) statuses.push({ at: now, status, phase: pod.status.phase ?? '' });
    for (const c of [...(pod.status.initContainerStatuses ?? []), ...(pod.status.containerStatuses ?? [])]) seeStatus(c);
  });
  const watchEvents = cluster.api.store.watch('events', (e) => {
    const ev = e.object as Event;
    if (e.type === 'DELETED' || ev.involvedObject.name !== name || ev.involvedObject.namespace !== namespace) return;
    const list = events.get(ev.reason ?? '') ?? [];
    list.push(cluster.now());
    events.set(ev.reason ?? '', list);
  });
  return {
    statuses,
    runs: (container) => [...(runs.get(container)?.values() ?? [])].sort((a, b) => a.startedAt - b.startedAt),
    eventTimes: (reason) => events.get(reason) ?? [],
    get deletedAt() {
      return deletedAt;
    },
    stop: () => {
      pods.stop();
      watchEvents.stop();
    },
  };
}

/** The wait before each restart: next run's start minus the previous run's finish, in seconds. */
export function restartWaits(runs: ContainerRunSeen[]): number[] {
  return runs.slice(1).map((r, i) => r.startedAt - runs[i]!.finishedAt!);
}
