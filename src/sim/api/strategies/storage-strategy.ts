// PersistentVolumeClaims, PersistentVolumes and StorageClasses: their defaults
// (SetDefaults_PersistentVolumeClaim, SetDefaults_PersistentVolume, SetDefaults_StorageClass), the
// protection finalizers the StorageObjectInUseProtection admission plugin adds, and the rules of
// ValidatePersistentVolumeClaimSpec and ValidateStorageClass that lessons meet.
import { notSupported, required, type FieldError } from '../field-errors.js';
import type { PersistentVolume, PersistentVolumeClaim, PersistentVolumeClaimSpec, StorageClass } from '../storage-types.js';
import type { KubeObject } from '../types.js';
import { dns1123SubdomainProblems } from '../validation/names.js';
import { validateObjectMeta } from '../validation/object-meta.js';
import type { Strategy } from './types.js';

const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];

/** ValidatePersistentVolumeClaimSpec: access modes and the storage request. */
export function claimSpecErrors(spec: PersistentVolumeClaimSpec | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const modes = spec?.accessModes ?? [];
  if (modes.length === 0) errs.push(required(`${path}.accessModes`, 'at least 1 access mode is required'));
  for (const m of modes) if (!ACCESS_MODES.includes(m)) errs.push(notSupported(`${path}.accessModes`, m, ACCESS_MODES));
  if (spec?.resources?.requests?.['storage'] === undefined) errs.push(required(`${path}.resources[storage]`, ''));
  return errs;
}

/** Objects with finalizers wait for their protection controllers; others go at once. */
const finalized: Strategy['deleteDecision'] = (obj) => ({ immediate: (obj.metadata.finalizers ?? []).length === 0, gracePeriodSeconds: 0 });

export const persistentVolumeClaimStrategy: Strategy = {
  nameProblems: dns1123SubdomainProblems,
  prepareForCreate(obj) {
    const pvc = obj as PersistentVolumeClaim;
    pvc.spec ??= {};
    pvc.spec.volumeMode ??= 'Filesystem';
    pvc.status = { phase: 'Pending' };
    const finalizers = pvc.metadata.finalizers ?? [];
    if (!finalizers.includes('kubernetes.io/pvc-protection')) pvc.metadata.finalizers = [...finalizers, 'kubernetes.io/pvc-protection'];
  },
  validate: (obj) => [...validateObjectMeta(obj.metadata, true, dns1123SubdomainProblems), ...claimSpecErrors((obj as PersistentVolumeClaim).spec, 'spec')],
  prepareForUpdate(next, old) {
    next['status'] = old['status'];
  },
  validateUpdate: (obj) => validateObjectMeta(obj.metadata, true, dns1123SubdomainProblems),
  deleteDecision: finalized,
};

export const persistentVolumeStrategy: Strategy = {
  nameProblems: dns1123SubdomainProblems,
  prepareForCreate(obj) {
    const pv = obj as PersistentVolume;
    pv.spec ??= {};
    pv.spec.persistentVolumeReclaimPolicy ??= 'Retain';
    pv.spec.volumeMode ??= 'Filesystem';
    pv.status = { phase: 'Pending' };
    const finalizers = pv.metadata.finalizers ?? [];
    if (!finalizers.includes('kubernetes.io/pv-protection')) pv.metadata.finalizers = [...finalizers, 'kubernetes.io/pv-protection'];
  },
  validate(obj: KubeObject) {
    const pv = obj as PersistentVolume;
    const errs = validateObjectMeta(pv.metadata, false, dns1123SubdomainProblems);
    if ((pv.spec.accessModes ?? []).length === 0) errs.push(required('spec.accessModes', ''));
    if (pv.spec.capacity?.['storage'] === undefined) errs.push(required('spec.capacity', ''));
    if (!pv.spec.hostPath && !pv.spec.local) errs.push(required('spec', 'must specify a volume type'));
    return errs;
  },
  prepareForUpdate(next, old) {
    next['status'] = old['status'];
  },
  validateUpdate: (obj) => validateObjectMeta(obj.metadata, false, dns1123SubdomainProblems),
  deleteDecision: finalized,
};

export const storageClassStrategy: Strategy = {
  nameProblems: dns1123SubdomainProblems,
  prepareForCreate(obj) {
    const sc = obj as StorageClass;
    sc.reclaimPolicy ??= 'Delete';
    sc.volumeBindingMode ??= 'Immediate';
  },
  validate(obj: KubeObject) {
    const sc = obj as StorageClass;
    const errs = validateObjectMeta(sc.metadata, false, dns1123SubdomainProblems);
    if (!sc.provisioner) errs.push(required('provisioner', ''));
    if (sc.reclaimPolicy && !['Delete', 'Retain'].includes(sc.reclaimPolicy)) errs.push(notSupported('reclaimPolicy', sc.reclaimPolicy, ['Delete', 'Retain']));
    if (sc.volumeBindingMode && !['Immediate', 'WaitForFirstConsumer'].includes(sc.volumeBindingMode)) {
      errs.push(notSupported('volumeBindingMode', sc.volumeBindingMode, ['Immediate', 'WaitForFirstConsumer']));
    }
    return errs;
  },
  validateUpdate: (obj) => validateObjectMeta(obj.metadata, false, dns1123SubdomainProblems),
};


