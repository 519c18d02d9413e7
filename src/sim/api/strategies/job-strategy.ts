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
export function defaultJob(job: Pick<Job, 'spec'>): void {
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

/** validatePodFailurePolicy (pkg/apis/batch/validation): the rules' actions and requirements. */
function validatePodFailurePolicy(spec: Job['spec'], path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [i, rule] of (spec.podFailurePolicy?.rules ?? []).entries()) {
    const rulePath = `${path}.podFailurePolicy.rules[${i}]`;
    const actions = ['Count', 'FailIndex', 'FailJob', 'Ignore'];
    if (!rule.action) errs.push(required(`${rulePath}.action`, 'valid values: ["Count" "FailIndex" "FailJob" "Ignore"]'));
    else if (rule.action === 'FailIndex') {
      if (spec.backoffLimitPerIndex === undefined) errs.push(invalid(`${rulePath}.action`, rule.action, 'requires the backoffLimitPerIndex to be set'));
    } else if (!actions.includes(rule.action)) errs.push(notSupported(`${rulePath}.action`, rule.action, actions));
    if (rule.onExitCodes && rule.onPodConditions) errs.push({ type: 'Invalid value', field: rulePath, detail: 'specifying both OnExitCodes and OnPodConditions is not supported' });
    else if (!rule.onExitCodes && !rule.onPodConditions) errs.push({ type: 'Invalid value', field: rulePath, detail: 'specifying one of OnExitCodes and OnPodConditions is required' });
    const codes = rule.onExitCodes;
    if (codes) {
      const codesPath = `${rulePath}.onExitCodes`;
      if (!codes.operator) errs.push(required(`${codesPath}.operator`, 'valid values: ["In" "NotIn"]'));
      else if (codes.operator !== 'In' && codes.operator !== 'NotIn') errs.push(notSupported(`${codesPath}.operator`, codes.operator, ['In', 'NotIn']));
      const names = [...(spec.template?.spec?.containers ?? []), ...(spec.template?.spec?.initContainers ?? [])].map((c) => c.name);
      if (codes.containerName !== undefined && !names.includes(codes.containerName)) errs.push(invalid(`${codesPath}.containerName`, codes.containerName, 'must be one of the container or initContainer names in the pod template'));
      const values = codes.values ?? [];
      const goInts = new RenderedValue(`[]int32{${values.join(', ')}}`);
      if (values.length === 0) errs.push(invalid(`${codesPath}.values`, new RenderedValue('[]int32(nil)'), 'at least one value is required'));
      const seen = new Set<number>();
      let ordered = true;
      for (const [j, v] of values.entries()) {
        if (codes.operator === 'In' && v === 0) errs.push(invalid(`${codesPath}.values[${j}]`, v, 'must not be 0 for the In operator'));
        if (seen.has(v)) errs.push({ type: 'Duplicate value', field: `${codesPath}.values[${j}]`, badValue: v });
        seen.add(v);
        if (j > 0 && values[j - 1]! > v) ordered = false;
      }
      if (!ordered) errs.push(invalid(`${codesPath}.values`, goInts, 'must be ordered'));
    }
  }
  return errs;
}

/** validateJobSpec under `path` (`spec`, or `spec.jobTemplate.spec` for a CronJob). */
export function validateJobSpec(spec: Job['spec'], path: string): FieldError[] {
  const errs: FieldError[] = [];
  errs.push(...nonNegative(spec.parallelism, `${path}.parallelism`), ...nonNegative(spec.completions, `${path}.completions`), ...nonNegative(spec.backoffLimit, `${path}.backoffLimit`));
  const indexed = spec.completionMode === 'Indexed';
  if (spec.completionMode !== undefined && spec.completionMode !== 'NonIndexed' && !indexed) errs.push(notSupported(`${path}.completionMode`, spec.completionMode, ['NonIndexed', 'Indexed']));
  if (indexed && spec.completions === undefined) errs.push(required(`${path}.completions`, 'when completion mode is Indexed'));
  if (spec.backoffLimitPerIndex !== undefined) {
    errs.push(...nonNegative(spec.backoffLimitPerIndex, `${path}.backoffLimitPerIndex`));
    if (!indexed) errs.push(invalid(`${path}.backoffLimitPerIndex`, spec.backoffLimitPerIndex, 'requires indexed completion mode'));
  }
  if (spec.maxFailedIndexes !== undefined) {
    errs.push(...nonNegative(spec.maxFailedIndexes, `${path}.maxFailedIndexes`));
    if (!indexed) errs.push(invalid(`${path}.maxFailedIndexes`, spec.maxFailedIndexes, 'requires indexed completion mode'));
    else if (spec.backoffLimitPerIndex === undefined) errs.push(required(`${path}.backoffLimitPerIndex`, 'when maxFailedIndexes is specified'));
    if (spec.completions !== undefined && spec.maxFailedIndexes > spec.completions) errs.push(invalid(`${path}.maxFailedIndexes`, spec.maxFailedIndexes, 'must be less than or equal to completions'));
  }
  if (spec.podFailurePolicy) errs.push(...validatePodFailurePolicy(spec, path));
  if (!spec.template) {
    errs.push(required(`${path}.template`, ''));
    return errs;
  }
  const labels = spec.template.metadata?.labels;
  if (spec.selector && !labelsMatch(labels, fromLabelSelector(spec.selector))) {
    errs.push(invalid(`${path}.template.metadata.labels`, goMap(labels), '`selector` does not match template `labels`'));
  }
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x', namespace: 'default' }, spec: spec.template.spec, status: {} } as Pod;
  errs.push(...validatePodSpec(pod, `${path}.template.spec`));
  const policy = spec.template.spec.restartPolicy ?? 'Always';
  if (policy !== 'OnFailure' && policy !== 'Never') errs.push(notSupported(`${path}.template.spec.restartPolicy`, policy, ['OnFailure', 'Never']));
  else if (spec.podFailurePolicy && policy !== 'Never') errs.push(invalid(`${path}.template.spec.restartPolicy`, policy, 'only "Never" is supported when podFailurePolicy is specified'));
  return errs;
}

/** ValidateJob (create and update): metadata, the generated selector, and the spec. */
export function validateJob(job: Job): FieldError[] {
  const errs = validateObjectMeta(job.metadata, true, dns1123SubdomainProblems);
  const spec = job.spec;
  if (!spec.manualSelector) {
    const generated = spec.selector?.matchLabels ?? {};
    const expected = job.metadata.uid ?? '';
    if (Object.keys(generated).length !== 1 || generated[CONTROLLER_UID_LABELS[0]] !== expected) {
      errs.push(invalid('spec.selector', goLabelSelector(spec.selector), '`selector` not auto-generated'));
    }
  }
  if (!spec.selector) errs.push(required('spec.selector', ''));
  errs.push(...validateJobSpec(spec, 'spec'));
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
