// addPod / updatePod / deletePod as the ReplicaSet and DaemonSet controllers share them
// (pkg/controller/replicaset/replica_set.go, pkg/controller/daemon/daemon_controller.go): a pod
// with a controller of the kind wakes that owner; an orphan, when it is new or its labels or
// controller changed, wakes every owner of the kind in its namespace whose selector matches it.
import type { ApiServer } from '../api/api-server.js';
import type { ResourceType } from '../api/resources.js';
import { fromLabelSelector, labelsMatch } from '../api/selectors.js';
import type { KubeObject, LabelSelector, Pod } from '../api/types.js';
import { controllerOf } from './claim-pods.js';

type Owner = KubeObject & { spec: { selector?: LabelSelector } };

export function watchOwnedPods(api: ApiServer, owners: ResourceType, enqueue: (namespace: string, name: string) => void): void {
  const seen = new Map<string, { labels: string | undefined; controller: string | undefined }>();
  api.store.watch('pods', (e) => {
    const pod = e.object as Pod;
    const ns = pod.metadata.namespace ?? 'default';
    const uid = pod.metadata.uid ?? '';
    const ref = controllerOf(pod);
    const before = seen.get(uid);
    // The labels matter only between two events of an orphan (a change of controller wakes owners
    // anyway), so only an orphan's are written out for comparison.
    const now = { labels: ref ? undefined : JSON.stringify(pod.metadata.labels ?? {}), controller: ref?.uid };
    if (e.type === 'DELETED') seen.delete(uid);
    else seen.set(uid, now);
    if (ref) {
      if (ref.kind === owners.kind) enqueue(ns, ref.name);
      return;
    }
    if (e.type === 'DELETED' || (before && before.labels === now.labels && before.controller === now.controller)) return;
    for (const owner of api.viewList<Owner>(owners, ns)) {
      if (labelsMatch(pod.metadata.labels, fromLabelSelector(owner.spec.selector))) enqueue(ns, owner.metadata.name);
    }
  });
}
