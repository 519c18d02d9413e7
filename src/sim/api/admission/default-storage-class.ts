// The DefaultStorageClass admission plugin (plugin/pkg/admission/storage/storageclass/setdefault):
// a PersistentVolumeClaim created without a storageClassName gets the default StorageClass's name
// (the class annotated `storageclass.kubernetes.io/is-default-class: "true"`; of several, the
// newest, then the first by name, as GetDefaultClass in pkg/volume/util/storageclass.go picks).
import type { ObjectStore } from '../../store/object-store.js';
import { qualifiedResource, typeForKind } from '../resources.js';
import { IS_DEFAULT_CLASS, type PersistentVolumeClaim, type StorageClass } from '../storage-types.js';
import type { KubeObject } from '../types.js';
import type { AdmissionAttributes, AdmissionPlugin } from './admission-plugin.js';

const STORAGE_CLASSES = qualifiedResource(typeForKind('StorageClass', 'storage.k8s.io/v1')!);

/** GetDefaultClass: the default StorageClass, if any. */
export function defaultStorageClass(store: ObjectStore): StorageClass | undefined {
  const defaults = store.viewList<StorageClass>(STORAGE_CLASSES, undefined).filter((c) => c.metadata.annotations?.[IS_DEFAULT_CLASS] === 'true');
  defaults.sort((a, b) => {
    const ta = a.metadata.creationTimestamp ?? '';
    const tb = b.metadata.creationTimestamp ?? '';
    if (ta !== tb) return ta > tb ? -1 : 1;
    return a.metadata.name < b.metadata.name ? -1 : 1;
  });
  return defaults[0];
}

export const defaultStorageClassAdmission: AdmissionPlugin = {
  name: 'DefaultStorageClass',
  mutate(obj: KubeObject, attrs: AdmissionAttributes, store: ObjectStore) {
    if (attrs.operation !== 'CREATE' || attrs.type.kind !== 'PersistentVolumeClaim') return;
    const pvc = obj as PersistentVolumeClaim;
    if (pvc.spec.storageClassName !== undefined || pvc.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] !== undefined) return;
    const def = defaultStorageClass(store);
    if (def) pvc.spec.storageClassName = def.metadata.name;
  },
};
