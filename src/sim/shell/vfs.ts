// The virtual filesystem that shells and commands see: an in-memory tree, with mounts so that a
// Pod's emptyDir can be one MemoryFs shared by the filesystems of two containers.
export { basenamePath, dirnamePath, normalizePath, pathParts, resolvePath } from './vfs-path.js';
export { FsError, type FsErrorCode, isFsError, utf8Length } from './fs-error.js';

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
}

export { MemoryFs } from './memory-fs.js';
