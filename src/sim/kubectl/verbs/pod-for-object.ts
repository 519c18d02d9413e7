// Which pod `kubectl logs|exec TYPE/NAME` means (polymorphichelpers): a pod is itself; a
// workload or service picks among the pods its selector matches, in ByLogging order for logs
// ("Found 3 pods, using pod/x") and in reverse ActivePods order for exec; with no pod yet it
// waits up to --pod-running-timeout (20s) for one.
import { resolveResourceType } from '../../api/resources.js';
import { PODS } from '../../api/pods-type.js';
import { fromLabelSelector, labelsMatch, type ParsedSelector } from '../../api/selectors.js';
import type { KubeObject, LabelSelector, Pod } from '../../api/types.js';
import type { Effect } from '../../shell/types.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { flagDuration } from '../flags.js';
import { goSort } from '../../printers/go-sort.js';


/** The object a pod command names: `x` (a pod), `pod/x`, `deploy/x`... */
export function objectForArg(k: Kubectl, arg: string): KubeObject {
  const slash = arg.indexOf('/');
  if (slash < 0) return k.cluster.api.get(PODS, k.namespace, arg);
  const typeText = arg.slice(0, slash);
  const type = resolveResourceType(typeText);
  if (!type) throw plainError(`the server doesn't have a resource type "${typeText}"`);
  return k.cluster.api.get(type, type.namespaced ? k.namespace : undefined, arg.slice(slash + 1));
}

/** SelectorsForObject: the pods an object stands for. */
function selectorFor(obj: KubeObject, verb: 'get the logs from' | 'attach to'): ParsedSelector {
  const spec = (obj as { spec?: { selector?: unknown } }).spec;
  switch (obj.kind) {
    case 'ReplicaSet':
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'Job':
      return fromLabelSelector(spec?.selector as LabelSelector | undefined);
    case 'ReplicationController':
    case 'Service': {
      const sel = (spec?.selector ?? {}) as Record<string, string>;
      if (obj.kind === 'Service' && Object.keys(sel).length === 0) {
        throw plainError(`cannot ${verb} *v1.Service: invalid service '${obj.metadata.name}': Service is defined without a selector`);
      }
      return fromLabelSelector({ matchLabels: sel });
    }
    default:
      throw plainError(`cannot ${verb} *v1.${obj.kind}: selector for *v1.${obj.kind} not implemented`);
  }
}

function readySince(p: Pod): number | undefined {
  const c = (p.status.conditions ?? []).find((x) => x.type === 'Ready' && x.status === 'True');
  return c?.lastTransitionTime ? Date.parse(c.lastTransitionTime) : undefined;
}

function maxRestarts(p: Pod): number {
  return Math.max(0, ...(p.status.containerStatuses ?? []).map((s) => s.restartCount));
}

const PHASE: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

/** afterOrZero(a, b): a zero time counts as later than any other. */
function afterOrZero(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === undefined;
  return a > b;
}

/** podutils.ByLogging.Less: the pod whose logs are most worth reading first. */
function byLogging(a: Pod, b: Pod): boolean {
  const na = a.spec.nodeName ?? '';
  const nb = b.spec.nodeName ?? '';
  if (na !== nb && (na === '' || nb === '')) return na !== '';
  if (a.status.phase !== b.status.phase) return (PHASE[a.status.phase ?? ''] ?? 0) > (PHASE[b.status.phase ?? ''] ?? 0);
  const ra = readySince(a);
  const rb = readySince(b);
  if ((ra !== undefined) !== (rb !== undefined)) return ra !== undefined;
  if (ra !== undefined && rb !== undefined && ra !== rb) return afterOrZero(rb, ra);
  if (maxRestarts(a) !== maxRestarts(b)) return maxRestarts(a) > maxRestarts(b);
  const ca = a.metadata.creationTimestamp ? Date.parse(a.metadata.creationTimestamp) : undefined;
  const cb = b.metadata.creationTimestamp ? Date.parse(b.metadata.creationTimestamp) : undefined;
  if (ca !== cb) return afterOrZero(cb, ca);
  return false;
}

/** sort.Reverse(podutils.ActivePods).Less: the most active pod first. */
function mostActive(a: Pod, b: Pod): boolean {
  const [x, y] = [b, a];
  const nx = x.spec.nodeName ?? '';
  const ny = y.spec.nodeName ?? '';
  if (nx !== ny && (nx === '' || ny === '')) return nx === '';
  const px = PHASE[x.status.phase ?? ''] ?? 0;
  const py = PHASE[y.status.phase ?? ''] ?? 0;
  if (px !== py) return px < py;
  const rx = readySince(x);
  const ry = readySince(y);
  if ((rx !== undefined) !== (ry !== undefined)) return rx === undefined;
  if (rx !== undefined && ry !== undefined && rx !== ry) return afterOrZero(rx, ry);
  if (maxRestarts(x) !== maxRestarts(y)) return maxRestarts(x) > maxRestarts(y);
  const cx = x.metadata.creationTimestamp ? Date.parse(x.metadata.creationTimestamp) : undefined;
  const cy = y.metadata.creationTimestamp ? Date.parse(y.metadata.creationTimestamp) : undefined;
  if (cx !== cy) return afterOrZero(cx, cy);
  return false;
}

/**
 * The pod for a logs or exec argument. Yields while it waits for a first pod to appear; throws
 * kubectl's error when none does.
 */
export function* podForObject(k: Kubectl, arg: string, purpose: 'logs' | 'exec'): Generator<Effect, Pod, void> {
  const obj = objectForArg(k, arg);
  if (obj.kind === 'Pod') return obj as Pod;
  const selector = selectorFor(obj, purpose === 'logs' ? 'get the logs from' : 'attach to');
  const ns = obj.metadata.namespace;
  const matching = () => k.cluster.api.list<Pod>(PODS, ns).items.filter((p) => labelsMatch(p.metadata.labels, selector));
  let pods = matching();
  if (pods.length === 0) {
    const timeout = flagDuration(k.flags, 'pod-running-timeout', 20_000);
    yield { kind: 'wait', ready: () => matching().length > 0, deadline: k.cluster.now() + timeout };
    pods = matching();
    if (pods.length === 0) throw plainError('timed out waiting for the condition');
    return pods[0]!;
  }
  const less = purpose === 'logs' ? byLogging : mostActive;
  goSort({
    len: () => pods.length,
    less: (i, j) => less(pods[i]!, pods[j]!),
    swap: (i, j) => {
      const t = pods[i]!;
      pods[i] = pods[j]!;
      pods[j] = t;
    },
  });
  if (purpose === 'logs' && pods.length > 1) k.err(`Found ${pods.length} pods, using pod/${pods[0]!.metadata.name}\n`);
  return pods[0]!;
}
