// `kubectl scale`, `kubectl rollout status` and `rollout history`: what a Deployment lesson needs most.
import { notModelled } from '../not-modelled.js';
import { resolveResourceType, typeForKind } from '../../api/resources.js';
import { notFound } from '../../api/status-error.js';
import type { Deployment, KubeObject, ReplicaSet } from '../../api/types.js';
import { parseDuration } from '../../cluster/parse-duration.js';
import type { Effect } from '../../shell/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, usageError } from '../errors.js';
import { flagBool, flagInt, flagString, type FlagSpec } from '../flags.js';
import { listObjects } from '../list-objects.js';
import { formatName } from '../print/print-name.js';
import { NO_RESOURCES } from '../resource-args.js';
import { tabwrite } from '../print/tabwriter.js';

const REPLICASETS = typeForKind('ReplicaSet', 'apps/v1')!;

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
];

/** The one object a command names (`TYPE NAME` or `TYPE/NAME`); `name` is empty when only a type was given. */
function target(k: Kubectl, args: string[], verb: string): { type: NonNullable<ReturnType<typeof resolveResourceType>>; name: string } {
  let [typeText, name] = args;
  if (typeText?.includes('/')) [typeText, name] = typeText.split('/') as [string, string];
  if (!typeText) throw plainError(verb === 'scale' ? NO_RESOURCES : 'required resource not specified');
  const type = resolveResourceType(typeText);
  if (!type) throw plainError(`the server doesn't have a resource type "${typeText}"`);
  if (!name && verb === 'scale') throw plainError('resource(s) were provided, but no name was specified');
  return { type, name: name ?? '' };
}

/** The Deployments `rollout status|history` work on: the one named, or every one of a type given alone. */
function rolloutTargets(k: Kubectl, args: string[], verb: string): Array<{ type: ReturnType<typeof target>['type']; name: string }> {
  const t = target(k, args, verb);
  if (t.name !== '') return [t];
  return listObjects(k.cluster.api, t.type, t.type.namespaced ? k.namespace : undefined).map((o) => ({ type: t.type, name: o.metadata.name }));
}

// eslint-disable-next-line require-yield
export function* scale(k: Kubectl): VerbResult {
  // cobra's required-flag check: a plain error, without the usage hint.
  if (!k.flags.values.has('replicas')) throw plainError('required flag(s) "replicas" not set');
  const { type, name } = target(k, k.flags.args, 'scale');
  try {
    const found = k.cluster.api.find(type, k.namespace, name);
    if (!found) {
      // scale.go visits the builder's infos, keeps none, and names the builder's error after its own words.
      const missing = notFound(type.resource, type.group, name);
      throw plainError(`no objects passed to scale ${missing.status.message}`);
    }
    if (type.kind !== 'Deployment' && type.kind !== 'ReplicaSet') throw plainError(`cannot scale a ${type.kind}`);
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
    const want = d.spec.replicas ?? 1;
    if ((s.updatedReplicas ?? 0) < want) return { text: `Waiting for deployment "${name}" rollout to finish: ${s.updatedReplicas ?? 0} out of ${want} new replicas have been updated...\n`, done: false };
    if ((s.replicas ?? 0) > (s.updatedReplicas ?? 0)) return { text: `Waiting for deployment "${name}" rollout to finish: ${(s.replicas ?? 0) - (s.updatedReplicas ?? 0)} old replicas are pending termination...\n`, done: false };
    if ((s.availableReplicas ?? 0) < (s.updatedReplicas ?? 0)) return { text: `Waiting for deployment "${name}" rollout to finish: ${s.availableReplicas ?? 0} of ${s.updatedReplicas ?? 0} updated replicas are available...\n`, done: false };
    return { text: `deployment "${name}" successfully rolled out\n`, done: true };
  }
  return { text: 'Waiting for deployment spec update to be observed...\n', done: false };
}

const ROLLOUT_SUBCOMMANDS = ['history', 'pause', 'restart', 'resume', 'status', 'undo'];

export function* rollout(k: Kubectl): VerbResult {
  const [sub, ...rest] = k.flags.args;
  if (!ROLLOUT_SUBCOMMANDS.includes(sub ?? '')) throw usageError('rollout', `unknown command "${k.flags.args.join(' ')}"`);
  if (sub === 'history') return rolloutHistory(k, rest);
  if (sub !== 'status') throw notModelled(`rollout ${sub ?? ''}`.trim(), 'rollout status and history are');
  const found = rolloutTargets(k, rest, 'rollout status');
  if (found.length === 0) {
    k.err(`No resources found in ${k.namespace} namespace.\n`);
    return 0;
  }
  // A type alone: each of its objects is watched in turn, under one deadline.
  const timeoutText = flagString(k.flags, 'timeout');
  const timeout = timeoutText ? parseDuration(timeoutText) : undefined;
  const deadline = timeout && timeout > 0 ? k.cluster.now() + timeout : Number.POSITIVE_INFINITY;
  for (const { type, name } of found) {
    if (type.kind !== 'Deployment') throw plainError(`no status viewer has been implemented for ${type.kind}`);
    yield* watchRollout(k, type, name, deadline);
  }
  return 0;
}

/**
 * One Deployment's rollout, as UntilWithSync shows it: the status once for the listed object, then
 * again for every event of the watch (the same line as often as the Deployment changes without its
 * rollout moving), until it is done.
 */
function* watchRollout(k: Kubectl, type: ReturnType<typeof target>['type'], name: string, deadline: number): Generator<Effect, void, void> {
  const api = k.cluster.api;
  const d = api.get<Deployment>(type, k.namespace, name);
  const events: Array<{ type: string; object: Deployment }> = [{ type: 'ADDED', object: d }];
  const handle = api.watch(type, k.namespace, { fieldSelector: `metadata.name=${name}` }, (e) => events.push(e as { type: string; object: Deployment }));
  try {
    for (;;) {
      while (events.length > 0) {
        const e = events.shift()!;
        if (e.type === 'DELETED') throw plainError('object has been deleted');
        const status = deploymentRolloutStatus(e.object);
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

/** `rollout history` (DeploymentHistoryViewer): each revision of each Deployment's ReplicaSets and its change-cause. */
function rolloutHistory(k: Kubectl, args: string[]): number {
  for (const { type, name } of rolloutTargets(k, args, 'rollout history')) {
    if (type.kind !== 'Deployment') throw plainError(`no history viewer has been implemented for ${type.kind}`);
    if (k.flags.values.has('revision')) throw notModelled('rollout history --revision');
    const d = k.cluster.api.get<Deployment>(type, k.namespace, name);
    const causes = new Map<number, string>();
    for (const rs of k.cluster.api.list<ReplicaSet>(REPLICASETS, k.namespace).items) {
      if (!(rs.metadata.ownerReferences ?? []).some((o) => o.uid === d.metadata.uid)) continue;
      const revision = Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
      causes.set(revision, rs.metadata.annotations?.['kubernetes.io/change-cause'] || '<none>');
    }
    const heading = formatName(type.kind, type.group || undefined, name);
    if (causes.size === 0) {
      k.out(`${heading} No rollout history found.\n`);
      continue;
    }
    const rows = [...causes.keys()].sort((a, b) => a - b).map((r) => `${r}\t${causes.get(r)}\n`);
    // The history is the name printer's "operation": after `NAME `, then its own newline.
    k.out(`${heading} \n${tabwrite(`REVISION\tCHANGE-CAUSE\n${rows.join('')}`, { minwidth: 0, tabwidth: 8, padding: 2 })}\n`);
  }
  return 0;
}
