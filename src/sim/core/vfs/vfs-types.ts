// The filesystem interface that shells, commands and the runtime program against (MemoryFs
// implements it).
import type { FileData } from './file-data.js';
import type { FsStats, PageCharger } from './fs-space.js';

export interface FileStat {
  /** `symlink` only from lstat: stat describes what the link points to. */
  type: 'file' | 'dir' | 'symlink';
  /** Bytes (UTF-8; a symbolic link's is its target's length). */
  size: number;
  /** Virtual ms of the last change. */
  mtime: number;
  /** Inode number, unique within one filesystem: two hard links of a file share it. */
  ino: number;
  /** Names the node has (a directory: 2 plus one per subdirectory, as on Linux). */
  nlink: number;
  /** 512-byte blocks allocated (a file's pages; none for a hole); absent: whole blocks for `size`. */
  blocks?: number;
}

/** Where and how a write lands (pwrite(2) at an offset, or O_APPEND; O_TRUNC first). */
export interface WriteOptions {
  /** A byte offset, or 'end' to append; default 0. */
  at?: number | 'end';
  /** Empty the file first (O_TRUNC). */
  truncate?: boolean;
  /** Whose memory cgroup pays for new pages of a memory-backed filesystem (tmpfs). */
  charge?: PageCharger;
}

/** Absolute paths only; every method throws FsError for a missing or wrong-kind path. */
export interface VirtualFs {
  readFile(path: string): string;
  /** Creates or truncates. The parent directory must exist. */
  writeFile(path: string, content: string): void;
  /** Creates the file when missing. */
  appendFile(path: string, content: string): void;
  exists(path: string): boolean;
  stat(path: string): FileStat;
  /** Names in the directory, sorted by code unit. */
  readdir(path: string): string[];
  mkdir(path: string, options?: { recursive?: boolean }): void;
  rm(path: string, options?: { recursive?: boolean }): void;
  rename(from: string, to: string): void;
  /** Like stat, but a symbolic link at `path` is described itself (type `symlink`). */
  lstat(path: string): FileStat;
  /** Creates a symbolic link at `path` whose target is `target`, stored as given. */
  symlink(target: string, path: string): void;
  /** The target of the symbolic link at `path` (EINVAL when it is not one). */
  readlink(path: string): string;
  /** A hard link: `path` becomes another name of `existing` (EXDEV across filesystems). */
  link(existing: string, path: string): void;
  /** Makes `fs` appear at `path` (created as a directory when missing). */
  mount(path: string, fs: VirtualFs): void;
  /** The file's bytes as extents, without turning them into a string (a 1 GiB file of zeros is cheap). */
  readData(path: string): FileData;
  /**
   * Writes `data` into the file (created when missing); returns the bytes written, fewer than asked
   * when the filesystem filled up (the caller's next write would get ENOSPC). EFBIG past the
   * largest file; a memory cgroup over its limit ends the writer (PageCharger.outOfMemory).
   */
  write(path: string, data: FileData, options?: WriteOptions): number;
  /** ftruncate(2): cut the file, or extend it with a hole (no pages until written). */
  resize(path: string, size: number): void;
  /** fallocate(2) mode 0: pages for `[offset, offset + length)` (ENOSPC, all or nothing). */
  allocate(path: string, offset: number, length: number, options?: { charge?: PageCharger }): void;
  /** statfs(2) of the filesystem that holds `path`. */
  statfs(path: string): FsStats;
}
