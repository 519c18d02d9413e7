// The ReplicaSet controller: keeps as many pods as `spec.replicas` (creating them from the
// template with a generated name, deleting the least useful ones first), reports their counts in
// the status, and records SuccessfulCreate / SuccessfulDelete events.
import { typeForKind } from '../api/resources.js';
import { fromLabelSelector, labelsMatch } from '../api/selectors.js';
import { StatusError } from '../api/status-error.js';
import { rfc3339 } from '../api/time.js';
import type { Pod, ReplicaSet } from '../api/types.js';
import type { ClusterParts } from '../cluster/cluster-parts.js';
import { createWorkQueue } from './work-queue.js';

const PODS = typeForKind('Pod', 'v1')!;
const REPLICASETS = typeForKind('ReplicaSet', 'apps/v1')!;

function isReady(p: Pod): boolean {
  return p.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
}

/** Pods a ReplicaSet owns and that are not going away. */
export function ownedPods(parts: ClusterParts, rs: ReplicaSet): Pod[] {
  const sel = fromLabelSelector(rs.spec.selector);
  const uid = rs.metadata.uid;
  // The owner check first: it is cheap and rules out most pods in a busy namespace.
  return parts.api
    .viewList<Pod>(PODS, rs.metadata.namespace)
    .filter((p) => p.metadata.ownerReferences?.some((o) => o.uid === uid) === true && labelsMatch(p.metadata.labels, sel));
}

/** Which pods to delete first when scaling down (controller.ActivePods ordering, simplified). */
function deletionRank(p: Pod): number[] {
  return [p.spec.nodeName ? 1 : 0, p.status.phase === 'Running' ? 1 : 0, isReady(p) ? 1 : 0, -Date.parse(p.metadata.creationTimestamp ?? '')];
}

/** What a failed pod creation left: the error, for the ReplicaFailure condition. */
type CreateFailure = { message: string } | undefined;

function reconcile(parts: ClusterParts, ns: string, name: string, failures: Map<string, number>, retry: (ms: number) => void): void {
  const { api, recorder } = parts;
  const rs = api.view<ReplicaSet>(REPLICASETS, ns, name);
  if (!rs || rs.metadata.deletionTimestamp) return;
  const ref = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name, namespace: ns, uid: rs.metadata.uid ?? '', resourceVersion: rs.metadata.resourceVersion ?? '' };
  const source = { component: 'replicaset-controller' };
  const owned = ownedPods(parts, rs);
  const pods = owned.filter((p) => !p.metadata.deletionTimestamp && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed');
  const want = rs.spec.replicas ?? 1;
  let failure: CreateFailure;
  if (pods.length < want) {
    const template = rs.spec.template;
    for (let i = pods.length; i < want; i++) {
      const pod: Pod = {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: '',
          generateName: `${name}-`,
          namespace: ns,
          labels: { ...(template.metadata?.labels ?? {}) },
          ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
          ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'ReplicaSet', name, uid: rs.metadata.uid ?? '' }],
        },
        spec: structuredClone(template.spec),
        status: {},
      };
      let created: Pod;
      try {
        created = api.create(PODS, ns, pod, { trusted: true });
      } catch (e) {
        if (!(e instanceof StatusError)) throw e;
        // controller_utils.go createPods: the event, then the sync fails and the key is retried with back-off.
        recorder.record(ref, 'Warning', 'FailedCreate', `Error creating: ${e.message}`, source);
        failure = { message: `unable to create pods: ${e.message}` };
        break;
      }
      recorder.record(ref, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`, source);
    }
  } else if (pods.length > want) {
    const victims = [...pods].sort((a, b) => {
      const ra = deletionRank(a);
      const rb = deletionRank(b);
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
      return 0;
    });
    for (const p of victims.slice(0, pods.length - want)) {
      api.delete(PODS, ns, p.metadata.name);
      recorder.record(ref, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, source);
    }
  }
  // Pods created or deleted just now count at once (a cheap re-list only when something changed).
  const current = (pods.length === want ? owned : ownedPods(parts, rs)).filter((p) => !p.metadata.deletionTimestamp);
  const ready = current.filter(isReady).length;
  // Counts that are zero are left out, as the API's omitempty does.
  const status: ReplicaSet['status'] = {
    ...(ready > 0 ? { availableReplicas: ready } : {}),
    ...(current.length > 0 ? { fullyLabeledReplicas: current.length } : {}),
    observedGeneration: rs.metadata.generation ?? 1,
    ...(ready > 0 ? { readyReplicas: ready } : {}),
    replicas: current.length,
  };
  const fresh = api.view<ReplicaSet>(REPLICASETS, ns, name);
  const conditions = replicaFailure(fresh?.status.conditions, failure, rfc3339(parts.loop.now()));
  if (conditions) status.conditions = conditions;
  if (fresh) api.updateStatus(REPLICASETS, { ...fresh, status });
  const key = `${ns}/${name}`;
  if (failure) {
    // The controllers' rate limiter: 5 ms doubling per failure, up to 1000 s.
    const n = failures.get(key) ?? 0;
    failures.set(key, n + 1);
    retry(Math.min(1_000_000, 5 * 2 ** n));
  } else failures.delete(key);
}

/** The ReplicaFailure condition (replica_set_utils.go): set while creations fail, removed once they succeed. */
function replicaFailure(before: ReplicaSet['status']['conditions'], failure: CreateFailure, now: string): ReplicaSet['status']['conditions'] {
  const others = (before ?? []).filter((c) => c.type !== 'ReplicaFailure');
  if (!failure) return others.length > 0 ? others : undefined;
  const prev = before?.find((c) => c.type === 'ReplicaFailure');
  const since = prev?.status === 'True' ? prev.lastTransitionTime : now;
  return [...others, { lastTransitionTime: since, message: failure.message, reason: 'FailedCreate', status: 'True', type: 'ReplicaFailure' }];
}

/** Watches ReplicaSets and their pods; reconciles each a moment after a change. */
export function startReplicaSetController(parts: ClusterParts): void {
  const { api } = parts;
  const failures = new Map<string, number>();
  const enqueue = createWorkQueue(parts, 'replicaset-controller', [5, 30], (ns, name) =>
    reconcile(parts, ns, name, failures, (ms) => parts.loop.after(ms, `replicaset retry ${ns}/${name}`, () => enqueue(ns, name))),
  );
  api.store.watch('replicasets.apps', (e) => {
    if (e.type !== 'DELETED') enqueue(e.object.metadata.namespace ?? 'default', e.object.metadata.name);
  });
  api.store.watch('pods', (e) => {
    for (const o of e.object.metadata.ownerReferences ?? []) {
      if (o.kind === 'ReplicaSet' && o.controller) enqueue(e.object.metadata.namespace ?? 'default', o.name);
    }
  });
}
