// PriorityClasses (pkg/registry/scheduling/priorityclass/strategy.go, validation in
// pkg/apis/scheduling/validation/validation.go): preemptionPolicy defaults to
// PreemptLowerPriority; `system-` names are reserved for the two system classes; a user class may
// not exceed one billion; value and preemptionPolicy never change.
import { forbidden, notSupported, invalid, RenderedValue, type FieldError } from '../field-errors.js';
import type { PriorityClass } from '../priority-class-types.js';
import { forbiddenStatus } from '../status-error.js';
import { HIGHEST_USER_DEFINABLE_PRIORITY, SYSTEM_PRIORITY_CLASS_PREFIX, SYSTEM_PRIORITY_CLASSES, systemPriorityClassProblem } from '../system-priority-classes.js';
import type { KubeObject } from '../types.js';
import { dns1123SubdomainProblems } from '../validation/names.js';
import { validateObjectMeta } from '../validation/object-meta.js';
import type { Strategy } from './types.js';

export function validatePriorityClass(pc: PriorityClass): FieldError[] {
  const errs = validateObjectMeta(pc.metadata, false, dns1123SubdomainProblems);
  const value = pc.value ?? 0;
  if (pc.metadata.name.startsWith(SYSTEM_PRIORITY_CLASS_PREFIX)) {
    const problem = systemPriorityClassProblem(pc.metadata.name, value, pc.globalDefault === true);
    if (problem) errs.push(forbidden('metadata.name', `priority class names with '${SYSTEM_PRIORITY_CLASS_PREFIX}' prefix are reserved for system use only. error: ${problem}`));
  } else if (value > HIGHEST_USER_DEFINABLE_PRIORITY) {
    errs.push(forbidden('value', `maximum allowed value of a user defined priority is ${HIGHEST_USER_DEFINABLE_PRIORITY}`));
  }
  if (pc.preemptionPolicy !== undefined && pc.preemptionPolicy !== 'Never' && pc.preemptionPolicy !== 'PreemptLowerPriority') {
    errs.push(notSupported('preemptionPolicy', pc.preemptionPolicy, ['Never', 'PreemptLowerPriority']));
  }
  return errs;
}

export function validatePriorityClassUpdate(next: PriorityClass, old: PriorityClass): FieldError[] {
  const errs: FieldError[] = [];
  if ((next.value ?? 0) !== (old.value ?? 0)) errs.push(forbidden('value', 'may not be changed in an update.'));
  if (next.preemptionPolicy !== old.preemptionPolicy) {
    errs.push(invalid('preemptionPolicy', next.preemptionPolicy === undefined ? null : new RenderedValue(`"${next.preemptionPolicy}"`), 'field is immutable'));
  }
  return errs;
}

function defaults(obj: KubeObject): void {
  const pc = obj as PriorityClass;
  pc.value ??= 0;
  pc.preemptionPolicy ??= 'PreemptLowerPriority';
}

export const priorityClassStrategy: Strategy = {
  nameProblems: dns1123SubdomainProblems,
  prepareForCreate: defaults,
  prepareForUpdate: defaults,
  validate: (o) => validatePriorityClass(o as PriorityClass),
  validateUpdate: (next, old) => validatePriorityClassUpdate(next as PriorityClass, old as PriorityClass),
  deleteDecision: (obj) => {
    // pkg/registry/scheduling/priorityclass/storage/storage.go Delete.
    if (SYSTEM_PRIORITY_CLASSES.some((c) => c.name === obj.metadata.name)) {
      throw forbiddenStatus('priorityclasses', 'scheduling.k8s.io', obj.metadata.name, 'this is a system priority class and cannot be deleted');
    }
    return { immediate: true };
  },
};
