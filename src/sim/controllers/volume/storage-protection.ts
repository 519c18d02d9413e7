// The PVC and PV protection controllers (pkg/controller/volume/pvcprotection, pvprotection): a
// claim being deleted keeps its `kubernetes.io/pvc-protection` finalizer while a pod that has not
// finished uses it; a volume being deleted keeps `kubernetes.io/pv-protection` while it is Bound.
// Once the finalizer is removed the object goes.
import type { ApiServer } from '../../api/api-server.js';
import { typeForKind, type ResourceType } from '../../api/resources.js';
import { PODS } from '../../api/pods-type.js';
import type { PersistentVolume, PersistentVolumeClaim } from '../../api/storage-types.js';
import type { KubeObject, Pod } from '../../api/types.js';
import type { ClusterParts } from '../cluster-parts.js';
import { createWorkQueue } from '../work-queue.js';

const CLAIMS = typeForKind('PersistentVolumeClaim', 'v1')!;
const VOLUMES = typeForKind('PersistentVolume', 'v1')!;

function removeFinalizer(api: ApiServer, type: ResourceType, obj: KubeObject, finalizer: string): void {
  const finalizers = (obj.metadata.finalizers ?? []).filter((f) => f !== finalizer);
  const next = api.put(type, { ...obj, metadata: { ...obj.metadata, finalizers } });
  // The API server deletes an object marked for deletion when its last finalizer goes
  // (ShouldDeleteDuringUpdate); one it kept is removed here.
  if (finalizers.length === 0 && api.view(type, obj.metadata.namespace, obj.metadata.name)) api.finalizeDelete(type, next);
}

export function startStorageProtection(parts: ClusterParts): void {
  const { api } = parts;
  const claims = createWorkQueue(parts, 'pvc-protection-controller', [1, 10], (ns, name) => {
    const claim = api.view<PersistentVolumeClaim>(CLAIMS, ns, name);
    if (!claim?.metadata.deletionTimestamp || !claim.metadata.finalizers?.includes('kubernetes.io/pvc-protection')) return;
    const inUse = api
      .viewList<Pod>(PODS, ns)
      .some((p) => p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed' && (p.spec.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === name));
    if (!inUse) removeFinalizer(api, CLAIMS, claim, 'kubernetes.io/pvc-protection');
  });
  const volumes = createWorkQueue(parts, 'pv-protection-controller', [1, 10], (_ns, name) => {
    const pv = api.view<PersistentVolume>(VOLUMES, undefined, name);
    if (!pv?.metadata.deletionTimestamp || !pv.metadata.finalizers?.includes('kubernetes.io/pv-protection')) return;
    if (pv.status.phase !== 'Bound') removeFinalizer(api, VOLUMES, pv, 'kubernetes.io/pv-protection');
  });
  api.store.watch('persistentvolumeclaims', (e) => {
    if (e.type !== 'DELETED') claims(e.object.metadata.namespace ?? 'default', e.object.metadata.name);
  });
  api.store.watch('persistentvolumes', (e) => {
    if (e.type !== 'DELETED') volumes('', e.object.metadata.name);
  });
  api.store.watch('pods', (e) => {
    const pod = e.object as Pod;
    if (e.type !== 'DELETED' && pod.status.phase !== 'Succeeded' && pod.status.phase !== 'Failed') return;
    for (const v of pod.spec.volumes ?? []) if (v.persistentVolumeClaim) claims(pod.metadata.namespace ?? 'default', v.persistentVolumeClaim.claimName);
  });
}
