// The status the kubelet reports for a pod (generateAPIPodStatus): container statuses, the
// phase (getPhase) and the conditions, keeping each condition's lastTransitionTime while its
// status holds.
import { rfc3339 } from '../api/time.js';
import type { ContainerState, ContainerStatus, Pod, PodCondition, PodStatus } from '../api/types.js';
import type { ContainerRecord, ContainerRun } from './container-record.js';

export interface PodRuntimeView {
  pod: Pod;
  hostIP: string;
  startTime: number;
  podIP?: string;
  sandboxReady: boolean;
  records: Map<string, ContainerRecord>;
  /** Set once the pod reached a terminal phase (never restarts again). */
  terminalPhase?: 'Succeeded' | 'Failed';
  /** Ready was reported true before (initialization is not undone by later restarts). */
  initializedOnce: boolean;
}

function terminatedState(run: ContainerRun): ContainerState {
  return {
    terminated: {
      containerID: `containerd://${run.id}`,
      exitCode: run.exitCode ?? 0,
      finishedAt: rfc3339(run.finishedAt ?? run.startedAt ?? run.createdAt),
      ...(run.message ? { message: run.message } : {}),
      reason: run.reason ?? (run.exitCode === 0 ? 'Completed' : 'Error'),
      ...(run.signal ? { signal: run.signal } : {}),
      // containerd reports a task that never started with a zero start time: the Unix epoch.
      startedAt: run.reason === 'StartError' ? rfc3339(0) : rfc3339(run.startedAt ?? run.createdAt),
    },
  };
}

function containerStatus(rec: ContainerRecord, hasInit: boolean): ContainerStatus {
  const run = rec.current;
  const mounts = (rec.spec.volumeMounts ?? []).map((m) => ({
    mountPath: m.mountPath,
    name: m.name,
    ...(m.readOnly ? { readOnly: true, recursiveReadOnly: 'Disabled' } : {}),
  }));
  const status: ContainerStatus = {
    image: rec.spec.image ?? '',
    imageID: '',
    lastState: {},
    name: rec.name,
    ready: false,
    restartCount: rec.restartCount,
    started: false,
    state: { waiting: { reason: hasInit ? 'PodInitializing' : 'ContainerCreating' } },
    ...(mounts.length > 0 ? { volumeMounts: mounts } : {}),
  };
  // While postStart runs the pod worker is blocked: it reports the container as not started yet.
  const pending = run?.postStartPending === true;
  if (!pending && (run?.startedAt !== undefined || run?.finishedAt !== undefined)) {
    status.containerID = `containerd://${run.id}`;
    status.image = run.image.normalized;
    status.imageID = run.image.imageID;
  }
  if (rec.previous?.finishedAt !== undefined) status.lastState = terminatedState(rec.previous);
  if (pending) {
    // The waiting state above stands.
  } else if (run && run.finishedAt !== undefined) {
    if (rec.waiting) {
      // Waiting to restart: the run that ended becomes the last state.
      status.state = { waiting: { ...(rec.waiting.message ? { message: rec.waiting.message } : {}), reason: rec.waiting.reason } };
      status.lastState = terminatedState(run);
    } else {
      status.state = terminatedState(run);
      // The prober manager marks a regular init container that succeeded as ready.
      if (rec.kind === 'init' && run.exitCode === 0) status.ready = true;
    }
  } else if (run && run.startedAt !== undefined) {
    status.state = { running: { startedAt: rfc3339(run.startedAt) } };
    status.started = true;
    status.ready = run.ready;
  } else if (rec.waiting) {
    status.state = { waiting: { ...(rec.waiting.message ? { message: rec.waiting.message } : {}), reason: rec.waiting.reason } };
  }
  // Keys in the order the API serializes them is irrelevant (printers sort); keep the object tidy.
  // The prober manager sets `started` on app and init containers only, so ephemeral ones have none.
  const tidy: ContainerStatus = {
    ...(status.containerID ? { containerID: status.containerID } : {}),
    image: status.image,
    imageID: status.imageID,
    lastState: status.lastState,
    name: status.name,
    ready: status.ready,
    restartCount: status.restartCount,
    ...(rec.kind === 'ephemeral' ? {} : { started: status.started }),
    state: status.state,
    ...(status.volumeMounts ? { volumeMounts: status.volumeMounts } : {}),
  };
  return tidy;
}

/** kubelet getPhase (1.32), for regular init containers and app containers. */
export function podPhase(pod: Pod, init: ContainerStatus[], app: ContainerStatus[]): string {
  let pendingInit = 0;
  let failedInit = 0;
  for (const s of init) {
    if (s.state.running) pendingInit++;
    else if (s.state.terminated) {
      if (s.state.terminated.exitCode !== 0) failedInit++;
    } else if (s.state.waiting) {
      if (s.lastState.terminated) {
        if (s.lastState.terminated.exitCode !== 0) failedInit++;
      } else pendingInit++;
    } else pendingInit++;
  }
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeededCount = 0;
  for (const s of app) {
    if (s.state.running) running++;
    else if (s.state.terminated) {
      stopped++;
      if (s.state.terminated.exitCode === 0) succeededCount++;
    } else if (s.state.waiting) {
      if (s.lastState.terminated) stopped++;
      else waiting++;
    }
  }
  const policy = pod.spec.restartPolicy ?? 'Always';
  if (failedInit > 0 && policy === 'Never') return 'Failed';
  if (pendingInit > 0 || waiting > 0) return 'Pending';
  if (running > 0) return 'Running';
  if (stopped > 0) {
    if (policy === 'Always') return 'Running';
    if (stopped === succeededCount) return 'Succeeded';
    if (policy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}

function condition(type: string, ok: boolean, reason: string | undefined, message: string | undefined, previous: PodCondition[] | undefined, now: string): PodCondition {
  const status = ok ? 'True' : 'False';
  const before = previous?.find((c) => c.type === type);
  const since = before && before.status === status ? before.lastTransitionTime : now;
  return {
    lastProbeTime: null,
    lastTransitionTime: since,
    ...(reason && !ok && message ? { message } : {}),
    ...(reason && !ok ? { reason } : {}),
    status,
    type,
  };
}

/** The conditions the kubelet owns (kubetypes.PodConditionByKubelet). */
const KUBELET_CONDITIONS = new Set(['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady']);

/** The whole PodStatus the kubelet writes for the pod now. */
export function buildPodStatus(view: PodRuntimeView, nowMs: number): PodStatus {
  const pod = view.pod;
  const now = rfc3339(nowMs);
  const hasInit = (pod.spec.initContainers?.length ?? 0) > 0;
  const initStatuses = (pod.spec.initContainers ?? []).map((c) => containerStatus(view.records.get(c.name)!, hasInit));
  // convertToAPIContainerStatuses sorts app containers' statuses by name; init containers keep spec order.
  const appStatuses = pod.spec.containers.map((c) => containerStatus(view.records.get(c.name)!, hasInit)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byName = (a: ContainerStatus, b: ContainerStatus) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const ephemeralStatuses = (pod.spec.ephemeralContainers ?? []).flatMap((c) => {
    const rec = view.records.get(c.name);
    return rec ? [containerStatus(rec, hasInit)] : [];
  }).sort(byName);
  const phase = view.terminalPhase ?? podPhase(pod, initStatuses, appStatuses);
  const prev = pod.status.conditions;

  const incompleteInit = (pod.spec.initContainers ?? []).filter((c, i) => {
    const s = initStatuses[i]!;
    return !(s.state.terminated && s.state.terminated.exitCode === 0);
  });
  const initialized = view.initializedOnce || incompleteInit.length === 0;
  const unready = pod.spec.containers.filter((c) => !appStatuses.find((st) => st.name === c.name)!.ready);
  const terminal = phase === 'Succeeded' || phase === 'Failed';
  const readyReason = terminal ? 'PodCompleted' : 'ContainersNotReady';
  const readyMessage = terminal ? '' : `containers with unready status: [${unready.map((c) => c.name).join(' ')}]`;
  const allReady = !terminal && unready.length === 0;

  const conditions: PodCondition[] = [
    condition('PodReadyToStartContainers', view.sandboxReady, undefined, undefined, prev, now),
    condition('Initialized', initialized, 'ContainersNotInitialized', `containers with incomplete status: [${incompleteInit.map((c) => c.name).join(' ')}]`, prev, now),
    condition('Ready', allReady, readyReason, readyMessage, prev, now),
    condition('ContainersReady', allReady, readyReason, readyMessage, prev, now),
  ];
  // The conditions others own (PodScheduled, DisruptionTarget) are kept as the API has them (mergePodStatus).
  conditions.push(...(prev ?? []).filter((c) => !KUBELET_CONDITIONS.has(c.type)));
  const status: PodStatus = {
    conditions,
    containerStatuses: appStatuses,
    ...(ephemeralStatuses.length > 0 ? { ephemeralContainerStatuses: ephemeralStatuses } : {}),
    hostIP: view.hostIP,
    hostIPs: [{ ip: view.hostIP }],
    ...(hasInit ? { initContainerStatuses: initStatuses } : {}),
    phase,
    ...(view.podIP ? { podIP: view.podIP, podIPs: [{ ip: view.podIP }] } : {}),
    qosClass: pod.status.qosClass ?? 'BestEffort',
    startTime: rfc3339(view.startTime),
  };
  return status;
}
