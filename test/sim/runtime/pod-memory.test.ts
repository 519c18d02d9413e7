// The kubelet's memory numbers for a pod: the pod cgroup's limit, and the size of a
// memory-backed emptyDir (empty_dir.go calculateEmptyDirMemorySize, GA in 1.32).
import { describe, expect, test } from 'vitest';
import type { Pod } from '../../../src/sim/api/types.js';
import { memoryVolumeBytes, podMemoryLimit } from '../../../src/sim/runtime/pod-memory.js';

const MIB = 1024 * 1024;
const NODE = 16 * 1024 * MIB;

function pod(limits: Array<string | undefined>, init: Array<string | undefined> = []): Pod {
  const c = (name: string, memory: string | undefined) => ({ name, image: 'busybox', ...(memory ? { resources: { limits: { memory } } } : {}) });
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p' },
    spec: { containers: limits.map((m, i) => c(`c${i}`, m)), initContainers: init.map((m, i) => c(`i${i}`, m)) },
  } as unknown as Pod;
}

describe('pod memory', () => {
  test('the pod limit is the sum of its containers\' limits, or the largest init container\'s', () => {
    expect(podMemoryLimit(pod(['100Mi', '50Mi']))).toBe(150 * MIB);
    expect(podMemoryLimit(pod(['100Mi'], ['300Mi']))).toBe(300 * MIB);
  });

  test('a container without a memory limit leaves the pod without one', () => {
    expect(podMemoryLimit(pod(['100Mi', undefined]))).toBeUndefined();
    expect(podMemoryLimit(pod(['100Mi'], [undefined]))).toBeUndefined();
  });

  test('a memory emptyDir is as big as the node, the pod\'s limit, or its sizeLimit: the smallest', () => {
    const vol = (sizeLimit?: string) => ({ name: 'v', emptyDir: { medium: 'Memory', ...(sizeLimit ? { sizeLimit } : {}) } });
    expect(memoryVolumeBytes(pod([undefined]), vol(), NODE)).toBe(NODE);
    expect(memoryVolumeBytes(pod(['100Mi']), vol(), NODE)).toBe(100 * MIB);
    expect(memoryVolumeBytes(pod(['100Mi']), vol('50Mi'), NODE)).toBe(50 * MIB);
    expect(memoryVolumeBytes(pod(['100Mi']), vol('1Gi'), NODE)).toBe(100 * MIB);
    expect(memoryVolumeBytes(pod([undefined]), vol('1Gi'), NODE)).toBe(1024 * MIB);
  });
});
