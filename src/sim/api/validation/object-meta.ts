// ValidateObjectMeta: the name (with the kind's own name rule), labels and annotations.
import { invalid, required, type FieldError } from '../field-errors.js';
import type { ObjectMeta } from '../types.js';
import { labelValueProblems, qualifiedNameProblems } from './names.js';

export function validateObjectMeta(meta: ObjectMeta, namespaced: boolean, nameProblems: (name: string) => string[]): FieldError[] {
  const errs: FieldError[] = [];
  if (!meta.name && !meta.generateName) {
    errs.push(required('metadata.name', 'name or generateName is required'));
  } else if (meta.name) {
    for (const p of nameProblems(meta.name)) errs.push(invalid('metadata.name', meta.name, p));
  }
  if (namespaced && !meta.namespace) errs.push(required('metadata.namespace', ''));
  for (const [k, v] of Object.entries(meta.labels ?? {})) {
    for (const p of qualifiedNameProblems(k)) errs.push(invalid('metadata.labels', k, p));
    for (const p of labelValueProblems(v)) errs.push(invalid('metadata.labels', v, p));
  }
  for (const k of Object.keys(meta.annotations ?? {})) {
    for (const p of qualifiedNameProblems(k)) errs.push(invalid('metadata.annotations', k, p));
  }
  return errs;
}
