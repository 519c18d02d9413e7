// kind's storage provisioner, rancher/local-path-provisioner (provisioner.go) driven by
// sig-storage-lib-external-provisioner (controller.go): a claim handed to `rancher.io/local-path`
// with a selected node gets a `Provisioning` event, a helper pod makes the directory
// /var/local-path-provisioner/pvc-<uid>_<namespace>_<claim> on that node (kind's config), and the
// PersistentVolume `pvc-<claim uid>` follows: a hostPath volume with node affinity to that node.
// A Released volume of reclaim policy Delete is torn down and deleted the same way. It works only
// while its own pod in local-path-storage is running and ready.
import { typeForKind } from '../../api/resources.js';
import { PODS } from '../../api/pods-type.js';
import { claimClass, SELECTED_NODE, type PersistentVolume, type PersistentVolumeClaim, type StorageClass } from '../../api/storage-types.js';
import type { Pod } from '../../api/types.js';
import type { ClusterParts } from '../cluster-parts.js';
import { STORAGE_PROVISIONER } from './persistent-volume.js';

const CLAIMS = typeForKind('PersistentVolumeClaim', 'v1')!;
const VOLUMES = typeForKind('PersistentVolume', 'v1')!;
const CLASSES = typeForKind('StorageClass', 'storage.k8s.io/v1')!;
export const LOCAL_PATH_PROVISIONER = 'rancher.io/local-path';
/** kind's nodePathMap: every node's volumes live under this directory. */
export const LOCAL_PATH_ROOT = '/var/local-path-provisioner';
/** How long the helper pod takes to run its setup or teardown script. */
const HELPER_MS: readonly [number, number] = [2000, 3500];

/** The directory of a claim's volume on its node. */
export function localPathFor(claim: PersistentVolumeClaim, volumeName: string): string {
  return `${LOCAL_PATH_ROOT}/${volumeName}_${claim.metadata.namespace}_${claim.metadata.name}`;
}

export function startLocalPathProvisioner(parts: ClusterParts): void {
  const { api, loop, recorder } = parts;
  const random = parts.random.stream('local-path-provisioner');
  /** The provisioner's identity in its events: `<provisioner>_<its pod>_<a uuid of its start>`. */
  const identities = new Map<string, string>();
  const inFlight = new Set<string>();

  const runningPod = (): Pod | undefined =>
    api
      .viewList<Pod>(PODS, 'local-path-storage')
      .find((p) => p.metadata.labels?.['app'] === 'local-path-provisioner' && !p.metadata.deletionTimestamp && p.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True');

  const identity = (pod: Pod): string => {
    const uid = pod.metadata.uid ?? '';
    let id = identities.get(uid);
    if (!id) {
      id = `${LOCAL_PATH_PROVISIONER}_${pod.metadata.name}_${random.uuid()}`;
      identities.set(uid, id);
    }
    return id;
  };

  const provision = (ns: string, name: string): void => {
    const claim = api.view<PersistentVolumeClaim>(CLAIMS, ns, name);
    if (!claim || claim.spec.volumeName || claim.metadata.deletionTimestamp) return;
    if (claim.metadata.annotations?.[STORAGE_PROVISIONER] !== LOCAL_PATH_PROVISIONER) return;
    const node = claim.metadata.annotations?.[SELECTED_NODE];
    const cls = api.view<StorageClass>(CLASSES, undefined, claimClass(claim));
    if (!node || !cls) return;
    const pod = runningPod();
    const key = claim.metadata.uid ?? '';
    if (!pod || inFlight.has(key)) return;
    const volumeName = `pvc-${claim.metadata.uid}`;
    if (api.view(VOLUMES, undefined, volumeName)) return;
    inFlight.add(key);
    const source = { component: identity(pod) };
    const ref = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name, namespace: ns, uid: key, resourceVersion: claim.metadata.resourceVersion ?? '' };
    recorder.record(ref, 'Normal', 'Provisioning', `External provisioner is provisioning volume for claim "${ns}/${name}"`, source);
    loop.after(random.between(HELPER_MS[0], HELPER_MS[1]), `local-path provision ${ns}/${name}`, () => {
      inFlight.delete(key);
      const now = api.view<PersistentVolumeClaim>(CLAIMS, ns, name);
      if (!now || now.metadata.uid !== key || now.spec.volumeName) return;
      const pv: PersistentVolume = {
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: {
          name: volumeName,
          annotations: { 'local.path.provisioner/selected-node': node, 'pv.kubernetes.io/provisioned-by': LOCAL_PATH_PROVISIONER },
        },
        spec: {
          accessModes: [...(now.spec.accessModes ?? [])],
          capacity: { storage: now.spec.resources?.requests?.['storage'] ?? '0' },
          claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name, namespace: ns, resourceVersion: now.metadata.resourceVersion ?? '', uid: key },
          hostPath: { path: localPathFor(now, volumeName), type: 'DirectoryOrCreate' },
          nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } },
          persistentVolumeReclaimPolicy: cls.reclaimPolicy ?? 'Delete',
          storageClassName: cls.metadata.name,
          volumeMode: now.spec.volumeMode ?? 'Filesystem',
        },
        status: {},
      };
      api.create(VOLUMES, undefined, pv, { trusted: true });
      recorder.record(ref, 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume ${volumeName}`, source);
    });
  };

  const reclaim = (name: string): void => {
    const pv = api.view<PersistentVolume>(VOLUMES, undefined, name);
    if (!pv || pv.status.phase !== 'Released' || pv.spec.persistentVolumeReclaimPolicy !== 'Delete' || pv.metadata.deletionTimestamp) return;
    if (pv.metadata.annotations?.['pv.kubernetes.io/provisioned-by'] !== LOCAL_PATH_PROVISIONER || inFlight.has(name) || !runningPod()) return;
    inFlight.add(name);
    // The teardown helper pod removes the directory; then the volume object goes.
    loop.after(random.between(HELPER_MS[0], HELPER_MS[1]), `local-path delete ${name}`, () => {
      inFlight.delete(name);
      if (api.view(VOLUMES, undefined, name)) api.delete(VOLUMES, undefined, name);
    });
  };

  api.store.watch('persistentvolumeclaims', (e) => {
    if (e.type !== 'DELETED') provision(e.object.metadata.namespace ?? 'default', e.object.metadata.name);
  });
  api.store.watch('persistentvolumes', (e) => {
    if (e.type !== 'DELETED') reclaim(e.object.metadata.name);
  });
}
