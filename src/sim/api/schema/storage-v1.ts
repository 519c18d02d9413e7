// k8s.io/api/storage/v1 (1.32): StorageClass.
import { TYPE_META, type GoPackage } from './go-package.js';

export const STORAGE_V1: GoPackage = {
  path: 'k8s.io/api/storage/v1',
  imports: { v1: 'core', metav1: 'meta' },
  structs: {
    StorageClass: {
      ...TYPE_META,
      metadata: 'metav1.ObjectMeta',
      provisioner: 'string',
      parameters: 'map[string]string',
      reclaimPolicy: '*v1.PersistentVolumeReclaimPolicy',
      mountOptions: '[]string',
      allowVolumeExpansion: '*bool',
      volumeBindingMode: '*VolumeBindingMode',
      allowedTopologies: '[]v1.TopologySelectorTerm',
    },
  },
  named: { VolumeBindingMode: 'string' },
};
