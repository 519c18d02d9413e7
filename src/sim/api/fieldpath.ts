// fieldpath.ExtractFieldPathAsString for the metadata paths both kubectl (describe's env values)
// and the kubelet (downward API env vars) resolve the same way.
import type { Pod } from './types.js';

/** The value of a pod's metadata field path (`metadata.name`, `metadata.labels['app']`, ...), or undefined for other paths. */
export function metadataFieldValue(pod: Pod, path: string): string | undefined {
  const sub = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
  if (sub) return (sub[1] === 'labels' ? pod.metadata.labels : pod.metadata.annotations)?.[sub[2] ?? ''] ?? '';
  switch (path) {
    case 'metadata.name':
      return pod.metadata.name;
    case 'metadata.namespace':
      return pod.metadata.namespace ?? '';
    case 'metadata.uid':
      return pod.metadata.uid ?? '';
    default:
      return undefined;
  }
}
