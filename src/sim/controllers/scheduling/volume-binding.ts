// The scheduler's VolumeBinding plugin (pkg/scheduler/framework/plugins/volumebinding): PreFilter
// finds the pod's claims (a missing or deleted one, or an unbound claim of an Immediate class,
// makes the pod unschedulable); Filter checks a bound claim's volume may be used on the node (its
// node affinity) and that an unbound WaitForFirstConsumer claim can be met there, by a free volume
// that fits (binder.go findMatchingVolumes) or by provisioning; PreBind binds those volumes or asks
// for provisioning (the selected-node annotation), and the pod is bound once every claim is.
import { claimClass, volumeClass, type PersistentVolume, type PersistentVolumeClaim, type StorageClass } from '../../api/storage-types.js';
import type { Node, Pod } from '../../api/types.js';
import { compareQuantity, parseQuantity, ZERO_QUANTITY } from '../../core/quantity.js';
import type { Rejection } from './filters.js';
import { matchesTerm } from './node-affinity.js';

export interface VolumeView {
  claim(namespace: string, name: string): PersistentVolumeClaim | undefined;
  volumes(): readonly PersistentVolume[];
  storageClass(name: string): StorageClass | undefined;
}

/** The pod's claims, sorted into bound ones and unbound WaitForFirstConsumer ones. */
export interface PodClaims {
  bound: PersistentVolumeClaim[];
  delayed: PersistentVolumeClaim[];
}

/** PreFilter: the pod's claims, or the message that makes it unschedulable on every node. */
export function podClaims(pod: Pod, view: VolumeView): PodClaims | { message: string } {
  const out: PodClaims = { bound: [], delayed: [] };
  const ns = pod.metadata.namespace ?? 'default';
  for (const v of pod.spec.volumes ?? []) {
    const name = v.persistentVolumeClaim?.claimName;
    if (name === undefined) continue;
    const claim = view.claim(ns, name);
    if (!claim) return { message: `persistentvolumeclaim "${name}" not found` };
    if (claim.metadata.deletionTimestamp) return { message: `persistentvolumeclaim "${name}" is being deleted` };
    if (claim.spec.volumeName) {
      out.bound.push(claim);
      continue;
    }
    const cls = view.storageClass(claimClass(claim));
    if (cls?.volumeBindingMode === 'WaitForFirstConsumer') out.delayed.push(claim);
    else return { message: 'pod has unbound immediate PersistentVolumeClaims' };
  }
  return out;
}

function storageOf(text: string | undefined) {
  return (text === undefined ? undefined : parseQuantity(text)) ?? ZERO_QUANTITY;
}

/** CheckNodeAffinity: a volume without node affinity may be used anywhere. */
export function volumeFitsNode(pv: PersistentVolume, node: Node): boolean {
  const terms = pv.spec.nodeAffinity?.required?.nodeSelectorTerms;
  return !terms || terms.some((t) => matchesTerm(node, t));
}

/**
 * FindMatchingVolume (pkg/volume/util/persistentvolume): the smallest free volume of the claim's
 * class, big enough, with the access modes asked for, usable on the node; a volume already
 * pre-bound to this claim wins.
 */
export function findMatchingVolume(claim: PersistentVolumeClaim, volumes: readonly PersistentVolume[], node: Node | undefined, taken: ReadonlySet<string>): PersistentVolume | undefined {
  const want = storageOf(claim.spec.resources?.requests?.['storage']);
  const modes = claim.spec.accessModes ?? [];
  let best: PersistentVolume | undefined;
  for (const pv of volumes) {
    if (taken.has(pv.metadata.name) || pv.metadata.deletionTimestamp) continue;
    const ref = pv.spec.claimRef;
    const preBound = ref && ref.name === claim.metadata.name && ref.namespace === claim.metadata.namespace && (!ref.uid || ref.uid === claim.metadata.uid);
    if (ref && !preBound) continue;
    if (node && !volumeFitsNode(pv, node)) continue;
    if (compareQuantity(storageOf(pv.spec.capacity?.['storage']), want) < 0) continue;
    if (volumeClass(pv) !== claimClass(claim)) continue;
    if (!modes.every((m) => (pv.spec.accessModes ?? []).includes(m))) continue;
    if ((pv.spec.volumeMode ?? 'Filesystem') !== (claim.spec.volumeMode ?? 'Filesystem')) continue;
    if (preBound) return pv;
    if (pv.status.phase !== 'Available' && pv.status.phase !== 'Pending' && pv.status.phase !== undefined) continue;
    if (!best || compareQuantity(storageOf(pv.spec.capacity?.['storage']), storageOf(best.spec.capacity?.['storage'])) < 0) best = pv;
  }
  return best;
}

/** What PreBind will do for each delayed claim on a node: bind a free volume, or have one provisioned. */
export type ClaimPlan = { claim: PersistentVolumeClaim; volume: PersistentVolume } | { claim: PersistentVolumeClaim; provision: true };

const NO_PLAN: { plan: ClaimPlan[] } = Object.freeze({ plan: Object.freeze([]) as unknown as ClaimPlan[] });

/** Filter: the node's rejection, or the plan for the pod's delayed claims there. */
export function filterVolumes(claims: PodClaims, node: Node, view: VolumeView): { rejection: Rejection } | { plan: ClaimPlan[] } {
  // A pod without claims fits every node as far as volumes go (most pods: no volumes listed for each node).
  if (claims.bound.length === 0 && claims.delayed.length === 0) return NO_PLAN;
  const volumes = view.volumes();
  const reasons: string[] = [];
  for (const claim of claims.bound) {
    const pv = volumes.find((v) => v.metadata.name === claim.spec.volumeName);
    if (!pv) return { rejection: { plugin: 'VolumeBinding', code: 'UnschedulableAndUnresolvable', reasons: [`pvc(s) bound to non-existent pv(s)`] } };
    if (!volumeFitsNode(pv, node)) {
      reasons.push('node(s) had volume node affinity conflict');
      break;
    }
  }
  const plan: ClaimPlan[] = [];
  const taken = new Set<string>();
  for (const claim of claims.delayed) {
    const pv = findMatchingVolume(claim, volumes, node, taken);
    if (pv) {
      taken.add(pv.metadata.name);
      plan.push({ claim, volume: pv });
      continue;
    }
    const cls = view.storageClass(claimClass(claim));
    if (cls && cls.provisioner !== 'kubernetes.io/no-provisioner') plan.push({ claim, provision: true });
    else {
      reasons.push("node(s) didn't find available persistent volumes to bind");
      break;
    }
  }
  if (reasons.length > 0) return { rejection: { plugin: 'VolumeBinding', code: 'UnschedulableAndUnresolvable', reasons } };
  return { plan };
}
