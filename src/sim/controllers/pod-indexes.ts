// The pod index the workload controllers share, as their informers' indexer does upstream
// (pkg/controller/controller_utils.go: AddPodControllerUIDIndexer, the `podControllerUID` index
// with orphans under a key of their namespace): a controller finds its pods and the orphans it
// may adopt without looking at every pod of the namespace.
import type { ApiServer } from '../api/api-server.js';
import type { Pod } from '../api/types.js';
import { controllerOf } from './claim-pods.js';

const BY_CONTROLLER = 'podControllerUID';

/** `namespace/uid` of a pod's controller, or `namespace/` for an orphan. */
function controllerKey(pod: Pod): string {
  return `${pod.metadata.namespace ?? ''}/${controllerOf(pod)?.uid ?? ''}`;
}

/** Adds the index (once per store). */
export function indexPodsByController(api: ApiServer): void {
  api.store.addIndex('pods', BY_CONTROLLER, (o) => controllerKey(o as Pod));
}

/** The pods of `namespace` whose controller has uid `uid` (frozen snapshots, in key order). */
export function podsControlledBy(api: ApiServer, namespace: string, uid: string): Pod[] {
  return api.store.byIndex<Pod>('pods', BY_CONTROLLER, `${namespace}/${uid}`);
}

/** The pods of `namespace` without a controller (frozen snapshots, in key order). */
export function orphanPods(api: ApiServer, namespace: string): Pod[] {
  return api.store.byIndex<Pod>('pods', BY_CONTROLLER, `${namespace}/`);
}

/**
 * What ClaimPods would look at out of every pod of `namespace`: the pods `uid` controls and the
 * orphans, in key order (the others it skips untouched).
 */
export function claimCandidates(api: ApiServer, namespace: string, uid: string): Pod[] {
  const owned = podsControlledBy(api, namespace, uid);
  const orphans = orphanPods(api, namespace);
  if (orphans.length === 0) return owned;
  if (owned.length === 0) return orphans;
  const out: Pod[] = [];
  let i = 0;
  let j = 0;
  while (i < owned.length || j < orphans.length) {
    const a = owned[i];
    const b = orphans[j];
    if (b === undefined || (a !== undefined && a.metadata.name < b.metadata.name)) {
      out.push(a!);
      i++;
    } else {
      out.push(b);
      j++;
    }
  }
  return out;
}
