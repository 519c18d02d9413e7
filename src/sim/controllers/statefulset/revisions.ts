// A StatefulSet's ControllerRevisions (stateful_set_utils.go getPatch and newRevision,
// pkg/controller/history/controller_history.go HashControllerRevision): each revision holds the
// pod template as a strategic-merge patch, and is named `<set>-<hash>` after an FNV-32 hash of
// that patch's bytes, written in apimachinery's safe alphabet.
import type { ControllerRevision, StatefulSet } from '../../api/statefulset-types.js';
import { NAME_ALPHABET } from '../../core/random.js';
import { marshalGoMap, withSortedKeys } from '../../api/go-map-json.js';

/** getPatch: `{"spec":{"template":{"$patch":"replace",...}}}` with the set's template as stored. */
export function revisionPatch(set: StatefulSet): Record<string, unknown> {
  // json.Marshal of a map: the keys sorted (kubectl's rollback compares these bytes).
  return withSortedKeys({ spec: { template: { ...(set.spec.template as unknown as Record<string, unknown>), $patch: 'replace' } } }) as Record<string, unknown>;
}

/** FNV-32 (not 32a): hash/fnv New32, which HashControllerRevision uses. */
function fnv32(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h = Math.imul(h, 0x01000193) >>> 0;
    h = (h ^ b) >>> 0;
  }
  return h >>> 0;
}

/** HashControllerRevision with the collision count as probe, as rand.SafeEncodeString renders it. */
export function hashRevision(patch: Record<string, unknown>, collisionCount: number | undefined): string {
  const raw = marshalGoMap(patch) + (collisionCount !== undefined ? String(collisionCount) : '');
  const digits = String(fnv32(new TextEncoder().encode(raw)));
  return [...digits].map((c) => NAME_ALPHABET[c.charCodeAt(0) % NAME_ALPHABET.length]).join('');
}

/** Whether two revisions hold the same template (history.EqualRevision compares the patches). */
export function sameRevisionData(a: ControllerRevision, patch: Record<string, unknown>): boolean {
  return marshalGoMap(a.data) === marshalGoMap(patch);
}

/** newRevision: the ControllerRevision for the set's current template. */
export function newRevision(set: StatefulSet, revision: number, collisionCount: number | undefined): ControllerRevision {
  const patch = revisionPatch(set);
  const hash = hashRevision(patch, collisionCount);
  const labels = { ...(set.spec.template.metadata?.labels ?? {}), 'controller.kubernetes.io/hash': hash };
  return {
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: {
      name: `${set.metadata.name.slice(0, 223)}-${hash}`,
      namespace: set.metadata.namespace ?? 'default',
      labels,
      ...(set.metadata.annotations && Object.keys(set.metadata.annotations).length > 0 ? { annotations: { ...set.metadata.annotations } } : {}),
      ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'StatefulSet', name: set.metadata.name, uid: set.metadata.uid ?? '' }],
    },
    data: patch,
    revision,
  };
}
