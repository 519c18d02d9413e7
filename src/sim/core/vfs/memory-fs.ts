// MemoryFs: the VirtualFs as a tree in memory, with mounts of other filesystems, symbolic links
// (followed as the kernel does: in every component but the last for lstat/readlink/rm/rename,
// at most 40 of them) and hard links (one node under two names). A file holds FileData (extents,
// so big files of zeros cost nothing); with a SpacePool its pages are counted against a disk or a
// tmpfs size (ENOSPC), and on a memory-backed one (tmpfs) charged to the writer's memory cgroup.
import { basenamePath, dirnamePath, normalizePath, pathParts } from './vfs-path.js';
import { FsError, isFsError, utf8Length } from './fs-error.js';
import type { FileStat, VirtualFs, WriteOptions } from './vfs-types.js';
import { followLinks, type Found } from './vfs-realpath.js';
import { allocateData, EMPTY_DATA, type FileData, materialize, PAGE_BYTES, resizeData, sliceData, textData } from './file-data.js';
import { type PagedFile, PageLedger } from './page-ledger.js';
import { type FsStats, type PageCharger, SpacePool } from './fs-space.js';

interface FileNode extends PagedFile {
  kind: 'file';
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

export interface MemoryFsOptions {
  /** Stamps mtimes (the simulator passes its virtual clock). */
  now?: () => number;
  /** Where its pages come from (a disk shared by a node's filesystems, or a tmpfs's size); unbounded without. */
  space?: SpacePool;
  /** A tmpfs: its pages are memory, charged to the cgroup of the process that writes them. */
  memory?: boolean;
  /** A container's root: writes through it into memory-backed mounts are charged to this cgroup. */
  charge?: PageCharger;
  /** statfs(2) answers that the mount table decides (a container's bind mounts), before the routing's. */
  statfs?: (path: string) => FsStats | undefined;
}

/** ext4's largest file with 4 KiB blocks (16 TiB): past it a write fails with EFBIG. */
const MAX_FILE_BYTES = 16 * 1024 ** 4;

/** An in-memory VirtualFs. */
export class MemoryFs implements VirtualFs {
  private readonly root: DirNode;
  private readonly mounts = new Map<string, VirtualFs>();
  private readonly now: () => number;
  /** ext4 gives the root directory inode 2; later nodes count up from there. */
  private nextIno = 2;
  private symlinks = 0;
  private readonly options: MemoryFsOptions;
  private readonly ledger: PageLedger;

  constructor(options: MemoryFsOptions = {}) {
    this.options = options;
    this.ledger = new PageLedger(options.space, options.memory === true);
    this.now = options.now ?? (() => 0);
    this.root = this.dirNode();
  }

  readFile(path: string): string {
    return materialize(this.readData(path));
  }

  readData(path: string): FileData {
    const p = this.resolve(path, true);
    const m = this.route(p);
    if (m) return m.fs.readData(m.path);
    const node = this.lookup(p, path);
    if (node.kind === 'dir') throw new FsError('EISDIR', path);
    return (node as FileNode).data;
  }

  writeFile(path: string, content: string): void {
    const data = textData(content);
    if (this.write(path, data, { truncate: true }) < data.size) throw new FsError('ENOSPC', path);
  }

  appendFile(path: string, content: string): void {
    const data = textData(content);
    if (this.write(path, data, { at: 'end' }) < data.size) throw new FsError('ENOSPC', path);
  }

  write(path: string, data: FileData, options: WriteOptions = {}): number {
    const p = this.resolve(path, true);
    const m = this.route(p);
    const charge = options.charge ?? this.options.charge;
    if (m) return m.fs.write(m.path, data, { ...options, ...(charge ? { charge } : {}) });
    const node = this.fileNode(p, path);
    if (options.truncate && node.data.size > 0) this.change(node, EMPTY_DATA);
    const at = options.at === 'end' ? node.data.size : (options.at ?? 0);
    if (at >= MAX_FILE_BYTES && data.size > 0) throw new FsError('EFBIG', path);
    const piece = at + data.size > MAX_FILE_BYTES ? sliceData(data, 0, MAX_FILE_BYTES - at) : data;
    const { written, short } = this.ledger.write(node, at, piece, charge);
    if (written > 0) node.mtime = this.now();
    if (short === 'memory' && charge) charge.outOfMemory();
    // write(2) returns what it wrote; the write after it, with nothing written, fails.
    if (short && written === 0) throw new FsError('ENOSPC', path);
    return written;
  }

  resize(path: string, size: number): void {
    const p = this.resolve(path, true);
    const m = this.route(p);
    if (m) return m.fs.resize(m.path, size);
    const node = this.existingFile(p, path);
    if (size > MAX_FILE_BYTES) throw new FsError('EFBIG', path);
    // A longer file gets a hole: no pages, nothing charged, until it is written.
    this.change(node, resizeData(node.data, size));
  }

  allocate(path: string, offset: number, length: number, options: { charge?: PageCharger } = {}): void {
    const p = this.resolve(path, true);
    const m = this.route(p);
    const charge = options.charge ?? this.options.charge;
    if (m) return m.fs.allocate(m.path, offset, length, charge ? { charge } : {});
    const node = this.existingFile(p, path);
    if (offset + length > MAX_FILE_BYTES) throw new FsError('EFBIG', path);
    // shmem_fallocate and ext4 give back what they took when they cannot take it all.
    const short = this.ledger.replace(node, allocateData(node.data, offset, offset + length), charge);
    if (short === 'memory' && charge) charge.outOfMemory();
    if (short) throw new FsError('ENOSPC', path);
    node.mtime = this.now();
  }

  statfs(path: string): FsStats {
    const p = this.resolve(path, true);
    const decided = this.options.statfs?.(p);
    if (decided) return decided;
    const m = this.route(p);
    if (m) return m.fs.statfs(m.path);
    return this.options.space ? this.options.space.stats() : { ...UNBOUNDED.stats(), unbounded: true };
  }

  exists(path: string): boolean {
    try {
      const p = this.resolve(path, true);
      const m = this.route(p);
      if (!m) {
        const node = this.find(p);
        return node !== undefined && node !== NOT_A_DIRECTORY;
      }
      m.fs.lstat(m.path);
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
    let here = '';
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i] as string;
      const last = i === parts.length - 1;
      here = `${here}/${name}`;
      const mounted = this.mounts.size > 0 ? this.mounts.get(here) : undefined;
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
    this.unlinked(node);
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
    if (existing !== undefined && existing !== node) this.unlinked(existing);
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

  /**
   * Gives this new, empty filesystem a copy of `template`'s tree: the same names, data and inode
   * numbers as building it again would give, every node stamped now, its pages taken from this
   * filesystem's space. A container's root starts so from its image's files, built once.
   */
  copyTreeOf(template: MemoryFs): void {
    if (this.root.children.size > 0 || this.nextIno !== 3) throw new Error('copyTreeOf needs a new, empty MemoryFs');
    if (template.mounts.size > 0) throw new Error('copyTreeOf copies no mounts');
    const now = this.now();
    const copy = (from: DirNode, to: DirNode) => {
      for (const [name, node] of from.children) {
        if (node.kind === 'dir') {
          const dir: DirNode = { kind: 'dir', children: new Map(), mtime: now, ino: node.ino };
          to.children.set(name, dir);
          copy(node, dir);
        } else if (node.kind === 'symlink') {
          to.children.set(name, { kind: 'symlink', target: node.target, mtime: now, ino: node.ino, nlink: 1 });
          this.symlinks++;
        } else {
          const file: FileNode = { kind: 'file', data: EMPTY_DATA, pages: 0, mtime: now, ino: node.ino, nlink: 1 };
          this.ledger.set(file, node.data);
          this.options.space?.countFile(1);
          to.children.set(name, file);
        }
      }
    };
    copy(template.root, this.root);
    this.root.mtime = now;
    this.nextIno = template.nextIno;
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
    return { type: 'file', size: node.data.size, mtime: node.mtime, ino: node.ino, nlink: node.nlink, blocks: node.pages * (PAGE_BYTES / 512) };
  }

  /**
   * The path with every symbolic link in it replaced by its target (the last one only when
   * `followLast`). A component that does not exist ends the walk: the rest is kept as written,
   * for the operation to report (ENOENT) or create (a new file).
   */
  private resolve(path: string, followLast: boolean): string {
    const norm = normalizePath(path);
    // No link on the way: none here, and the path enters no mounted filesystem that could hold one.
    if (this.symlinks === 0 && !this.crossesMount(norm)) return norm;
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
      const node = this.find(path);
      if (node === undefined) return (missing ??= new FsError('ENOENT', ''));
      if (node === NOT_A_DIRECTORY) return (notDir ??= new FsError('ENOTDIR', ''));
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

  /** Whether a normal path is a mount point or under one. */
  private crossesMount(norm: string): boolean {
    for (const at of this.mounts.keys()) if (norm === at || norm.startsWith(`${at}/`)) return true;
    return false;
  }

  /** The node at a resolved path; undefined when it is missing, NOT_A_DIRECTORY when a parent is a file. */
  private find(path: string): Node | typeof NOT_A_DIRECTORY | undefined {
    let node: Node = this.root;
    if (path === '/') return node;
    let start = 1;
    while (start <= path.length) {
      let end = path.indexOf('/', start);
      if (end < 0) end = path.length;
      if (end > start) {
        if (node.kind !== 'dir') return NOT_A_DIRECTORY;
        const next: Node | undefined = node.children.get(path.slice(start, end));
        if (next === undefined) return undefined;
        node = next;
      }
      start = end + 1;
    }
    return node;
  }

  private hasMountUnder(dir: string): boolean {
    for (const at of this.mounts.keys()) if (at.startsWith(`${dir}/`)) return true;
    return false;
  }

  /** The node at a resolved path (no symbolic link before its last component). */
  private lookup(path: string, original: string): Node {
    const node = this.find(path);
    if (node === undefined) throw new FsError('ENOENT', original);
    if (node === NOT_A_DIRECTORY) throw new FsError('ENOTDIR', original);
    return node;
  }

  private lookupDir(dir: string, original: string): DirNode {
    const node = this.lookup(dir, original);
    if (node.kind !== 'dir') throw new FsError('ENOTDIR', original);
    return node;
  }

  /** The file at a resolved path, made empty when missing (open with O_CREAT). */
  private fileNode(norm: string, path: string): FileNode {
    if (norm === '/') throw new FsError('EISDIR', path);
    const parent = this.lookupDir(dirnamePath(norm), path);
    const name = basenamePath(norm);
    const node = parent.children.get(name);
    if (node?.kind === 'dir') throw new FsError('EISDIR', path);
    if (node?.kind === 'symlink') throw new FsError('ELOOP', path);
    if (node !== undefined) return node;
    const made: FileNode = { kind: 'file', data: EMPTY_DATA, pages: 0, mtime: this.now(), ino: this.nextIno++, nlink: 1 };
    parent.children.set(name, made);
    parent.mtime = this.now();
    this.options.space?.countFile(1);
    return made;
  }

  private existingFile(norm: string, path: string): FileNode {
    const node = this.lookup(norm, path);
    if (node.kind === 'dir') throw new FsError('EISDIR', path);
    if (node.kind !== 'file') throw new FsError('EINVAL', path);
    return node;
  }

  /** New data for a file whose pages can only shrink or stay (truncation), stamped now. */
  private change(node: FileNode, data: FileData): void {
    this.ledger.set(node, data);
    node.mtime = this.now();
  }

  /** A name of the node is gone: a file with none left frees its pages (no process holds it open here). */
  private unlinked(node: Node): void {
    if (node.kind === 'dir') {
      for (const child of node.children.values()) this.unlinked(child);
      return;
    }
    node.nlink--;
    if (node.nlink > 0) return;
    if (node.kind === 'symlink') this.symlinks--;
    else {
      this.ledger.drop(node);
      this.options.space?.countFile(-1);
    }
  }
}

/** find's answer for a path with a file where a directory should be. */
const NOT_A_DIRECTORY = Symbol('ENOTDIR');
/**
 * kindAt's answers for a missing part: values, not thrown (followLinks reads only their code).
 * Made on first use, not when the module loads: in a browser, an Error made while a bundle's
 * top-level code runs costs a re-parse of the whole bundle (V8 collects the source positions of
 * every frame for the stack it records); docs/decisions.md, "The playground's time to a prompt".
 */
let missing: FsError | undefined;
let notDir: FsError | undefined;

/** statfs of a filesystem the simulator does not bound (the lesson's own machine): 1 TiB, empty. */
const UNBOUNDED = new SpacePool(2 ** 28);

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `rename` between two filesystems: copy, then remove the source (what `mv` does across devices). */
function copyAcross(fs: VirtualFs, from: string, to: string): void {
  const st = fs.lstat(from);
  if (st.type === 'symlink') {
    fs.symlink(fs.readlink(from), to);
  } else if (st.type === 'file') {
    if (fs.write(to, fs.readData(from), { truncate: true }) < st.size) throw new FsError('ENOSPC', to);
  } else {
    if (!fs.exists(to)) fs.mkdir(to);
    for (const name of fs.readdir(from)) copyAcross(fs, `${from}/${name}`, `${to}/${name}`);
  }
  fs.rm(from, { recursive: true });
}
