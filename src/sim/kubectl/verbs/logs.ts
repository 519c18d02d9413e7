// `kubectl logs`: picks the pods (a name, TYPE/NAME or `-l`) and containers (`-c`, the
// default-container annotation, else the first, with a "Defaulted container" note; or
// `--all-containers`) as kubectl 1.32 does, then asks the kubelet for each log.
import { notModelled } from '../not-modelled.js';
import { PODS } from '../../api/pods-type.js';
import { StatusError } from '../../api/status-error.js';
import type { Pod } from '../../api/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { plainError, standardMessage, usageError } from '../errors.js';
import { flagBool, flagDuration, flagInt, flagString, type FlagSpec } from '../flags.js';
import { listObjects } from '../list-objects.js';
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

const USAGE = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command";

/** The containers one pod's logs come from: `-c` or the default, or all of them (init ones first). */
function containersOf(k: Kubectl, pod: Pod, given: string | undefined): string[] {
  if (!flagBool(k.flags, 'all-containers')) return [defaultContainer(k, pod, given)];
  return [...(pod.spec.initContainers ?? []), ...pod.spec.containers, ...(pod.spec.ephemeralContainers ?? [])].map((c) => c.name);
}

/** One container's log as the API server's log subresource answers it, or the error kubectl prints. */
function readLog(k: Kubectl, pod: Pod, container: string): { text: string } | { error: string } {
  const name = pod.metadata.name;
  const all = [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])];
  if (!all.some((c) => c.name === container)) return { error: `error: container ${container} is not valid for pod ${name}\n` };
  // A pod not yet bound to a node has no log location: the API server answers with an empty body.
  if (!pod.spec.nodeName) return { text: '' };
  const kubelet = k.cluster.kubeletFor(pod.metadata.namespace ?? k.namespace, name);
  if (!kubelet) return { error: `Error from server (BadRequest): container "${container}" in pod "${name}" is waiting to start: ContainerCreating\n` };
  const sinceTime = sinceTimeOf(k);
  const sinceMs = k.flags.values.has('since') ? flagDuration(k.flags, 'since', 0) : undefined;
  const query = {
    previous: flagBool(k.flags, 'previous'),
    timestamps: flagBool(k.flags, 'timestamps'),
    ...(k.flags.values.has('tail') && flagInt(k.flags, 'tail', -1) >= 0 ? { tailLines: flagInt(k.flags, 'tail', -1) } : {}),
    ...(sinceMs !== undefined ? { sinceMs: k.cluster.now() - sinceMs } : sinceTime !== undefined ? { sinceMs: sinceTime } : {}),
    ...(k.flags.values.has('limit-bytes') ? { limitBytes: flagInt(k.flags, 'limit-bytes', 0) } : {}),
  };
  try {
    return { text: kubelet.logs(pod.metadata.namespace ?? k.namespace, name, container, query) };
  } catch (e) {
    if (e instanceof StatusError) return { error: `${standardMessage(e)}\n` };
    throw e;
  }
}

/** `--prefix`: `[pod/NAME/CONTAINER] ` before every line. */
function prefixed(k: Kubectl, pod: Pod, container: string, text: string): string {
  if (!flagBool(k.flags, 'prefix') || text === '') return text;
  return text.replace(/^(?=.)|(?<=\n)(?=.)/gs, `[pod/${pod.metadata.name}/${container}] `);
}

/** `--since-time`: an RFC 3339 time, as virtual milliseconds (util.ParseRFC3339). */
function sinceTimeOf(k: Kubectl): number | undefined {
  const text = flagString(k.flags, 'since-time');
  if (text === undefined || text === '') return undefined;
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
  const ms = rfc3339.test(text) ? Date.parse(text) : NaN;
  // Go's time.Parse error texts ("cannot parse ... as ...") are not modelled.
  if (Number.isNaN(ms)) throw notModelled('logs --since-time', `"${text}" is not an RFC 3339 time, and Go's time.Parse errors are not modelled`);
  return ms;
}

export function* logs(k: Kubectl): VerbResult {
  // LogsOptions.Complete and Validate.
  const args = k.flags.args;
  const selector = flagString(k.flags, 'selector');
  if ((args.length === 0 && !selector) || args.length > 2) throw usageError('logs', USAGE);
  if (args.length === 1 && selector) throw usageError('logs', 'only a selector (-l) or a POD name is allowed');
  const [target, inline] = args;
  const flagContainer = flagString(k.flags, 'container');
  const given = flagContainer ?? inline;
  if (flagBool(k.flags, 'all-containers') && given) throw plainError(`--all-containers=true should not be specified with container name ${given}`);
  if (flagContainer !== undefined && inline !== undefined) throw plainError('only one of -c or an inline [CONTAINER] arg is allowed');
  // ToLogOptions, before the builder looks the object up.
  sinceTimeOf(k);
  const api = k.cluster.api;
  let pods: Pod[];
  if (target === undefined) {
    // Each pod is a request of its own; kubectl reads them from a Go map, in no fixed order.
    pods = listObjects(api, PODS, k.namespace, { labelSelector: selector }) as Pod[];
    if (pods.length === 0) k.err(`No resources found in ${k.namespace} namespace.\n`);
  } else {
    try {
      pods = [yield* podForObject(k, target, 'logs')];
    } catch (e) {
      if (e instanceof StatusError && e.status.reason === 'NotFound') {
        k.err(`error: error from server (NotFound): ${e.status.message} in namespace "${k.namespace}"\n`);
        return 1;
      }
      throw e;
    }
  }
  // LogsOptions.Validate runs after Complete found the object.
  if ((flagString(k.flags, 'since-time') ?? '') !== '' && k.flags.values.has('since') && flagDuration(k.flags, 'since', 0) !== 0) {
    throw plainError('at most one of `sinceTime` or `sinceSeconds` may be specified');
  }
  if (flagInt(k.flags, 'limit-bytes', 0) < 0) throw plainError('--limit-bytes must be greater than 0');
  if (k.flags.values.has('since') && flagDuration(k.flags, 'since', 0) < 0) throw plainError('--since must be greater than 0');
  if (flagInt(k.flags, 'tail', -1) < -1) throw plainError('--tail must be greater than or equal to -1');
  const requests = pods.flatMap((pod) => containersOf(k, pod, given).map((container) => ({ pod, container })));
  for (const { pod, container } of requests) {
    const r = readLog(k, pod, container);
    if ('error' in r) {
      k.err(r.error);
      return 1;
    }
    k.out(prefixed(k, pod, container, r.text));
  }
  const only = requests.length === 1 ? requests[0] : undefined;
  if (!only || !flagBool(k.flags, 'follow') || flagBool(k.flags, 'previous')) return 0;
  return yield* follow(k, only.pod, only.container);
}

/** -f on one container: keep printing new lines until the container stops. */
function* follow(k: Kubectl, pod: Pod, container: string): VerbResult {
  const api = k.cluster.api;
  const name = pod.metadata.name;
  const ns = pod.metadata.namespace ?? k.namespace;
  const kubelet = k.cluster.kubeletFor(ns, name);
  if (!kubelet) return 0;
  const timestamps = flagBool(k.flags, 'timestamps');
  const current = () => {
    try {
      return kubelet.logs(ns, name, container, { timestamps });
    } catch {
      return undefined;
    }
  };
  const running = () => {
    const p = api.find<Pod>(PODS, ns, name);
    const statuses = [...(p?.status.containerStatuses ?? []), ...(p?.status.initContainerStatuses ?? [])];
    return statuses.find((s) => s.name === container)?.state.running !== undefined;
  };
  let printed = (current() ?? '').length;
  for (;;) {
    yield { kind: 'wait', ready: () => (current() ?? '').length > printed || !running(), deadline: Number.POSITIVE_INFINITY };
    const now = current() ?? '';
    if (now.length > printed) {
      k.out(prefixed(k, pod, container, now.slice(printed)));
      printed = now.length;
    }
    if (!running()) return 0;
  }
}
