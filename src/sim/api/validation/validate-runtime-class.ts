// ValidateRuntimeClass and ValidateRuntimeClassUpdate (pkg/apis/node/validation/validation.go):
// the name a DNS subdomain, the handler a DNS-1123 label (immutable), the overhead as container
// limits, and the scheduling's node selector as labels and its tolerations without duplicates.
import { invalid, type FieldError } from '../field-errors.js';
import type { RuntimeClass } from '../runtime-class-types.js';
import type { Toleration } from '../types.js';
import { sortGoStrings } from '../../core/text/go-strings.js';
import { dns1123LabelProblems, dns1123SubdomainProblems, labelValueProblems, qualifiedNameProblems } from './names.js';
import { validateObjectMeta } from './object-meta.js';
import { validateOverhead } from './validate-overhead.js';
import { tolerationGoSyntax, validateTolerations } from './validate-tolerations.js';

/** metav1 validation.ValidateLabels: every key a qualified name, every value a label value, both at `path`. */
function labelErrors(labels: Record<string, string>, path: string): FieldError[] {
  return sortGoStrings(Object.keys(labels)).flatMap((k) => [
    ...qualifiedNameProblems(k).map((p) => invalid(path, k, p)),
    ...labelValueProblems(labels[k] ?? '').map((p) => invalid(path, labels[k] ?? '', p)),
  ]);
}

/** node/validation's validateTolerations: core's checks, then each repeat of key, operator, value and effect. */
function tolerationErrors(tolerations: readonly Toleration[] | undefined, path: string): FieldError[] {
  const errs = validateTolerations(tolerations, path);
  const seen = new Set<string>();
  (tolerations ?? []).forEach((t, i) => {
    const key = JSON.stringify([t.key ?? '', t.operator ?? '', t.value ?? '', t.effect ?? '']);
    if (seen.has(key)) errs.push({ type: 'Duplicate value', field: `${path}[${i}]`, badValue: tolerationGoSyntax(t) });
    seen.add(key);
  });
  return errs;
}

export function validateRuntimeClass(rc: RuntimeClass): FieldError[] {
  const errs = validateObjectMeta(rc.metadata, false, dns1123SubdomainProblems);
  const handler = rc.handler ?? '';
  for (const p of dns1123LabelProblems(handler)) errs.push(invalid('handler', handler, p));
  if (rc.overhead) errs.push(...validateOverhead(rc.overhead.podFixed, 'overhead'));
  if (rc.scheduling) {
    if (rc.scheduling.nodeSelector) errs.push(...labelErrors(rc.scheduling.nodeSelector, 'scheduling.nodeSelector'));
    errs.push(...tolerationErrors(rc.scheduling.tolerations, 'scheduling.tolerations'));
  }
  return errs;
}

/** The strategy's ValidateUpdate: the object's own checks, then the handler unchanged. */
export function validateRuntimeClassUpdate(next: RuntimeClass, old: RuntimeClass): FieldError[] {
  const errs = validateRuntimeClass(next);
  if ((next.handler ?? '') !== (old.handler ?? '')) errs.push(invalid('handler', next.handler ?? '', 'field is immutable'));
  return errs;
}
