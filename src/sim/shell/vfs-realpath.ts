// The canonical name of a path (no `.`, `..` or symbolic link in it), found through the VirtualFs
// interface as realpath(3) does: for `readlink -f`, `realpath`, `test -ef` and `find`.
import { FsError, isFsError } from './fs-error.js';
import type { VirtualFs } from './vfs.js';

/** How much of the path must exist: all of it (`-e`), all but the last part (default, `-f`), none (`-m`). */
export type Existence = 'all' | 'parents' | 'none';

const MAX_SYMLINKS = 40;

/** The canonical absolute path for the absolute `path`; throws FsError as the walk meets one. */
export function canonicalPath(fs: VirtualFs, path: string, need: Existence = 'parents'): string {
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
    const here = `/${[...done, name].join('/')}`;
    let type: string | undefined;
    try {
      type = fs.lstat(here).type;
    } catch (e) {
      if (!isFsError(e)) throw e;
      if (e.code !== 'ENOENT' || need === 'all' || (need === 'parents' && pending.length > 0)) throw new FsError(e.code, path);
      done.push(name);
      continue;
    }
    if (type === 'symlink') {
      if (++hops > MAX_SYMLINKS) throw new FsError('ELOOP', path);
      const target = fs.readlink(here);
      if (target.startsWith('/')) done.length = 0;
      pending.unshift(...target.split('/').filter((p) => p !== ''));
      continue;
    }
    if (type !== 'dir' && pending.length > 0 && need !== 'none') throw new FsError('ENOTDIR', path);
    done.push(name);
  }
  return `/${done.join('/')}`;
}
