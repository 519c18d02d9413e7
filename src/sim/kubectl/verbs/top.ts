// `kubectl top pod|node` (staging/src/k8s.io/kubectl/pkg/cmd/top/top_pod.go, top_node.go, 1.32):
// selectors parsed client-side, then discovery must list metrics.k8s.io/v1beta1 (`Metrics API not
// available` otherwise), then the metrics are read. An empty pod list is explained by the pods
// themselves (verifyEmptyMetrics): none, too young (`metrics not available yet`), or one older
// than two minutes (`Metrics not available for pod ...`). Each subcommand has its own flags.
import type { NodeMetrics, PodMetrics } from '../../metrics/metrics-types.js';
import { typeForKind } from '../../api/resources.js';
import { PODS } from '../../api/pods-type.js';
import { parseFieldSelector, parseLabelSelector, SelectorParseError } from '../../api/selectors.js';
import { parseApiTime } from '../../api/time.js';
import type { Node, Pod } from '../../api/types.js';
import { goDuration } from '../../kubelet/backoff.js';
import type { Kubectl, VerbResult } from '../context.js';
import { KubectlExit, plainError } from '../errors.js';
import { findVerb } from '../find-verb.js';
import { flagBool, flagString, FlagError, parseFlags, type FlagSpec, type ParsedFlags } from '../flags.js';
import { listObjects } from '../list-objects.js';
import { printNodeMetrics, printPodMetrics, type SortBy } from '../../printers/top-printer.js';

const NODES = typeForKind('Node', 'v1')!;
/** metricsCreationDelay: a pod older than this should have metrics by now. */
const METRICS_CREATION_DELAY_MS = 2 * 60_000;

const SHARED: FlagSpec[] = [
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'sort-by', type: 'string' },
  { name: 'no-headers', type: 'bool' },
  { name: 'use-protocol-buffers', type: 'bool' },
];
const POD_FLAGS: FlagSpec[] = [
  ...SHARED,
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'containers', type: 'bool' },
  { name: 'field-selector', type: 'string' },
  { name: 'sum', type: 'bool' },
];
const NODE_FLAGS: FlagSpec[] = [...SHARED, { name: 'show-capacity', type: 'bool' }];

/** Every flag of either subcommand, for the first parse; each subcommand then checks its own. */
export const TOP_FLAGS: FlagSpec[] = [...POD_FLAGS, { name: 'show-capacity', type: 'bool' }];

const SUBCOMMANDS: Record<string, 'pod' | 'node'> = { pod: 'pod', pods: 'pod', po: 'pod', node: 'node', nodes: 'node', no: 'node' };

const TOP_HELP = `Display resource (CPU/memory) usage.

 The top command allows you to see the resource consumption for nodes or pods.

 This command requires Metrics Server to be correctly configured and working on the server.

Available Commands:
  node          Display resource (CPU/memory) usage of nodes
  pod           Display resource (CPU/memory) usage of pods

Usage:
  kubectl top [flags] [options]

Use "kubectl top <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

/** The subcommand's own flags, parsed again from the command line: pflag's errors name the subcommand. */
function subcommandFlags(k: Kubectl, sub: 'pod' | 'node'): ParsedFlags {
  const { rest } = findVerb(k.io.argv.slice(1));
  try {
    return parseFlags(rest, sub === 'pod' ? POD_FLAGS : NODE_FLAGS);
  } catch (e) {
    if (e instanceof FlagError) throw new KubectlExit(`error: ${e.message}\nSee 'kubectl top ${sub} --help' for usage.\n`);
    throw e;
  }
}

/** Complete and Validate: one name at most, a known --sort-by, not a name and a selector. */
function validate(flags: ParsedFlags, sub: 'pod' | 'node'): { name: string; sortBy: SortBy } {
  const names = flags.args.slice(1);
  if (names.length > 1) throw new KubectlExit(`error: ${sub} [NAME | -l label]\nSee 'kubectl top ${sub} -h' for help and examples\n`);
  const sortBy = flagString(flags, 'sort-by') ?? '';
  if (sortBy !== '' && sortBy !== 'cpu' && sortBy !== 'memory') throw plainError('--sort-by accepts only cpu or memory');
  const name = names[0] ?? '';
  const selected = (flagString(flags, 'selector') ?? '') !== '' || (sub === 'pod' && (flagString(flags, 'field-selector') ?? '') !== '');
  if (name !== '' && selected) throw plainError(sub === 'pod' ? 'only one of NAME or selector can be provided' : 'only one of NAME or --selector can be provided');
  return { name, sortBy };
}

/** labels.Parse and fields.ParseSelector, before anything is asked of the server. */
function checkSelectors(label: string, field: string): void {
  try {
    if (label) parseLabelSelector(label);
    if (field) parseFieldSelector(field);
  } catch (e) {
    if (e instanceof SelectorParseError) throw plainError(e.message);
    throw e;
  }
}

/** SupportedMetricsAPIVersionAvailable over the server's groups. */
function requireMetricsApi(k: Kubectl): void {
  if (!k.cluster.metrics.available()) throw plainError('Metrics API not available');
}

function topPod(k: Kubectl): number {
  const flags = subcommandFlags(k, 'pod');
  const { name, sortBy } = validate(flags, 'pod');
  const label = flagString(flags, 'selector') ?? '';
  const field = flagString(flags, 'field-selector') ?? '';
  const all = flagBool(flags, 'all-namespaces');
  checkSelectors(label, field);
  requireMetricsApi(k);
  const metrics = k.cluster.metrics;
  const items: PodMetrics[] = name
    ? [metrics.getPodMetrics(all ? undefined : k.namespace, name)]
    : metrics.listPodMetrics(all ? undefined : k.namespace, { ...(label ? { labelSelector: label } : {}), ...(field ? { fieldSelector: field } : {}) }).items;
  if (items.length === 0) {
    // verifyEmptyMetrics lists the pods of the context's namespace, even with -A.
    const pods = listObjects(k.cluster.api, PODS, k.namespace, { labelSelector: label, fieldSelector: field }) as Pod[];
    if (pods.length > 0) {
      for (const pod of pods) {
        const age = k.cluster.now() - (parseApiTime(pod.metadata.creationTimestamp) ?? k.cluster.now());
        if (age > METRICS_CREATION_DELAY_MS) throw plainError(`Metrics not available for pod ${pod.metadata.namespace}/${pod.metadata.name}, age: ${goDuration(age)}`);
      }
      throw plainError('metrics not available yet');
    }
    k.err(all ? 'No resources found\n' : `No resources found in ${k.namespace} namespace.\n`);
  }
  k.out(printPodMetrics(items, { containers: flagBool(flags, 'containers'), withNamespace: all, noHeaders: flagBool(flags, 'no-headers'), sortBy, sum: flagBool(flags, 'sum') }));
  return 0;
}

function topNode(k: Kubectl): number {
  const flags = subcommandFlags(k, 'node');
  const { name, sortBy } = validate(flags, 'node');
  const label = flagString(flags, 'selector') ?? '';
  checkSelectors(label, '');
  requireMetricsApi(k);
  const metrics = k.cluster.metrics;
  const items: NodeMetrics[] = name ? [metrics.getNodeMetrics(name)] : metrics.listNodeMetrics(label ? { labelSelector: label } : {}).items;
  if (items.length === 0) throw plainError('metrics not available yet');
  const nodes: Node[] = name ? [k.cluster.api.get<Node>(NODES, undefined, name)] : (listObjects(k.cluster.api, NODES, undefined, { labelSelector: label }) as Node[]);
  const capacity = flagBool(flags, 'show-capacity');
  const available = new Map(nodes.map((n) => [n.metadata.name, (capacity ? n.status.capacity : n.status.allocatable) ?? {}]));
  k.out(printNodeMetrics(items, available, flagBool(flags, 'no-headers'), sortBy));
  return 0;
}

// eslint-disable-next-line require-yield
export function* top(k: Kubectl): VerbResult {
  const [sub] = k.flags.args;
  if (sub === undefined) {
    k.err(TOP_HELP);
    return 1;
  }
  const which = SUBCOMMANDS[sub];
  if (!which) throw new KubectlExit(`error: unknown command "${sub}"\nSee 'kubectl top -h' for help and examples\n`);
  return which === 'pod' ? topPod(k) : topNode(k);
}
