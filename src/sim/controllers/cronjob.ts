// The CronJob controller (pkg/controller/cronjob/cronjob_controllerv2.go, 1.32) on the virtual
// clock: it notes finished Jobs (SawCompletedJob, lastSuccessfulTime) and missing ones, skips a
// suspended CronJob, finds the latest unmet schedule time (cronjob/schedule-times.ts), honours
// startingDeadlineSeconds (MissSchedule) and the concurrency policy (Forbid: JobAlreadyActive;
// Replace: the running Jobs are deleted), creates `<cronjob>-<minutes>` Jobs from the template with
// the scheduled-timestamp annotation, keeps the history limits, and wakes itself 100 ms after the
// next activation.
import { parseStandardSchedule } from '../api/cron/schedule-parser.js';
import { rfc1123zUtc, rfc3339InZone } from '../api/cron/zone-clock.js';
import { typeForKind } from '../api/resources.js';
import type { CronJob } from '../api/strategies/cronjob-strategy.js';
import type { Job } from '../api/strategies/job-strategy.js';
import { rfc3339 } from '../api/time.js';
import type { ObjectReference } from '../api/types.js';
import type { ClusterParts } from './cluster-parts.js';
import { jobNameFor, mostRecentScheduleTime, nextScheduleDelay, type ScheduleState } from './cronjob/schedule-times.js';
import { createWorkQueue } from './work-queue.js';

const CRONJOBS = typeForKind('CronJob', 'batch/v1')!;
const JOBS = typeForKind('Job', 'batch/v1')!;
const SOURCE = { component: 'cronjob-controller' };
export const SCHEDULED_TIMESTAMP_ANNOTATION = 'batch.kubernetes.io/cronjob-scheduled-timestamp';

/** getFinishedStatus: Complete or Failed, when either is True. */
function finishedCondition(job: Job): 'Complete' | 'Failed' | undefined {
  const c = (job.status?.conditions ?? []).find((x) => (x.type === 'Complete' || x.type === 'Failed') && x.status === 'True');
  return c?.type as 'Complete' | 'Failed' | undefined;
}

const parseMs = (t: string | undefined) => (t ? Date.parse(t) : undefined);

/** byJobStartTime: by status.startTime (Jobs without one last), then by name. */
function byStartTime(a: Job, b: Job): number {
  const sa = parseMs(a.status?.startTime);
  const sb = parseMs(b.status?.startTime);
  if (sa === undefined && sb !== undefined) return 1;
  if (sa !== undefined && sb === undefined) return -1;
  if (sa === sb) return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
  return sa! - sb!;
}

function jobRef(job: Job): ObjectReference {
  return { apiVersion: 'batch/v1', kind: 'Job', name: job.metadata.name, namespace: job.metadata.namespace ?? 'default', resourceVersion: job.metadata.resourceVersion ?? '', uid: job.metadata.uid ?? '' };
}

/** getJobFromTemplate2. */
function jobFromTemplate(cj: CronJob, scheduledMs: number): Job {
  const template = cj.spec.jobTemplate;
  const annotations: Record<string, string> = { ...((template.metadata?.annotations as Record<string, string> | undefined) ?? {}) };
  annotations[SCHEDULED_TIMESTAMP_ANNOTATION] = rfc3339InZone(scheduledMs, cj.spec.timeZone ?? 'UTC');
  const labels = { ...((template.metadata?.labels as Record<string, string> | undefined) ?? {}) };
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: jobNameFor(cj.metadata.name, scheduledMs),
      namespace: cj.metadata.namespace ?? 'default',
      ...(Object.keys(labels).length > 0 ? { labels } : {}),
      annotations,
      ownerReferences: [{ apiVersion: 'batch/v1', blockOwnerDeletion: true, controller: true, kind: 'CronJob', name: cj.metadata.name, uid: cj.metadata.uid ?? '' }],
    },
    spec: structuredClone(template.spec),
    status: {},
  };
}

interface SyncResult {
  requeueMs?: number;
  changed: boolean;
}

function syncCronJob(parts: ClusterParts, cj: CronJob, jobs: Job[]): SyncResult {
  const { api, recorder, loop } = parts;
  const now = loop.now();
  const ns = cj.metadata.namespace ?? 'default';
  const ref = { apiVersion: 'batch/v1', kind: 'CronJob', name: cj.metadata.name, namespace: ns, uid: cj.metadata.uid ?? '', resourceVersion: cj.metadata.resourceVersion ?? '' };
  const status = cj.status;
  let changed = false;
  const inActive = (uid: string | undefined) => (status.active ?? []).some((r) => r.uid === uid);
  const removeActive = (uid: string | undefined) => {
    status.active = (status.active ?? []).filter((r) => r.uid !== uid);
  };

  const children = new Set<string>();
  for (const j of jobs) {
    children.add(j.metadata.uid ?? '');
    const finished = finishedCondition(j);
    if (!finished && !inActive(j.metadata.uid)) {
      recorder.record(ref, 'Warning', 'UnexpectedJob', `Saw a job that the controller did not create or forgot: ${j.metadata.name}`, SOURCE);
    } else if (finished) {
      if (inActive(j.metadata.uid)) {
        removeActive(j.metadata.uid);
        recorder.record(ref, 'Normal', 'SawCompletedJob', `Saw completed job: ${j.metadata.name}, condition: ${finished}`, SOURCE);
        changed = true;
      }
      if (finished === 'Complete' && j.status?.completionTime) {
        const last = parseMs(status.lastSuccessfulTime);
        if (last === undefined || Date.parse(j.status.completionTime) > last) {
          status.lastSuccessfulTime = j.status.completionTime;
          changed = true;
        }
      }
    }
  }
  for (const r of [...(status.active ?? [])]) {
    if (children.has(r.uid ?? '')) continue;
    if (!api.find(JOBS, r.namespace ?? ns, r.name)) {
      recorder.record(ref, 'Normal', 'MissingJob', `Active job went missing: ${r.name}`, SOURCE);
      removeActive(r.uid);
      changed = true;
    }
  }
  if (cj.metadata.deletionTimestamp) return { changed };
  if (cj.spec.suspend) return { changed };

  let text = cj.spec.schedule;
  if (text.includes('TZ')) {
    recorder.record(ref, 'Warning', 'UnsupportedSchedule', `CRON_TZ or TZ used in schedule "${text}" is not officially supported, see https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/ for more details`, SOURCE);
  } else if (cj.spec.timeZone !== undefined) text = `TZ=${cj.spec.timeZone} ${text}`;
  const parsed = parseStandardSchedule(text);
  if ('error' in parsed) {
    recorder.record(ref, 'Warning', 'UnparseableSchedule', `unparseable schedule: "${cj.spec.schedule}" : ${parsed.error}`, SOURCE);
    return { changed };
  }
  const sched = parsed.schedule;
  const state = (): ScheduleState => ({
    createdMs: Date.parse(cj.metadata.creationTimestamp ?? rfc3339(now)),
    ...(status.lastScheduleTime ? { lastScheduleMs: Date.parse(status.lastScheduleTime) } : {}),
    ...(cj.spec.startingDeadlineSeconds !== undefined ? { startingDeadlineSeconds: cj.spec.startingDeadlineSeconds } : {}),
  });
  const later = (): SyncResult => {
    const d = nextScheduleDelay(state(), now, sched);
    return d === undefined ? { changed } : { requeueMs: d, changed };
  };

  // nextScheduleTime
  const recent = mostRecentScheduleTime(state(), now, sched, true);
  if (recent.error) {
    recorder.record(ref, 'Warning', 'InvalidSchedule', `invalid schedule: ${cj.spec.schedule} : ${recent.error}`, SOURCE);
    return { changed };
  }
  const scheduled = recent.mostRecentMs;
  if (scheduled === undefined || scheduled > now) return later();
  if (recent.missed === 'many') recorder.record(ref, 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew', SOURCE);

  if (cj.spec.startingDeadlineSeconds !== undefined && scheduled + cj.spec.startingDeadlineSeconds * 1000 < now) {
    recorder.record(ref, 'Warning', 'MissSchedule', `Missed scheduled time to start a job: ${rfc1123zUtc(scheduled)}`, SOURCE);
    return later();
  }
  const name = jobNameFor(cj.metadata.name, scheduled);
  if ((status.active ?? []).some((r) => r.name === name && (r.namespace ?? ns) === ns) || parseMs(status.lastScheduleTime) === scheduled) return later();
  if (cj.spec.concurrencyPolicy === 'Forbid' && (status.active ?? []).length > 0) {
    recorder.record(ref, 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid', SOURCE);
    return later();
  }
  if (cj.spec.concurrencyPolicy === 'Replace') {
    for (const r of [...(status.active ?? [])]) {
      const job = api.find<Job>(JOBS, r.namespace ?? ns, r.name);
      if (job) deleteJob(parts, ref, status, job);
      changed = true;
    }
  }
  let created: Job;
  const existing = api.find<Job>(JOBS, ns, name);
  if (existing) {
    // Created before (by us or someone else): adopt it into the active list only if it is ours.
    if (!(existing.metadata.ownerReferences ?? []).some((o) => o.controller && o.uid === cj.metadata.uid) || inActive(existing.metadata.uid)) return { changed };
    created = existing;
  } else {
    created = api.create<Job>(JOBS, ns, jobFromTemplate(cj, scheduled), { trusted: true });
    recorder.record(ref, 'Normal', 'SuccessfulCreate', `Created job ${created.metadata.name}`, SOURCE);
  }
  status.active = [...(status.active ?? []), jobRef(created)];
  status.lastScheduleTime = rfc3339(scheduled);
  changed = true;
  return { ...later(), changed };
}

/** deleteJob: the Job (its pods go in the background) and its entry in the active list. */
function deleteJob(parts: ClusterParts, ref: ObjectReference, status: CronJob['status'], job: Job): void {
  parts.api.delete(JOBS, job.metadata.namespace, job.metadata.name, { propagationPolicy: 'Background' });
  status.active = (status.active ?? []).filter((r) => r.uid !== job.metadata.uid);
  parts.recorder.record(ref, 'Normal', 'SuccessfulDelete', `Deleted job ${job.metadata.name}`, SOURCE);
}

/** cleanupFinishedJobs: the oldest finished Jobs beyond each history limit go. */
function cleanupFinishedJobs(parts: ClusterParts, cj: CronJob, jobs: Job[]): boolean {
  const ref = { apiVersion: 'batch/v1', kind: 'CronJob', name: cj.metadata.name, namespace: cj.metadata.namespace ?? 'default', uid: cj.metadata.uid ?? '', resourceVersion: cj.metadata.resourceVersion ?? '' };
  let changed = false;
  const prune = (list: Job[], limit: number | undefined) => {
    if (limit === undefined) return;
    const excess = list.length - limit;
    if (excess <= 0) return;
    for (const job of [...list].sort(byStartTime).slice(0, excess)) {
      deleteJob(parts, ref, cj.status, job);
      changed = true;
    }
  };
  prune(jobs.filter((j) => finishedCondition(j) === 'Complete'), cj.spec.successfulJobsHistoryLimit);
  prune(jobs.filter((j) => finishedCondition(j) === 'Failed'), cj.spec.failedJobsHistoryLimit);
  return changed;
}

/** Watches CronJobs and their Jobs; syncs one a moment after a change, and after each next activation. */
export function startCronJobController(parts: ClusterParts): void {
  const { api, loop } = parts;
  const timers = new Set<string>();
  const sync = (ns: string, name: string) => {
    const stored = api.view<CronJob>(CRONJOBS, ns, name);
    if (!stored) return;
    const cj = structuredClone(stored);
    cj.status ??= {};
    const jobs = api.viewList<Job>(JOBS, ns).filter((j) => !j.metadata.deletionTimestamp && (j.metadata.ownerReferences ?? []).some((o) => o.controller && o.uid === cj.metadata.uid));
    const before = JSON.stringify(cj.status);
    const result = syncCronJob(parts, cj, jobs);
    const remaining = api.viewList<Job>(JOBS, ns).filter((j) => !j.metadata.deletionTimestamp && (j.metadata.ownerReferences ?? []).some((o) => o.controller && o.uid === cj.metadata.uid));
    cleanupFinishedJobs(parts, cj, remaining);
    if (JSON.stringify(cj.status) !== before) {
      const fresh = api.view<CronJob>(CRONJOBS, ns, name);
      if (fresh && fresh.metadata.uid === cj.metadata.uid) {
        const next: CronJob['status'] = {
          ...(cj.status.active && cj.status.active.length > 0 ? { active: cj.status.active } : {}),
          ...(cj.status.lastScheduleTime ? { lastScheduleTime: cj.status.lastScheduleTime } : {}),
          ...(cj.status.lastSuccessfulTime ? { lastSuccessfulTime: cj.status.lastSuccessfulTime } : {}),
        };
        api.updateStatus(CRONJOBS, { ...fresh, status: next });
      }
    }
    if (result.requeueMs !== undefined) {
      const at = loop.now() + Math.max(0, result.requeueMs);
      const label = `${ns}/${name}@${at}`;
      if (!timers.has(label)) {
        timers.add(label);
        loop.after(at - loop.now(), `cronjob ${ns}/${name}`, () => {
          timers.delete(label);
          enqueue(ns, name);
        });
      }
    }
  };
  const enqueue = createWorkQueue(parts, 'cronjob-controller', [5, 30], sync);
  api.store.watch('cronjobs.batch', (e) => {
    if (e.type !== 'DELETED') enqueue(e.object.metadata.namespace ?? 'default', e.object.metadata.name);
  });
  api.store.watch('jobs.batch', (e) => {
    for (const o of e.object.metadata.ownerReferences ?? []) {
      if (o.kind === 'CronJob' && o.controller) enqueue(e.object.metadata.namespace ?? 'default', o.name);
    }
  });
}
