// The Job controller (pkg/controller/job/job_controller.go, 1.32): creates `<job>-xxxxx` pods (or
// `<job>-<index>-xxxxx` for Indexed Jobs, see job/indexes.ts) from the template up to parallelism
// and the completions still needed, applies the pod failure policy (job/pod-failure-policy.ts) and
// backoffLimitPerIndex/maxFailedIndexes, suspends and resumes (Suspended condition and events), counts finished pods once each (removing the
// batch.kubernetes.io/job-tracking finalizer), waits the pod-failure back-off (10 s doubling)
// before replacing a failed pod, and finishes the Job: SuccessCriteriaMet + Complete with a
// completionTime, or FailureTarget + Failed on BackoffLimitExceeded or DeadlineExceeded. Status
// carries `ready`, `terminating` and `uncountedTerminatedPods` as the 1.32 controller writes them.
import { typeForKind } from '../api/resources.js';
import { PODS } from '../api/pods-type.js';
import type { Job, JobCondition } from '../api/strategies/job-strategy.js';
import { rfc3339 } from '../api/time.js';
import type { Pod } from '../api/types.js';
import type { ClusterParts } from './cluster-parts.js';
import { createWorkQueue } from './work-queue.js';
import {
  COMPLETION_INDEX_ANNOTATION,
  completionIndexOf,
  firstPendingIndexes,
  formatIntervals,
  generateNameWithIndex,
  hasIndex,
  INDEX_FAILURE_COUNT_ANNOTATION,
  INDEX_IGNORED_FAILURE_COUNT_ANNOTATION,
  parseIntervals,
  totalIndexes,
  withOrderedIndexes,
} from './job/indexes.js';
import { matchPodFailurePolicy, type PodFailurePolicy } from './job/pod-failure-policy.js';
import { matchSuccessPolicy, type SuccessPolicy } from './job/success-policy.js';

const JOBS = typeForKind('Job', 'batch/v1')!;
const TRACKING_FINALIZER = 'batch.kubernetes.io/job-tracking';
const SOURCE = { component: 'job-controller' };

/** DefaultJobPodFailureBackOff and MaxJobPodFailureBackOff. */
export const POD_FAILURE_BACKOFF = { initialMs: 10_000, maxMs: 600_000 };

/** Why a Job ends, as data: condition reason and the message its conditions and event carry. */
const ENDINGS = {
  complete: { reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' },
  backoffLimit: { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' },
  deadline: { reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' },
  failedIndexes: { reason: 'FailedIndexes', message: 'Job has failed indexes' },
  maxFailedIndexes: { reason: 'MaxFailedIndexesExceeded', message: 'Job has exceeded the specified maximal number of failed indexes' },
} as const;

/** What the controller remembers between syncs (the real one keeps it in its backoff store). */
interface Memory {
  failuresSinceSuccess: number;
  lastFailure: number;
  timers: Set<string>;
  /** Per index (backoffLimitPerIndex): failures counted and ignored so far, and when the last was. */
  indexes: Map<number, IndexMemory>;
}

interface IndexMemory {
  failures: number;
  ignored: number;
  lastFailure: number;
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

/** onlyReplaceFailedPods: podReplacementPolicy Failed (the default when there is a pod failure policy). */
function onlyReplaceFailedPods(job: Job): boolean {
  return job.spec.podReplacementPolicy === 'Failed' || job.spec.podFailurePolicy !== undefined;
}

/** Restarts of the active pods' containers: what backoffLimit counts under restartPolicy OnFailure. */
function restartsOf(pods: Pod[]): number {
  return pods.reduce((n, p) => n + [...(p.status.initContainerStatuses ?? []), ...(p.status.containerStatuses ?? [])].reduce((m, s) => m + s.restartCount, 0), 0);
}

/** The condition of a Job that ends: reason and message, as the Failed (and FailureTarget) conditions carry them. */
interface Ending {
  reason: string;
  message: string;
}

/** ensureJobConditionStatus: sets a condition's status (adding it only when True); true when it changed. */
function ensureCondition(status: Job['status'], type: string, value: 'True' | 'False', reason: string, message: string, stamp: string): boolean {
  const conditions = (status.conditions ??= []);
  const existing = conditions.find((c) => c.type === type);
  if (!existing) {
    if (value === 'False') return false;
    conditions.push({ ...condition(type, reason, message, stamp) });
    return true;
  }
  if (existing.status === value) return false;
  Object.assign(existing, { status: value, reason, message, lastProbeTime: stamp, lastTransitionTime: stamp });
  return true;
}

function podTemplateFor(job: Job, index: number, indexMemory: IndexMemory | undefined): Pod {
  const pod = newPod(job);
  if (index < 0) return pod;
  // manageJob for Indexed Jobs (job_controller.go): index annotation and label, hostname
  // `<job>-<index>`, generateName `<job>-<index>-`, JOB_COMPLETION_INDEX from the label, and with
  // backoffLimitPerIndex the index's failure counts (addIndexFailureCountAnnotation).
  const annotations = (pod.metadata.annotations ??= {});
  annotations[COMPLETION_INDEX_ANNOTATION] = String(index);
  pod.metadata.labels = { ...(pod.metadata.labels ?? {}), [COMPLETION_INDEX_ANNOTATION]: String(index) };
  pod.metadata.generateName = generateNameWithIndex(job.metadata.name, index);
  pod.spec.hostname = `${job.metadata.name}-${index}`;
  for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
    if ((c.env ?? []).some((e) => e.name === 'JOB_COMPLETION_INDEX')) continue;
    c.env = [...(c.env ?? []), { name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { fieldPath: `metadata.labels['${COMPLETION_INDEX_ANNOTATION}']` } } }];
  }
  if (job.spec.backoffLimitPerIndex !== undefined) {
    annotations[INDEX_FAILURE_COUNT_ANNOTATION] = String(indexMemory?.failures ?? 0);
    if ((indexMemory?.ignored ?? 0) > 0) annotations[INDEX_IGNORED_FAILURE_COUNT_ANNOTATION] = String(indexMemory!.ignored);
  }
  return pod;
}

const backoffDelay = (failures: number) => Math.min(POD_FAILURE_BACKOFF.maxMs, POD_FAILURE_BACKOFF.initialMs * 2 ** (failures - 1));
const countAnnotation = (pod: Pod, key: string) => {
  const n = Number(pod.metadata.annotations?.[key] ?? '0');
  return Number.isInteger(n) && n >= 0 ? n : 0;
};

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
  const indexed = spec.completionMode === 'Indexed';
  const perIndex = indexed ? spec.backoffLimitPerIndex : undefined;
  const completions = spec.completions ?? 1;
  if (!status.startTime && !suspended) status.startTime = stamp;
  if (perIndex !== undefined) status.failedIndexes ??= '';
  let succeededIndexes = indexed ? parseIntervals(status.completedIndexes, completions) : [];
  let failedIndexes = perIndex !== undefined ? parseIntervals(status.failedIndexes, completions) : [];
  let failJob: Ending | undefined;

  // Count every finished pod once, then let it go (trackJobStatusAndRemoveFinalizers).
  let pods = ownedPods(parts, job);
  const newSucceeded = new Set<number>();
  const newFailed = new Set<number>();
  const replaceOnlyFailed = onlyReplaceFailedPods(job);
  for (const pod of pods) {
    if (!(pod.metadata.finalizers ?? []).includes(TRACKING_FINALIZER)) continue;
    // isPodFailed: a pod being deleted counts as failed at once, unless only failed pods are replaced.
    if (!isTerminal(pod) && (replaceOnlyFailed || !pod.metadata.deletionTimestamp)) continue;
    const ix = indexed ? completionIndexOf(pod) : -1;
    if (pod.status.phase === 'Succeeded') {
      if (!indexed) status.succeeded = (status.succeeded ?? 0) + 1;
      else if (ix >= 0 && ix < completions) newSucceeded.add(ix);
      memory.failuresSinceSuccess = 0;
    } else {
      const match = matchPodFailurePolicy(spec.podFailurePolicy as PodFailurePolicy | undefined, pod);
      if (match.countFailed) status.failed = (status.failed ?? 0) + 1;
      if (match.action === 'FailJob' && !failJob) failJob = { reason: 'PodFailurePolicy', message: match.message! };
      memory.failuresSinceSuccess++;
      memory.lastFailure = now;
      if (perIndex !== undefined && ix >= 0 && ix < completions) {
        // isIndexFailed and getNewIndexFailureCounts (backoff_utils.go, indexed_job_utils.go).
        const failures = countAnnotation(pod, INDEX_FAILURE_COUNT_ANNOTATION);
        const ignored = countAnnotation(pod, INDEX_IGNORED_FAILURE_COUNT_ANNOTATION);
        memory.indexes.set(ix, { failures: failures + (match.countFailed ? 1 : 0), ignored: ignored + (match.countFailed ? 0 : 1), lastFailure: now });
        if (match.action === 'FailIndex' || (match.countFailed && failures >= perIndex)) newFailed.add(ix);
      }
    }
    untrack(parts, pod);
  }
  if (indexed) {
    succeededIndexes = withOrderedIndexes(succeededIndexes, [...newSucceeded].sort((a, b) => a - b));
    status.succeeded = totalIndexes(succeededIndexes);
    const completed = formatIntervals(succeededIndexes);
    if (completed) status.completedIndexes = completed;
    else delete status.completedIndexes;
  }
  if (perIndex !== undefined) {
    failedIndexes = withOrderedIndexes(failedIndexes, [...newFailed].filter((ix) => !hasIndex(succeededIndexes, ix)).sort((a, b) => a - b));
    status.failedIndexes = formatIntervals(failedIndexes);
  }
  pods = ownedPods(parts, job);
  let active = pods.filter((p) => !isTerminal(p) && !p.metadata.deletionTimestamp);

  // deleteJobPods (manageJob: suspend, failed indexes) lets the pod go uncounted, its tracking
  // finalizer removed first; deleteActivePods (a Job that finishes) keeps it, so it counts.
  const deletePods = (doomed: Pod[], counted = false) => {
    for (const p of doomed) {
      if (!counted) untrack(parts, p);
      api.delete(PODS, ns, p.metadata.name);
      recorder.record(ref, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, SOURCE);
    }
    active = active.filter((p) => !doomed.includes(p));
  };
  const deleteActive = (counted = false) => deletePods(active, counted);
  // Pods of indexes that have failed are not needed any more.
  if (failedIndexes.length > 0) deletePods(active.filter((p) => hasIndex(failedIndexes, completionIndexOf(p))));

  const backoffLimit = spec.backoffLimit ?? 6;
  const onFailure = spec.template.spec.restartPolicy === 'OnFailure';
  const restarts = restartsOf(active);
  const overLimit = onFailure ? (backoffLimit === 0 ? restarts > 0 : restarts >= backoffLimit) : (status.failed ?? 0) > backoffLimit;
  const start = status.startTime ? Date.parse(status.startTime) : now;
  const deadline = spec.activeDeadlineSeconds !== undefined && !suspended ? start + spec.activeDeadlineSeconds * 1000 : undefined;
  const failedTotal = totalIndexes(failedIndexes);
  const failure: Ending | undefined =
    failJob ??
    (perIndex !== undefined && spec.maxFailedIndexes !== undefined && failedTotal > spec.maxFailedIndexes
      ? ENDINGS.maxFailedIndexes
      : perIndex !== undefined && failedTotal > 0 && failedTotal + (status.succeeded ?? 0) >= completions
        ? ENDINGS.failedIndexes
        : overLimit
          ? ENDINGS.backoffLimit
          : deadline !== undefined && now >= deadline
            ? ENDINGS.deadline
            : undefined);

  // The finished condition: one set by an earlier sync (SuccessCriteriaMet, FailureTarget), a
  // failure, the success policy met, or all completions reached. With JobPodReplacementPolicy on
  // (1.32), the interim condition comes first, and Complete or Failed only once no pod of the Job
  // is terminating (delayTerminalCondition, enactJobFinished).
  const interim = (type: string) => (status.conditions ?? []).find((c) => c.type === type && c.status === 'True');
  const successPolicyMet = indexed && !failure ? matchSuccessPolicy(spec.successPolicy as SuccessPolicy | undefined, completions, succeededIndexes) : undefined;
  let finishing: { type: 'Complete' | 'Failed'; reason: string; message: string } | undefined;
  const met = interim('SuccessCriteriaMet');
  const target = interim('FailureTarget');
  if (met) finishing = { type: 'Complete', reason: met.reason ?? '', message: met.message ?? '' };
  else if (target) finishing = { type: 'Failed', reason: target.reason ?? '', message: target.message ?? '' };
  else if (failure) {
    status.conditions = [...(status.conditions ?? []), condition('FailureTarget', failure.reason, failure.message, stamp)];
    finishing = { type: 'Failed', ...failure };
  } else if (successPolicyMet !== undefined || (status.succeeded ?? 0) >= completions) {
    const done = successPolicyMet !== undefined ? { reason: 'SuccessPolicy', message: successPolicyMet } : ENDINGS.complete;
    status.conditions = [...(status.conditions ?? []), condition('SuccessCriteriaMet', done.reason, done.message, stamp)];
    finishing = { type: 'Complete', ...done };
  }

  if (finishing) {
    deleteActive(true);
    const stillTerminating = ownedPods(parts, job).some((p) => p.metadata.deletionTimestamp && !isTerminal(p));
    if (!stillTerminating) {
      status.conditions = [...(status.conditions ?? []), condition(finishing.type, finishing.reason, finishing.message, stamp)];
      if (finishing.type === 'Complete') {
        status.completionTime = stamp;
        recorder.record(ref, 'Normal', 'Completed', 'Job completed', SOURCE);
      } else recorder.record(ref, 'Warning', finishing.reason, finishing.message, SOURCE);
    }
  } else if (suspended) {
    deleteActive();
    if (ensureCondition(status, 'Suspended', 'True', 'JobSuspended', 'Job suspended', stamp)) recorder.record(ref, 'Normal', 'Suspended', 'Job suspended', SOURCE);
    // Suspending resets the start time (and so the activeDeadlineSeconds timer).
    delete status.startTime;
  } else {
    if (ensureCondition(status, 'Suspended', 'False', 'JobResumed', 'Job resumed', stamp)) {
      recorder.record(ref, 'Normal', 'Resumed', 'Job resumed', SOURCE);
      // Resumed Jobs start their clock again (activeDeadlineSeconds counts from here).
      status.startTime = stamp;
    }
    const remaining = completions - (status.succeeded ?? 0) - failedTotal;
    // podReplacementPolicy Failed: a terminating pod is replaced only once it has failed.
    const terminatingPods = replaceOnlyFailed ? ownedPods(parts, job).filter((p) => p.metadata.deletionTimestamp && !isTerminal(p)) : [];
    const want = Math.min(spec.parallelism ?? 1, remaining) - active.length - terminatingPods.length;
    const globalWait = memory.failuresSinceSuccess > 0 && perIndex === undefined ? memory.lastFailure + backoffDelay(memory.failuresSinceSuccess) : now;
    if (want > 0 && globalWait > now) requeue(globalWait);
    else if (want > 0) {
      let indexes: number[] = [];
      if (indexed) {
        // An index still in its own back-off waits (backoffLimitPerIndex).
        const waitOf = (ix: number) => {
          const m = memory.indexes.get(ix);
          return m && m.failures + m.ignored > 0 ? m.lastFailure + backoffDelay(m.failures + m.ignored) : now;
        };
        const inBackoff = (ix: number) => perIndex !== undefined && waitOf(ix) > now;
        const failed = failedIndexes.flatMap((iv) => Array.from({ length: iv.last - iv.first + 1 }, (_, k) => iv.first + k));
        indexes = firstPendingIndexes([...active, ...terminatingPods].map(completionIndexOf), withOrderedIndexes(succeededIndexes, failed), want, completions, inBackoff);
        for (let ix = 0; ix < completions; ix++) if (inBackoff(ix) && !hasIndex(succeededIndexes, ix) && !hasIndex(failedIndexes, ix)) requeue(waitOf(ix));
      } else indexes = Array.from({ length: want }, () => -1);
      for (const ix of indexes) {
        const created = api.create<Pod>(PODS, ns, podTemplateFor(job, ix, memory.indexes.get(ix)), { trusted: true });
        recorder.record(ref, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`, SOURCE);
        active.push(created);
      }
    }
    if (deadline !== undefined) requeue(deadline);
  }

  const ready = active.filter(isReady).length;
  const terminating = ownedPods(parts, job).filter((p) => p.metadata.deletionTimestamp && !isTerminal(p)).length;
  const next: Job['status'] = {
    ...(status.conditions && status.conditions.length > 0 ? { conditions: status.conditions } : {}),
    ...(status.startTime ? { startTime: status.startTime } : {}),
    ...(status.completionTime ? { completionTime: status.completionTime } : {}),
    ...(active.length > 0 ? { active: active.length } : {}),
    ...(status.succeeded ? { succeeded: status.succeeded } : {}),
    ...(status.failed ? { failed: status.failed } : {}),
    ...(status.completedIndexes ? { completedIndexes: status.completedIndexes } : {}),
    ...(status.failedIndexes !== undefined ? { failedIndexes: status.failedIndexes } : {}),
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
    if (!m) memories.set(uid, (m = { failuresSinceSuccess: 0, lastFailure: 0, timers: new Set(), indexes: new Map() }));
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
