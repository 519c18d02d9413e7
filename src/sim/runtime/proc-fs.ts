// /proc as a container sees it: one directory per process of its PID namespace, with the
// process's command line (`cmdline`, NUL-separated), its name (`comm`) and its root filesystem
// (`root`, the container it runs in: `head /proc/8/root/etc/nginx/nginx.conf` from a sidecar),
// and the container's mount table (`mounts`, what df reads). Read-only.
import { textData, type FileData } from '../core/vfs/file-data.js';
import { noBlocks } from '../core/vfs/fs-space.js';
import { FsError, type FileStat, type FsStats, type VirtualFs } from '../core/vfs/vfs.js';
import type { ProcessTable } from './process-table.js';

const DIR: FileStat = { type: 'dir', size: 0, mtime: 0, ino: 1, nlink: 2 };

export class ProcFs implements VirtualFs {
  constructor(
    private readonly table: ProcessTable,
    private readonly now: () => number,
    /** /proc/mounts (the link /proc/self/mounts), as the kernel prints the mount namespace. */
    private readonly mounts: () => string = () => '',
  ) {}

  /** `/8/root/etc/x` -> the process, the entry under its directory, and the rest of the path. */
  #split(path: string): { pid?: number; entry?: string; rest: string } {
    const parts = path.split('/').filter(Boolean);
    const pid = parts[0] !== undefined && /^\d+$/.test(parts[0]) ? Number(parts[0]) : undefined;
    return { ...(pid !== undefined ? { pid } : {}), ...(parts[1] !== undefined ? { entry: parts[1] } : {}), rest: `/${parts.slice(2).join('/')}` };
  }

  #proc(path: string, pid: number | undefined) {
    const proc = pid === undefined ? undefined : this.table.get(pid);
    if (!proc) throw new FsError('ENOENT', path);
    return proc;
  }

  readFile(path: string): string {
    if (path === '/mounts') return this.mounts();
    const { pid, entry, rest } = this.#split(path);
    const proc = this.#proc(path, pid);
    if (entry === 'cmdline' && rest === '/') return `${proc.args.split(' ').join('\0')}\0`;
    if (entry === 'comm' && rest === '/') return `${proc.comm}\n`;
    if (entry === 'root') return proc.root.readFile(rest);
    if (entry === undefined) throw new FsError('EISDIR', path);
    throw new FsError('ENOENT', path);
  }

  exists(path: string): boolean {
    try {
      this.stat(path);
      return true;
    } catch {
      return false;
    }
  }

  stat(path: string): FileStat {
    // Files of /proc say size 0: their text is made when read.
    if (path === '/mounts') return { type: 'file', size: 0, mtime: this.now(), ino: 4026531842, nlink: 1 };
    const { pid, entry, rest } = this.#split(path);
    if (pid === undefined && path.split('/').filter(Boolean).length === 0) return DIR;
    const proc = this.#proc(path, pid);
    if (entry === undefined) return { ...DIR, mtime: proc.startedAt };
    if (entry === 'cmdline' && rest === '/') return { type: 'file', size: 0, mtime: this.now(), ino: proc.pid * 10 + 1, nlink: 1 };
    if (entry === 'comm' && rest === '/') return { type: 'file', size: 0, mtime: this.now(), ino: proc.pid * 10 + 2, nlink: 1 };
    if (entry === 'root') return proc.root.stat(rest);
    throw new FsError('ENOENT', path);
  }

  /** `root` is a magic link on Linux; here it is a directory, so paths through it stay in the process's filesystem. */
  lstat(path: string): FileStat {
    return this.stat(path);
  }

  readdir(path: string): string[] {
    const { pid, entry, rest } = this.#split(path);
    if (pid === undefined) return [...this.table.list().map((p) => String(p.pid)), 'mounts'].sort();
    const proc = this.#proc(path, pid);
    if (entry === undefined) return ['cmdline', 'comm', 'root'];
    if (entry === 'root') return proc.root.readdir(rest);
    throw new FsError('ENOTDIR', path);
  }

  readlink(path: string): string {
    throw new FsError('EINVAL', path);
  }

  readData(path: string): FileData {
    return textData(this.readFile(path));
  }

  statfs(): FsStats {
    return noBlocks('proc');
  }

  writeFile(path: string): void {
    throw new FsError('EPERM', path);
  }
  write(path: string): number {
    throw new FsError('EPERM', path);
  }
  resize(path: string): void {
    throw new FsError('EPERM', path);
  }
  allocate(path: string): void {
    throw new FsError('EPERM', path);
  }
  appendFile(path: string): void {
    throw new FsError('EPERM', path);
  }
  mkdir(path: string): void {
    throw new FsError('EPERM', path);
  }
  rm(path: string): void {
    throw new FsError('EPERM', path);
  }
  rename(from: string): void {
    throw new FsError('EPERM', from);
  }
  symlink(_target: string, path: string): void {
    throw new FsError('EPERM', path);
  }
  link(_existing: string, path: string): void {
    throw new FsError('EPERM', path);
  }
  mount(path: string): void {
    throw new FsError('EPERM', path);
  }
}
