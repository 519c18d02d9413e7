// How describe shows environment values that come from elsewhere: fieldRef values resolved from
// the pod (kubectl resolves only metadata fields; others print empty), and resourceFieldRef
// values computed from the container's requests and limits (util/resource).
import { metadataFieldValue } from '../../api/fieldpath.js';
import type { Container, EnvVar, Pod } from '../../api/types.js';
import { sortGoStrings } from '../../core/text/go-strings.js';
import { parseQuantity, quantityMilliValue, quantityValue } from '../../core/quantity.js';
import { goQuote } from '../../api/schema/go-quote.js';

function formatMap(m: Record<string, string> | undefined): string {
  return sortGoStrings(Object.keys(m ?? {}))
    .map((k) => `${k}=${goQuote(m?.[k] ?? '')}`)
    .join('\n');
}

/** EnvValueRetriever(pod): the value kubectl prints for a fieldRef env var. */
export function resolveFieldRef(pod: Pod, env: EnvVar): string {
  const ref = env.valueFrom?.fieldRef;
  if (!ref) return '';
  const path = ref.fieldPath;
  const value = metadataFieldValue(pod, path);
  if (value !== undefined) return value;
  switch (path) {
    case 'metadata.annotations':
      return formatMap(pod.metadata.annotations);
    case 'metadata.labels':
      return formatMap(pod.metadata.labels);
    default:
      // kubectl's fieldpath.ExtractFieldPathAsString supports metadata only: spec/status print empty.
      return '';
  }
}

/** ExtractContainerResourceValue: a resourceFieldRef as an integer in divisor units, or '' if unsupported. */
export function resolveResourceFieldRef(container: Container, env: EnvVar): string {
  const ref = env.valueFrom?.resourceFieldRef;
  if (!ref) return '';
  const divisor = ref.divisor && parseQuantity(ref.divisor)?.nano !== 0n ? (parseQuantity(ref.divisor) ?? parseQuantity('1')) : parseQuantity('1');
  if (!divisor) return '';
  const dot = ref.resource.indexOf('.');
  const kind = ref.resource.slice(0, dot);
  const name = ref.resource.slice(dot + 1);
  const list = kind === 'limits' ? container.resources?.limits : kind === 'requests' ? container.resources?.requests : undefined;
  if (list === undefined && kind !== 'limits' && kind !== 'requests') return '';
  const q = parseQuantity(list?.[name] ?? '0') ?? parseQuantity('0');
  if (!q) return '';
  if (name === 'cpu') return String(Math.ceil(quantityMilliValue(q) / quantityMilliValue(divisor)));
  if (name === 'memory' || name === 'ephemeral-storage' || name.startsWith('hugepages-')) {
    return String(Math.ceil(quantityValue(q) / quantityValue(divisor)));
  }
  return '';
}
