// The StatefulSet controller (pkg/controller/statefulset/stateful_set.go): syncs a set a moment
// after it or one of its pods changes.
import type { ClusterParts } from './cluster-parts.js';
import { syncStatefulSet } from './statefulset/stateful-set-control.js';
import { createWorkQueue } from './work-queue.js';

export function startStatefulSetController(parts: ClusterParts): void {
  const { api } = parts;
  const enqueue = createWorkQueue(parts, 'statefulset-controller', [5, 30], (ns, name) => syncStatefulSet(parts, ns, name));
  api.store.watch('statefulsets.apps', (e) => {
    if (e.type !== 'DELETED') enqueue(e.object.metadata.namespace ?? 'default', e.object.metadata.name);
  });
  api.store.watch('pods', (e) => {
    for (const o of e.object.metadata.ownerReferences ?? []) {
      if (o.kind === 'StatefulSet' && o.controller) enqueue(e.object.metadata.namespace ?? 'default', o.name);
    }
  });
}
