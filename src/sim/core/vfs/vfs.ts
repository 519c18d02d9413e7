// The virtual filesystem that shells and commands see: an in-memory tree, with mounts so that a
// Pod's emptyDir can be one MemoryFs shared by the filesystems of two containers.
export { basenamePath, dirnamePath, normalizePath, pathParts, resolvePath } from './vfs-path.js';
export { FsError, type FsErrorCode, isFsError, utf8Length } from './fs-error.js';
export type { FsStats, PageCharger } from './fs-space.js';
export type { FileStat, VirtualFs, WriteOptions } from './vfs-types.js';
export { MemoryFs } from './memory-fs.js';
