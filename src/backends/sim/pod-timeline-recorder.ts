// Watches the simulated cluster's store for the Pods a lesson makes and keeps every change of
// their containers' states, conditions and phase, and their Events, with the virtual time each
// was stored. Read only: it listens after every controller and writes nothing, so the cluster
// prints the same bytes and records the same events with or without it.
import { ApiServer, type ContainerState, type ContainerStatus, type Event, type EventLoop, type ObjectStore, parseApiTime, type Pod, typeForKind, type Watch, type WatchEvent } from '../../sim/index.js';
import type { ContainerStateChange, ContainerTimeline, PodTimeline, SessionTimeline } from '../../run/timeline-types.js';

const PODS = ApiServer.key(typeForKind('Pod', 'v1')!);
const EVENTS = ApiServer.key(typeForKind('Event', 'v1')!);

function stateOf(state: ContainerState): Pick<ContainerStateChange, 'state' | 'reason' | 'message' | 'exitCode' | 'startedAt' | 'finishedAt'> {
  if (state.terminated) {
    const t = state.terminated;
    return {
      state: 'terminated',
      exitCode: t.exitCode,
      ...(t.reason !== undefined ? { reason: t.reason } : {}),
      ...(t.message ? { message: t.message } : {}),
      ...(t.startedAt ? { startedAt: t.startedAt } : {}),
      ...(t.finishedAt ? { finishedAt: t.finishedAt } : {}),
    };
  }
  if (state.running) return { state: 'running', ...(state.running.startedAt ? { startedAt: state.running.startedAt } : {}) };
  return { state: 'waiting', ...(state.waiting?.reason ? { reason: state.waiting.reason } : {}), ...(state.waiting?.message ? { message: state.waiting.message } : {}) };
}

/**
 * Whether `last` already says what `status` says: stateOf(status.state) with its restart count
 * and readiness, compared field by field without building it (most pod events change nothing here).
 */
function sameAsLast(last: ContainerStateChange, status: ContainerStatus): boolean {
  if (last.restartCount !== status.restartCount || last.ready !== status.ready) return false;
  const state = status.state;
  if (state.terminated) {
    const t = state.terminated;
    return (
      last.state === 'terminated' && last.exitCode === t.exitCode && last.reason === t.reason && last.message === (t.message || undefined) &&
      last.startedAt === (t.startedAt || undefined) && last.finishedAt === (t.finishedAt || undefined)
    );
  }
  if (last.exitCode !== undefined || last.finishedAt !== undefined) return false;
  if (state.running) return last.state === 'running' && last.reason === undefined && last.message === undefined && last.startedAt === (state.running.startedAt || undefined);
  return last.state === 'waiting' && last.startedAt === undefined && last.reason === (state.waiting?.reason || undefined) && last.message === (state.waiting?.message || undefined);
}

function containersOf(pod: Pod): ContainerTimeline[] {
  const init = (pod.spec.initContainers ?? []).map((c): ContainerTimeline => ({ name: c.name, kind: c.restartPolicy === 'Always' ? 'sidecar' : 'init', changes: [] }));
  const app = pod.spec.containers.map((c): ContainerTimeline => ({ name: c.name, kind: 'app', changes: [] }));
  return [...init, ...app];
}

export class PodTimelineRecorder {
  readonly #loop: EventLoop;
  readonly #startedAt: number;
  /** Pods that were there before the lesson began (the cluster's own): not part of its story. */
  readonly #before = new Set<string>();
  readonly #pods = new Map<string, PodTimeline>();
  readonly #eventCounts = new Map<string, number>();
  readonly #watches: Watch[];

  constructor(store: ObjectStore, loop: EventLoop) {
    this.#loop = loop;
    this.#startedAt = loop.now();
    for (const pod of store.viewList<Pod>(PODS)) this.#before.add(pod.metadata.uid ?? '');
    this.#watches = [store.watch(PODS, (e) => this.#onPod(e)), store.watch(EVENTS, (e) => this.#onEvent(e))];
  }

  #onPod(event: WatchEvent): void {
    const pod = event.object as Pod;
    const uid = pod.metadata.uid ?? '';
    if (this.#before.has(uid)) return;
    const at = this.#loop.now();
    let record = this.#pods.get(uid);
    if (!record) {
      record = {
        namespace: pod.metadata.namespace ?? 'default',
        name: pod.metadata.name,
        uid,
        createdAt: parseApiTime(pod.metadata.creationTimestamp) ?? at,
        phases: [],
        conditions: [],
        containers: containersOf(pod),
        events: [],
      };
      this.#pods.set(uid, record);
    }
    if (event.type === 'DELETED') {
      record.deletedAt ??= at;
      return;
    }
    if (pod.spec.nodeName) record.node = pod.spec.nodeName;
    if (pod.metadata.deletionTimestamp && record.deletingAt === undefined) record.deletingAt = at;
    const phase = pod.status.phase;
    if (phase && record.phases.at(-1)?.phase !== phase) record.phases.push({ at, phase });
    for (const c of pod.status.conditions ?? []) {
      const last = record.conditions.findLast((k) => k.type === c.type);
      if (last?.status !== c.status) record.conditions.push({ at, type: c.type, status: c.status, ...(c.reason ? { reason: c.reason } : {}) });
    }
    this.#noteContainers(record, pod, at);
  }

  #noteContainers(record: PodTimeline, pod: Pod, at: number): void {
    for (const s of pod.status.initContainerStatuses ?? []) this.#noteContainer(record, s, 'init', at);
    for (const s of pod.status.containerStatuses ?? []) this.#noteContainer(record, s, 'app', at);
    for (const s of pod.status.ephemeralContainerStatuses ?? []) this.#noteContainer(record, s, 'ephemeral', at);
  }

  #noteContainer(record: PodTimeline, status: ContainerStatus, kind: ContainerTimeline['kind'], at: number): void {
    let container = record.containers.find((c) => c.name === status.name);
    if (!container) {
      container = { name: status.name, kind, changes: [] };
      record.containers.push(container);
    }
    const last = container.changes.at(-1);
    if (last && sameAsLast(last, status)) return;
    container.changes.push({ at, ...stateOf(status.state), restartCount: status.restartCount, ready: status.ready });
  }

  #onEvent(event: WatchEvent): void {
    if (event.type === 'DELETED') return;
    const e = event.object as Event;
    const involved = e.involvedObject;
    if (involved.kind !== 'Pod' || !involved.uid) return;
    const record = this.#pods.get(involved.uid);
    if (!record) return;
    const count = e.count ?? e.series?.count ?? 1;
    const key = `${e.metadata.namespace}/${e.metadata.name}`;
    if ((this.#eventCounts.get(key) ?? 0) >= count) return;
    this.#eventCounts.set(key, count);
    record.events.push({
      at: this.#loop.now(),
      type: e.type,
      reason: e.reason,
      message: e.message,
      ...(involved.fieldPath ? { fieldPath: involved.fieldPath } : {}),
      count,
    });
  }

  /**
   * What was recorded from the lesson's start until now, Pods in the order they were created. Not
   * a copy (a run of 100,000 Pods would pay for it twice): the records grow while the session runs.
   */
  timeline(): SessionTimeline {
    return { startedAt: this.#startedAt, endedAt: this.#loop.now(), pods: [...this.#pods.values()] };
  }

  stop(): void {
    for (const w of this.#watches) w.stop();
  }
}
