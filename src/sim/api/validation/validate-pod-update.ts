// ValidatePodUpdate: after a Pod is created, only images, activeDeadlineSeconds, added
// tolerations and (from negative) terminationGracePeriodSeconds may change.
import { forbidden, invalid, type FieldError } from '../field-errors.js';
import type { Container, Pod } from '../types.js';
import { validateObjectMeta } from './object-meta.js';
import { dns1123SubdomainProblems } from './names.js';
import { validatePodSpec } from './validate-pod.js';
import { podSpecDiff } from './pod-spec-diff.js';
import { cloneJson } from '../../store/json-data.js';

const UPDATABLE = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
].join(',');

function withImagesOf(next: Container[] | undefined, old: Container[] | undefined): Container[] | undefined {
  if (!next) return next;
  return next.map((c, i) => ({ ...c, ...(old?.[i] ? { image: old[i]!.image } : {}) }));
}

export function validatePodUpdate(next: Pod, old: Pod): FieldError[] {
  const errs: FieldError[] = [...validateObjectMeta(next.metadata, true, dns1123SubdomainProblems), ...validatePodSpec(next)];
  if (next.spec.containers.length !== old.spec.containers.length) {
    errs.push(forbidden('spec.containers', 'pod updates may not add or remove containers'));
    return errs;
  }
  if ((next.spec.initContainers?.length ?? 0) !== (old.spec.initContainers?.length ?? 0)) {
    errs.push(forbidden('spec.initContainers', 'pod updates may not add or remove containers'));
    return errs;
  }
  const munged = cloneJson(next.spec);
  munged.containers = withImagesOf(munged.containers, old.spec.containers) ?? [];
  const init = withImagesOf(munged.initContainers, old.spec.initContainers);
  if (init) munged.initContainers = init;
  if (old.spec.activeDeadlineSeconds !== undefined && next.spec.activeDeadlineSeconds !== undefined) {
    if (next.spec.activeDeadlineSeconds > old.spec.activeDeadlineSeconds) {
      errs.push(invalid('spec.activeDeadlineSeconds', next.spec.activeDeadlineSeconds, 'must be less than or equal to previous value'));
    }
  }
  if (old.spec.activeDeadlineSeconds === undefined) delete munged.activeDeadlineSeconds;
  else munged.activeDeadlineSeconds = old.spec.activeDeadlineSeconds;
  if (old.spec.tolerations) munged.tolerations = old.spec.tolerations;
  else delete munged.tolerations;
  const diff = podSpecDiff(old.spec, munged);
  if (diff !== undefined) errs.push(forbidden('spec', `pod updates may not change fields other than ${UPDATABLE}\n${diff}`));
  return errs;
}
