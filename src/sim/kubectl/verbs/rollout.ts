// `kubectl scale` and `kubectl rollout`: status (rollout_status.go, DeploymentStatusViewer) and
// history here; pause, resume, restart and undo in rollout-change.ts.
import { notFound } from '../../api/status-error.js';
import type { DaemonSet, Deployment, KubeObject } from '../../api/types.js';
import { parseDuration } from '../../core/time/parse-duration.js';
import type { Effect } from '../../shell/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, usageError } from '../errors.js';
import { flagBool, flagInt, flagString, type FlagSpec } from '../flags.js';
import { formatName } from '../../printers/print-name.js';
import { rolloutChange, rolloutUndo } from './rollout-change.js';
import { deploymentReplicaSets, viewHistory } from './rollout-history.js';
import { viewRevisionHistory } from './rollout-revisions.js';
import { rolloutTargets, target, type Target } from './rollout-targets.js';
import { daemonSetRolloutStatus } from './rollout-status-daemonset.js';
import type { StatefulSet } from '../../api/statefulset-types.js';
import { statefulSetRolloutStatus } from './statefulset-rollout-status.js';

export const SCALE_FLAGS: FlagSpec[] = [
  { name: 'replicas', type: 'int' },
  { name: 'current-replicas', type: 'int' },
  { name: 'timeout', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'all', type: 'bool' },
];

export const ROLLOUT_FLAGS: FlagSpec[] = [
  { name: 'timeout', type: 'string' },
  { name: 'watch', short: 'w', type: 'bool' },
  { name: 'revision', type: 'int' },
  { name: 'to-revision', type: 'int' },
];

// eslint-disable-next-line require-yield
export function* scale(k: Kubectl): VerbResult {
  // cobra's required-flag check: a plain error, without the usage hint.
  if (!k.flags.values.has('replicas')) throw plainError('required flag(s) "replicas" not set');
  // ScaleOptions.Validate (scale.go), before anything is looked up.
  if (flagInt(k.flags, 'replicas', 0) < 0) throw plainError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  if (flagInt(k.flags, 'current-replicas', -1) < -1) throw plainError('The --current-replicas must specify an integer of -1 or greater');
  const { type, name } = target(k.flags.args, 'scale');
  try {
    const found = k.cluster.api.find(type, k.namespace, name);
    if (!found) {
      // scale.go visits the builder's infos, keeps none, and names the builder's error after its own words.
      const missing = notFound(type.resource, type.group, name);
      throw plainError(`no objects passed to scale ${missing.status.message}`);
    }
    if (type.kind !== 'Deployment' && type.kind !== 'ReplicaSet' && type.kind !== 'StatefulSet') throw plainError(`cannot scale a ${type.kind}`);
    const obj = structuredClone(found) as KubeObject & { spec: { replicas?: number } };
    const current = flagInt(k.flags, 'current-replicas', -1);
    if (current >= 0 && (obj.spec.replicas ?? 1) !== current) throw plainError(`Expected replicas to be ${current}, was ${obj.spec.replicas ?? 1}`);
    obj.spec.replicas = flagInt(k.flags, 'replicas', 1);
    k.cluster.api.update(type, k.namespace, obj);
  } catch (e) {
    k.err(formatErrors([{ error: e }]));
    return 1;
  }
  k.out(`${formatName(type.kind, type.group || undefined, name)} scaled\n`);
  return 0;
}

/** DeploymentStatusViewer.Status: the line kubectl prints for the rollout's state, and whether it is done. */
export function deploymentRolloutStatus(d: Deployment): { text: string; done: boolean } {
  const name = d.metadata.name;
  const s = d.status;
  if ((d.metadata.generation ?? 1) <= (s.observedGeneration ?? 0)) {
    const progressing = s.conditions?.find((c) => c.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded') throw plainError(`deployment "${name}" exceeded its progress deadline`);
    const want = d.spec.replicas ?? 1;
    if ((s.updatedReplicas ?? 0) < want) return { text: `Waiting for deployment "${name}" rollout to finish: ${s.updatedReplicas ?? 0} out of ${want} new replicas have been updated...\n`, done: false };
    if ((s.replicas ?? 0) > (s.updatedReplicas ?? 0)) return { text: `Waiting for deployment "${name}" rollout to finish: ${(s.replicas ?? 0) - (s.updatedReplicas ?? 0)} old replicas are pending termination...\n`, done: false };
    if ((s.availableReplicas ?? 0) < (s.updatedReplicas ?? 0)) return { text: `Waiting for deployment "${name}" rollout to finish: ${s.availableReplicas ?? 0} of ${s.updatedReplicas ?? 0} updated replicas are available...\n`, done: false };
    return { text: `deployment "${name}" successfully rolled out\n`, done: true };
  }
  return { text: 'Waiting for deployment spec update to be observed...\n', done: false };
}

/** StatusViewerFor: the kinds `rollout status` knows. */
const STATUS_VIEWERS: Record<string, (obj: KubeObject) => { text: string; done: boolean }> = {
  Deployment: (o) => deploymentRolloutStatus(o as Deployment),
  DaemonSet: (o) => daemonSetRolloutStatus(o as DaemonSet),
  StatefulSet: (o) => statefulSetRolloutStatus(o as unknown as StatefulSet),
};

const ROLLOUT_SUBCOMMANDS = ['history', 'pause', 'restart', 'resume', 'status', 'undo'];

export function* rollout(k: Kubectl): VerbResult {
  const [sub, ...rest] = k.flags.args;
  if (!ROLLOUT_SUBCOMMANDS.includes(sub ?? '')) throw usageError('rollout', `unknown command "${k.flags.args.join(' ')}"`);
  if (sub === 'history') return rolloutHistory(k, rest);
  if (sub === 'undo') return rolloutUndo(k, rest);
  if (sub === 'pause' || sub === 'resume' || sub === 'restart') return rolloutChange(k, sub, rest);
  const found = rolloutTargets(k, rest, 'rollout status');
  if (found.length === 0) {
    k.err(`No resources found in ${k.namespace} namespace.\n`);
    return 0;
  }
  // A type alone: each of its objects is watched in turn, under one deadline.
  const timeoutText = flagString(k.flags, 'timeout');
  const timeout = timeoutText ? parseDuration(timeoutText) : undefined;
  const deadline = timeout && timeout > 0 ? k.cluster.now() + timeout : Number.POSITIVE_INFINITY;
  // The builder gets each object first (a missing one is NotFound whatever its kind), then StatusViewerFor.
  for (const { type, name } of found) k.cluster.api.get(type, type.namespaced ? k.namespace : undefined, name);
  for (const { type, name } of found) {
    if (!STATUS_VIEWERS[type.kind]) throw plainError(`no status viewer has been implemented for ${type.kind}`);
    yield* watchRollout(k, type, name, deadline);
  }
  return 0;
}

/**
 * One Deployment's rollout, as UntilWithSync shows it: the status once for the listed object, then
 * again for every event of the watch (the same line as often as the Deployment changes without its
 * rollout moving), until it is done.
 */
function* watchRollout(k: Kubectl, type: Target['type'], name: string, deadline: number): Generator<Effect, void, void> {
  const api = k.cluster.api;
  const d = api.get<Deployment>(type, k.namespace, name);
  const events: Array<{ type: string; object: Deployment }> = [{ type: 'ADDED', object: d }];
  const handle = api.watch(type, k.namespace, { fieldSelector: `metadata.name=${name}` }, (e) => events.push(e as { type: string; object: Deployment }));
  try {
    for (;;) {
      while (events.length > 0) {
        const e = events.shift()!;
        if (e.type === 'DELETED') throw plainError('object has been deleted');
        const status = STATUS_VIEWERS[type.kind]!(e.object);
        k.out(status.text);
        if (status.done || !flagBool(k.flags, 'watch', true)) return;
      }
      if (k.cluster.now() >= deadline) throw plainError('timed out waiting for the condition');
      yield { kind: 'wait', ready: () => events.length > 0, deadline };
    }
  } finally {
    handle.stop();
  }
}

/**
 * `rollout history [--revision=N]` (rollout_history.go): the name printer's line with the history
 * as its operation: the revisions and change-causes, or one revision's pod template.
 */
function rolloutHistory(k: Kubectl, args: string[]): number {
  const revision = flagInt(k.flags, 'revision', 0);
  if (revision < 0) throw plainError(`revision must be a positive integer: ${revision}`);
  for (const { type, name } of rolloutTargets(k, args, 'rollout history')) {
    const revisioned = type.kind === 'DaemonSet' || type.kind === 'StatefulSet';
    if (type.kind !== 'Deployment' && !revisioned) throw plainError(`no history viewer has been implemented for ${type.kind}`);
    const obj = k.cluster.api.get(type, k.namespace, name);
    let history: string;
    try {
      history = revisioned ? viewRevisionHistory(k.cluster.api, type, k.namespace, name, revision) : viewHistory(deploymentReplicaSets(k.cluster.api, obj as Deployment), revision);
    } catch (e) {
      throw plainError(e instanceof Error ? e.message : String(e));
    }
    const withRevision = revision > 0 ? `with revision #${revision}` : '';
    k.out(`${formatName(type.kind, type.group || undefined, name)} ${withRevision}\n${history}\n`);
  }
  return 0;
}
