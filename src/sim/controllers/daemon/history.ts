// A DaemonSet's ControllerRevisions, as pkg/controller/daemon/update.go keeps them
// (constructHistory, dedupCurHistories, snapshot, cleanupHistory, Match, getPatch): one revision
// per template the DaemonSet has had, named `<ds>-<hash>` and labelled with the template's labels
// plus `controller-revision-hash`; the revision whose data matches the current template is made
// the newest, and old revisions no live pod uses are deleted past revisionHistoryLimit.
import type { ApiServer } from '../../api/api-server.js';
import { typeForKind } from '../../api/resources.js';
import { PODS } from '../../api/pods-type.js';
import { StatusError } from '../../api/status-error.js';
import type { ControllerRevision } from '../../api/statefulset-types.js';
import type { DaemonSet, Pod } from '../../api/types.js';
import { newControllerRef } from '../claim-pods.js';
import { REVISION_HASH_LABEL, revisionHash } from './daemon-pods.js';
import { marshalGoMap, withSortedKeys } from '../../api/go-map-json.js';

const REVISIONS = typeForKind('ControllerRevision', 'apps/v1')!;
const DAEMONSETS = typeForKind('DaemonSet', 'apps/v1')!;

/**
 * getPatch: `{"spec":{"template":{"$patch":"replace",...}}}`, the bytes a revision's data holds:
 * upstream marshals a map, so the keys are sorted, and kubectl compares those bytes (Match).
 */
export function daemonSetPatch(ds: DaemonSet): Record<string, unknown> {
  return withSortedKeys({ spec: { template: { ...(ds.spec.template as unknown as Record<string, unknown>), $patch: 'replace' } } }) as Record<string, unknown>;
}

/** The bytes of frozen (stored) data, worked out once per object: a sync compares every revision. */
const bytesOf = new WeakMap<object, string>();

function rememberedBytes(key: object, bytes: () => string): string {
  if (!Object.isFrozen(key)) return bytes();
  let known = bytesOf.get(key);
  if (known === undefined) bytesOf.set(key, (known = bytes()));
  return known;
}

/** Match: whether a revision holds the DaemonSet's current template (the patches' bytes are equal). */
export function matchesRevision(ds: DaemonSet, revision: ControllerRevision): boolean {
  const data = revision.data as object;
  return rememberedBytes(data, () => marshalGoMap(data)) === rememberedBytes(ds.spec.template, () => marshalGoMap(daemonSetPatch(ds)));
}

/** controlledHistories: the revisions this DaemonSet controls (by controller reference). */
export function controlledHistories(api: ApiServer, ds: DaemonSet): ControllerRevision[] {
  const uid = ds.metadata.uid;
  return api.viewList<ControllerRevision>(REVISIONS, ds.metadata.namespace).filter((r) => (r.metadata.ownerReferences ?? []).some((o) => o.controller && o.uid === uid));
}

const byRevision = (a: ControllerRevision, b: ControllerRevision) => a.revision - b.revision;

function maxRevision(histories: readonly ControllerRevision[]): number {
  return histories.reduce((m, h) => Math.max(m, h.revision), 0);
}

/** snapshot: creates the revision of the current template; a name taken by other data bumps collisionCount. */
function snapshot(api: ApiServer, ds: DaemonSet, revision: number): ControllerRevision | undefined {
  const hash = revisionHash(ds);
  const ns = ds.metadata.namespace ?? 'default';
  const history: ControllerRevision = {
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: {
      name: `${ds.metadata.name}-${hash}`,
      namespace: ns,
      labels: { ...(ds.spec.template.metadata?.labels ?? {}), [REVISION_HASH_LABEL]: hash },
      ...(ds.metadata.annotations && Object.keys(ds.metadata.annotations).length > 0 ? { annotations: { ...ds.metadata.annotations } } : {}),
      ownerReferences: [newControllerRef({ apiVersion: 'apps/v1', kind: 'DaemonSet', obj: ds })],
    },
    data: daemonSetPatch(ds),
    revision,
  };
  try {
    return api.create(REVISIONS, ns, history, { trusted: true });
  } catch (e) {
    if (!(e instanceof StatusError) || e.status.reason !== 'AlreadyExists') throw e;
  }
  const existing = api.view<ControllerRevision>(REVISIONS, ns, history.metadata.name);
  if (existing && matchesRevision(ds, existing)) return existing;
  // A hash collision between different templates: the next sync hashes with a higher count.
  const fresh = api.view<DaemonSet>(DAEMONSETS, ns, ds.metadata.name);
  if (fresh && fresh.metadata.uid === ds.metadata.uid) api.updateStatus(DAEMONSETS, { ...fresh, status: { ...fresh.status, collisionCount: (fresh.status.collisionCount ?? 0) + 1 } });
  return undefined;
}

/** dedupCurHistories: of several revisions matching the template, the newest stays; pods are relabelled to it. */
function dedupCurHistories(api: ApiServer, ds: DaemonSet, current: ControllerRevision[], pods: readonly Pod[]): ControllerRevision {
  let keep = current[0]!;
  for (const c of current) if (c.revision >= keep.revision) keep = c;
  const hash = keep.metadata.labels?.[REVISION_HASH_LABEL] ?? '';
  for (const pod of pods) {
    if (pod.metadata.labels?.[REVISION_HASH_LABEL] === hash) continue;
    const fresh = api.find<Pod>(PODS, pod.metadata.namespace, pod.metadata.name);
    if (fresh) api.put(PODS, { ...fresh, metadata: { ...fresh.metadata, labels: { ...(fresh.metadata.labels ?? {}), [REVISION_HASH_LABEL]: hash } } });
  }
  for (const c of current) if (c.metadata.name !== keep.metadata.name) api.delete(REVISIONS, c.metadata.namespace, c.metadata.name);
  return keep;
}

/**
 * constructHistory: the current revision (created, or renumbered to be the newest) and the old
 * ones; undefined when a hash collision must be resolved first (the caller syncs again).
 */
export function constructHistory(api: ApiServer, ds: DaemonSet, pods: () => Pod[]): { cur: ControllerRevision; old: ControllerRevision[] } | undefined {
  const old: ControllerRevision[] = [];
  const current: ControllerRevision[] = [];
  for (let history of controlledHistories(api, ds)) {
    // The unique label, added where missing (the name stands in for the hash).
    if (history.metadata.labels?.[REVISION_HASH_LABEL] === undefined) {
      history = api.put(REVISIONS, { ...history, metadata: { ...history.metadata, labels: { ...(history.metadata.labels ?? {}), [REVISION_HASH_LABEL]: history.metadata.name } } });
    }
    (matchesRevision(ds, history) ? current : old).push(history);
  }
  const currRevision = maxRevision(old) + 1;
  if (current.length === 0) {
    const cur = snapshot(api, ds, currRevision);
    return cur ? { cur, old } : undefined;
  }
  let cur = current.length === 1 ? current[0]! : dedupCurHistories(api, ds, current, pods());
  if (cur.revision < currRevision) cur = api.put(REVISIONS, { ...cur, revision: currRevision });
  return { cur, old };
}

/** cleanupHistory: the oldest revisions no live pod carries, beyond spec.revisionHistoryLimit. */
export function cleanupHistory(api: ApiServer, ds: DaemonSet, old: readonly ControllerRevision[], pods: readonly Pod[]): void {
  let toKill = old.length - (ds.spec.revisionHistoryLimit ?? 10);
  if (toKill <= 0) return;
  const liveHashes = new Set(pods.map((p) => p.metadata.labels?.[REVISION_HASH_LABEL]).filter((h): h is string => !!h));
  for (const history of [...old].sort(byRevision)) {
    if (toKill <= 0) break;
    if (liveHashes.has(history.metadata.labels?.[REVISION_HASH_LABEL] ?? '')) continue;
    api.delete(REVISIONS, history.metadata.namespace, history.metadata.name);
    toKill--;
  }
}
