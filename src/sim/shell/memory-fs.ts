// MemoryFs: the VirtualFs as a tree in memory, with mounts of other filesystems, symbolic links
// (followed as the kernel does: in every component but the last for lstat/readlink/rm/rename,
// at most 40 of them) and hard links (one node under two names).
import { basenamePath, dirnamePath, normalizePath, pathParts } from './vfs-path.js';
import { FsError, isFsError, utf8Length } from './fs-error.js';
import type { FileStat, VirtualFs } from './vfs.js';
import { followLinks, type Found } from './vfs-realpath.js';

interface FileNode {
  kind: 'file';
  content: string;
  mtime: number;
  ino: number;
  nlink: number;
}
interface LinkNode {
  kind: 'symlink';
  target: string;
  mtime: number;
  ino: number;
  nlink: number;
}
interface DirNode {
  kind: 'dir';
  children: Map<string, Node>;
  mtime: number;
  ino: number;
}
type Node = FileNode | LinkNode | DirNode;

/** An in-memory VirtualFs; `now` stamps mtimes (the simulator passes its virtual clock). */
export class MemoryFs implements VirtualFs {
  private readonly root: DirNode;
  private readonly mounts = new Map<string, VirtualFs>();
  private readonly now: () => number;
  /** ext4 gives the root directory inode 2; later nodes count up from there. */
  private nextIno = 2;
  private symlinks = 0;

  constructor(options: { now?: () => number } = {}) {
    this.now = options.now ?? (() => 0);
    this.root = this.dirNode();
  }

  readFile(path: string): string {
    const p = this.resolve(path, true);
    const m = this.route(p);
    if (m) return m.fs.readFile(m.path);
    const node = this.lookup(p, path);
    if (node.kind === 'dir') throw new FsError('EISDIR', path);
    return (node as FileNode).content;
  }

  writeFile(path: string, content: string): void {
    const p = this.resolve(path, true);
    const m = this.route(p);
    if (m) return m.fs.writeFile(m.path, content);
    this.putFile(p, path, content, false);
  }

  appendFile(path: string, content: string): void {
    const p = this.resolve(path, true);
    const m = this.route(p);
    if (m) return m.fs.appendFile(m.path, content);
    this.putFile(p, path, content, true);
  }

  exists(path: string): boolean {
    try {
      this.stat(path);
      return true;
    } catch (e) {
      if (isFsError(e)) return false;
      throw e;
    }
  }

  stat(path: string): FileStat {
    return this.statAt(this.resolve(path, true), path);
  }

  lstat(path: string): FileStat {
    return this.statAt(this.resolve(path, false), path);
  }

  readdir(path: string): string[] {
    const p = this.resolve(path, true);
    const m = this.route(p);
    if (m) return m.fs.readdir(m.path);
    const node = this.lookup(p, path);
    if (node.kind !== 'dir') throw new FsError('ENOTDIR', path);
    return [...node.children.keys()].sort(compareNames);
  }

  mkdir(path: string, options: { recursive?: boolean } = {}): void {
    const p = this.resolve(path, false);
    const m = this.route(p);
    if (m) return m.fs.mkdir(m.path, options);
    const parts = pathParts(p);
    let dir = this.root;
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i] as string;
      const last = i === parts.length - 1;
      const here = `/${parts.slice(0, i + 1).join('/')}`;
      const mounted = this.mounts.get(here);
      if (mounted) return mounted.mkdir(`/${parts.slice(i + 1).join('/')}`, options);
      const child = dir.children.get(name);
      if (child === undefined) {
        if (!last && !options.recursive) throw new FsError('ENOENT', path);
        const made = this.dirNode();
        dir.children.set(name, made);
        dir.mtime = this.now();
        dir = made;
      } else if (child.kind === 'symlink') {
        // Only the last component can still be a link: `mkdir -p link` is fine when it leads to a directory.
        if (options.recursive && this.exists(here) && this.stat(here).type === 'dir') return;
        throw new FsError('EEXIST', path);
      } else if (child.kind === 'file') {
        throw new FsError(last ? 'EEXIST' : 'ENOTDIR', path);
      } else {
        if (last && !options.recursive) throw new FsError('EEXIST', path);
        dir = child;
      }
    }
  }

  rm(path: string, options: { recursive?: boolean } = {}): void {
    const norm = this.resolve(path, false);
    if (this.mounts.has(norm)) throw new FsError('EBUSY', path);
    const m = this.route(norm);
    if (m) return m.fs.rm(m.path, options);
    if (norm === '/') throw new FsError('EBUSY', path);
    const parent = this.lookupDir(dirnamePath(norm), path);
    const name = basenamePath(norm);
    const node = parent.children.get(name);
    if (node === undefined) throw new FsError('ENOENT', path);
    if (node.kind === 'dir' && !options.recursive) {
      throw new FsError(node.children.size > 0 ? 'ENOTEMPTY' : 'EISDIR', path);
    }
    if (node.kind === 'dir' && this.hasMountUnder(norm)) throw new FsError('EBUSY', path);
    parent.children.delete(name);
    if (node.kind !== 'dir') node.nlink--;
    if (node.kind === 'symlink' && node.nlink === 0) this.symlinks--;
    parent.mtime = this.now();
  }

  rename(from: string, to: string): void {
    const src = this.resolve(from, false);
    const dst = this.resolve(to, false);
    const a = this.route(src);
    const b = this.route(dst);
    if (a && b && a.fs === b.fs) return a.fs.rename(a.path, b.path);
    if (a || b || this.hasMountUnder(src)) return copyAcross(this, src, dst);
    if (dst === src || dst.startsWith(`${src}/`)) throw new FsError('EINVAL', to);
    const fromParent = this.lookupDir(dirnamePath(src), from);
    const node = fromParent.children.get(basenamePath(src));
    if (node === undefined) throw new FsError('ENOENT', from);
    const toParent = this.lookupDir(dirnamePath(dst), to);
    const existing = toParent.children.get(basenamePath(dst));
    if (existing?.kind === 'dir' && node.kind !== 'dir') throw new FsError('EISDIR', to);
    if (existing !== undefined && existing.kind !== 'dir' && node.kind === 'dir') throw new FsError('ENOTDIR', to);
    if (existing?.kind === 'dir' && existing.children.size > 0) throw new FsError('ENOTEMPTY', to);
    fromParent.children.delete(basenamePath(src));
    toParent.children.set(basenamePath(dst), node);
    fromParent.mtime = this.now();
    toParent.mtime = this.now();
  }

  symlink(target: string, path: string): void {
    const p = this.resolve(path, false);
    const m = this.route(p);
    if (m) return m.fs.symlink(target, m.path);
    if (target === '') throw new FsError('ENOENT', path);
    const parent = this.lookupDir(dirnamePath(p), path);
    const name = basenamePath(p);
    if (p === '/' || parent.children.has(name)) throw new FsError('EEXIST', path);
    parent.children.set(name, { kind: 'symlink', target, mtime: this.now(), ino: this.nextIno++, nlink: 1 });
    parent.mtime = this.now();
    this.symlinks++;
  }

  readlink(path: string): string {
    const p = this.resolve(path, false);
    const m = this.route(p);
    if (m) return m.fs.readlink(m.path);
    const node = this.lookup(p, path);
    if (node.kind !== 'symlink') throw new FsError('EINVAL', path);
    return node.target;
  }

  link(existing: string, path: string): void {
    const src = this.resolve(existing, false);
    const dst = this.resolve(path, false);
    const a = this.route(src);
    const b = this.route(dst);
    if (a && b && a.fs === b.fs) return a.fs.link(a.path, b.path);
    if (a || b) {
      // Like link(2): the source must exist before the devices are compared.
      this.lstat(existing);
      throw new FsError('EXDEV', path);
    }
    const node = this.lookup(src, existing);
    const parent = this.lookupDir(dirnamePath(dst), path);
    const name = basenamePath(dst);
    if (dst === '/' || parent.children.has(name)) throw new FsError('EEXIST', path);
    if (node.kind === 'dir') throw new FsError('EPERM', existing);
    parent.children.set(name, node);
    node.nlink++;
    parent.mtime = this.now();
  }

  mount(path: string, fs: VirtualFs): void {
    const norm = normalizePath(path);
    if (norm === '/') throw new FsError('EBUSY', path);
    if (!this.exists(norm)) this.mkdir(norm, { recursive: true });
    this.mounts.set(norm, fs);
  }

  private dirNode(): DirNode {
    return { kind: 'dir', children: new Map(), mtime: this.now(), ino: this.nextIno++ };
  }

  private statAt(p: string, original: string): FileStat {
    const m = this.route(p);
    // Resolved already: a link left at the end is one that lstat asked about.
    if (m) return m.fs.lstat(m.path);
    const node = this.lookup(p, original);
    if (node.kind === 'dir') {
      let subdirs = 0;
      for (const c of node.children.values()) if (c.kind === 'dir') subdirs++;
      return { type: 'dir', size: 4096, mtime: node.mtime, ino: node.ino, nlink: 2 + subdirs };
    }
    if (node.kind === 'symlink') return { type: 'symlink', size: utf8Length(node.target), mtime: node.mtime, ino: node.ino, nlink: node.nlink };
    return { type: 'file', size: utf8Length(node.content), mtime: node.mtime, ino: node.ino, nlink: node.nlink };
  }

  /**
   * The path with every symbolic link in it replaced by its target (the last one only when
   * `followLast`). A component that does not exist ends the walk: the rest is kept as written,
   * for the operation to report (ENOENT) or create (a new file).
   */
  private resolve(path: string, followLast: boolean): string {
    const norm = normalizePath(path);
    if (this.symlinks === 0 && this.mounts.size === 0) return norm;
    return followLinks(norm, (p) => this.kindAt(p), 'walk', followLast);
  }

  /** What is at a path whose parents hold no symbolic link. */
  private kindAt(path: string): Found {
    const m = this.route(path);
    try {
      if (m) {
        const st = m.fs.lstat(m.path);
        return st.type === 'symlink' ? { kind: 'symlink', target: m.fs.readlink(m.path) } : { kind: st.type };
      }
      const node = this.lookup(path, path);
      return node.kind === 'symlink' ? { kind: 'symlink', target: node.target } : { kind: node.kind };
    } catch (e) {
      if (isFsError(e)) return e;
      throw e;
    }
  }

  /** The mounted filesystem that holds `path`, and the path inside it (longest mount wins). */
  private route(path: string): { fs: VirtualFs; path: string } | undefined {
    if (this.mounts.size === 0) return undefined;
    const norm = normalizePath(path);
    let best: string | undefined;
    for (const at of this.mounts.keys()) {
      if ((norm === at || norm.startsWith(`${at}/`)) && (best === undefined || at.length > best.length)) best = at;
    }
    if (best === undefined) return undefined;
    return { fs: this.mounts.get(best) as VirtualFs, path: normalizePath(norm.slice(best.length)) };
  }

  private hasMountUnder(dir: string): boolean {
    for (const at of this.mounts.keys()) if (at.startsWith(`${dir}/`)) return true;
    return false;
  }

  /** The node at a resolved path (no symbolic link before its last component). */
  private lookup(path: string, original: string): Node {
    let node: Node = this.root;
    for (const name of pathParts(path)) {
      if (node.kind !== 'dir') throw new FsError('ENOTDIR', original);
      const next: Node | undefined = node.children.get(name);
      if (next === undefined) throw new FsError('ENOENT', original);
      node = next;
    }
    return node;
  }

  private lookupDir(dir: string, original: string): DirNode {
    const node = this.lookup(dir, original);
    if (node.kind !== 'dir') throw new FsError('ENOTDIR', original);
    return node;
  }

  private putFile(norm: string, path: string, content: string, append: boolean): void {
    if (norm === '/') throw new FsError('EISDIR', path);
    const parent = this.lookupDir(dirnamePath(norm), path);
    const name = basenamePath(norm);
    const node = parent.children.get(name);
    if (node?.kind === 'dir') throw new FsError('EISDIR', path);
    if (node?.kind === 'symlink') throw new FsError('ELOOP', path);
    if (node === undefined) {
      parent.children.set(name, { kind: 'file', content, mtime: this.now(), ino: this.nextIno++, nlink: 1 });
      parent.mtime = this.now();
      return;
    }
    node.content = append ? node.content + content : content;
    node.mtime = this.now();
  }
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `rename` between two filesystems: copy, then remove the source (what `mv` does across devices). */
function copyAcross(fs: VirtualFs, from: string, to: string): void {
  const st = fs.lstat(from);
  if (st.type === 'symlink') {
    fs.symlink(fs.readlink(from), to);
  } else if (st.type === 'file') {
    fs.writeFile(to, fs.readFile(from));
  } else {
    if (!fs.exists(to)) fs.mkdir(to);
    for (const name of fs.readdir(from)) copyAcross(fs, `${from}/${name}`, `${to}/${name}`);
  }
  fs.rm(from, { recursive: true });
}
