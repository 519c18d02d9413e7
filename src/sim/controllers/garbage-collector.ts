// The garbage collector: when an object goes, the objects it owned (ownerReferences) are
// deleted in the background, as with the default propagation policy.
import { RESOURCE_TYPES } from '../api/resources.js';
import type { ClusterParts } from '../cluster/cluster-parts.js';

export function startGarbageCollector(parts: ClusterParts): void {
  const { api, loop } = parts;
  api.store.watch(undefined, (e) => {
    if (e.type !== 'DELETED' || e.object.kind === 'Event') return;
    const uid = e.object.metadata.uid;
    const ns = e.object.metadata.namespace;
    if (!uid) return;
    loop.after(parts.random.stream('garbage-collector').between(20, 200), `gc ${e.object.metadata.name}`, () => {
      for (const type of RESOURCE_TYPES) {
        for (const obj of api.viewList(type, type.namespaced ? ns : undefined)) {
          if (obj.metadata.deletionTimestamp) continue;
          if ((obj.metadata.ownerReferences ?? []).some((o) => o.uid === uid)) api.delete(type, obj.metadata.namespace, obj.metadata.name);
        }
      }
    });
  });
}
