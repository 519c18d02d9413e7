// A StatefulSet's persistentVolumeClaimRetentionPolicy (StatefulSetAutoDeletePVC, beta and on in
// 1.32): the owner references a claim should carry, as stateful_set_utils.go sets them
// (isClaimOwnerUpToDate, updateClaimOwnerRefForSetAndPod, addControllerRef) and
// stateful_pod_control.go writes them (UpdatePodClaimForRetentionPolicy). The garbage collector
// then deletes a claim with its owner: the set for whenDeleted: Delete, the pod of a scaled-down
// ordinal for whenScaled: Delete.
import type { ApiServer } from '../../api/api-server.js';
import { typeForKind } from '../../api/resources.js';
import type { StatefulSet } from '../../api/statefulset-types.js';
import type { PersistentVolumeClaim } from '../../api/storage-types.js';
import type { KubeObject, OwnerReference, Pod } from '../../api/types.js';
import { claimsFor, getOrdinal, podInOrdinalRange } from './stateful-set-utils.js';

const CLAIMS = typeForKind('PersistentVolumeClaim', 'v1')!;
const SET_KIND = { apiVersion: 'apps/v1', kind: 'StatefulSet' };
const POD_KIND = { apiVersion: 'v1', kind: 'Pod' };

type Kind = typeof SET_KIND;

/** matchesRef: the reference names this object's kind and name (whatever its uid). */
function matchesRef(ref: OwnerReference, obj: KubeObject, kind: Kind): boolean {
  return ref.apiVersion === kind.apiVersion && ref.kind === kind.kind && ref.name === obj.metadata.name;
}

function hasOwnerRef(claim: PersistentVolumeClaim, owner: KubeObject): boolean {
  return (claim.metadata.ownerReferences ?? []).some((r) => r.uid === owner.metadata.uid);
}

/** hasStaleOwnerRef: a reference to an earlier object of the same name (a set deleted and made again). */
function hasStaleOwnerRef(claim: PersistentVolumeClaim, obj: KubeObject, kind: Kind): boolean {
  const ref = (claim.metadata.ownerReferences ?? []).find((r) => matchesRef(r, obj, kind));
  return ref !== undefined && ref.uid !== obj.metadata.uid;
}

/** hasUnexpectedController: some other object controls the claim. */
function hasUnexpectedController(claim: PersistentVolumeClaim, set: StatefulSet, pod: Pod): boolean {
  return (claim.metadata.ownerReferences ?? []).some((r) => r.controller === true && r.uid !== set.metadata.uid && r.uid !== pod.metadata.uid);
}

/** hasNonControllerOwner: the set or pod owns the claim without being its controller (an older controller's refs). */
function hasNonControllerOwner(claim: PersistentVolumeClaim, set: StatefulSet, pod: Pod): boolean {
  return (claim.metadata.ownerReferences ?? []).some((r) => (r.uid === set.metadata.uid || r.uid === pod.metadata.uid) && r.controller !== true);
}

function policyOf(set: StatefulSet): { whenDeleted: string; whenScaled: string } {
  const p = set.spec.persistentVolumeClaimRetentionPolicy;
  return { whenDeleted: p?.whenDeleted ?? 'Retain', whenScaled: p?.whenScaled ?? 'Retain' };
}

/** isClaimOwnerUpToDate: the claim's references already say what the policy wants (or are not ours to touch). */
export function isClaimOwnerUpToDate(claim: PersistentVolumeClaim, set: StatefulSet, pod: Pod): boolean {
  if (hasStaleOwnerRef(claim, set, SET_KIND) || hasStaleOwnerRef(claim, pod, POD_KIND)) return true;
  if (hasUnexpectedController(claim, set, pod)) return !(hasOwnerRef(claim, set) || hasOwnerRef(claim, pod));
  if (hasNonControllerOwner(claim, set, pod)) return false;
  const { whenDeleted, whenScaled } = policyOf(set);
  const scaledDown = !podInOrdinalRange(pod, set);
  if (whenScaled === 'Delete' && whenDeleted === 'Delete') return scaledDown !== hasOwnerRef(claim, set) && scaledDown === hasOwnerRef(claim, pod);
  if (whenScaled === 'Delete') return !hasOwnerRef(claim, set) && scaledDown === hasOwnerRef(claim, pod);
  if (whenDeleted === 'Delete') return hasOwnerRef(claim, set) && !hasOwnerRef(claim, pod);
  // Retain and Retain (and an unknown policy, treated as Retain).
  return !hasOwnerRef(claim, set) && !hasOwnerRef(claim, pod);
}

/** metav1.NewControllerRef. */
function controllerRef(owner: KubeObject, kind: Kind): OwnerReference {
  return { apiVersion: kind.apiVersion, blockOwnerDeletion: true, controller: true, kind: kind.kind, name: owner.metadata.name, uid: owner.metadata.uid ?? '' };
}

/** updateClaimOwnerRefForSetAndPod: the claim's references with ours scrubbed, then those the policy wants. */
export function claimOwnerRefs(claim: PersistentVolumeClaim, set: StatefulSet, pod: Pod): OwnerReference[] {
  const unexpected = hasUnexpectedController(claim, set, pod);
  const refs = (claim.metadata.ownerReferences ?? []).filter((r) => !matchesRef(r, set, SET_KIND) && !matchesRef(r, pod, POD_KIND));
  if (unexpected) return refs;
  const { whenDeleted, whenScaled } = policyOf(set);
  const scaledDown = !podInOrdinalRange(pod, set);
  if (whenScaled === 'Delete' && scaledDown) refs.push(controllerRef(pod, POD_KIND));
  else if (whenDeleted === 'Delete' && (whenScaled === 'Retain' || !scaledDown)) refs.push(controllerRef(set, SET_KIND));
  return refs;
}

/** UpdatePodClaimForRetentionPolicy: each of the pod's claims that exists gets the references its policy wants. */
export function updateClaimsForRetentionPolicy(api: ApiServer, set: StatefulSet, pod: Pod): void {
  for (const { claim: wanted } of claimsFor(set, getOrdinal(pod))) {
    const claim = api.find<PersistentVolumeClaim>(CLAIMS, wanted.metadata.namespace, wanted.metadata.name);
    // A claim not there yet is picked up at a later sync.
    if (!claim || isClaimOwnerUpToDate(claim, set, pod)) continue;
    const refs = claimOwnerRefs(claim, set, pod);
    const metadata = { ...claim.metadata };
    if (refs.length > 0) metadata.ownerReferences = refs;
    else delete metadata.ownerReferences;
    api.put(CLAIMS, { ...claim, metadata });
  }
}

/** ClaimsMatchRetentionPolicy: whether every existing claim of the pod is up to date. */
export function claimsMatchRetentionPolicy(api: ApiServer, set: StatefulSet, pod: Pod): boolean {
  return claimsFor(set, getOrdinal(pod)).every(({ claim: wanted }) => {
    const claim = api.view<PersistentVolumeClaim>(CLAIMS, wanted.metadata.namespace, wanted.metadata.name);
    return !claim || isClaimOwnerUpToDate(claim, set, pod);
  });
}
