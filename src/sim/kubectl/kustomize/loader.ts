// kustomize's file loader (api/internal/loader/fileloader.go) over the simulator's filesystem: a
// root directory, paths relative to it, and the error texts Go's filepath.EvalSymlinks gives.
import { isFsError, normalizePath, resolvePath, type VirtualFs } from '../../core/vfs/vfs.js';

/** A kustomize error: the text kubectl prints after `error: `. */
export class KustomizeError extends Error {
  override readonly name = 'KustomizeError';
}

/** A kustomize feature the simulator does not model (`components`, `replacements`, ...). */
export class KustomizeUnmodelled extends Error {
  override readonly name = 'KustomizeUnmodelled';
}

export interface Loader {
  fs: VirtualFs;
  /** The absolute root directory. */
  root: string;
  /** The file's text; a KustomizeError when missing. */
  load(path: string): string;
  /** `file`, `dir`, or undefined when nothing is there. */
  typeOf(path: string): 'file' | 'dir' | undefined;
  abs(path: string): string;
}

export function evalSymlinkFailure(shown: string, abs: string): string {
  return `evalsymlink failure on '${shown}' : lstat ${abs}: no such file or directory`;
}

/** A loader for `root`; `restricted` (LoadRestrictionsRootOnly) refuses files outside it. */
export function makeLoader(fs: VirtualFs, root: string, restricted = true): Loader {
  const abs = (path: string) => normalizePath(resolvePath(root, path));
  const typeOf = (path: string): 'file' | 'dir' | undefined => {
    try {
      const t = fs.stat(abs(path)).type;
      return t === 'dir' ? 'dir' : 'file';
    } catch (e) {
      if (isFsError(e)) return undefined;
      throw e;
    }
  };
  return {
    fs,
    root,
    abs,
    typeOf,
    load(path) {
      const type = typeOf(path);
      if (type === undefined) throw new KustomizeError(evalSymlinkFailure(abs(path), abs(path)));
      if (restricted && !abs(path).startsWith(`${root}/`)) throw new KustomizeError(`security; file '${abs(path)}' is not in or below '${root}'`);
      if (type === 'dir') throw new KustomizeError(`read ${abs(path)}: is a directory`);
      return fs.readFile(abs(path));
    },
  };
}
