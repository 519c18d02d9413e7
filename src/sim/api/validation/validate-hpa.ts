// ValidateHorizontalPodAutoscaler (pkg/apis/autoscaling/validation/validation.go, 1.32): the name
// a DNS subdomain; minReplicas at least 1 (HPAScaleToZero is off); maxReplicas above 0 and not
// under minReplicas; the target reference's kind and name path segments; each metric's source and
// target; the behavior's windows and policies.
import { invalid, notSupported, required, type FieldError } from '../field-errors.js';
import type { HorizontalPodAutoscaler, HPAScalingRules, MetricTarget } from '../autoscaling/hpa-types.js';
import { dns1123SubdomainProblems } from './names.js';
import { validateObjectMeta } from './object-meta.js';
import { pathSegmentProblems } from './validate-apiservice.js';

const MAX_PERIOD_SECONDS = 1800;
const MAX_STABILIZATION_WINDOW_SECONDS = 3600;
const SOURCE_TYPES = ['ContainerResource', 'External', 'Object', 'Pods', 'Resource'];

function validateReference(ref: { kind?: string; name?: string } | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const kind = ref?.kind ?? '';
  const name = ref?.name ?? '';
  if (kind === '') errs.push(required(`${path}.kind`));
  else for (const p of pathSegmentProblems(kind)) errs.push(invalid(`${path}.kind`, kind, p));
  if (name === '') errs.push(required(`${path}.name`));
  else for (const p of pathSegmentProblems(name)) errs.push(invalid(`${path}.name`, name, p));
  return errs;
}

/** validateMetricTarget. */
function validateTarget(t: MetricTarget | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const type = t?.type ?? '';
  if (type === '') errs.push(required(`${path}.type`, 'must specify a metric target type'));
  else if (!['Utilization', 'Value', 'AverageValue'].includes(type)) errs.push(invalid(`${path}.type`, type, 'must be either Utilization, Value, or AverageValue'));
  if (t?.averageUtilization !== undefined && t.averageUtilization < 1) errs.push(invalid(`${path}.averageUtilization`, t.averageUtilization, 'must be greater than 0'));
  return errs;
}

function validateResourceSource(src: { name?: string; target?: MetricTarget } | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!src?.name) errs.push(required(`${path}.name`, 'must specify a resource name'));
  const t = src?.target;
  if (t?.averageUtilization === undefined && t?.averageValue === undefined) errs.push(required(`${path}.target.averageUtilization`, 'must set either a target raw value or a target utilization'));
  if (t?.averageUtilization !== undefined && t.averageValue !== undefined) errs.push(invalid(`${path}.target.averageValue`, t.averageValue, 'may not set both a target raw value and a target utilization'));
  errs.push(...validateTarget(t, `${path}.target`));
  return errs;
}

function validateRules(rules: HPAScalingRules | undefined, path: string): FieldError[] {
  if (!rules) return [];
  const errs: FieldError[] = [];
  const w = rules.stabilizationWindowSeconds;
  if (w !== undefined && w < 0) errs.push(invalid(`${path}.stabilizationWindowSeconds`, w, 'must be greater than or equal to zero'));
  if (w !== undefined && w > MAX_STABILIZATION_WINDOW_SECONDS) errs.push(invalid(`${path}.stabilizationWindowSeconds`, w, `must be less than or equal to ${MAX_STABILIZATION_WINDOW_SECONDS}`));
  if (rules.selectPolicy !== undefined && !['Max', 'Min', 'Disabled'].includes(rules.selectPolicy)) errs.push(notSupported(`${path}.selectPolicy`, rules.selectPolicy, ['Disabled', 'Max', 'Min']));
  const policies = rules.policies ?? [];
  if (policies.length === 0) errs.push(required(`${path}.policies`, 'must specify at least one Policy'));
  policies.forEach((p, i) => {
    const at = `${path}.policies[${i}]`;
    if (!['Pods', 'Percent'].includes(p.type)) errs.push(notSupported(`${at}.type`, p.type, ['Percent', 'Pods']));
    if (p.value <= 0) errs.push(invalid(`${at}.value`, p.value, 'must be greater than zero'));
    if (p.periodSeconds <= 0) errs.push(invalid(`${at}.periodSeconds`, p.periodSeconds, 'must be greater than zero'));
    if (p.periodSeconds > MAX_PERIOD_SECONDS) errs.push(invalid(`${at}.periodSeconds`, p.periodSeconds, `must be less than or equal to ${MAX_PERIOD_SECONDS}`));
  });
  return errs;
}

export function validateHorizontalPodAutoscaler(hpa: HorizontalPodAutoscaler): FieldError[] {
  const errs = validateObjectMeta(hpa.metadata, true, dns1123SubdomainProblems);
  const spec = hpa.spec ?? ({} as HorizontalPodAutoscaler['spec']);
  const min = spec.minReplicas;
  const max = spec.maxReplicas ?? 0;
  if (min !== undefined && min < 1) errs.push(invalid('spec.minReplicas', min, 'must be greater than or equal to 1'));
  if (max < 1) errs.push(invalid('spec.maxReplicas', max, 'must be greater than 0'));
  if (min !== undefined && max < min) errs.push(invalid('spec.maxReplicas', max, 'must be greater than or equal to `minReplicas`'));
  errs.push(...validateReference(spec.scaleTargetRef, 'spec.scaleTargetRef'));
  (spec.metrics ?? []).forEach((m, i) => {
    const at = `spec.metrics[${i}]`;
    if (!m.type) {
      errs.push(required(`${at}.type`, 'must specify a metric source type'));
      return;
    }
    if (!SOURCE_TYPES.includes(m.type)) {
      errs.push(notSupported(`${at}.type`, m.type, SOURCE_TYPES));
      return;
    }
    const field = m.type.charAt(0).toLowerCase() + m.type.slice(1);
    const source = (m as unknown as Record<string, unknown>)[field];
    if (source === undefined) {
      errs.push(required(`${at}.${field}`, 'must populate information for the given metric source'));
      return;
    }
    if (m.type === 'Resource') errs.push(...validateResourceSource(m.resource, `${at}.resource`));
    if (m.type === 'ContainerResource') {
      errs.push(...validateResourceSource(m.containerResource, `${at}.containerResource`));
      if (!m.containerResource?.container) errs.push(required(`${at}.containerResource.container`, 'must specify a container'));
    }
  });
  if (spec.behavior) {
    errs.push(...validateRules(spec.behavior.scaleUp, 'spec.behavior.scaleUp'));
    errs.push(...validateRules(spec.behavior.scaleDown, 'spec.behavior.scaleDown'));
  }
  return errs;
}
