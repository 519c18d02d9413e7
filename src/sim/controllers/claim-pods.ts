// A controller claims its pods: a port of pkg/controller/controller_ref_manager.go
// (BaseControllerRefManager.ClaimObject, PodControllerRefManager.ClaimPods / AdoptPod /
// ReleasePod). It keeps the pods it controls that still match its selector, adopts orphans that
// match (never while it is being deleted, never a pod being deleted), and releases pods it
// controls that no longer match.
import type { ApiServer } from '../api/api-server.js';
import { PODS } from '../api/pods-type.js';
import { labelsMatch, type ParsedSelector } from '../api/selectors.js';
import { StatusError } from '../api/status-error.js';
import type { KubeObject, OwnerReference, Pod } from '../api/types.js';


/** The controller reference (metav1.GetControllerOf). */
export function controllerOf(obj: KubeObject): OwnerReference | undefined {
  for (const o of obj.metadata.ownerReferences ?? []) if (o.controller === true) return o;
  return undefined;
}

export interface ClaimingController {
  apiVersion: string;
  kind: string;
  obj: KubeObject;
  selector: ParsedSelector;
  /** RecheckDeletionTimestamp: a fresh look at the controller before the first adoption; false stops adopting. */
  canAdopt(): boolean;
  /** ClaimPods' filters: a pod must pass them as well as the selector (a StatefulSet's isMemberOf). */
  filter?: (pod: Pod) => boolean;
}

/** metav1.NewControllerRef. */
export function newControllerRef(c: { apiVersion: string; kind: string; obj: KubeObject }): OwnerReference {
  return { apiVersion: c.apiVersion, blockOwnerDeletion: true, controller: true, kind: c.kind, name: c.obj.metadata.name, uid: c.obj.metadata.uid ?? '' };
}

/**
 * ClaimPods: the pods `c` controls after adopting and releasing. `api.put` plays the part of the
 * strategic merge patches upstream sends (ownerReferences merge by uid).
 */
export function claimPods(api: ApiServer, c: ClaimingController, pods: readonly Pod[]): Pod[] {
  const claimed: Pod[] = [];
  const uid = c.obj.metadata.uid;
  const deleting = c.obj.metadata.deletionTimestamp !== undefined;
  let adoptable: boolean | undefined;
  for (const pod of pods) {
    const ref = controllerOf(pod);
    const matches = labelsMatch(pod.metadata.labels, c.selector) && (c.filter?.(pod) ?? true);
    if (ref) {
      if (ref.uid !== uid) continue; // owned by someone else
      if (matches) {
        claimed.push(pod);
        continue;
      }
      if (deleting) continue;
      patchPod(api, pod, (refs) => refs.filter((o) => o.uid !== uid)); // ReleasePod
      continue;
    }
    // An orphan.
    if (deleting || !matches || pod.metadata.deletionTimestamp) continue;
    if (pod.metadata.namespace !== c.obj.metadata.namespace) continue;
    adoptable ??= c.canAdopt();
    if (!adoptable) continue;
    const adopted = patchPod(api, pod, (refs) => [...refs.filter((o) => o.uid !== uid), newControllerRef(c)]); // AdoptPod
    if (adopted) claimed.push(adopted);
  }
  return claimed;
}

/** Rewrites a pod's ownerReferences; a pod that is gone meanwhile is left (NotFound is ignored, as upstream). */
function patchPod(api: ApiServer, pod: Pod, change: (refs: OwnerReference[]) => OwnerReference[]): Pod | undefined {
  const fresh = api.find<Pod>(PODS, pod.metadata.namespace, pod.metadata.name);
  if (!fresh || fresh.metadata.uid !== pod.metadata.uid) return undefined;
  const refs = change(fresh.metadata.ownerReferences ?? []);
  if (refs.length > 0) fresh.metadata.ownerReferences = refs;
  else delete fresh.metadata.ownerReferences;
  try {
    return api.put(PODS, fresh);
  } catch (e) {
    if (e instanceof StatusError) return undefined;
    throw e;
  }
}
