// What an object charges against a ResourceQuota (pkg/quota/v1/evaluator/core and the generic
// object-count evaluator): a Pod its requests, limits and counts, a Service its kind of port, any
// other object one `count/<resource>`. The admission plugin and the quota controller both use them.
import { addQuantity, parseQuantity, type Quantity } from '../../core/quantity.js';
import { podRequestsAndLimits } from '../pod-resources.js';
import { podQosClass } from '../admission/default-pod.js';
import { qualifiedResource, type ResourceType } from '../resources.js';
import type { ResourceQuota } from '../policy-types.js';
import type { Container, KubeObject, Pod, Service } from '../types.js';

export type Usage = Map<string, Quantity>;

export interface QuotaEvaluator {
  /** Whether the evaluator charges `resourceName` (a key of `hard`). */
  handles(resourceName: string): boolean;
  /** What one object uses, by resource name. */
  usage(obj: KubeObject, now: number): Usage;
  /** Pods: the resources every container must state when the quota limits them. */
  constraints?(required: readonly string[], obj: KubeObject): string | undefined;
}

const ONE = parseQuantity('1')!;
const COMPUTE = ['cpu', 'memory', 'ephemeral-storage'];
/** validationSet in pods.go: quotas on these make every container state them. */
const VALIDATION_SET = ['cpu', 'memory', 'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory'];
const LEGACY_COUNTS: Readonly<Record<string, string>> = {
  pods: 'pods',
  services: 'services',
  configmaps: 'configmaps',
  secrets: 'secrets',
  persistentvolumeclaims: 'persistentvolumeclaims',
  replicationcontrollers: 'replicationcontrollers',
  resourcequotas: 'resourcequotas',
};

function add(usage: Usage, name: string, q: Quantity): void {
  const prev = usage.get(name);
  usage.set(name, prev ? addQuantity(prev, q) : q);
}

/** podComputeUsageHelper: `requests.x`/`x` for each request, `limits.x` for each limit. */
function computeUsage(requests: Map<string, Quantity>, limits: Map<string, Quantity>): Usage {
  const usage: Usage = new Map();
  for (const [name, q] of requests) {
    if (COMPUTE.includes(name)) {
      usage.set(`requests.${name}`, q);
      usage.set(name, q);
    } else if (name.startsWith('hugepages-')) {
      usage.set(`requests.${name}`, q);
    } else if (name.includes('/')) {
      usage.set(`requests.${name}`, q);
    }
  }
  for (const [name, q] of limits) if (COMPUTE.includes(name)) usage.set(`limits.${name}`, q);
  return usage;
}

function toMap(list: Record<string, string> | undefined): Map<string, Quantity> {
  const out = new Map<string, Quantity>();
  for (const [k, v] of Object.entries(list ?? {})) {
    const q = parseQuantity(String(v));
    if (q) out.set(k, q);
  }
  return out;
}

/** QuotaV1Pod: a pod in a terminal phase, or past its deletion grace, no longer uses compute resources. */
export function podChargesQuota(pod: Pod, now: number): boolean {
  if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') return false;
  const deleted = pod.metadata.deletionTimestamp;
  if (deleted && pod.metadata.deletionGracePeriodSeconds !== undefined) {
    return now <= Date.parse(deleted) + pod.metadata.deletionGracePeriodSeconds * 1000;
  }
  return true;
}

const podEvaluator: QuotaEvaluator = {
  handles: (name) => name === 'pods' || name === 'count/pods' || COMPUTE.includes(name) || /^(requests|limits)\./.test(name) || name.startsWith('hugepages-'),
  usage(obj, now) {
    const pod = obj as Pod;
    const usage: Usage = new Map([['count/pods', ONE]]);
    if (!podChargesQuota(pod, now)) return usage;
    usage.set('pods', ONE);
    const { requests, limits } = podRequestsAndLimits(pod);
    for (const [k, q] of computeUsage(requests, limits)) usage.set(k, q);
    return usage;
  },
  constraints(required, obj) {
    const pod = obj as Pod;
    const needed = required.filter((r) => VALIDATION_SET.includes(r));
    const missing = new Map<string, Set<string>>();
    const visit = (c: Container) => {
      const has = computeUsage(toMap(c.resources?.requests), toMap(c.resources?.limits));
      for (const r of needed) if (!has.has(r)) missing.set(r, (missing.get(r) ?? new Set()).add(c.name));
    };
    pod.spec.containers.forEach(visit);
    (pod.spec.initContainers ?? []).forEach(visit);
    if (missing.size === 0) return undefined;
    const parts = [...missing.keys()].sort().map((r) => `${r} for: ${[...missing.get(r)!].sort().join(',')}`);
    return `must specify ${parts.join('; ')}`;
  },
};

const serviceEvaluator: QuotaEvaluator = {
  handles: (name) => ['services', 'count/services', 'services.nodeports', 'services.loadbalancers'].includes(name),
  usage(obj) {
    const svc = obj as Service;
    const usage: Usage = new Map([
      ['services', ONE],
      ['count/services', ONE],
    ]);
    const type = svc.spec?.type ?? 'ClusterIP';
    const ports = parseQuantity(String(svc.spec?.ports?.length ?? 0))!;
    if (type === 'NodePort' || type === 'LoadBalancer') usage.set('services.nodeports', ports);
    if (type === 'LoadBalancer') usage.set('services.loadbalancers', ONE);
    return usage;
  },
};

/** The generic evaluator: `count/<resource>[.<group>]`, and the legacy name for a few core kinds. */
function objectCountEvaluator(type: ResourceType): QuotaEvaluator {
  const names = [`count/${qualifiedResource(type)}`, ...(type.group === '' && LEGACY_COUNTS[type.resource] ? [LEGACY_COUNTS[type.resource]!] : [])];
  return {
    handles: (name) => names.includes(name),
    usage: () => new Map(names.map((n) => [n, ONE])),
  };
}

export function evaluatorFor(type: ResourceType): QuotaEvaluator {
  if (type.group === '' && type.resource === 'pods') return podEvaluator;
  if (type.group === '' && type.resource === 'services') return serviceEvaluator;
  return objectCountEvaluator(type);
}

/** Whether a quota's scopes admit the object (only pods are scoped; a scoped quota charges nothing else). */
export function quotaScopesMatch(quota: ResourceQuota, type: ResourceType, obj: KubeObject): boolean {
  const scopes = [...(quota.spec?.scopes ?? []), ...(quota.spec?.scopeSelector?.matchExpressions ?? []).map((e) => e.scopeName)];
  if (scopes.length === 0) return true;
  if (type.group !== '' || type.resource !== 'pods') return false;
  const pod = obj as Pod;
  const terminating = pod.spec.activeDeadlineSeconds !== undefined && pod.spec.activeDeadlineSeconds >= 0;
  const bestEffort = podQosClass(pod) === 'BestEffort';
  return scopes.every((s) => {
    switch (s) {
      case 'Terminating':
        return terminating;
      case 'NotTerminating':
        return !terminating;
      case 'BestEffort':
        return bestEffort;
      case 'NotBestEffort':
        return !bestEffort;
      case 'PriorityClass': {
        const e = quota.spec?.scopeSelector?.matchExpressions?.find((x) => x.scopeName === 'PriorityClass');
        const name = pod.spec.priorityClassName ?? '';
        if (!e) return true;
        if (e.operator === 'In') return (e.values ?? []).includes(name);
        if (e.operator === 'NotIn') return !(e.values ?? []).includes(name);
        if (e.operator === 'Exists') return name !== '';
        return name === '';
      }
      default:
        return false;
    }
  });
}

/** Sums a list of usages. */
export function sumUsage(usages: Iterable<Usage>): Usage {
  const total: Usage = new Map();
  for (const u of usages) for (const [k, q] of u) add(total, k, q);
  return total;
}
