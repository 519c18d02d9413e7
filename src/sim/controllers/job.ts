// The Job controller (1.32, NonIndexed): creates `<job>-xxxxx` pods from the template up to
// parallelism and the completions still needed, counts finished pods once each (removing the
// batch.kubernetes.io/job-tracking finalizer), waits the pod-failure back-off (10 s doubling)
// before replacing a failed pod, and finishes the Job: SuccessCriteriaMet + Complete with a
// completionTime, or FailureTarget + Failed on BackoffLimitExceeded or DeadlineExceeded. Status
// carries `ready`, `terminating` and `uncountedTerminatedPods` as the 1.32 controller writes them.
import { typeForKind } from '../api/resources.js';
import type { Job, JobCondition } from '../api/strategies/job-strategy.js';
import { rfc3339 } from '../api/time.js';
import type { Pod } from '../api/types.js';
import type { ClusterParts } from '../cluster/cluster-parts.js';
import { createWorkQueue } from './work-queue.js';

const JOBS = typeForKind('Job', 'batch/v1')!;
const PODS = typeForKind('Pod', 'v1')!;
const TRACKING_FINALIZER = 'batch.kubernetes.io/job-tracking';
const SOURCE = { component: 'job-controller' };

/** DefaultJobPodFailureBackOff and MaxJobPodFailureBackOff. */
export const POD_FAILURE_BACKOFF = { initialMs: 10_000, maxMs: 600_000 };

/** Why a Job ends, as data: condition reason and the message its conditions and event carry. */
const ENDINGS = {
  complete: { reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' },
  backoffLimit: { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' },
  deadline: { reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' },
} as const;

/** What the controller remembers between syncs (the real one keeps it in its backoff store). */
interface Memory {
  failuresSinceSuccess: number;
  lastFailure: number;
  timers: Set<string>;
}

const isTerminal = (p: Pod) => p.status.phase === 'Succeeded' || p.status.phase === 'Failed';
const isReady = (p: Pod) => p.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
const hasCondition = (job: Job, type: string) => (job.status?.conditions ?? []).some((c) => c.type === type && c.status === 'True');

function condition(type: string, reason: string, message: string, now: string): JobCondition {
  return { lastProbeTime: now, lastTransitionTime: now, message, reason, status: 'True', type };
}

function ownedPods(parts: ClusterParts, job: Job): Pod[] {
  return parts.api.viewList<Pod>(PODS, job.metadata.namespace).filter((p) => (p.metadata.ownerReferences ?? []).some((o) => o.controller && o.uid === job.metadata.uid));
}

function newPod(job: Job): Pod {
  const template = job.spec.template;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: '',
      generateName: `${job.metadata.name}-`,
      namespace: job.metadata.namespace ?? 'default',
      labels: { ...(template.metadata?.labels ?? {}) },
      ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
      finalizers: [TRACKING_FINALIZER],
      ownerReferences: [{ apiVersion: 'batch/v1', blockOwnerDeletion: true, controller: true, kind: 'Job', name: job.metadata.name, uid: job.metadata.uid ?? '' }],
    },
    spec: structuredClone(template.spec),
    status: {},
  };
}

/** Removes the tracking finalizer of a pod the controller has counted. */
function untrack(parts: ClusterParts, pod: Pod): void {
  const fresh = parts.api.find<Pod>(PODS, pod.metadata.namespace, pod.metadata.name);
  if (!fresh || !(fresh.metadata.finalizers ?? []).includes(TRACKING_FINALIZER)) return;
  const finalizers = fresh.metadata.finalizers!.filter((f) => f !== TRACKING_FINALIZER);
  if (finalizers.length > 0) fresh.metadata.finalizers = finalizers;
  else delete fresh.metadata.finalizers;
  parts.api.put(PODS, fresh);
}

/** Restarts of the active pods' containers: what backoffLimit counts under restartPolicy OnFailure. */
function restartsOf(pods: Pod[]): number {
  return pods.reduce((n, p) => n + [...(p.status.initContainerStatuses ?? []), ...(p.status.containerStatuses ?? [])].reduce((m, s) => m + s.restartCount, 0), 0);
}

function reconcile(parts: ClusterParts, ns: string, name: string, memory: Memory, requeue: (atMs: number) => void): void {
  const { api, recorder, loop } = parts;
  const job = api.view<Job>(JOBS, ns, name);
  if (!job || job.metadata.deletionTimestamp || hasCondition(job, 'Complete') || hasCondition(job, 'Failed')) return;
  const ref = { apiVersion: 'batch/v1', kind: 'Job', name, namespace: ns, uid: job.metadata.uid ?? '', resourceVersion: job.metadata.resourceVersion ?? '' };
  const now = loop.now();
  const stamp = rfc3339(now);
  const status: Job['status'] = structuredClone(job.status ?? {});
  const spec = job.spec;
  const suspended = spec.suspend === true;
  if (!status.startTime && !suspended) status.startTime = stamp;

  // Count every finished pod once, then let it go.
  let pods = ownedPods(parts, job);
  for (const pod of pods) {
    if (!isTerminal(pod) || !(pod.metadata.finalizers ?? []).includes(TRACKING_FINALIZER)) continue;
    if (pod.status.phase === 'Succeeded') {
      status.succeeded = (status.succeeded ?? 0) + 1;
      memory.failuresSinceSuccess = 0;
    } else {
      status.failed = (status.failed ?? 0) + 1;
      memory.failuresSinceSuccess++;
      memory.lastFailure = now;
    }
    untrack(parts, pod);
  }
  pods = ownedPods(parts, job);
  let active = pods.filter((p) => !isTerminal(p) && !p.metadata.deletionTimestamp);

  const deleteActive = () => {
    for (const p of active) {
      api.delete(PODS, ns, p.metadata.name);
      recorder.record(ref, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, SOURCE);
    }
    active = [];
  };
  const completions = spec.completions ?? 1;
  const backoffLimit = spec.backoffLimit ?? 6;
  const onFailure = spec.template.spec.restartPolicy === 'OnFailure';
  const restarts = restartsOf(active);
  const overLimit = onFailure ? (backoffLimit === 0 ? restarts > 0 : restarts >= backoffLimit) : (status.failed ?? 0) > backoffLimit;
  const start = status.startTime ? Date.parse(status.startTime) : now;
  const deadline = spec.activeDeadlineSeconds !== undefined ? start + spec.activeDeadlineSeconds * 1000 : undefined;
  const failure = overLimit ? ENDINGS.backoffLimit : deadline !== undefined && now >= deadline ? ENDINGS.deadline : undefined;

  if (failure) {
    deleteActive();
    status.conditions = [...(status.conditions ?? []), condition('FailureTarget', failure.reason, failure.message, stamp), condition('Failed', failure.reason, failure.message, stamp)];
    recorder.record(ref, 'Warning', failure.reason, failure.message, SOURCE);
  } else if ((status.succeeded ?? 0) >= completions) {
    deleteActive();
    const done = ENDINGS.complete;
    status.conditions = [...(status.conditions ?? []), condition('SuccessCriteriaMet', done.reason, done.message, stamp), condition('Complete', done.reason, done.message, stamp)];
    status.completionTime = stamp;
    recorder.record(ref, 'Normal', 'Completed', 'Job completed', SOURCE);
  } else if (suspended) {
    deleteActive();
  } else {
    const want = Math.min(spec.parallelism ?? 1, completions - (status.succeeded ?? 0)) - active.length;
    const wait = memory.failuresSinceSuccess > 0 ? memory.lastFailure + Math.min(POD_FAILURE_BACKOFF.maxMs, POD_FAILURE_BACKOFF.initialMs * 2 ** (memory.failuresSinceSuccess - 1)) : now;
    if (want > 0 && wait > now) requeue(wait);
    else {
      for (let i = 0; i < want; i++) {
        const created = api.create<Pod>(PODS, ns, newPod(job), { trusted: true });
        recorder.record(ref, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`, SOURCE);
        active.push(created);
      }
    }
    if (deadline !== undefined) requeue(deadline);
  }

  const ready = active.filter(isReady).length;
  const terminating = ownedPods(parts, job).filter((p) => p.metadata.deletionTimestamp && !isTerminal(p)).length;
  const next: Job['status'] = {
    ...(status.conditions ? { conditions: status.conditions } : {}),
    ...(status.startTime ? { startTime: status.startTime } : {}),
    ...(status.completionTime ? { completionTime: status.completionTime } : {}),
    ...(active.length > 0 ? { active: active.length } : {}),
    ...(status.succeeded ? { succeeded: status.succeeded } : {}),
    ...(status.failed ? { failed: status.failed } : {}),
    terminating,
    uncountedTerminatedPods: {},
    ready,
  };
  const fresh = api.view<Job>(JOBS, ns, name);
  if (fresh) api.updateStatus(JOBS, { ...fresh, status: next });
  if (next.completionTime || next.conditions?.some((c) => c.type === 'Failed')) scheduleTtl(parts, job);
}

/** The TTL-after-finished controller: deletes a finished Job (and so its pods) after its TTL. */
function scheduleTtl(parts: ClusterParts, job: Job): void {
  const ttl = job.spec.ttlSecondsAfterFinished;
  if (ttl === undefined) return;
  parts.loop.after(ttl * 1000, `ttl ${job.metadata.name}`, () => {
    const current = parts.api.find<Job>(JOBS, job.metadata.namespace, job.metadata.name);
    if (current && current.metadata.uid === job.metadata.uid) parts.api.delete(JOBS, job.metadata.namespace, job.metadata.name, { propagationPolicy: 'Background' });
  });
}

/** Watches Jobs and their pods; syncs a Job a moment after a change, and when a back-off ends. */
export function startJobController(parts: ClusterParts): void {
  const { api, loop } = parts;
  const memories = new Map<string, Memory>();
  const memoryOf = (uid: string) => {
    let m = memories.get(uid);
    if (!m) memories.set(uid, (m = { failuresSinceSuccess: 0, lastFailure: 0, timers: new Set() }));
    return m;
  };
  const sync = (ns: string, name: string) => {
    const job = api.view<Job>(JOBS, ns, name);
    if (!job?.metadata.uid) return;
    const memory = memoryOf(job.metadata.uid);
    reconcile(parts, ns, name, memory, (at) => {
      // A back-off that ends at `at`: one timer per end, outside the queue's de-duplication.
      const label = `${ns}/${name}@${at}`;
      if (memory.timers.has(label)) return;
      memory.timers.add(label);
      loop.after(Math.max(0, at - loop.now()), `job ${ns}/${name}`, () => sync(ns, name));
    });
  };
  const enqueue = createWorkQueue(parts, 'job-controller', [5, 30], sync);
  api.store.watch('jobs.batch', (e) => {
    if (e.type === 'DELETED') memories.delete(e.object.metadata.uid ?? '');
    else enqueue(e.object.metadata.namespace ?? 'default', e.object.metadata.name);
  });
  api.store.watch('pods', (e) => {
    for (const o of e.object.metadata.ownerReferences ?? []) {
      if (o.kind === 'Job' && o.controller) enqueue(e.object.metadata.namespace ?? 'default', o.name);
    }
  });
}
