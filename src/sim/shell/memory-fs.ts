// MemoryFs: the VirtualFs as a tree in memory, with mounts of other filesystems.
import { basenamePath, dirnamePath, normalizePath, pathParts } from './vfs-path.js';
import { FsError, isFsError, utf8Length } from './fs-error.js';
import type { FileStat, VirtualFs } from './vfs.js';

interface FileNode {
  kind: 'file';
  content: string;
  mtime: number;
}
interface DirNode {
  kind: 'dir';
  children: Map<string, Node>;
  mtime: number;
}
type Node = FileNode | DirNode;

/** An in-memory VirtualFs; `now` stamps mtimes (the simulator passes its virtual clock). */
export class MemoryFs implements VirtualFs {
  private readonly root: DirNode;
  private readonly mounts = new Map<string, VirtualFs>();
  private readonly now: () => number;

  constructor(options: { now?: () => number } = {}) {
    this.now = options.now ?? (() => 0);
    this.root = { kind: 'dir', children: new Map(), mtime: this.now() };
  }

  readFile(path: string): string {
    const m = this.route(path);
    if (m) return m.fs.readFile(m.path);
    const node = this.lookup(path);
    if (node.kind === 'dir') throw new FsError('EISDIR', path);
    return node.content;
  }

  writeFile(path: string, content: string): void {
    const m = this.route(path);
    if (m) return m.fs.writeFile(m.path, content);
    this.putFile(path, content, false);
  }

  appendFile(path: string, content: string): void {
    const m = this.route(path);
    if (m) return m.fs.appendFile(m.path, content);
    this.putFile(path, content, true);
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
    const m = this.route(path);
    if (m) return m.fs.stat(m.path);
    const node = this.lookup(path);
    if (node.kind === 'dir') return { type: 'dir', size: 4096, mtime: node.mtime };
    return { type: 'file', size: utf8Length(node.content), mtime: node.mtime };
  }

  readdir(path: string): string[] {
    const m = this.route(path);
    if (m) return m.fs.readdir(m.path);
    const node = this.lookup(path);
    if (node.kind !== 'dir') throw new FsError('ENOTDIR', path);
    return [...node.children.keys()].sort(compareNames);
  }

  mkdir(path: string, options: { recursive?: boolean } = {}): void {
    const m = this.route(path);
    if (m) return m.fs.mkdir(m.path, options);
    const parts = pathParts(normalizePath(path));
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
        const made: DirNode = { kind: 'dir', children: new Map(), mtime: this.now() };
        dir.children.set(name, made);
        dir.mtime = this.now();
        dir = made;
      } else if (child.kind === 'file') {
        throw new FsError(last ? 'EEXIST' : 'ENOTDIR', path);
      } else {
        if (last && !options.recursive) throw new FsError('EEXIST', path);
        dir = child;
      }
    }
  }

  rm(path: string, options: { recursive?: boolean } = {}): void {
    const norm = normalizePath(path);
    if (this.mounts.has(norm)) throw new FsError('EBUSY', path);
    const m = this.route(path);
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
    parent.mtime = this.now();
  }

  rename(from: string, to: string): void {
    const src = normalizePath(from);
    const dst = normalizePath(to);
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
    if (existing?.kind === 'dir' && node.kind === 'file') throw new FsError('EISDIR', to);
    if (existing?.kind === 'file' && node.kind === 'dir') throw new FsError('ENOTDIR', to);
    if (existing?.kind === 'dir' && existing.children.size > 0) throw new FsError('ENOTEMPTY', to);
    fromParent.children.delete(basenamePath(src));
    toParent.children.set(basenamePath(dst), node);
    fromParent.mtime = this.now();
    toParent.mtime = this.now();
  }

  mount(path: string, fs: VirtualFs): void {
    const norm = normalizePath(path);
    if (norm === '/') throw new FsError('EBUSY', path);
    if (!this.exists(norm)) this.mkdir(norm, { recursive: true });
    this.mounts.set(norm, fs);
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

  private lookup(path: string): Node {
    let node: Node = this.root;
    for (const name of pathParts(normalizePath(path))) {
      if (node.kind !== 'dir') throw new FsError('ENOTDIR', path);
      const next: Node | undefined = node.children.get(name);
      if (next === undefined) throw new FsError('ENOENT', path);
      node = next;
    }
    return node;
  }

  private lookupDir(dir: string, original: string): DirNode {
    let node: Node;
    try {
      node = this.lookup(dir);
    } catch (e) {
      if (isFsError(e)) throw new FsError(e.code, original);
      throw e;
    }
    if (node.kind !== 'dir') throw new FsError('ENOTDIR', original);
    return node;
  }

  private putFile(path: string, content: string, append: boolean): void {
    const norm = normalizePath(path);
    if (norm === '/') throw new FsError('EISDIR', path);
    const parent = this.lookupDir(dirnamePath(norm), path);
    const name = basenamePath(norm);
    const node = parent.children.get(name);
    if (node?.kind === 'dir') throw new FsError('EISDIR', path);
    if (node === undefined) {
      parent.children.set(name, { kind: 'file', content, mtime: this.now() });
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
  const st = fs.stat(from);
  if (st.type === 'file') {
    fs.writeFile(to, fs.readFile(from));
  } else {
    if (!fs.exists(to)) fs.mkdir(to);
    for (const name of fs.readdir(from)) copyAcross(fs, `${from}/${name}`, `${to}/${name}`);
  }
  fs.rm(from, { recursive: true });
}
