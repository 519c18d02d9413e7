// apps/v1 StatefulSets: SetDefaults_StatefulSet (1.32: podManagementPolicy OrderedReady,
// updateStrategy RollingUpdate with partition 0, revisionHistoryLimit 10, the claim retention
// policy Retain/Retain, the claim templates' volumeMode and Pending status) and the parts of
// ValidateStatefulSet lessons meet (pkg/apis/apps/validation/validation.go).
import { forbidden, invalid, notSupported, type FieldError } from '../field-errors.js';
import type { StatefulSet } from '../statefulset-types.js';
import type { KubeObject } from '../types.js';
import { dns1123SubdomainProblems } from '../validation/names.js';
import { validateObjectMeta } from '../validation/object-meta.js';
import { claimSpecErrors } from './storage-strategy.js';
import type { Strategy } from './types.js';
import { defaultTemplate, validateSelectorAndTemplate } from './workload-strategy.js';

/** SetDefaults_StatefulSet and SetDefaults_PersistentVolumeClaim for its templates. */
function defaultStatefulSet(s: StatefulSet): void {
  const spec = s.spec;
  spec.podManagementPolicy ??= 'OrderedReady';
  spec.updateStrategy ??= {};
  spec.updateStrategy.type ??= 'RollingUpdate';
  if (spec.updateStrategy.type === 'RollingUpdate') {
    spec.updateStrategy.rollingUpdate ??= {};
    spec.updateStrategy.rollingUpdate.partition ??= 0;
  }
  spec.persistentVolumeClaimRetentionPolicy ??= {};
  spec.persistentVolumeClaimRetentionPolicy.whenDeleted ??= 'Retain';
  spec.persistentVolumeClaimRetentionPolicy.whenScaled ??= 'Retain';
  spec.replicas ??= 1;
  spec.revisionHistoryLimit ??= 10;
  if (spec.template) defaultTemplate(spec.template);
  for (const t of spec.volumeClaimTemplates ?? []) {
    t.apiVersion = 'v1';
    t.kind = 'PersistentVolumeClaim';
    t.metadata ??= { name: '' };
    t.metadata.creationTimestamp = null as unknown as string;
    t.spec ??= {};
    t.spec.volumeMode ??= 'Filesystem';
    t.status = { phase: 'Pending', ...(t.status ?? {}) };
  }
}

function validate(obj: KubeObject): FieldError[] {
  const s = obj as StatefulSet;
  const errs = validateObjectMeta(s.metadata, true, dns1123SubdomainProblems);
  const spec = s.spec;
  if (!['OrderedReady', 'Parallel'].includes(spec.podManagementPolicy ?? '')) {
    errs.push(notSupported('spec.podManagementPolicy', spec.podManagementPolicy ?? '', ['OrderedReady', 'Parallel']));
  }
  const type = spec.updateStrategy?.type ?? '';
  if (type !== 'RollingUpdate' && type !== 'OnDelete') errs.push(notSupported('spec.updateStrategy.type', type, ['OnDelete', 'RollingUpdate']));
  if (type === 'OnDelete' && spec.updateStrategy?.rollingUpdate) errs.push(invalid('spec.updateStrategy.rollingUpdate', '', "only allowed for updateStrategy 'RollingUpdate'"));
  const partition = spec.updateStrategy?.rollingUpdate?.partition ?? 0;
  if (partition < 0) errs.push(invalid('spec.updateStrategy.rollingUpdate.partition', partition, 'must be greater than or equal to 0'));
  if ((spec.replicas ?? 0) < 0) errs.push(invalid('spec.replicas', spec.replicas ?? 0, 'must be greater than or equal to 0'));
  (spec.volumeClaimTemplates ?? []).forEach((t, i) => errs.push(...claimSpecErrors(t.spec, `spec.volumeClaimTemplates[${i}].spec`)));
  errs.push(...validateSelectorAndTemplate(spec.selector, spec.template, 'spec', false));
  return errs;
}

/** ValidateStatefulSetUpdate: only these fields of the spec may change. */
const MUTABLE = ['replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds'];

function validateUpdate(next: KubeObject, old: KubeObject): FieldError[] {
  const errs = validate(next);
  const strip = (s: StatefulSet) => JSON.stringify(Object.fromEntries(Object.entries(s.spec).filter(([k]) => !MUTABLE.includes(k)).sort(([a], [b]) => (a < b ? -1 : 1))));
  if (strip(next as StatefulSet) !== strip(old as StatefulSet)) {
    errs.push(
      forbidden(
        'spec',
        "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
      ),
    );
  }
  return errs;
}

/**
 * dropStatefulSetDisabledFields (pkg/registry/apps/statefulset/strategy.go): MaxUnavailableStatefulSet
 * is alpha and off in 1.32, so rollingUpdate.maxUnavailable is dropped unless the stored object
 * already had it (it never does: creates drop it too).
 */
function dropDisabledFields(next: StatefulSet, old: StatefulSet | undefined): void {
  if (old?.spec.updateStrategy?.rollingUpdate?.maxUnavailable !== undefined) return;
  if (next.spec.updateStrategy?.rollingUpdate) delete next.spec.updateStrategy.rollingUpdate.maxUnavailable;
}

export const statefulSetStrategy: Strategy = {
  nameProblems: dns1123SubdomainProblems,
  tracksGeneration: true,
  prepareForCreate(obj) {
    dropDisabledFields(obj as StatefulSet, undefined);
    defaultStatefulSet(obj as StatefulSet);
    (obj as StatefulSet).status = { replicas: 0, availableReplicas: 0 };
  },
  validate,
  prepareForUpdate(next, old) {
    dropDisabledFields(next as StatefulSet, old as StatefulSet);
    defaultStatefulSet(next as StatefulSet);
    next['status'] = old['status'];
  },
  validateUpdate,
};


