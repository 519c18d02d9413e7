// The downward API's values (pkg/fieldpath and pkg/api/v1/resource/helpers.go), for env vars and
// downwardAPI volume files: pod fields, label and annotation maps (`key="value"` lines, sorted,
// Go-quoted, no final newline), and container resources divided by `divisor` and rounded up.
// A limit the container does not set reads as the node's allocatable, as the kubelet fills it
// (kubelet_resources.go defaultPodLimitsForDownwardAPI).
import { metadataFieldValue } from '../api/fieldpath.js';
import type { Container, Pod, ResourceFieldSelector } from '../api/types.js';
import { quantityMilliValue, quantityValue, parseQuantity, type Quantity } from '../core/quantity.js';
import { goQuote } from '../api/schema/go-quote.js';

/** fieldpath.FormatMap: `key="value"` per entry, keys sorted, joined by newlines. */
function formatMap(map: Record<string, string> | undefined): string {
  return Object.keys(map ?? {})
    .sort()
    .map((k) => `${k}=${goQuote(map![k]!)}`)
    .join('\n');
}

/** ExtractFieldPathAsString plus the pod status fields the kubelet resolves itself. */
export function fieldRefValue(pod: Pod, path: string): string {
  if (path === 'metadata.labels') return formatMap(pod.metadata.labels);
  if (path === 'metadata.annotations') return formatMap(pod.metadata.annotations);
  const value = metadataFieldValue(pod, path);
  if (value !== undefined) return value;
  switch (path) {
    case 'spec.nodeName':
      return pod.spec.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec.serviceAccountName ?? '';
    case 'status.hostIP':
      return pod.status.hostIP ?? '';
    case 'status.hostIPs':
      return (pod.status.hostIPs ?? []).map((i) => i.ip).join(',');
    case 'status.podIP':
      return pod.status.podIP ?? '';
    case 'status.podIPs':
      return (pod.status.podIPs ?? []).map((i) => i.ip).join(',');
    default:
      return '';
  }
}

const ONE = parseQuantity('1')!;

/** ExtractContainerResourceValue: `limits.cpu` etc. of one container, in `divisor` units, rounded up. */
export function resourceFieldValue(pod: Pod, container: Container | undefined, ref: ResourceFieldSelector, allocatable: Record<string, string>): string {
  const c = ref.containerName ? [...pod.spec.containers, ...(pod.spec.initContainers ?? [])].find((x) => x.name === ref.containerName) : container;
  const [kind, resource] = ref.resource.split('.', 2) as [string, string | undefined];
  if (!c || (kind !== 'limits' && kind !== 'requests') || !resource) return '';
  const list = kind === 'limits' ? { ...allocatable, ...c.resources?.limits } : (c.resources?.requests ?? {});
  const q = parseQuantity(String(list[resource] ?? '0')) ?? parseQuantity('0')!;
  const parsed = ref.divisor !== undefined ? parseQuantity(String(ref.divisor)) : undefined;
  const divisor: Quantity = parsed && parsed.nano !== 0n ? parsed : ONE;
  if (resource === 'cpu') return String(Math.ceil(quantityMilliValue(q) / quantityMilliValue(divisor)));
  return String(Math.ceil(quantityValue(q) / quantityValue(divisor)));
}
