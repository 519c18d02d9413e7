// Storage objects (k8s.io/api/core/v1 PersistentVolume and PersistentVolumeClaim,
// k8s.io/api/storage/v1 StorageClass): what a claim asks for, the volume that satisfies it, and
// the class that says how volumes are made.
import type { KubeObject, LabelSelector, NodeSelectorTerm } from './types.js';

export interface PersistentVolumeClaimSpec {
  accessModes?: string[];
  selector?: LabelSelector;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  volumeName?: string;
  storageClassName?: string;
  volumeMode?: string;
  volumeAttributesClassName?: string;
}

export interface PersistentVolumeClaim extends KubeObject {
  apiVersion: 'v1';
  kind: 'PersistentVolumeClaim';
  spec: PersistentVolumeClaimSpec;
  status: {
    phase?: string;
    accessModes?: string[];
    capacity?: Record<string, string>;
    conditions?: Array<{ type: string; status: string; lastProbeTime?: string | null; lastTransitionTime?: string; reason?: string; message?: string }>;
  };
}

export interface ObjectReferenceTo {
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  resourceVersion?: string;
  uid?: string;
}

export interface PersistentVolume extends KubeObject {
  apiVersion: 'v1';
  kind: 'PersistentVolume';
  spec: {
    capacity?: Record<string, string>;
    accessModes?: string[];
    claimRef?: ObjectReferenceTo;
    persistentVolumeReclaimPolicy?: string;
    storageClassName?: string;
    volumeMode?: string;
    hostPath?: { path: string; type?: string };
    local?: { path: string; fsType?: string };
    nodeAffinity?: { required?: { nodeSelectorTerms: NodeSelectorTerm[] } };
    mountOptions?: string[];
  };
  status: { phase?: string; message?: string; reason?: string; lastPhaseTransitionTime?: string };
}

export interface StorageClass extends KubeObject {
  apiVersion: 'storage.k8s.io/v1';
  kind: 'StorageClass';
  provisioner: string;
  parameters?: Record<string, string>;
  reclaimPolicy?: string;
  mountOptions?: string[];
  allowVolumeExpansion?: boolean;
  volumeBindingMode?: string;
  allowedTopologies?: unknown[];
}

/** The annotation that makes a StorageClass the default one. */
export const IS_DEFAULT_CLASS = 'storageclass.kubernetes.io/is-default-class';
/** The node the scheduler chose for a WaitForFirstConsumer claim (pkg/controller/volume/persistentvolume/util). */
export const SELECTED_NODE = 'volume.kubernetes.io/selected-node';

/** storageutil.GetPersistentVolumeClaimClass: the class a claim names ('' for none). */
export function claimClass(pvc: PersistentVolumeClaim): string {
  return pvc.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? pvc.spec.storageClassName ?? '';
}

/** storageutil.GetPersistentVolumeClass. */
export function volumeClass(pv: PersistentVolume): string {
  return pv.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? pv.spec.storageClassName ?? '';
}

/** GetAccessModesAsString (pkg/apis/core/helper): RWO, ROX, RWX, RWOP, in that order, comma-joined. */
export function accessModesAsString(modes: readonly string[] | undefined): string {
  const has = (m: string) => (modes ?? []).includes(m);
  const out: string[] = [];
  if (has('ReadWriteOnce')) out.push('RWO');
  if (has('ReadOnlyMany')) out.push('ROX');
  if (has('ReadWriteMany')) out.push('RWX');
  if (has('ReadWriteOncePod')) out.push('RWOP');
  return out.join(',');
}
