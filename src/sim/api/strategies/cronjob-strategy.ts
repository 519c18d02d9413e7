// batch/v1 CronJobs: SetDefaults_CronJob (concurrencyPolicy Allow, suspend false, history limits 3
// and 1; the job template's pod spec gets the pod defaults, its JobSpec none) and
// ValidateCronJobCreate/Update (pkg/apis/batch/validation): names of at most 52 characters, the
// schedule as robfig/cron's standard parser reads it, TZ/CRON_TZ refused in favour of timeZone,
// an IANA timeZone, the concurrency policy, non-negative limits and the job template.
import { parseStandardSchedule } from '../cron/schedule-parser.js';
import { isKnownZone } from '../cron/zone-clock.js';
import { invalid, notSupported, required, type FieldError } from '../field-errors.js';
import type { KubeObject, ObjectReference } from '../types.js';
import { dns1123SubdomainProblems } from '../validation/names.js';
import { validateObjectMeta } from '../validation/object-meta.js';
import { validateJobSpec, type Job } from './job-strategy.js';
import type { Strategy } from './types.js';
import { defaultTemplate } from './workload-strategy.js';

export interface CronJob extends KubeObject {
  apiVersion: 'batch/v1';
  kind: 'CronJob';
  spec: {
    schedule: string;
    timeZone?: string;
    startingDeadlineSeconds?: number;
    concurrencyPolicy?: 'Allow' | 'Forbid' | 'Replace';
    suspend?: boolean;
    jobTemplate: { metadata?: KubeObject['metadata'] extends infer M ? Partial<M> : never; spec: Job['spec'] };
    successfulJobsHistoryLimit?: number;
    failedJobsHistoryLimit?: number;
  };
  status: {
    active?: ObjectReference[];
    lastScheduleTime?: string;
    lastSuccessfulTime?: string;
  };
}

function defaultCronJob(cj: CronJob): void {
  const spec = cj.spec;
  spec.concurrencyPolicy ??= 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  if (spec.jobTemplate?.spec?.template) {
    defaultTemplate(spec.jobTemplate.spec.template);
    // A JobTemplateSpec's metadata shows `creationTimestamp: null` as the template's does.
    spec.jobTemplate.metadata ??= {};
    (spec.jobTemplate.metadata as Record<string, unknown>)['creationTimestamp'] = null;
  }
}

const nonNegative = (v: number | undefined, field: string): FieldError[] => (v !== undefined && v < 0 ? [invalid(field, v, 'must be greater than or equal to 0')] : []);

/** validateScheduleFormat. */
function validateSchedule(schedule: string, allowTZ: boolean, timeZone: string | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const parsed = parseStandardSchedule(schedule);
  if ('error' in parsed) errs.push(invalid('spec.schedule', schedule, parsed.error));
  if (allowTZ && schedule.includes('TZ') && timeZone !== undefined) errs.push(invalid('spec.schedule', schedule, 'cannot use both timeZone field and TZ or CRON_TZ in schedule'));
  else if (!allowTZ && schedule.includes('TZ')) errs.push(invalid('spec.schedule', schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  return errs;
}

/** validateTimeZone. */
function validateTimeZone(zone: string | undefined): FieldError[] {
  if (zone === undefined) return [];
  if (zone.length === 0) return [invalid('spec.timeZone', zone, 'timeZone must be nil or non-empty string')];
  for (const part of zone.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !/^[A-Za-z._+\-0-9]+$/.test(part)) return [invalid('spec.timeZone', zone, `unknown time zone ${zone}`)];
  }
  const errs: FieldError[] = [];
  if (zone.toLowerCase() === 'local') errs.push(invalid('spec.timeZone', zone, 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'));
  else if (!isKnownZone(zone)) errs.push(invalid('spec.timeZone', zone, `unknown time zone ${zone}`));
  return errs;
}

function validateCronJob(cj: CronJob, old: CronJob | undefined): FieldError[] {
  const errs = validateObjectMeta(cj.metadata, true, dns1123SubdomainProblems);
  const spec = cj.spec;
  if (!spec.schedule) errs.push(required('spec.schedule', ''));
  else errs.push(...validateSchedule(spec.schedule, old ? old.spec.schedule.includes('TZ') : false, spec.timeZone));
  errs.push(...nonNegative(spec.startingDeadlineSeconds, 'spec.startingDeadlineSeconds'));
  if (!old || old.spec.timeZone !== spec.timeZone) errs.push(...validateTimeZone(spec.timeZone));
  const policy = spec.concurrencyPolicy ?? '';
  if (policy === '') errs.push(required('spec.concurrencyPolicy', ''));
  else if (!['Allow', 'Forbid', 'Replace'].includes(policy)) errs.push(notSupported('spec.concurrencyPolicy', policy, ['Allow', 'Forbid', 'Replace']));
  // ValidateJobTemplateSpec: the job spec, with a selector the Job's registry will generate.
  const jobSpec = spec.jobTemplate?.spec;
  if (jobSpec) {
    errs.push(...validateJobSpec(jobSpec, 'spec.jobTemplate.spec'));
    if (jobSpec.selector) errs.push(invalid('spec.jobTemplate.spec.selector', null, '`selector` will be auto-generated'));
    if (jobSpec.manualSelector) errs.push(notSupported('spec.jobTemplate.spec.manualSelector', 'true', ['nil', 'false']));
  } else errs.push(required('spec.jobTemplate.spec.template', ''));
  errs.push(...nonNegative(spec.successfulJobsHistoryLimit, 'spec.successfulJobsHistoryLimit'), ...nonNegative(spec.failedJobsHistoryLimit, 'spec.failedJobsHistoryLimit'));
  // The controller appends `-<minutes>` (11 characters) and Job names stay within 63.
  if (!old && cj.metadata.name.length > 52) errs.push(invalid('metadata.name', cj.metadata.name, 'must be no more than 52 characters'));
  return errs;
}

export const cronJobStrategy: Strategy = {
  nameProblems: dns1123SubdomainProblems,
  tracksGeneration: true,
  prepareForCreate(obj) {
    defaultCronJob(obj as CronJob);
    obj['status'] = {};
  },
  validate: (obj) => validateCronJob(obj as CronJob, undefined),
  prepareForUpdate(next, old) {
    defaultCronJob(next as CronJob);
    next['status'] = old['status'];
  },
  validateUpdate: (next, old) => validateCronJob(next as CronJob, old as CronJob),
};
