// The virtual filesystem that shells and commands see: an in-memory tree, with mounts so that a
// Pod's emptyDir can be one MemoryFs shared by the filesystems of two containers.
export { basenamePath, dirnamePath, normalizePath, pathParts, resolvePath } from './vfs-path.js';
export { FsError, type FsErrorCode, isFsError, utf8Length } from './fs-error.js';

export interface FileStat {
  type: 'file' | 'dir';
  /** Bytes (UTF-8). */
  size: number;
  /** Virtual ms of the last change. */
  mtime: number;
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
  /** Makes `fs` appear at `path` (created as a directory when missing). */
  mount(path: string, fs: VirtualFs): void;
}

export { MemoryFs } from './memory-fs.js';
