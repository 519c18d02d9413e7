// Where a filesystem's pages come from, and who pays for them. A SpacePool is a block device or a
// tmpfs's size= (ENOSPC when it is used up); a disk pool is shared by every filesystem of a node
// that lives on its disk. On a memory-backed filesystem (tmpfs) each page is also charged to the
// memory cgroup of the process that wrote it (PageCharger), as the kernel's memcg does for shmem.
import { PAGE_BYTES } from './file-data.js';

/** statfs(2), in blocks of `blockSize` bytes (what df prints). */
export interface FsStats {
  /** The filesystem's identity (its device, st_dev): two paths with one id are on one filesystem. */
  id: string;
  blockSize: number;
  blocks: number;
  /** Free blocks (root may use them all). */
  free: number;
  /** Free blocks for unprivileged users (ext4 keeps some back for root). */
  available: number;
  files: number;
  freeFiles: number;
  /** No real bound: the machine the lesson runs on (the simulator does not model its disk). */
  unbounded?: boolean;
}

/** A memory cgroup as a tmpfs sees it: what a writer may still allocate, and who is charged. */
export interface PageCharger {
  /** Bytes it (and every cgroup above it) can still take before a limit. */
  room(): number;
  charge(bytes: number): void;
  uncharge(bytes: number): void;
  /** A write needed more than room(): the OOM killer ends the cgroup's processes. Throws to unwind the writer. */
  outOfMemory(): never;
}

export interface SpaceOptions {
  /** The device it stands for (FsStats.id); unique when absent. */
  id?: string;
  basePages?: number;
  reservedPages?: number;
  inodes?: number;
}

let nextPool = 1;

export class SpacePool {
  #used = 0;
  readonly #base: number;
  readonly #reserved: number;
  readonly #inodes: number;
  readonly #id: string;
  #files = 0;

  /**
   * `totalPages` of PAGE_BYTES; `basePages` already used by what the simulator does not model
   * (the host's own files); `reservedPages` kept back for root (ext4's 5 %); `inodes` the
   * filesystem's inode count.
   */
  constructor(readonly totalPages: number, options: SpaceOptions = {}) {
    this.#id = options.id ?? `pool-${nextPool++}`;
    this.#base = options.basePages ?? 0;
    this.#reserved = options.reservedPages ?? 0;
    this.#inodes = options.inodes ?? Math.floor(totalPages / 4);
  }

  /** A pool of `bytes` (a tmpfs's size=, rounded up to whole pages as the kernel does). */
  static ofBytes(bytes: number, options?: SpaceOptions): SpacePool {
    return new SpacePool(Math.ceil(bytes / PAGE_BYTES), options);
  }

  get capacityBytes(): number {
    return this.totalPages * PAGE_BYTES;
  }

  /** Pages a writer running as root can still get. */
  freePages(): number {
    return Math.max(0, this.totalPages - this.#base - this.#used);
  }

  take(pages: number): void {
    this.#used += pages;
  }

  give(pages: number): void {
    this.#used = Math.max(0, this.#used - pages);
  }

  /** Files made and removed, for the inode columns. */
  countFile(delta: number): void {
    this.#files = Math.max(0, this.#files + delta);
  }

  stats(): FsStats {
    const free = this.freePages();
    return {
      id: this.#id,
      blockSize: PAGE_BYTES,
      blocks: this.totalPages,
      free,
      available: Math.max(0, free - this.#reserved),
      files: this.#inodes,
      freeFiles: Math.max(0, this.#inodes - this.#files - Math.floor(this.#base / 64)),
    };
  }
}

/** statfs of a filesystem with no blocks (proc, sysfs, devpts, cgroup2): df leaves it out unless -a. */
export function noBlocks(id: string): FsStats {
  return { id, blockSize: PAGE_BYTES, blocks: 0, free: 0, available: 0, files: 0, freeFiles: 0 };
}
