// What a kind node's containers share of its host: the disk under /var/lib/containerd and
// /var/lib/kubelet (every container's writable layer, disk-backed emptyDirs, hostPath
// directories; df calls it /dev/vda1), and the memory that the node's root cgroup holds.
// The disk is the node's ephemeral-storage capacity (the kubelet reports the filesystem it is on);
// what the host itself keeps there, and ext4's reserve, are chosen as on a laptop running kind.
import { parseQuantity, quantityValue } from '../core/quantity.js';
import { PAGE_BYTES } from '../core/vfs/file-data.js';
import { SpacePool } from '../core/vfs/fs-space.js';
import { MemoryCgroup } from './memory-cgroup.js';

export interface NodeHost {
  disk: SpacePool;
  /** The node's root memory cgroup: its limit is the host's memory. */
  memory: MemoryCgroup;
  /** The host's memory in bytes (what the node reports as capacity: kind reserves none). */
  memoryBytes: number;
  kernelVersion: string;
}

/** Share of the disk the host already uses (its system, Docker's images, the kind node image). */
const HOST_USED_SHARE = 0.14;
/** ext4's default reserve for root (mke2fs -m 5). */
const RESERVED_SHARE = 0.05;

/** A node's host from its capacity (`ephemeral-storage`, `memory`); `systemBytes` is what runs beside the pods. */
export function createNodeHost(capacity: Readonly<Record<string, string>>, systemBytes: number, kernelVersion: string): NodeHost {
  const bytes = (name: string) => quantityValue(parseQuantity(capacity[name] ?? '0') ?? parseQuantity('0')!);
  const pages = Math.floor(bytes('ephemeral-storage') / PAGE_BYTES);
  const disk = new SpacePool(pages, { id: 'vda1', basePages: Math.floor(pages * HOST_USED_SHARE), reservedPages: Math.floor(pages * RESERVED_SHARE) });
  const memoryBytes = bytes('memory');
  return { disk, memory: new MemoryCgroup(undefined, memoryBytes, () => systemBytes), memoryBytes, kernelVersion };
}
