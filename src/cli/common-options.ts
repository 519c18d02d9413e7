// Options shared by the commands that run lessons: backend, parallelism, reporting, sharding.
import { cpus } from 'node:os';
import { backendNames, type BackendOptions } from '../backends/registry.js';
import { cachesBackend, DEFAULT_CACHE_DIR } from '../cache/cache-policy.js';
import { MATCH_MODES } from '../lesson/match-modes.js';
import type { MatchMode } from '../lesson/types.js';
import { isReporterName, reporterNames, type ReporterName } from '../verify/reporters/reporters.js';
import { intOption, UsageError, type OptionSpec, type ParsedArgs } from './parse-args.js';

export const DEFAULT_BACKEND = 'sim';

export const RUN_OPTIONS: OptionSpec[] = [
  { name: 'backend', value: 'name', description: `where commands run: ${DEFAULT_BACKEND} (default, the built-in simulator), cluster (bash + kubectl on a real cluster, a namespace per lesson) or kind (the same on a kind cluster kindling finds or creates)` },
  { name: 'jobs', short: 'j', value: 'n', description: 'lessons run in parallel (default: the number of CPUs)' },
  { name: 'shard', value: 'i/n', description: 'run only the i-th of n equal parts of the lessons (CI sharding)' },
  { name: 'kubeconfig', value: 'path', description: 'kubeconfig for --backend cluster (default: $KUBECONFIG or ~/.kube/config)' },
  { name: 'context', value: 'name', description: 'kubeconfig context for --backend cluster' },
  { name: 'match', value: 'exact|normalized', description: 'how recorded outputs are compared, over any match: in the lessons (default: exact on sim, normalized on cluster)' },
  { name: 'kind', value: 'name', description: 'the kind cluster for --backend kind (default: kindling; implies --backend kind)' },
  { name: 'kind-config', value: 'path', description: 'kind config file for a cluster kindling creates' },
  { name: 'kind-image', value: 'image', description: 'node image (Kubernetes version) for a kind cluster kindling creates, e.g. kindest/node:v1.32.2' },
  { name: 'keep', description: 'keep a kind cluster kindling created (default: delete it at the end)' },
  { name: 'help', short: 'h', description: 'show this help' },
];

/** The result cache's options (build and verify). */
export const CACHE_OPTIONS: OptionSpec[] = [
  { name: 'cache', description: 'reuse the results of lessons whose inputs did not change (default on sim; --no-cache runs every lesson)' },
  { name: 'cache-dir', value: 'dir', description: 'where the result cache lives (default: .kindling-cache)' },
];

export const REPORT_OPTIONS: OptionSpec[] = [
  { name: 'reporter', value: 'text|json|junit|stale|stale-json', description: 'report on stdout (default: text); stale and stale-json: the stale-docs report' },
  { name: 'output-file', value: 'path', description: 'also write the report (in --reporter format) to this file' },
];

export interface RunSettings {
  backend: string;
  backendOptions: BackendOptions;
  jobs: number;
  shard?: { index: number; count: number };
  /** `--match`: overrides every lesson's `match:` and the backend's default. */
  match?: MatchMode;
}

export function runSettings(args: ParsedArgs): RunSettings {
  const kindName = typeof args.options['kind'] === 'string' ? args.options['kind'] : undefined;
  const backend = typeof args.options['backend'] === 'string' ? args.options['backend'] : kindName !== undefined ? 'kind' : DEFAULT_BACKEND;
  if (backend !== 'kind') {
    for (const option of ['kind', 'kind-config', 'kind-image', 'keep']) {
      if (args.options[option] !== undefined) throw new UsageError(`option --${option} is for --backend kind, not ${backend}`);
    }
  }
  if (!backendNames().includes(backend)) {
    throw new UsageError(`unknown backend "${backend}", expected one of: ${backendNames().join(', ')}`);
  }
  const backendOptions: BackendOptions = {};
  if (typeof args.options['kubeconfig'] === 'string') backendOptions.kubeconfig = args.options['kubeconfig'];
  if (typeof args.options['context'] === 'string') backendOptions.context = args.options['context'];
  if (backend === 'kind' && (backendOptions.kubeconfig !== undefined || backendOptions.context !== undefined)) {
    throw new UsageError('options --kubeconfig and --context are for --backend cluster; --backend kind uses the kubeconfig of its kind cluster');
  }
  if (kindName !== undefined) backendOptions['kindName'] = kindName;
  if (typeof args.options['kind-config'] === 'string') backendOptions['kindConfig'] = args.options['kind-config'];
  if (typeof args.options['kind-image'] === 'string') backendOptions['kindImage'] = args.options['kind-image'];
  if (args.options['keep'] === true) backendOptions['keep'] = true;
  const jobs = intOption(args.options, 'jobs', Math.max(1, cpus().length));
  let shard: RunSettings['shard'];
  if (args.options['shard'] !== undefined) {
    const m = String(args.options['shard']).match(/^(\d+)\/(\d+)$/);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new UsageError(`option --shard expects i/n with 1 <= i <= n, got "${String(args.options['shard'])}"`);
    shard = { index: Number(m[1]), count: Number(m[2]) };
  }
  const match = args.options['match'];
  if (match !== undefined && (typeof match !== 'string' || !(MATCH_MODES as readonly string[]).includes(match))) {
    throw new UsageError(`option --match expects one of: ${MATCH_MODES.join(', ')}, got "${String(match)}"`);
  }
  return { backend, backendOptions, jobs, ...(shard ? { shard } : {}), ...(match !== undefined ? { match: match as MatchMode } : {}) };
}

/** The result cache directory, or undefined for none: `--no-cache`, or a backend other than sim. */
export function cacheDir(args: ParsedArgs, settings: RunSettings): string | undefined {
  const wanted = args.options['cache'];
  if (!cachesBackend(settings.backend)) {
    if (wanted === true || args.options['cache-dir'] !== undefined) throw new UsageError(`the result cache keeps simulator runs only; --backend ${settings.backend} runs every lesson`);
    return undefined;
  }
  if (wanted === false) return undefined;
  return typeof args.options['cache-dir'] === 'string' ? args.options['cache-dir'] : DEFAULT_CACHE_DIR;
}

export function reporterName(args: ParsedArgs): ReporterName {
  const name = args.options['reporter'] ?? 'text';
  if (typeof name !== 'string' || !isReporterName(name)) throw new UsageError(`unknown reporter "${String(name)}", expected one of: ${reporterNames.join(', ')}`);
  return name;
}

/** The lessons of one shard: every n-th lesson starting at i-1, so shards stay balanced. */
export function shardOf<T>(items: readonly T[], shard: RunSettings['shard']): T[] {
  if (!shard) return [...items];
  return items.filter((_, i) => i % shard.count === shard.index - 1);
}
