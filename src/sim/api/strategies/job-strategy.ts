// batch/v1 Jobs: the defaults of SetDefaults_Job (1.32: completions and parallelism 1, backoffLimit
// 6, NonIndexed, suspend false, podReplacementPolicy TerminatingOrFailed, manualSelector false),
// the selector the registry generates from the Job's uid (`batch.kubernetes.io/controller-uid`) with
// the four labels it adds to the pod template, and ValidateJob's rules that lessons meet (restart
// policy Never or OnFailure, a selector that matches, counts not negative, an immutable template).
import { defaultTemplate } from './workload-strategy.js';
import { invalid, notSupported, required, RenderedValue, type FieldError } from '../field-errors.js';
import { fromLabelSelector, labelsMatch } from '../selectors.js';
import type { KubeObject, LabelSelector, ObjectMeta, Pod, PodTemplateSpec } from '../types.js';
import { dns1123SubdomainProblems } from '../validation/names.js';
import { validateObjectMeta } from '../validation/object-meta.js';
import { validatePodSpec } from '../validation/validate-pod.js';
import type { Strategy } from './types.js';
import type { PodFailurePolicy } from '../job-types.js';

export interface JobCondition {
  type: string;
  status: string;
  lastProbeTime?: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

export interface Job extends KubeObject {
  apiVersion: 'batch/v1';
  kind: 'Job';
  spec: {
    parallelism?: number;
    completions?: number;
    activeDeadlineSeconds?: number;
    backoffLimit?: number;
    backoffLimitPerIndex?: number;
    podFailurePolicy?: PodFailurePolicy;
    maxFailedIndexes?: number;
    successPolicy?: unknown;
    selector?: LabelSelector;
    manualSelector?: boolean;
    template: PodTemplateSpec;
    ttlSecondsAfterFinished?: number;
    completionMode?: string;
    suspend?: boolean;
    podReplacementPolicy?: string;
  };
  status: {
    conditions?: JobCondition[];
    startTime?: string;
    completionTime?: string;
    active?: number;
    succeeded?: number;
    failed?: number;
    terminating?: number;
    uncountedTerminatedPods?: { succeeded?: string[]; failed?: string[] };
    ready?: number;
    completedIndexes?: string;
    failedIndexes?: string;
  };
}

/** The labels a generated selector adds to the pod template (legacy and `batch.kubernetes.io/`). */
export const JOB_NAME_LABELS = ['batch.kubernetes.io/job-name', 'job-name'] as const;
export const CONTROLLER_UID_LABELS = ['batch.kubernetes.io/controller-uid', 'controller-uid'] as const;

/** SetDefaults_Job. */
function defaultJob(job: Job): void {
  const spec = job.spec;
  if (spec.completions === undefined && spec.parallelism === undefined) spec.completions = 1;
  spec.parallelism ??= 1;
  // With backoffLimitPerIndex the Job-wide limit defaults to math.MaxInt32.
  spec.backoffLimit ??= spec.backoffLimitPerIndex !== undefined ? 2147483647 : 6;
  spec.completionMode ??= 'NonIndexed';
  spec.suspend ??= false;
  spec.podReplacementPolicy ??= spec.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed';
  spec.manualSelector ??= false;
  if (spec.template) defaultTemplate(spec.template);
}

/** generateSelector: labels naming the Job and its uid on the template, and a selector on the uid. */
function generateSelector(job: Job): void {
  const meta: Partial<ObjectMeta> = (job.spec.template.metadata ??= {});
  const labels = (meta.labels ??= {});
  for (const key of JOB_NAME_LABELS) labels[key] ??= job.metadata.name;
  for (const key of CONTROLLER_UID_LABELS) labels[key] ??= job.metadata.uid ?? '';
  job.spec.selector ??= {};
  job.spec.selector.matchLabels ??= {};
  job.spec.selector.matchLabels[CONTROLLER_UID_LABELS[0]] ??= job.metadata.uid ?? '';
}

function goLabelSelector(s: LabelSelector | undefined): RenderedValue {
  const labels = s?.matchLabels ?? {};
  const map = Object.keys(labels).sort().map((k) => `"${k}":"${labels[k]}"`).join(', ');
  return new RenderedValue(`v1.LabelSelector{MatchLabels:map[string]string{${map}}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`);
}

function goMap(labels: Record<string, string> | undefined): RenderedValue {
  const keys = Object.keys(labels ?? {}).sort();
  return new RenderedValue(`map[string]string{${keys.map((k) => `"${k}":"${labels![k]}"`).join(', ')}}`);
}

const nonNegative = (v: number | undefined, field: string): FieldError[] => (v !== undefined && v < 0 ? [invalid(field, v, 'must be greater than or equal to 0')] : []);

/** ValidateJob (create and update): metadata, counts, selector, template and restart policy. */
export function validateJob(job: Job): FieldError[] {
  const errs = validateObjectMeta(job.metadata, true, dns1123SubdomainProblems);
  const spec = job.spec;
  errs.push(...nonNegative(spec.parallelism, 'spec.parallelism'), ...nonNegative(spec.completions, 'spec.completions'), ...nonNegative(spec.backoffLimit, 'spec.backoffLimit'));
  if (!spec.manualSelector) {
    const generated = spec.selector?.matchLabels ?? {};
    const expected = job.metadata.uid ?? '';
    if (Object.keys(generated).length !== 1 || generated[CONTROLLER_UID_LABELS[0]] !== expected) {
      errs.push(invalid('spec.selector', goLabelSelector(spec.selector), '`selector` not auto-generated'));
    }
  }
  if (!spec.selector) errs.push(required('spec.selector', ''));
  if (!spec.template) {
    errs.push(required('spec.template', ''));
    return errs;
  }
  const labels = spec.template.metadata?.labels;
  if (spec.selector && !labelsMatch(labels, fromLabelSelector(spec.selector))) {
    errs.push(invalid('spec.template.metadata.labels', goMap(labels), '`selector` does not match template `labels`'));
  }
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x', namespace: 'default' }, spec: spec.template.spec, status: {} } as Pod;
  errs.push(...validatePodSpec(pod, 'spec.template.spec'));
  const policy = spec.template.spec.restartPolicy ?? 'Always';
  if (policy !== 'OnFailure' && policy !== 'Never') errs.push(notSupported('spec.template.spec.restartPolicy', policy, ['OnFailure', 'Never']));
  return errs;
}

export const jobStrategy: Strategy = {
  nameProblems: dns1123SubdomainProblems,
  tracksGeneration: true,
  prepareForCreate(obj, ctx) {
    const job = obj as Job;
    defaultJob(job);
    // The registry fills the uid before it generates the selector from it (BeforeCreate); the
    // API server keeps a uid its strategy already set.
    job.metadata.uid = ctx.random.stream('uids').uuid();
    if (!job.spec.manualSelector && job.spec.template) generateSelector(job);
    // The Job's own labels default to its template's (SetDefaults_Job, applied on every read).
    if (Object.keys(job.metadata.labels ?? {}).length === 0 && job.spec.template?.metadata?.labels) job.metadata.labels = { ...job.spec.template.metadata.labels };
    job['status'] = {};
  },
  validate: (obj) => validateJob(obj as Job),
  prepareForUpdate(next, old) {
    const job = next as Job;
    const before = old as Job;
    defaultJob(job);
    // A manifest re-applied without the generated parts keeps them.
    if (!job.spec.manualSelector) {
      job.spec.selector ??= before.spec.selector;
      const labels = ((job.spec.template.metadata ??= {}).labels ??= {});
      for (const key of [...JOB_NAME_LABELS, ...CONTROLLER_UID_LABELS]) {
        const v = before.spec.template.metadata?.labels?.[key];
        if (v !== undefined) labels[key] ??= v;
      }
      if (Object.keys(job.metadata.labels ?? {}).length === 0) job.metadata.labels = { ...(before.metadata.labels ?? {}) };
    }
    next['status'] = old['status'];
  },
  validateUpdate(next, old) {
    const job = next as Job;
    const before = old as Job;
    const errs = validateJob(job);
    if (JSON.stringify(job.spec.selector) !== JSON.stringify(before.spec.selector)) errs.push(invalid('spec.selector', goLabelSelector(job.spec.selector), 'field is immutable'));
    const template = (t: PodTemplateSpec) => JSON.stringify({ ...t, metadata: { ...(t.metadata ?? {}), creationTimestamp: null } });
    if (template(job.spec.template) !== template(before.spec.template)) {
      // The real message prints the whole template with %#v; it is shortened here.
      errs.push(invalid('spec.template', new RenderedValue('core.PodTemplateSpec{...}'), 'field is immutable'));
    }
    return errs;
  },
};
