// `kubectl rollout pause|resume|restart|undo`: each changes the Deployment (its spec.paused, a
// restartedAt annotation on the pod template, or an old revision's template), or the DaemonSet or
// StatefulSet (restart, and undo from its ControllerRevisions, rollout-revisions.ts), and prints the name
// printer's line. Ported from staging/src/k8s.io/kubectl/pkg/cmd/rollout (rollout_pause.go,
// rollout_resume.go, rollout_restart.go, rollout_undo.go) and pkg/polymorphichelpers
// (objectpauser.go, objectresumer.go, objectrestarter.go, rollback.go).
import { applyPatch } from '../../api/patch/apply-patch.js';
import { rfc3339 } from '../../api/time.js';
import type { Deployment, KubeObject } from '../../api/types.js';
import type { Kubectl } from '../context.js';
import { formatErrors, plainError, type SourcedError } from '../errors.js';
import { flagInt } from '../flags.js';
import { formatName } from '../../printers/print-name.js';
import { deploymentReplicaSets, deploymentRevision } from './rollout-history.js';
import { rollbackToRevision } from './rollout-revisions.js';
import { equalIgnoreHash } from '../../controllers/deployment/template-hash.js';
import { resourceString, rolloutTargets, type Target } from './rollout-targets.js';

/** rollback.go annotationsToSkip: the Deployment keeps its own values of these. */
const ANNOTATIONS_TO_SKIP = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

type Change = 'pause' | 'resume' | 'restart';

/** What each subcommand calls its change when the kind has none (the helpers' default case). */
const UNSUPPORTED: Record<Change, string> = { pause: 'pausing is not supported', resume: 'resuming is not supported', restart: 'restarting is not supported' };
const DONE: Record<Change, string> = { pause: 'paused', resume: 'resumed', restart: 'restarted' };

/** The ObjectPauser / ObjectResumer / ObjectRestarter change to a Deployment, or the helper's error. */
function changeDeployment(change: Change, d: Deployment, now: number): string | undefined {
  if (change === 'pause') {
    if (d.spec.paused) return 'is already paused';
    d.spec.paused = true;
  } else if (change === 'resume') {
    if (!d.spec.paused) return 'is not paused';
    delete d.spec.paused;
  } else {
    if (d.spec.paused) return "can't restart paused deployment (run rollout resume first)";
    const meta = (d.spec.template.metadata ??= {});
    meta.annotations = { ...(meta.annotations ?? {}), 'kubectl.kubernetes.io/restartedAt': rfc3339(now) };
  }
  return undefined;
}

/** ObjectRestarter for a DaemonSet or StatefulSet: the restartedAt annotation on the pod template. */
function restartTemplate(obj: { spec: Deployment['spec'] }, now: number): undefined {
  const meta = (obj.spec.template.metadata ??= {});
  meta.annotations = { ...(meta.annotations ?? {}), 'kubectl.kubernetes.io/restartedAt': rfc3339(now) };
  return undefined;
}

/** `rollout pause|resume|restart`: every target changed and named; the errors together at the end. */
export function rolloutChange(k: Kubectl, change: Change, args: string[]): number {
  const api = k.cluster.api;
  const errors: SourcedError[] = [];
  for (const t of rolloutTargets(k, args, `rollout ${change}`)) {
    let current: KubeObject;
    try {
      current = api.get(t.type, k.namespace, t.name);
    } catch (e) {
      errors.push({ error: e });
      continue;
    }
    const next = structuredClone(current) as Deployment;
    const problem =
      t.type.kind === 'Deployment'
        ? changeDeployment(change, next, k.cluster.now())
        : (t.type.kind === 'DaemonSet' || t.type.kind === 'StatefulSet') && change === 'restart'
          ? restartTemplate(next, k.cluster.now())
          : UNSUPPORTED[change];
    if (problem) {
      errors.push({ error: new Error(`error: ${resourceString(t.type)} "${t.name}" ${problem}`) });
      continue;
    }
    const heading = formatName(t.type.kind, t.type.group || undefined, t.name);
    try {
      const written = api.update(t.type, k.namespace, next);
      // The patch came to nothing: for restart, the same restartedAt second as before.
      if (written.metadata.resourceVersion === current.metadata.resourceVersion) {
        if (change === 'restart') {
          errors.push({ error: new Error(`failed to create patch for ${t.name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`) });
          continue;
        }
        k.out(`${heading} already ${DONE[change]}\n`);
        continue;
      }
    } catch (e) {
      errors.push({ error: e });
      continue;
    }
    k.out(`${heading} ${DONE[change]}\n`);
  }
  if (errors.length === 0) return 0;
  k.err(formatErrors(errors));
  return 1;
}

/** One target's rollback (DeploymentRollbacker.Rollback): the name printer's operation, or an error. */
function rollback(k: Kubectl, t: Target, toRevision: number): string {
  if (t.type.kind === 'DaemonSet' || t.type.kind === 'StatefulSet') {
    k.cluster.api.get(t.type, k.namespace, t.name);
    return rollbackToRevision(k.cluster.api, t.type, k.namespace, t.name, toRevision);
  }
  if (t.type.kind !== 'Deployment') {
    throw new Error(`no rollbacker has been implemented for "${t.type.group ? `${t.type.kind}.${t.type.group}` : t.type.kind}"`);
  }
  if (toRevision < 0) throw new Error(`unable to find specified revision ${toRevision} in history`);
  const api = k.cluster.api;
  const d = api.get<Deployment>(t.type, k.namespace, t.name);
  const rs = structuredClone(deploymentRevision(d, deploymentReplicaSets(api, d), toRevision));
  if (d.spec.paused) throw new Error("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again");
  if (equalIgnoreHash(rs.spec.template, d.spec.template)) return `skipped rollback (current template already matches revision ${toRevision})`;
  if (rs.spec.template.metadata?.labels) delete rs.spec.template.metadata.labels['pod-template-hash'];
  const annotations: Record<string, string> = {};
  for (const key of ANNOTATIONS_TO_SKIP) {
    const v = d.metadata.annotations?.[key];
    if (v !== undefined) annotations[key] = v;
  }
  for (const [key, v] of Object.entries(rs.metadata.annotations ?? {})) if (!ANNOTATIONS_TO_SKIP.has(key)) annotations[key] = v;
  // getDeploymentPatch: a JSON patch that replaces the template and the annotations.
  const patch = [
    { op: 'replace', path: '/spec/template', value: rs.spec.template },
    { op: 'replace', path: '/metadata/annotations', value: annotations },
  ];
  const next = applyPatch('json', structuredClone(d), patch, t.type);
  try {
    api.update(t.type, k.namespace, next);
  } catch (e) {
    throw new Error(`failed restoring revision ${toRevision}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return 'rolled back';
}

/** `rollout undo [--to-revision=N]`. */
export function rolloutUndo(k: Kubectl, args: string[]): number {
  const toRevision = flagInt(k.flags, 'to-revision', 0);
  const errors: SourcedError[] = [];
  for (const t of rolloutTargets(k, args, 'rollout undo')) {
    try {
      const operation = rollback(k, t, toRevision);
      k.out(`${formatName(t.type.kind, t.type.group || undefined, t.name)} ${operation}\n`);
    } catch (e) {
      if (e instanceof Error && e.name === 'KubectlExit') throw e;
      errors.push({ error: e });
    }
  }
  if (errors.length === 0) return 0;
  k.err(formatErrors(errors));
  return 1;
}
