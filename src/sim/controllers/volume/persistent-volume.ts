// The PersistentVolume controller (pkg/controller/volume/persistentvolume/pv_controller.go):
// syncClaim binds an unbound claim to a matching volume (or one pre-bound to it), and otherwise
// waits for its first consumer (WaitForFirstConsumer classes, until the scheduler picks a node) or
// hands it to the class's external provisioner (ExternalProvisioning); syncVolume marks a volume
// Available, Bound, or Released once its claim is gone, and a Released volume of reclaim policy
// Delete is left for its provisioner to delete.
import { typeForKind } from '../../api/resources.js';
import { PODS } from '../../api/pods-type.js';
import { claimClass, SELECTED_NODE, type PersistentVolume, type PersistentVolumeClaim, type StorageClass } from '../../api/storage-types.js';
import { rfc3339 } from '../../api/time.js';
import type { Pod } from '../../api/types.js';
import type { ClusterParts } from '../cluster-parts.js';
import { findMatchingVolume } from '../scheduling/volume-binding.js';
import { createWorkQueue } from '../work-queue.js';

const CLAIMS = typeForKind('PersistentVolumeClaim', 'v1')!;
const VOLUMES = typeForKind('PersistentVolume', 'v1')!;
const CLASSES = typeForKind('StorageClass', 'storage.k8s.io/v1')!;
const SOURCE = { component: 'persistentvolume-controller' };
/** The controller's periodic resync (--pvclaimbinder-sync-period). */
export const PV_RESYNC_MS = 15_000;
export const STORAGE_PROVISIONER = 'volume.kubernetes.io/storage-provisioner';
export const BETA_STORAGE_PROVISIONER = 'volume.beta.kubernetes.io/storage-provisioner';

function claimRef(c: PersistentVolumeClaim) {
  return { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: c.metadata.name, namespace: c.metadata.namespace ?? 'default', uid: c.metadata.uid ?? '', resourceVersion: c.metadata.resourceVersion ?? '' };
}

/** Sets a volume's phase, with the time of the change (lastPhaseTransitionTime). */
function setVolumePhase(parts: ClusterParts, pv: PersistentVolume, phase: string): PersistentVolume {
  if (pv.status.phase === phase) return pv;
  return parts.api.updateStatus(VOLUMES, { ...pv, status: { ...pv.status, phase, lastPhaseTransitionTime: rfc3339(parts.loop.now()) } });
}

/** bind: the volume's claimRef, then the claim's volumeName and annotations, then both phases. */
function bind(parts: ClusterParts, pv: PersistentVolume, claim: PersistentVolumeClaim): void {
  const { api } = parts;
  let volume = pv;
  if (!pv.spec.claimRef || pv.spec.claimRef.uid !== claim.metadata.uid) {
    volume = api.put(VOLUMES, {
      ...pv,
      metadata: { ...pv.metadata, annotations: { ...(pv.metadata.annotations ?? {}), 'pv.kubernetes.io/bound-by-controller': 'yes' } },
      spec: { ...pv.spec, claimRef: claimRef(claim) },
    });
  }
  volume = setVolumePhase(parts, volume, 'Bound');
  const annotations: Record<string, string> = { ...(claim.metadata.annotations ?? {}), 'pv.kubernetes.io/bind-completed': 'yes' };
  if (claim.spec.volumeName !== volume.metadata.name) annotations['pv.kubernetes.io/bound-by-controller'] = 'yes';
  const bound = api.put(CLAIMS, { ...claim, metadata: { ...claim.metadata, annotations }, spec: { ...claim.spec, volumeName: volume.metadata.name } });
  api.updateStatus(CLAIMS, {
    ...bound,
    status: { ...bound.status, phase: 'Bound', accessModes: [...(volume.spec.accessModes ?? [])], capacity: { ...(volume.spec.capacity ?? {}) } },
  });
}

/** findNonScheduledPodsByPVC: the pods that use the claim and wait for a node. */
function podsWaitingFor(parts: ClusterParts, claim: PersistentVolumeClaim): string[] {
  return parts.api
    .viewList<Pod>(PODS, claim.metadata.namespace)
    .filter((p) => !p.spec.nodeName && (p.spec.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === claim.metadata.name))
    .map((p) => p.metadata.name);
}

/**
 * The pods that used a claim when the controller's informer first saw it: a StatefulSet creates a
 * pod's claims before the pod, so its first sync finds no consumer yet (WaitForFirstConsumer).
 */
type FirstSeen = Map<string, string[]>;

function syncClaim(parts: ClusterParts, ns: string, name: string, firstSeen: FirstSeen): void {
  const { api, recorder } = parts;
  const claim = api.find<PersistentVolumeClaim>(CLAIMS, ns, name);
  if (!claim || claim.metadata.deletionTimestamp) return;
  const volumes = api.viewList<PersistentVolume>(VOLUMES, undefined);
  const ref = claimRef(claim);
  if (claim.spec.volumeName) {
    // A claim that names its volume: bind when the volume is there and free for it.
    const pv = volumes.find((v) => v.metadata.name === claim.spec.volumeName);
    if (!pv) {
      if (claim.status.phase !== 'Lost' && claim.metadata.annotations?.['pv.kubernetes.io/bind-completed']) {
        api.updateStatus(CLAIMS, { ...claim, status: { phase: 'Lost' } });
        recorder.record(ref, 'Warning', 'ClaimLost', 'Bound claim has lost its PersistentVolume. Data on the volume is lost!', SOURCE);
      }
      return;
    }
    if (!pv.spec.claimRef || pv.spec.claimRef.uid === claim.metadata.uid || (pv.spec.claimRef.name === claim.metadata.name && pv.spec.claimRef.namespace === ns && !pv.spec.claimRef.uid)) {
      if (claim.status.phase !== 'Bound' || pv.status.phase !== 'Bound') bind(parts, pv, claim);
    }
    return;
  }
  const cls = api.view<StorageClass>(CLASSES, undefined, claimClass(claim));
  const delayBinding = cls?.volumeBindingMode === 'WaitForFirstConsumer';
  // In delayed binding the scheduler picks free volumes; only one pre-bound to the claim is bound here.
  const match = findMatchingVolume(claim, volumes, undefined, new Set());
  const preBound = match?.spec.claimRef?.name === claim.metadata.name;
  if (match && (!delayBinding || preBound)) {
    bind(parts, match, claim);
    return;
  }
  if (delayBinding && !claim.metadata.annotations?.[SELECTED_NODE]) {
    const seen = firstSeen.get(claim.metadata.uid ?? '');
    firstSeen.delete(claim.metadata.uid ?? '');
    const waiting = seen ?? podsWaitingFor(parts, claim);
    if (waiting.length === 0) recorder.record(ref, 'Normal', 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding', SOURCE);
    else if (waiting.length === 1) recorder.record(ref, 'Normal', 'WaitForPodScheduled', `waiting for pod ${waiting[0]} to be scheduled`, SOURCE);
    else recorder.record(ref, 'Normal', 'WaitForPodScheduled', `waiting for pods ${waiting.join(',')} to be scheduled`, SOURCE);
    return;
  }
  if (cls) {
    // provisionClaim for a provisioner outside the controller: annotate the claim and wait for it.
    const annotations = claim.metadata.annotations ?? {};
    if (annotations[STORAGE_PROVISIONER] !== cls.provisioner) {
      api.put(CLAIMS, { ...claim, metadata: { ...claim.metadata, annotations: { ...annotations, [BETA_STORAGE_PROVISIONER]: cls.provisioner, [STORAGE_PROVISIONER]: cls.provisioner } } });
    }
    recorder.record(
      ref,
      'Normal',
      'ExternalProvisioning',
      `Waiting for a volume to be created either by the external provisioner '${cls.provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`,
      SOURCE,
    );
    return;
  }
  if (claimClass(claim) === '') recorder.record(ref, 'Normal', 'FailedBinding', 'no persistent volumes available for this claim and no storage class is set', SOURCE);
}

function syncVolume(parts: ClusterParts, name: string): void {
  const { api } = parts;
  const pv = api.find<PersistentVolume>(VOLUMES, undefined, name);
  if (!pv || pv.metadata.deletionTimestamp) return;
  const ref = pv.spec.claimRef;
  if (!ref) {
    setVolumePhase(parts, pv, 'Available');
    return;
  }
  const claim = ref.name ? api.view<PersistentVolumeClaim>(CLAIMS, ref.namespace, ref.name) : undefined;
  if (!ref.uid) {
    // Pre-bound by a user to a claim by name: Available until the claim binds to it.
    if (pv.status.phase !== 'Bound') setVolumePhase(parts, pv, 'Available');
    return;
  }
  if (claim && claim.metadata.uid === ref.uid) {
    if (claim.spec.volumeName === pv.metadata.name) setVolumePhase(parts, pv, 'Bound');
    return;
  }
  if (pv.status.phase === 'Released' || pv.status.phase === 'Failed') return;
  // The claim is gone: reclaimVolume. Delete is carried out by the volume's provisioner.
  setVolumePhase(parts, pv, 'Released');
}

/** Watches claims and volumes; syncs each a moment after a change and every resync period. */
export function startPersistentVolumeController(parts: ClusterParts): void {
  const { api, loop } = parts;
  const firstSeen: FirstSeen = new Map();
  const claims = createWorkQueue(parts, 'persistentvolume-controller', [1, 10], (ns, name) => syncClaim(parts, ns, name, firstSeen));
  const volumes = createWorkQueue(parts, 'persistentvolume-controller', [1, 10], (_ns, name) => syncVolume(parts, name));
  api.store.watch('persistentvolumeclaims', (e) => {
    if (e.type === 'ADDED') firstSeen.set(e.object.metadata.uid ?? '', podsWaitingFor(parts, e.object as PersistentVolumeClaim));
    if (e.type !== 'DELETED') claims(e.object.metadata.namespace ?? 'default', e.object.metadata.name);
    else {
      const pv = (e.object as PersistentVolumeClaim).spec.volumeName;
      if (pv) volumes('', pv);
    }
  });
  api.store.watch('persistentvolumes', (e) => {
    if (e.type === 'DELETED') return;
    volumes('', e.object.metadata.name);
    const ref = (e.object as PersistentVolume).spec.claimRef;
    if (ref?.name) claims(ref.namespace ?? 'default', ref.name);
  });
  const resync = (): void => {
    // Most clusters hold no claim and no volume: a lesson's `clusterAge: 10h` is 2,400 resyncs
    // before its first command, each of which listed both (through the API, for nothing).
    if (api.store.count('persistentvolumeclaims') > 0) {
      for (const c of api.viewList<PersistentVolumeClaim>(CLAIMS, undefined)) if (c.status.phase !== 'Bound') claims(c.metadata.namespace ?? 'default', c.metadata.name);
    }
    if (api.store.count('persistentvolumes') > 0) {
      for (const v of api.viewList<PersistentVolume>(VOLUMES, undefined)) if (v.status.phase !== 'Bound') volumes('', v.metadata.name);
    }
    loop.after(PV_RESYNC_MS, 'persistentvolume resync', resync);
  };
  loop.after(PV_RESYNC_MS, 'persistentvolume resync', resync);
}
