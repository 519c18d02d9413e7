// Following symbolic links through a path, as the kernel's path walk and realpath(3) do (at most
// 40 links). MemoryFs resolves the paths it is given with it; `readlink -f`, `realpath`,
// `test -ef` use it for the canonical name (no `.`, `..` or link left).
import { FsError, isFsError } from './fs-error.js';
import type { VirtualFs } from './vfs-types.js';

/**
 * How much of the path must exist: all of it (`-e`), all but the last part (default, `-f`),
 * none (`-m`); `walk` (MemoryFs) never fails for a missing part and keeps the rest as written,
 * for the operation to report or create.
 */
export type Existence = 'all' | 'parents' | 'none' | 'walk';

/** What is at a path whose parents hold no link: a link's target, another kind, or lstat's error. */
export type Found = { kind: 'symlink'; target: string } | { kind: 'file' | 'dir' } | FsError;

const MAX_SYMLINKS = 40;

/** The path with its links replaced by their targets (the last one only with `followLast`). */
export function followLinks(path: string, at: (p: string) => Found, need: Existence, followLast = true): string {
  const pending = path.split('/').filter((p) => p !== '');
  const done: string[] = [];
  let hops = 0;
  while (pending.length > 0) {
    const name = pending.shift() as string;
    if (name === '.') continue;
    if (name === '..') {
      done.pop();
      continue;
    }
    if (pending.length === 0 && !followLast) {
      done.push(name);
      break;
    }
    const found = at(`/${[...done, name].join('/')}`);
    const notDir = !isFsError(found) && found.kind === 'file' && pending.length > 0;
    if (isFsError(found) || notDir) {
      const code = isFsError(found) ? found.code : 'ENOTDIR';
      const allowed = need === 'walk' || need === 'none' || (need === 'parents' && code === 'ENOENT' && pending.length === 0);
      if (!allowed) throw new FsError(code, path);
      done.push(name, ...pending);
      break;
    }
    if (found.kind !== 'symlink') {
      done.push(name);
      continue;
    }
    if (++hops > MAX_SYMLINKS) throw new FsError('ELOOP', path);
    if (found.target.startsWith('/')) done.length = 0;
    pending.unshift(...found.target.split('/').filter((p) => p !== ''));
  }
  // What was kept as written may still hold `..`: it applies to the names before it.
  const out: string[] = [];
  for (const p of done) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return `/${out.join('/')}`;
}

/** The canonical absolute name of the absolute `path` in `fs`; throws FsError as the walk meets one. */
export function canonicalPath(fs: VirtualFs, path: string, need: Existence = 'parents'): string {
  return followLinks(path, (p) => describe(fs, p), need);
}

/** Whether anything, a dangling symbolic link included, is at `path` (exists() follows links). */
export function lexists(fs: VirtualFs, path: string): boolean {
  return !isFsError(describe(fs, path));
}

function describe(fs: VirtualFs, path: string): Found {
  try {
    const st = fs.lstat(path);
    return st.type === 'symlink' ? { kind: 'symlink', target: fs.readlink(path) } : { kind: st.type };
  } catch (e) {
    if (isFsError(e)) return e;
    throw e;
  }
}
