// The Deployment controller, as kubernetes/kubernetes pkg/controller/deployment runs it
// (deployment_controller.go syncDeployment; sync.go; rolling.go; recreate.go; progress.go): one
// ReplicaSet per pod template, named by the template's hash; RollingUpdate within maxSurge and
// maxUnavailable, Recreate, proportional scaling of a rollout under way, paused Deployments,
// revisions and their history, revisionHistoryLimit, the Progressing condition and its deadline,
// and ScalingReplicaSet events. The decisions are in ./deployment/; this file reads the objects,
// makes the writes and records the events.
import { typeForKind } from '../api/resources.js';
import { PODS } from '../api/pods-type.js';
import { fromLabelSelector, labelsMatch } from '../api/selectors.js';
import { StatusError } from '../api/status-error.js';
import type { Deployment, Pod, ReplicaSet } from '../api/types.js';
import type { ClusterParts } from './cluster-parts.js';
import { cloneJson, jsonEqual } from '../store/json-data.js';
import { planScale } from './deployment/proportional-scale.js';
import {
  activeReplicaSets,
  actualReplicaCount,
  byCreation,
  byRevision,
  DESIRED_REPLICAS_ANNOTATION,
  maxRevision,
  maxSurge,
  newRSNewReplicas,
  REVISION_ANNOTATION,
  replicasOf,
  specReplicas,
} from './deployment/replica-arithmetic.js';
import { replicasAnnotationsNeedUpdate, setDeploymentRevision, setNewReplicaSetAnnotations, setReplicasAnnotations } from './deployment/revision-annotations.js';
import { reconcileNewReplicaSet, reconcileOldReplicaSets } from './deployment/rolling-plan.js';
import { calculateStatus, deploymentComplete, getCondition, hasProgressDeadline, newCondition, REASON, rolloutStatus, setCondition, stuckRequeueAfter } from './deployment/rollout-status.js';
import { equalIgnoreHash, podTemplateHash } from './deployment/template-hash.js';
import { createWorkQueue } from './work-queue.js';

export { podTemplateHash } from './deployment/template-hash.js';

const DEPLOYMENTS = typeForKind('Deployment', 'apps/v1')!;
const REPLICASETS = typeForKind('ReplicaSet', 'apps/v1')!;

type Requeue = (ms: number) => void;

/** One sync of one Deployment: `d` is this sync's own copy, changed as upstream changes its copy. */
class DeploymentSync {
  readonly #parts: ClusterParts;
  readonly #requeue: Requeue;
  readonly d: Deployment;
  /** The Deployment's ReplicaSets, each replaced by what a write returned. */
  rsList: ReplicaSet[];

  constructor(parts: ClusterParts, d: Deployment, rsList: ReplicaSet[], requeue: Requeue) {
    this.#parts = parts;
    this.d = d;
    this.rsList = rsList;
    this.#requeue = requeue;
  }

  get #now(): number {
    return this.#parts.loop.now();
  }

  #event(type: 'Normal' | 'Warning', reason: string, message: string): void {
    const m = this.d.metadata;
    const ref = { apiVersion: 'apps/v1', kind: 'Deployment', name: m.name, namespace: m.namespace ?? 'default', uid: m.uid ?? '', resourceVersion: m.resourceVersion ?? '' };
    this.#parts.recorder.record(ref, type, reason, message, { component: 'deployment-controller' });
  }

  #replace(rs: ReplicaSet): void {
    this.rsList = this.rsList.map((r) => (r.metadata.uid === rs.metadata.uid ? rs : r));
  }

  /** UpdateStatus with this sync's copy: the status subresource also takes the annotations (the revision). */
  #writeDeployment(): void {
    const api = this.#parts.api;
    const stored = api.view<Deployment>(DEPLOYMENTS, this.d.metadata.namespace, this.d.metadata.name);
    if (!stored) return;
    const next = { ...stored, metadata: { ...stored.metadata, annotations: this.d.metadata.annotations }, status: this.d.status };
    const written = api.put(DEPLOYMENTS, next);
    this.d.metadata.resourceVersion = written.metadata.resourceVersion;
  }

  /** scaleReplicaSet: the size and the replicas annotations in one update; the event when the size changed. */
  scaleReplicaSet(rs: ReplicaSet, to: number, operation: string): ReplicaSet {
    const d = this.d;
    const max = replicasOf(d) + maxSurge(d);
    const sizeChanges = specReplicas(rs) !== to;
    if (!sizeChanges && !replicasAnnotationsNeedUpdate(rs, replicasOf(d), max)) return rs;
    const api = this.#parts.api;
    const copy = api.get<ReplicaSet>(REPLICASETS, rs.metadata.namespace, rs.metadata.name);
    const from = specReplicas(copy);
    copy.spec.replicas = to;
    setReplicasAnnotations(copy, replicasOf(d), max);
    const updated = api.update(REPLICASETS, copy.metadata.namespace, copy, { trusted: true });
    this.#replace(updated);
    if (sizeChanges) this.#event('Normal', 'ScalingReplicaSet', `Scaled ${operation} replica set ${rs.metadata.name} to ${to} from ${from}`);
    return updated;
  }

  /** scaleReplicaSetAndRecordEvent: nothing when the size is right already. */
  scaleAndRecord(rs: ReplicaSet, to: number): { scaled: boolean; rs: ReplicaSet } {
    if (specReplicas(rs) === to) return { scaled: false, rs };
    const updated = this.scaleReplicaSet(rs, to, specReplicas(rs) < to ? 'up' : 'down');
    return { scaled: true, rs: updated };
  }

  /** allReplicaSets' answer when it changed no ReplicaSet, and the list it was for. */
  #settled: { list: ReplicaSet[]; result: { newRS: ReplicaSet | undefined; oldRSs: ReplicaSet[] } } | undefined;

  /** The last answer of #findNew and the list it was for (a sync asks twice: isScalingEvent, then the rollout). */
  #found: { list: ReplicaSet[]; rs: ReplicaSet | undefined } | undefined;

  /** FindNewReplicaSet: the oldest ReplicaSet whose template is the Deployment's. */
  #findNew(): ReplicaSet | undefined {
    // rsList is replaced, never changed in place, so the same list gives the same answer.
    if (this.#found?.list === this.rsList) return this.#found.rs;
    const rs = [...this.rsList].sort(byCreation).find((r) => equalIgnoreHash(r.spec.template, this.d.spec.template));
    this.#found = { list: this.rsList, rs };
    return rs;
  }

  /**
   * getAllReplicaSetsAndSyncRevision / getNewReplicaSet: the new ReplicaSet (its annotations and
   * revision brought up to date, or created if asked) and the old ones.
   */
  allReplicaSets(createIfNotExisted: boolean): { newRS: ReplicaSet | undefined; oldRSs: ReplicaSet[] } {
    // A sync asks twice (isScalingEvent, then the rollout). When the first found the new
    // ReplicaSet up to date and the list is as it left it, the second would find the same and
    // write nothing: the first one's writes made the Deployment's revision and condition current.
    if (this.#settled?.list === this.rsList) return this.#settled.result;
    const d = this.d;
    const existing = this.#findNew();
    const oldRSs = this.rsList.filter((rs) => rs.metadata.uid !== existing?.metadata.uid);
    const newRevision = maxRevision(oldRSs) + 1;
    if (existing) {
      // Only the annotations and spec.minReadySeconds may change: copies of those levels will do.
      const { annotations } = existing.metadata;
      const copy: ReplicaSet = { ...existing, metadata: { ...existing.metadata, ...(annotations ? { annotations: { ...annotations } } : {}) }, spec: { ...existing.spec } };
      const annotationsUpdated = setNewReplicaSetAnnotations(d, copy, newRevision, true);
      if (annotationsUpdated || (copy.spec.minReadySeconds ?? 0) !== (d.spec.minReadySeconds ?? 0)) {
        if (d.spec.minReadySeconds) copy.spec.minReadySeconds = d.spec.minReadySeconds;
        else delete copy.spec.minReadySeconds;
        const updated = this.#parts.api.update(REPLICASETS, copy.metadata.namespace, copy, { trusted: true });
        this.#replace(updated);
        return { newRS: updated, oldRSs };
      }
      let needsUpdate = setDeploymentRevision(d, copy.metadata.annotations?.[REVISION_ANNOTATION] ?? '');
      if (hasProgressDeadline(d) && !getCondition(d.status ?? {}, 'Progressing')) {
        d.status ??= {};
        setCondition(d.status, newCondition('Progressing', 'True', REASON.foundNewRS, `Found new replica set "${copy.metadata.name}"`, this.#now));
        needsUpdate = true;
      }
      if (needsUpdate) this.#writeDeployment();
      const result = { newRS: existing, oldRSs };
      this.#settled = { list: this.rsList, result };
      return result;
    }
    if (!createIfNotExisted) return { newRS: undefined, oldRSs };
    return { newRS: this.#createNew(oldRSs, newRevision), oldRSs };
  }

  #createNew(oldRSs: ReplicaSet[], newRevision: number): ReplicaSet | undefined {
    const d = this.d;
    const api = this.#parts.api;
    const ns = d.metadata.namespace ?? 'default';
    const collisionCount = (d.status as { collisionCount?: number } | undefined)?.collisionCount ?? 0;
    const hash = podTemplateHash(d.spec.template, collisionCount);
    const labels = { ...(d.spec.template.metadata?.labels ?? {}), 'pod-template-hash': hash };
    const newRS: ReplicaSet = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${d.metadata.name}-${hash}`,
        namespace: ns,
        labels,
        ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'Deployment', name: d.metadata.name, uid: d.metadata.uid ?? '' }],
      },
      spec: {
        replicas: 0,
        ...(d.spec.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}),
        selector: { matchLabels: { ...(d.spec.selector.matchLabels ?? {}), 'pod-template-hash': hash }, ...(d.spec.selector.matchExpressions ? { matchExpressions: d.spec.selector.matchExpressions } : {}) },
        template: { ...cloneJson(d.spec.template), metadata: { ...cloneJson(d.spec.template.metadata ?? {}), labels } },
      },
      status: { replicas: 0 },
    };
    const replicas = newRSNewReplicas(d, [...oldRSs, newRS], newRS);
    newRS.spec.replicas = replicas;
    setNewReplicaSetAnnotations(d, newRS, newRevision, false);
    let created: ReplicaSet;
    let alreadyExists = false;
    try {
      created = api.create(REPLICASETS, ns, newRS, { trusted: true });
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
      if (e.status.reason !== 'AlreadyExists') {
        const msg = `Failed to create new replica set "${newRS.metadata.name}": ${e.message}`;
        if (hasProgressDeadline(d)) {
          d.status ??= {};
          setCondition(d.status, newCondition('Progressing', 'False', 'ReplicaSetCreateError', msg, this.#now));
          this.#writeDeployment();
        }
        this.#event('Warning', 'ReplicaSetCreateError', msg);
        this.#requeue(0);
        return undefined;
      }
      // A ReplicaSet of that name: ours with this template, or a hash collision.
      const found = api.view<ReplicaSet>(REPLICASETS, ns, newRS.metadata.name)!;
      const mine = found.metadata.ownerReferences?.some((o) => o.controller && o.uid === d.metadata.uid) === true;
      if (!mine || !equalIgnoreHash(d.spec.template, found.spec.template)) {
        d.status ??= {};
        (d.status as { collisionCount?: number }).collisionCount = collisionCount + 1;
        this.#writeDeployment();
        this.#requeue(0);
        return undefined;
      }
      created = found;
      alreadyExists = true;
    }
    if (!alreadyExists) this.rsList = [...this.rsList, created];
    if (!alreadyExists && replicas > 0) this.#event('Normal', 'ScalingReplicaSet', `Scaled up replica set ${created.metadata.name} from 0 to ${replicas}`);
    let needsUpdate = setDeploymentRevision(d, String(newRevision));
    if (!alreadyExists && hasProgressDeadline(d)) {
      d.status ??= {};
      setCondition(d.status, newCondition('Progressing', 'True', REASON.newReplicaSet, `Created new replica set "${created.metadata.name}"`, this.#now));
      needsUpdate = true;
    }
    if (needsUpdate) this.#writeDeployment();
    return created;
  }

  /** syncDeploymentStatus: the counts and Available, written when they changed. */
  syncDeploymentStatus(allRSs: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined): void {
    const status = calculateStatus(allRSs, newRS, this.d, this.#now);
    if (jsonEqual(this.d.status, status)) return;
    this.d.status = status;
    this.#writeDeployment();
  }

  /** syncRolloutStatus: with the Progressing condition; a rollout not done is looked at again by its deadline. */
  syncRolloutStatus(allRSs: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined): void {
    const status = rolloutStatus(allRSs, newRS, this.d, this.#now);
    if (jsonEqual(this.d.status, status)) {
      const after = stuckRequeueAfter(this.d, status, this.#now);
      if (after !== undefined) this.#requeue(after === 0 ? 0 : after + 1000);
      return;
    }
    this.d.status = status;
    this.#writeDeployment();
  }

  /** cleanupDeployment: old ReplicaSets past revisionHistoryLimit, oldest revision first, if they have no pods. */
  cleanupDeployment(oldRSs: ReplicaSet[]): void {
    const limit = this.d.spec.revisionHistoryLimit;
    if (limit === undefined) return;
    const alive = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
    const diff = alive.length - limit;
    if (diff <= 0) return;
    for (const rs of [...alive].sort(byRevision).slice(0, diff)) {
      if ((rs.status?.replicas ?? 0) !== 0 || specReplicas(rs) !== 0 || (rs.metadata.generation ?? 1) > (rs.status?.observedGeneration ?? 0)) continue;
      try {
        this.#parts.api.delete(REPLICASETS, rs.metadata.namespace, rs.metadata.name);
      } catch (e) {
        if (!(e instanceof StatusError)) throw e;
      }
    }
  }

  /** checkPausedConditions: Progressing Unknown while paused, and again when resumed (never over a timeout). */
  checkPausedConditions(): void {
    const d = this.d;
    if (!hasProgressDeadline(d)) return;
    const cond = getCondition(d.status ?? {}, 'Progressing');
    if (cond?.reason === REASON.timedOut) return;
    const pausedCond = cond?.reason === REASON.paused;
    d.status ??= {};
    if (d.spec.paused && !pausedCond) setCondition(d.status, newCondition('Progressing', 'Unknown', REASON.paused, 'Deployment is paused', this.#now));
    else if (!d.spec.paused && pausedCond) setCondition(d.status, newCondition('Progressing', 'Unknown', REASON.resumed, 'Deployment is resumed', this.#now));
    else return;
    this.#writeDeployment();
  }

  /** isScalingEvent: an active ReplicaSet was sized for a different replica count. */
  isScalingEvent(): boolean {
    const { newRS, oldRSs } = this.allReplicaSets(false);
    return activeReplicaSets([...oldRSs, newRS]).some((rs) => {
      const text = rs.metadata.annotations?.[DESIRED_REPLICAS_ANNOTATION];
      return text !== undefined && /^-?\d+$/.test(text) && Number(text) !== replicasOf(this.d);
    });
  }

  /** sync: a resize (or a paused Deployment): proportional scaling, no rollout. */
  sync(): void {
    const { newRS, oldRSs } = this.allReplicaSets(false);
    for (const s of planScale(this.d, newRS, oldRSs)) {
      if (s.always) this.scaleReplicaSet(s.rs, s.to, s.operation ?? '');
      else this.scaleAndRecord(s.rs, s.to);
    }
    if (this.d.spec.paused) this.cleanupDeployment(oldRSs);
    this.syncDeploymentStatus([...oldRSs, newRS], newRS);
  }

  /** rolloutRolling. */
  rolloutRolling(): void {
    const { newRS, oldRSs } = this.allReplicaSets(true);
    if (!newRS) return;
    const allRSs = [...oldRSs, newRS];
    const up = reconcileNewReplicaSet(this.d, allRSs, newRS);
    if (up !== undefined && this.scaleAndRecord(newRS, up).scaled) return this.syncRolloutStatus(allRSs, newRS);
    let scaledDown = false;
    for (const s of reconcileOldReplicaSets(this.d, allRSs, activeReplicaSets(oldRSs), newRS)) {
      if (this.scaleAndRecord(s.rs, s.to).scaled) scaledDown = true;
    }
    if (scaledDown) return this.syncRolloutStatus(allRSs, newRS);
    if (deploymentComplete(this.d, this.d.status ?? {})) this.cleanupDeployment(oldRSs);
    this.syncRolloutStatus(allRSs, newRS);
  }

  /** oldPodsRunning: old ReplicaSets still have pods, or pods not yet finished belong to them. */
  #oldPodsRunning(newRS: ReplicaSet | undefined, oldRSs: ReplicaSet[]): boolean {
    if (actualReplicaCount(oldRSs) > 0) return true;
    const d = this.d;
    const uids = new Set(this.rsList.map((rs) => rs.metadata.uid));
    const selector = fromLabelSelector(d.spec.selector);
    return this.#parts.api.viewList<Pod>(PODS, d.metadata.namespace).some((p) => {
      const owner = p.metadata.ownerReferences?.find((o) => o.controller);
      if (!owner || !uids.has(owner.uid) || owner.uid === newRS?.metadata.uid) return false;
      if (!labelsMatch(p.metadata.labels, selector)) return false;
      return p.status.phase !== 'Failed' && p.status.phase !== 'Succeeded';
    });
  }

  /** rolloutRecreate: every old pod gone before the new ReplicaSet is created and scaled up. */
  rolloutRecreate(): void {
    let { newRS, oldRSs } = this.allReplicaSets(false);
    let allRSs: (ReplicaSet | undefined)[] = [...oldRSs, newRS];
    let scaledDown = false;
    for (const rs of activeReplicaSets(oldRSs)) if (this.scaleAndRecord(rs, 0).scaled) scaledDown = true;
    if (scaledDown) return this.syncRolloutStatus(allRSs, newRS);
    if (this.#oldPodsRunning(newRS, oldRSs)) return this.syncRolloutStatus(allRSs, newRS);
    if (!newRS) {
      ({ newRS, oldRSs } = this.allReplicaSets(true));
      if (!newRS) return;
      allRSs = [...oldRSs, newRS];
    }
    this.scaleAndRecord(newRS, replicasOf(this.d));
    if (deploymentComplete(this.d, this.d.status ?? {})) this.cleanupDeployment(oldRSs);
    this.syncRolloutStatus(allRSs, newRS);
  }
}

/** syncDeployment. */
function syncDeployment(parts: ClusterParts, ns: string, name: string, requeue: Requeue): void {
  const { api } = parts;
  const stored = api.view<Deployment>(DEPLOYMENTS, ns, name);
  if (!stored || stored.metadata.deletionTimestamp) return;
  // This sync's copy: a sync changes only the top levels of metadata (the annotations, the
  // resourceVersion) and of status (its conditions are replaced, never changed in place), so the
  // rest stays the stored, frozen parts. The template among them: EqualIgnoreHash remembers its
  // comparable form per object, so it is worked out once per template, not once per sync.
  const { annotations } = stored.metadata;
  const d: Deployment = {
    ...stored,
    metadata: { ...stored.metadata, ...(annotations ? { annotations: { ...annotations } } : {}) },
    spec: { ...stored.spec },
    status: { ...stored.status },
  };
  const rsList = api.viewList<ReplicaSet>(REPLICASETS, ns).filter((rs) => (rs.metadata.ownerReferences ?? []).some((o) => o.controller && o.uid === d.metadata.uid));
  const sync = new DeploymentSync(parts, d, rsList, requeue);
  sync.checkPausedConditions();
  if (d.spec.paused) return sync.sync();
  if (sync.isScalingEvent()) return sync.sync();
  if (d.spec.strategy?.type === 'Recreate') sync.rolloutRecreate();
  else sync.rolloutRolling();
}

/** Watches Deployments and their ReplicaSets and pods; reconciles each a moment after a change. */
export function startDeploymentController(parts: ClusterParts): void {
  const { api } = parts;
  const enqueue = createWorkQueue(parts, 'deployment-controller', [5, 30], (ns, name) =>
    syncDeployment(parts, ns, name, (ms) => parts.loop.after(ms, `deployment requeue ${ns}/${name}`, () => enqueue(ns, name))),
  );
  api.store.watch('deployments.apps', (e) => {
    if (e.type !== 'DELETED') enqueue(e.object.metadata.namespace ?? 'default', e.object.metadata.name);
  });
  api.store.watch('replicasets.apps', (e) => {
    for (const o of e.object.metadata.ownerReferences ?? []) if (o.kind === 'Deployment') enqueue(e.object.metadata.namespace ?? 'default', o.name);
  });
  // deletePod: the controller reads its ReplicaSets' status, not their pods; only a Recreate
  // rollout waits for the old pods to be gone, so a deleted pod wakes only a Recreate Deployment.
  api.store.watch('pods', (e) => {
    if (e.type !== 'DELETED') return;
    const rsOwner = (e.object.metadata.ownerReferences ?? []).find((o) => o.kind === 'ReplicaSet' && o.controller);
    if (!rsOwner) return;
    const ns = e.object.metadata.namespace ?? 'default';
    const rs = api.view<ReplicaSet>(REPLICASETS, ns, rsOwner.name);
    for (const o of rs?.metadata.ownerReferences ?? []) {
      if (o.kind !== 'Deployment') continue;
      if (api.view<Deployment>(DEPLOYMENTS, ns, o.name)?.spec.strategy?.type === 'Recreate') enqueue(ns, o.name);
    }
  });
}
