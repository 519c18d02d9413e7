// The Deployment controller: one ReplicaSet per pod template (named by the template's hash),
// rolled out with the RollingUpdate strategy (maxSurge/maxUnavailable) or Recreate, the
// revision annotations, the status counts and conditions, and ScalingReplicaSet events.
import { typeForKind } from '../api/resources.js';
import { rfc3339 } from '../api/time.js';
import type { Deployment, ReplicaSet } from '../api/types.js';
import { NAME_ALPHABET } from '../cluster/random.js';
import type { ClusterParts } from '../cluster/cluster-parts.js';
import { createWorkQueue } from './work-queue.js';
import { ownedPods } from './replicaset.js';

const DEPLOYMENTS = typeForKind('Deployment', 'apps/v1')!;
const REPLICASETS = typeForKind('ReplicaSet', 'apps/v1')!;

/** FNV-32a, the hash controller.ComputeHash uses. */
function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * `pod-template-hash`: the hash's decimal digits, each mapped into apimachinery's safe alphabet.
 * The real controller hashes the typed template, so the order of keys in what a client sent (our
 * kubectl keeps the manifest's order, the real one sorts) must not change it.
 */
export function podTemplateHash(template: unknown, collisionCount = 0): string {
  const digits = String(fnv32a(`${JSON.stringify(sortKeys(template))}#${collisionCount}`));
  return [...digits].map((c) => NAME_ALPHABET[c.charCodeAt(0) % NAME_ALPHABET.length]).join('');
}

function withoutHash(t: unknown): unknown {
  const copy = structuredClone(t) as { metadata?: { labels?: Record<string, string>; creationTimestamp?: unknown } };
  if (copy.metadata?.labels) delete copy.metadata.labels['pod-template-hash'];
  if (copy.metadata) delete copy.metadata.creationTimestamp;
  return copy;
}

function equalIgnoreHash(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(withoutHash(a))) === JSON.stringify(sortKeys(withoutHash(b)));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}

function intOrPercent(v: number | string | undefined, total: number, roundUp: boolean, fallback: string): number {
  const value = v ?? fallback;
  if (typeof value === 'number') return value;
  const m = value.match(/^(\d+)%$/);
  if (!m) return Number(value) || 0;
  const raw = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(raw) : Math.floor(raw);
}

/** Annotations the controller keeps for itself rather than copying from a Deployment (skipCopyAnnotation). */
const NOT_COPIED = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

/** The Deployment's own annotations that its new ReplicaSet carries too (copyDeploymentAnnotationsToReplicaSet). */
function copiedAnnotations(d: Deployment): Record<string, string> {
  return Object.fromEntries(Object.entries(d.metadata.annotations ?? {}).filter(([key]) => !NOT_COPIED.has(key)));
}

function revisionOf(rs: ReplicaSet): number {
  return Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
}

// Like the real controller, the Deployment reads its ReplicaSets' statuses, not their pods.
const readyOf = (rs: ReplicaSet): number => rs.status?.readyReplicas ?? 0;
const availableOf = (rs: ReplicaSet): number => rs.status?.availableReplicas ?? 0;
const replicasOf = (rs: ReplicaSet): number => rs.status?.replicas ?? 0;

function reconcile(parts: ClusterParts, ns: string, name: string): void {
  const { api, recorder, loop } = parts;
  const d = api.view<Deployment>(DEPLOYMENTS, ns, name);
  if (!d || d.metadata.deletionTimestamp) return;
  const ref = { apiVersion: 'apps/v1', kind: 'Deployment', name, namespace: ns, uid: d.metadata.uid ?? '', resourceVersion: d.metadata.resourceVersion ?? '' };
  const source = { component: 'deployment-controller' };
  const replicas = d.spec.replicas ?? 1;
  const owned = api.viewList<ReplicaSet>(REPLICASETS, ns).filter((rs) => (rs.metadata.ownerReferences ?? []).some((o) => o.uid === d.metadata.uid));
  // The new ReplicaSet is the one whose template equals the Deployment's, ignoring the hash label
  // (deploymentutil.EqualIgnoreHash); a new template gets a new ReplicaSet named by its hash.
  let newRS = owned.find((rs) => equalIgnoreHash(rs.spec.template, d.spec.template));
  const hash = newRS?.metadata.labels?.['pod-template-hash'] ?? podTemplateHash(d.spec.template);
  const oldRSs = owned.filter((rs) => rs !== newRS);
  const maxRevision = Math.max(0, ...owned.map(revisionOf));
  const recreate = d.spec.strategy?.type === 'Recreate';
  const maxSurge = recreate ? 0 : intOrPercent(d.spec.strategy?.rollingUpdate?.maxSurge, replicas, true, '25%');
  const maxUnavailable = recreate ? replicas : Math.max(intOrPercent(d.spec.strategy?.rollingUpdate?.maxUnavailable, replicas, false, '25%'), maxSurge === 0 ? 1 : 0);
  const scale = (rs: ReplicaSet, to: number) => {
    const from = rs.spec.replicas ?? 0;
    if (from === to) return;
    const fresh = api.get<ReplicaSet>(REPLICASETS, ns, rs.metadata.name);
    fresh.spec.replicas = to;
    fresh.metadata.annotations = { ...(fresh.metadata.annotations ?? {}), 'deployment.kubernetes.io/desired-replicas': String(replicas), 'deployment.kubernetes.io/max-replicas': String(replicas + maxSurge) };
    api.update(REPLICASETS, ns, fresh, { trusted: true });
    recorder.record(ref, 'Normal', 'ScalingReplicaSet', `Scaled ${to > from ? 'up' : 'down'} replica set ${rs.metadata.name} to ${to} from ${from}`, source);
  };
  const oldTotal = oldRSs.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
  if (!newRS) {
    const rsName = `${name}-${hash}`;
    const labels = { ...(d.spec.template.metadata?.labels ?? {}), 'pod-template-hash': hash };
    const initial = recreate ? (oldTotal > 0 ? 0 : replicas) : Math.min(replicas, Math.max(0, replicas + maxSurge - oldTotal));
    newRS = api.create<ReplicaSet>(
      REPLICASETS,
      ns,
      {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: rsName,
          namespace: ns,
          labels,
          annotations: { ...copiedAnnotations(d), 'deployment.kubernetes.io/desired-replicas': String(replicas), 'deployment.kubernetes.io/max-replicas': String(replicas + maxSurge), 'deployment.kubernetes.io/revision': String(maxRevision + 1) },
          ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'Deployment', name, uid: d.metadata.uid ?? '' }],
        },
        spec: {
          replicas: 0,
          selector: { matchLabels: { ...(d.spec.selector.matchLabels ?? {}), 'pod-template-hash': hash }, ...(d.spec.selector.matchExpressions ? { matchExpressions: d.spec.selector.matchExpressions } : {}) },
          template: { metadata: { ...(d.spec.template.metadata ?? {}), labels }, spec: d.spec.template.spec },
        },
        status: { replicas: 0 },
      },
      { trusted: true },
    );
    if (initial > 0) scale(newRS, initial);
    const fresh = api.get<Deployment>(DEPLOYMENTS, ns, name);
    fresh.metadata.annotations = { ...(fresh.metadata.annotations ?? {}), 'deployment.kubernetes.io/revision': String(maxRevision + 1) };
    api.put(DEPLOYMENTS, fresh);
  } else {
    // SetNewReplicaSetAnnotations on every sync: annotations added to the Deployment reach its new ReplicaSet.
    const copied = copiedAnnotations(d);
    if (Object.entries(copied).some(([key, v]) => newRS!.metadata.annotations?.[key] !== v)) {
      const fresh = api.get<ReplicaSet>(REPLICASETS, ns, newRS.metadata.name);
      fresh.metadata.annotations = { ...(fresh.metadata.annotations ?? {}), ...copied };
      newRS = api.update(REPLICASETS, ns, fresh, { trusted: true });
    }
    const newAvailable = availableOf(newRS);
    const oldAvailable = oldRSs.reduce((n, rs) => n + availableOf(rs), 0);
    if (recreate) {
      if (oldTotal > 0) oldRSs.forEach((rs) => scale(rs, 0));
      else if (oldRSs.every((rs) => ownedPods(parts, rs).length === 0)) scale(newRS, replicas);
    } else {
      // Scale up the new ReplicaSet within maxSurge.
      const total = (newRS.spec.replicas ?? 0) + oldTotal;
      const upTo = Math.min(replicas, (newRS.spec.replicas ?? 0) + Math.max(0, replicas + maxSurge - total));
      if (upTo > (newRS.spec.replicas ?? 0)) scale(newRS, upTo);
      // Scale old ones down as far as availability allows.
      let canRemove = newAvailable + oldAvailable - (replicas - maxUnavailable);
      for (const rs of [...oldRSs].sort((a, b) => revisionOf(a) - revisionOf(b))) {
        const have = rs.spec.replicas ?? 0;
        if (have === 0 || canRemove <= 0) continue;
        const take = Math.min(have, canRemove);
        scale(rs, have - take);
        canRemove -= take;
      }
      // Replicas changed without a template change: scale the new one directly (from its count
      // as it is now: the surge step above may have scaled it already).
      const newNow = api.view<ReplicaSet>(REPLICASETS, ns, newRS.metadata.name) ?? newRS;
      if (oldRSs.every((rs) => (rs.spec.replicas ?? 0) === 0) && (newNow.spec.replicas ?? 0) !== replicas) scale(newNow, replicas);
    }
  }
  // Status.
  const all = api.viewList<ReplicaSet>(REPLICASETS, ns).filter((rs) => (rs.metadata.ownerReferences ?? []).some((o) => o.uid === d.metadata.uid));
  const current = all.find((rs) => rs.metadata.labels?.['pod-template-hash'] === hash);
  const counts = all.reduce((n, rs) => n + replicasOf(rs), 0);
  const updated = current ? replicasOf(current) : 0;
  const ready = all.reduce((n, rs) => n + readyOf(rs), 0);
  const availableNow = all.reduce((n, rs) => n + availableOf(rs), 0);
  const desiredNow = all.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
  const now = rfc3339(loop.now());
  const prev = api.view<Deployment>(DEPLOYMENTS, ns, name)!;
  const cond = (type: string, status: string, reason: string, message: string) => {
    const before = prev.status.conditions?.find((c) => c.type === type);
    const same = before && before.status === status && before.reason === reason;
    return { lastTransitionTime: before && before.status === status ? before.lastTransitionTime : now, lastUpdateTime: same ? before.lastUpdateTime : now, message, reason, status, type };
  };
  const available = availableNow >= replicas - maxUnavailable;
  const complete = current !== undefined && updated === replicas && ready >= replicas && counts === replicas;
  const conditions = [
    available ? cond('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.') : cond('Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.'),
    complete
      ? cond('Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${current!.metadata.name}" has successfully progressed.`)
      : cond('Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${current?.metadata.name ?? `${name}-${hash}`}" is progressing.`),
  ];
  // GetReplicaFailureCondition: a ReplicaSet that cannot create its pods makes the Deployment say so.
  const failed = all.map((rs) => rs.status.conditions?.find((c) => c.type === 'ReplicaFailure')).find((c) => c !== undefined);
  if (failed) conditions.push(cond('ReplicaFailure', failed.status, failed.reason, failed.message));
  const status: Deployment['status'] = {
    ...(availableNow > 0 ? { availableReplicas: availableNow } : {}),
    conditions,
    observedGeneration: prev.metadata.generation ?? 1,
    ...(ready > 0 ? { readyReplicas: ready } : {}),
    ...(counts > 0 ? { replicas: counts } : {}),
    // calculateStatus: the ReplicaSets' desired counts less the available ones, never negative.
    ...(desiredNow - availableNow > 0 ? { unavailableReplicas: desiredNow - availableNow } : {}),
    ...(updated > 0 ? { updatedReplicas: updated } : {}),
  };
  api.updateStatus(DEPLOYMENTS, { ...prev, status });
}

/** Watches Deployments and their ReplicaSets and pods; reconciles each a moment after a change. */
export function startDeploymentController(parts: ClusterParts): void {
  const { api } = parts;
  const enqueue = createWorkQueue(parts, 'deployment-controller', [5, 30], (ns, name) => reconcile(parts, ns, name));
  api.store.watch('deployments.apps', (e) => {
    if (e.type !== 'DELETED') enqueue(e.object.metadata.namespace ?? 'default', e.object.metadata.name);
  });
  api.store.watch('replicasets.apps', (e) => {
    for (const o of e.object.metadata.ownerReferences ?? []) if (o.kind === 'Deployment') enqueue(e.object.metadata.namespace ?? 'default', o.name);
  });
  api.store.watch('pods', (e) => {
    const rsOwner = (e.object.metadata.ownerReferences ?? []).find((o) => o.kind === 'ReplicaSet');
    if (!rsOwner) return;
    const rs = api.view<ReplicaSet>(REPLICASETS, e.object.metadata.namespace, rsOwner.name);
    for (const o of rs?.metadata.ownerReferences ?? []) if (o.kind === 'Deployment') enqueue(e.object.metadata.namespace ?? 'default', o.name);
  });
}
