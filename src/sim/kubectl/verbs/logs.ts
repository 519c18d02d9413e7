// `kubectl logs`: picks the container as kubectl 1.32 does (`-c`, the default-container
// annotation, else the first, with a "Defaulted container" note), then asks the kubelet.
import { typeForKind } from '../../api/resources.js';
import { StatusError } from '../../api/status-error.js';
import type { Pod } from '../../api/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { standardMessage, usageError } from '../errors.js';
import { flagBool, flagDuration, flagInt, flagString, type FlagSpec } from '../flags.js';
import { podForObject } from './pod-for-object.js';

export const LOGS_FLAGS: FlagSpec[] = [
  { name: 'container', short: 'c', type: 'string' },
  { name: 'follow', short: 'f', type: 'bool' },
  { name: 'previous', short: 'p', type: 'bool' },
  { name: 'tail', type: 'int' },
  { name: 'timestamps', type: 'bool' },
  { name: 'since', type: 'duration' },
  { name: 'since-time', type: 'string' },
  { name: 'limit-bytes', type: 'int' },
  { name: 'all-containers', type: 'bool' },
  { name: 'prefix', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'ignore-errors', type: 'bool' },
  { name: 'pod-running-timeout', type: 'duration' },
  { name: 'max-log-requests', type: 'int' },
];

const PODS = typeForKind('Pod', 'v1')!;

/** app containers, then ephemeral, then init (podcmd.AllContainerNames). */
function allContainerNames(pod: Pod): string {
  return [
    ...pod.spec.containers.map((c) => c.name),
    ...(pod.spec.ephemeralContainers ?? []).map((c) => `${c.name} (ephem)`),
    ...(pod.spec.initContainers ?? []).map((c) => `${c.name} (init)`),
  ].join(', ');
}

/** Which container a pod command (logs, exec) means when `-c` is not given. */
export function defaultContainer(k: Kubectl, pod: Pod, given: string | undefined): string {
  if (given) return given;
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  if (annotated) {
    if ([...pod.spec.containers, ...(pod.spec.initContainers ?? [])].some((c) => c.name === annotated)) return annotated;
    k.err(`Default container name "${annotated}" not found in pod ${pod.metadata.name}\n`);
  }
  const first = pod.spec.containers[0]!.name;
  if (pod.spec.containers.length > 1 || (pod.spec.initContainers?.length ?? 0) > 0 || (pod.spec.ephemeralContainers?.length ?? 0) > 0) {
    k.err(`Defaulted container "${first}" out of: ${allContainerNames(pod)}\n`);
  }
  return first;
}

export function* logs(k: Kubectl): VerbResult {
  const [target, maybeContainer, ...extra] = k.flags.args;
  if (!target) throw usageError('logs', 'expected POD or TYPE/NAME is a required argument for the logs command');
  if (extra.length > 0) throw usageError('logs', 'expected POD or TYPE/NAME is a required argument for the logs command');
  const api = k.cluster.api;
  let pod: Pod;
  try {
    pod = yield* podForObject(k, target, 'logs');
  } catch (e) {
    if (e instanceof StatusError && e.status.reason === 'NotFound') {
      k.err(`error: error from server (NotFound): ${e.status.message} in namespace "${k.namespace}"\n`);
      return 1;
    }
    throw e;
  }
  const name = pod.metadata.name;
  const given = flagString(k.flags, 'container') ?? maybeContainer;
  const container = defaultContainer(k, pod, given);
  const all = [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])];
  if (!all.some((c) => c.name === container)) {
    k.err(`error: container ${container} is not valid for pod ${pod.metadata.name}\n`);
    return 1;
  }
  // A pod not yet bound to a node has no log location: the API server answers with an empty body.
  if (!pod.spec.nodeName) return 0;
  const kubelet = k.cluster.kubeletFor(k.namespace, name);
  if (!kubelet) {
    k.err(`Error from server (BadRequest): container "${container}" in pod "${name}" is waiting to start: ContainerCreating\n`);
    return 1;
  }
  const sinceMs = k.flags.values.has('since') ? flagDuration(k.flags, 'since', 0) : undefined;
  const query = {
    previous: flagBool(k.flags, 'previous'),
    timestamps: flagBool(k.flags, 'timestamps'),
    ...(k.flags.values.has('tail') && flagInt(k.flags, 'tail', -1) >= 0 ? { tailLines: flagInt(k.flags, 'tail', -1) } : {}),
    ...(sinceMs !== undefined ? { sinceMs: k.cluster.now() - sinceMs } : {}),
    ...(k.flags.values.has('limit-bytes') ? { limitBytes: flagInt(k.flags, 'limit-bytes', 0) } : {}),
  };
  let text: string;
  try {
    text = kubelet.logs(k.namespace, name, container, query);
  } catch (e) {
    if (e instanceof StatusError) {
      k.err(`${standardMessage(e)}\n`);
      return 1;
    }
    throw e;
  }
  k.out(text);
  if (!flagBool(k.flags, 'follow') || query.previous) return 0;
  // -f: keep printing new lines until the container stops.
  let printed = text.length;
  const current = () => {
    try {
      return kubelet.logs(k.namespace, name, container, { timestamps: query.timestamps });
    } catch {
      return undefined;
    }
  };
  const running = () => {
    const p = api.find<Pod>(PODS, k.namespace, name);
    const statuses = [...(p?.status.containerStatuses ?? []), ...(p?.status.initContainerStatuses ?? [])];
    return statuses.find((s) => s.name === container)?.state.running !== undefined;
  };
  const full = current() ?? '';
  printed = full.length - (text.length === full.length ? 0 : 0);
  for (;;) {
    yield { kind: 'wait', ready: () => (current() ?? '').length > printed || !running(), deadline: Number.POSITIVE_INFINITY };
    const now = current() ?? '';
    if (now.length > printed) {
      k.out(now.slice(printed));
      printed = now.length;
    }
    if (!running()) return 0;
  }
}
