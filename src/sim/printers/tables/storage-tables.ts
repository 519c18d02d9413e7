// printPersistentVolume, printPersistentVolumeClaim and printStorageClass (printers.go, 1.32).
import { accessModesAsString, claimClass, IS_DEFAULT_CLASS, volumeClass, type PersistentVolume, type PersistentVolumeClaim, type StorageClass } from '../../api/storage-types.js';
import { formatQuantity, parseQuantity } from '../../core/quantity.js';
import { DOCS } from './column-docs.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

/** resource.Quantity.String() of a storage size ('0' when there is none). */
function size(text: string | undefined): string {
  const q = text === undefined ? undefined : parseQuantity(text);
  return q ? formatQuantity(q) : '0';
}

export const persistentVolumeTable: TableHandler<PersistentVolume> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Capacity', 'string', 'capacity is the description of the persistent volume\'s resources and capacity.'),
    column('Access Modes', 'string', 'accessModes contains all ways the volume can be mounted.'),
    column('Reclaim Policy', 'string', 'persistentVolumeReclaimPolicy defines what happens to a persistent volume when released from its claim.'),
    column('Status', 'string', 'phase indicates if a volume is available, bound to a claim, or released by a claim.'),
    column('Claim', 'string', 'claimRef is part of a bi-directional binding between PersistentVolume and PersistentVolumeClaim.'),
    column('StorageClass', 'string', 'StorageClass of the pv'),
    column('VolumeAttributesClass', 'string', 'VolumeAttributesClass of the pv'),
    column('Reason', 'string', 'reason is a brief CamelCase string that describes any failure and is meant for machine parsing and tidy display in the CLI.'),
    column('Age', 'string', DOCS.metaCreationTimestamp),
    column('VolumeMode', 'string', 'volumeMode defines if a volume is intended to be used with a formatted filesystem or to remain in raw block state.', { priority: 1 }),
  ],
  cells(pv, now) {
    const claim = pv.spec.claimRef ? `${pv.spec.claimRef.namespace ?? ''}/${pv.spec.claimRef.name ?? ''}` : '';
    const phase = pv.metadata.deletionTimestamp ? 'Terminating' : (pv.status?.phase ?? '');
    return [
      pv.metadata.name,
      size(pv.spec.capacity?.['storage']),
      accessModesAsString(pv.spec.accessModes),
      pv.spec.persistentVolumeReclaimPolicy ?? '',
      phase,
      claim,
      volumeClass(pv),
      (pv.spec as { volumeAttributesClassName?: string }).volumeAttributesClassName ?? '<unset>',
      pv.status?.reason ?? '',
      translateTimestampSince(pv.metadata.creationTimestamp, now),
      pv.spec.volumeMode ?? '<unset>',
    ];
  },
};

export const persistentVolumeClaimTable: TableHandler<PersistentVolumeClaim> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Status', 'string', 'phase represents the current phase of PersistentVolumeClaim.'),
    column('Volume', 'string', 'volumeName is the binding reference to the PersistentVolume backing this claim.'),
    column('Capacity', 'string', 'capacity represents the actual resources of the underlying volume.'),
    column('Access Modes', 'string', 'accessModes contains the actual access modes the volume backing the PVC has.'),
    column('StorageClass', 'string', 'StorageClass of the pvc'),
    column('VolumeAttributesClass', 'string', 'VolumeAttributesClass of the pvc'),
    column('Age', 'string', DOCS.metaCreationTimestamp),
    column('VolumeMode', 'string', 'volumeMode defines what type of volume is required by the claim.', { priority: 1 }),
  ],
  cells(pvc, now) {
    const phase = pvc.metadata.deletionTimestamp ? 'Terminating' : (pvc.status?.phase ?? '');
    const bound = Boolean(pvc.spec.volumeName);
    return [
      pvc.metadata.name,
      phase,
      pvc.spec.volumeName ?? '',
      bound ? size(pvc.status?.capacity?.['storage']) : '',
      bound ? accessModesAsString(pvc.status?.accessModes) : '',
      claimClass(pvc),
      pvc.spec.volumeAttributesClassName ?? '<unset>',
      translateTimestampSince(pvc.metadata.creationTimestamp, now),
      pvc.spec.volumeMode ?? '<unset>',
    ];
  },
};

export const storageClassTable: TableHandler<StorageClass> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Provisioner', 'string', 'provisioner indicates the type of the provisioner.'),
    column('ReclaimPolicy', 'string', 'reclaimPolicy controls the reclaimPolicy for dynamically provisioned PersistentVolumes of this storage class. Defaults to Delete.'),
    column('VolumeBindingMode', 'string', 'volumeBindingMode indicates how PersistentVolumeClaims should be provisioned and bound.  When unset, VolumeBindingImmediate is used. This field is only honored by servers that enable the VolumeScheduling feature.'),
    column('AllowVolumeExpansion', 'string', 'allowVolumeExpansion shows whether the storage class allow volume expand.'),
    column('Age', 'string', DOCS.metaCreationTimestamp),
  ],
  cells(sc, now) {
    // IsDefaultAnnotation also honours the beta annotation.
    const isDefault = sc.metadata.annotations?.[IS_DEFAULT_CLASS] === 'true' || sc.metadata.annotations?.['storageclass.beta.kubernetes.io/is-default-class'] === 'true';
    return [
      isDefault ? `${sc.metadata.name} (default)` : sc.metadata.name,
      sc.provisioner,
      sc.reclaimPolicy ?? 'Delete',
      sc.volumeBindingMode ?? 'Immediate',
      sc.allowVolumeExpansion ?? false,
      translateTimestampSince(sc.metadata.creationTimestamp, now),
    ];
  },
};
