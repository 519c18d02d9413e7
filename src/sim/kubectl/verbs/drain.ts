// `kubectl drain NODE` (staging/src/k8s.io/kubectl/pkg/cmd/drain/drain.go RunDrain and
// pkg/drain/drain.go): cordon every node, then for each node the pods the filters let go are
// evicted through the Eviction subresource (or deleted, --disable-eviction) and waited for,
// polling once a second, until they are gone, `--timeout` runs out, or an error stops the node.
import { evictPod } from '../../api/evict-pod.js';
import { PODS } from '../../api/pods-type.js';
import { parseLabelSelector, SelectorParseError } from '../../api/selectors.js';
import { aggregateMessage, isNotFound } from '../../api/status-error.js';
import type { Node, Pod } from '../../api/types.js';
import type { Effect } from '../../shell/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, type SourcedError } from '../errors.js';
import { flagBool, flagDuration, flagInt, flagString, type FlagSpec } from '../flags.js';
import { deletingLongerThan, podsForDeletion, type DrainFilterOptions } from './drain-filters.js';
import { cordonNodes, drainTargets, dryRunSuffix } from './drain-nodes.js';
import { DRY_RUN_FLAG, type DryRun } from './write-options.js';

const POLL_MS = 1000;

export const DRAIN_FLAGS: FlagSpec[] = [
  { name: 'force', type: 'bool' },
  { name: 'ignore-daemonsets', type: 'bool' },
  { name: 'delete-emptydir-data', type: 'bool' },
  { name: 'grace-period', type: 'int' },
  { name: 'timeout', type: 'duration' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'pod-selector', type: 'string' },
  { name: 'disable-eviction', type: 'bool' },
  { name: 'skip-wait-for-delete-timeout', type: 'int' },
  { name: 'chunk-size', type: 'int' },
  DRY_RUN_FLAG,
];

/** Why a node was not drained: an aggregate of messages (printed as one per line), or one error. */
type DrainFailure = { messages: string[] } | { error: unknown };

interface Drainer {
  k: Kubectl;
  filter: DrainFilterOptions;
  dry: DryRun;
  grace: number | undefined;
  timeoutMs: number;
  eviction: boolean;
}

function failureText(f: DrainFailure): string {
  if ('messages' in f) return aggregateMessage(f.messages);
  return f.error instanceof Error ? f.error.message : String(f.error);
}

/**
 * waitForDelete (wait.PollUntilContextTimeout): a check now and then every second until
 * `deadline`, when the context's end stops it between two checks. A pod found gone prints
 * `pod/x evicted` (or `deleted`); one deleting longer than --skip-wait-for-delete-timeout is let
 * go. Returns the pods still there at the deadline.
 */
function* waitForDelete(d: Drainer, pods: Pod[], deadline: number): Generator<Effect, Pod[], void> {
  const { k } = d;
  const start = k.cluster.now();
  let pending = pods;
  for (let tick = 1; ; tick++) {
    const now = k.cluster.now();
    pending = pending.filter((pod) => {
      const current = k.cluster.api.find<Pod>(PODS, pod.metadata.namespace, pod.metadata.name);
      // Gone, or gone and replaced by a pod of the same name.
      if (!current || current.metadata.uid !== pod.metadata.uid) {
        k.out(`pod/${pod.metadata.name} ${d.eviction ? 'evicted' : 'deleted'}\n`);
        return false;
      }
      if (deletingLongerThan(current, d.filter.skipWaitSeconds, now)) {
        k.out(`pod "${pod.metadata.name}" has DeletionTimestamp older than ${d.filter.skipWaitSeconds} seconds, skipping\n`);
        return false;
      }
      return true;
    });
    if (pending.length === 0) return pending;
    const next = start + tick * POLL_MS;
    if (next >= deadline) {
      yield { kind: 'sleep', ms: deadline - now };
      return pending;
    }
    yield { kind: 'sleep', ms: next - now };
  }
}

/** evictPods or deletePods: the error that stops the node, or undefined when every pod is gone. */
function* removePods(d: Drainer, pods: Pod[]): Generator<Effect, DrainFailure | undefined, void> {
  const { k } = d;
  if (pods.length === 0) return undefined;
  const api = k.cluster.api;
  const options = { ...(d.grace !== undefined ? { gracePeriodSeconds: d.grace } : {}), dryRun: d.dry === 'server' };
  const start = k.cluster.now();
  const timeout = d.timeoutMs > 0 ? d.timeoutMs : Number.POSITIVE_INFINITY;
  if (!d.eviction) {
    for (const pod of pods) {
      try {
        api.delete(PODS, pod.metadata.namespace, pod.metadata.name, options);
      } catch (e) {
        if (!isNotFound(e)) return { error: e };
      }
    }
    const left = yield* waitForDelete(d, pods, start + timeout);
    return left.length > 0 ? { error: new Error('context deadline exceeded') } : undefined;
  }
  const errors: string[] = [];
  const evicted: Pod[] = [];
  for (const pod of pods) {
    k.out(`evicting pod ${pod.metadata.namespace}/${pod.metadata.name}${d.dry === 'server' ? ' (server dry run)' : ''}\n`);
    try {
      evictPod(api, pod.metadata.namespace!, pod.metadata.name, options, k.cluster.now());
      evicted.push(pod);
    } catch (e) {
      if (!isNotFound(e)) errors.push(`error when evicting pods/"${pod.metadata.name}" -n "${pod.metadata.namespace}": ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (d.dry !== 'server') {
    const left = yield* waitForDelete(d, evicted, start + timeout);
    for (const pod of left) errors.push(`error when waiting for pod "${pod.metadata.name}" in namespace "${pod.metadata.namespace}" to terminate: context deadline exceeded`);
  }
  return errors.length > 0 ? { messages: errors } : undefined;
}

/** deleteOrEvictPodsSimple. */
function* drainNode(d: Drainer, node: Node): Generator<Effect, DrainFailure | undefined, void> {
  const { k } = d;
  const name = node.metadata.name;
  const list = podsForDeletion(k.cluster.api, name, d.filter, k.cluster.now());
  if (list.errors.length > 0) return { messages: list.errors };
  if (list.warnings !== '') k.err(`Warning: ${list.warnings}\n`);
  if (d.dry === 'client') {
    for (const pod of list.pods) k.out(`evicting pod ${pod.metadata.namespace}/${pod.metadata.name} (dry run)\n`);
    return undefined;
  }
  const failure = yield* removePods(d, list.pods);
  if (!failure) return undefined;
  const pending = podsForDeletion(k.cluster.api, name, d.filter, k.cluster.now());
  if (pending.pods.length > 0) {
    k.err(`There are pending pods in node "${name}" when an error occurred: ${failureText(failure)}\n`);
    for (const pod of pending.pods) k.err(`pod/${pod.metadata.name}\n`);
  }
  if (pending.errors.length > 0) k.err(`Following errors occurred while getting the list of pods to delete:\n${aggregateMessage(pending.errors)}`);
  return failure;
}

/** checkErr on RunDrain's aggregate: one failure alone prints its own way, several one per line. */
function failuresText(failures: DrainFailure[]): string {
  if (failures.length === 1) {
    const f = failures[0]!;
    if ('messages' in f) return f.messages.map((m) => `${m}\n`).join('');
    return formatErrors([f as SourcedError]);
  }
  return formatErrors(failures.map((f) => ('messages' in f ? { error: new Error(aggregateMessage(f.messages)) } : (f as SourcedError))));
}

export function* drain(k: Kubectl): VerbResult {
  const podSelector = flagString(k.flags, 'pod-selector') ?? '';
  const { nodes, dry } = drainTargets(k, 'drain NODE', () => {
    try {
      if (podSelector) parseLabelSelector(podSelector);
    } catch (e) {
      if (e instanceof SelectorParseError) throw plainError('--pod-selector=<pod_selector> must be a valid label selector');
      throw e;
    }
  });
  const grace = flagInt(k.flags, 'grace-period', -1);
  const d: Drainer = {
    k,
    dry,
    grace: grace >= 0 ? grace : undefined,
    timeoutMs: flagDuration(k.flags, 'timeout', 0),
    eviction: !flagBool(k.flags, 'disable-eviction'),
    filter: {
      force: flagBool(k.flags, 'force'),
      ignoreDaemonSets: flagBool(k.flags, 'ignore-daemonsets'),
      deleteEmptyDirData: flagBool(k.flags, 'delete-emptydir-data'),
      skipWaitSeconds: flagInt(k.flags, 'skip-wait-for-delete-timeout', 0),
      podSelector,
    },
  };
  cordonNodes(k, nodes, true, dry);
  const failures: DrainFailure[] = [];
  const remaining: string[] = [];
  for (const node of nodes) {
    const failure = yield* drainNode(d, node);
    if (!failure) {
      k.out(`node/${node.metadata.name} drained${dryRunSuffix(dry)}\n`);
      continue;
    }
    k.err(`error: unable to drain node "${node.metadata.name}" due to error: ${failureText(failure)}, continuing command...\n`);
    failures.push(failure);
    remaining.push(node.metadata.name);
  }
  if (remaining.length === 0) return 0;
  k.err(`There are pending nodes to be drained:\n${remaining.map((n) => ` ${n}\n`).join('')}`);
  k.err(failuresText(failures));
  return 1;
}
