// k8s.io/api/core/v1 (1.32): PersistentVolume and PersistentVolumeClaim with their specs and
// statuses (the volume sources a PV may name beyond hostPath and local decode as any value).
import { TYPE_META, type StructDef } from './go-package.js';

const OBJECT_META = { metadata: 'metav1.ObjectMeta' } as const;

export const STORAGE_STRUCTS: Readonly<Record<string, StructDef>> = {
  PersistentVolumeClaim: { ...TYPE_META, ...OBJECT_META, spec: 'PersistentVolumeClaimSpec', status: 'PersistentVolumeClaimStatus' },
  PersistentVolumeClaimStatus: {
    phase: 'PersistentVolumeClaimPhase',
    accessModes: '[]PersistentVolumeAccessMode',
    capacity: 'ResourceList',
    conditions: '[]PersistentVolumeClaimCondition',
    allocatedResources: 'ResourceList',
    allocatedResourceStatuses: 'map[ResourceName]ClaimResourceStatus',
    currentVolumeAttributesClassName: '*string',
    modifyVolumeStatus: 'any',
  },
  PersistentVolumeClaimCondition: {
    type: 'PersistentVolumeClaimConditionType',
    status: 'ConditionStatus',
    lastProbeTime: 'metav1.Time',
    lastTransitionTime: 'metav1.Time',
    reason: 'string',
    message: 'string',
  },
  PersistentVolume: { ...TYPE_META, ...OBJECT_META, spec: 'PersistentVolumeSpec', status: 'PersistentVolumeStatus' },
  PersistentVolumeSpec: {
    capacity: 'ResourceList',
    hostPath: '*HostPathVolumeSource',
    local: '*LocalVolumeSource',
    nfs: 'any',
    csi: 'any',
    accessModes: '[]PersistentVolumeAccessMode',
    claimRef: '*ObjectReference',
    persistentVolumeReclaimPolicy: 'PersistentVolumeReclaimPolicy',
    storageClassName: 'string',
    mountOptions: '[]string',
    volumeMode: '*PersistentVolumeMode',
    nodeAffinity: '*VolumeNodeAffinity',
    volumeAttributesClassName: '*string',
  },
  LocalVolumeSource: { path: 'string', fsType: '*string' },
  VolumeNodeAffinity: { required: '*NodeSelector' },
  PersistentVolumeStatus: { phase: 'PersistentVolumePhase', message: 'string', reason: 'string', lastPhaseTransitionTime: '*metav1.Time' },
};

export const STORAGE_STRING_TYPES = [
  'ClaimResourceStatus',
  'PersistentVolumeClaimConditionType',
  'PersistentVolumeClaimPhase',
  'PersistentVolumePhase',
  'PersistentVolumeReclaimPolicy',
] as const;
