// `kubectl scale` and `kubectl rollout status`: the two commands a Deployment lesson needs most.
import { resolveResourceType } from '../../api/resources.js';
import type { Deployment, KubeObject } from '../../api/types.js';
import { parseDuration } from '../../cluster/config.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, usageError } from '../errors.js';
import { flagInt, flagString, type FlagSpec } from '../flags.js';
import { formatName } from '../print/print-name.js';

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

function target(k: Kubectl, args: string[], verb: string): { type: NonNullable<ReturnType<typeof resolveResourceType>>; name: string } {
  let [typeText, name] = args;
  if (typeText?.includes('/')) [typeText, name] = typeText.split('/') as [string, string];
  if (!typeText || !name) throw usageError(verb, 'required resource not specified');
  const type = resolveResourceType(typeText);
  if (!type) throw plainError(`the server doesn't have a resource type "${typeText}"`);
  return { type, name };
}

// eslint-disable-next-line require-yield
export function* scale(k: Kubectl): VerbResult {
  if (!k.flags.values.has('replicas')) throw usageError('scale', 'required flag(s) "replicas" not set');
  const { type, name } = target(k, k.flags.args, 'scale');
  if (type.kind !== 'Deployment' && type.kind !== 'ReplicaSet') throw plainError(`cannot scale a ${type.kind}`);
  try {
    const obj = k.cluster.api.get(type, k.namespace, name) as KubeObject & { spec: { replicas?: number } };
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

export function* rollout(k: Kubectl): VerbResult {
  const [sub, ...rest] = k.flags.args;
  if (sub !== 'status') throw plainError(`kubectl rollout ${sub ?? ''} is not supported by the simulator (rollout status is)`);
  const { type, name } = target(k, rest, 'rollout status');
  if (type.kind !== 'Deployment') throw plainError(`no status viewer has been implemented for ${type.kind}`);
  const api = k.cluster.api;
  const timeoutText = flagString(k.flags, 'timeout');
  const timeout = timeoutText ? parseDuration(timeoutText) : undefined;
  const deadline = timeout && timeout > 0 ? k.cluster.now() + timeout : Number.POSITIVE_INFINITY;
  let last = '';
  for (;;) {
    const d = api.find<Deployment>(type, k.namespace, name);
    if (!d) {
      k.err(formatErrors([{ error: (() => { try { api.get(type, k.namespace, name); } catch (e) { return e; } return undefined; })() }]));
      return 1;
    }
    const status = deploymentRolloutStatus(d);
    if (status.text !== last) k.out(status.text);
    last = status.text;
    if (status.done) return 0;
    if (k.cluster.now() >= deadline) {
      k.err('error: timed out waiting for the condition\n');
      return 1;
    }
    const rv = d.metadata.resourceVersion;
    yield { kind: 'wait', ready: () => api.view(type, k.namespace, name)?.metadata.resourceVersion !== rv, deadline };
  }
}
