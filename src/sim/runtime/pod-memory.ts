// A pod's memory as the kubelet sets it up: the pod cgroup's memory.max (kubelet
// cm/helpers_linux.go ResourceConfigForPod: the pod's effective limit, only when every container
// declares one) and the size of a memory-backed volume (pkg/volume/emptydir/empty_dir.go
// calculateEmptyDirMemorySize, SizeMemoryBackedVolumes GA and locked on in 1.32): the node's
// allocatable memory, or the pod's limit when smaller, or the volume's sizeLimit when smaller
// still.
import { podRequestsAndLimits } from '../api/pod-resources.js';
import type { Pod, Volume } from '../api/types.js';
import { parseQuantity, quantityValue } from '../core/quantity.js';

/** memory.max of the pod's cgroup in bytes, or undefined when a container sets no memory limit. */
export function podMemoryLimit(pod: Pod): number | undefined {
  const all = [...pod.spec.containers, ...(pod.spec.initContainers ?? [])];
  const declared = all.every((c) => {
    const q = c.resources?.limits?.['memory'];
    const parsed = q === undefined ? undefined : parseQuantity(String(q));
    return parsed !== undefined && quantityValue(parsed) > 0;
  });
  if (!declared) return undefined;
  const q = podRequestsAndLimits(pod).limits.get('memory');
  return q ? quantityValue(q) : undefined;
}

/** The size= of a memory-backed volume's tmpfs, in bytes. */
export function memoryVolumeBytes(pod: Pod, volume: Volume, nodeAllocatableMemory: number): number {
  let size = nodeAllocatableMemory;
  const podLimit = podMemoryLimit(pod);
  if (podLimit !== undefined && podLimit > 0 && podLimit <= size) size = podLimit;
  const raw = volume.emptyDir?.sizeLimit;
  const sizeLimit = raw === undefined ? undefined : parseQuantity(String(raw));
  const bytes = sizeLimit ? quantityValue(sizeLimit) : 0;
  if (bytes > 0 && bytes <= size) size = bytes;
  return size;
}
