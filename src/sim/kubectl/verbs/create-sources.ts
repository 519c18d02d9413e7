// The data sources of `create configmap` and `create secret generic|docker-registry`: --from-literal
// (util.ParseLiteralSource), --from-file=[key=]path with a directory meaning each regular file in
// it (util.ParseFileSource and handle*FromFileSources in create_configmap.go / create_secret.go),
// and --from-env-file (cmd/util/env_file.go). Files come from the shell's virtual filesystem; the
// paths in messages are the ones typed, as kubectl's os.Stat errors show them.
import type { FileStat } from '../../core/vfs/vfs.js';
import { isFsError, resolvePath, type FsErrorCode } from '../../core/vfs/vfs.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { flagStrings } from '../flags.js';

/**
 * utf8.Valid, for the simulator's text files: a lone surrogate is what stands in them for bytes
 * that are not UTF-8 (the printers encode it as U+FFFD, as Go decodes such bytes).
 */
export function isUtf8Text(text: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

/** Adds one key; throws (a plainError) when the key is invalid or already there. */
export type AddKey = (key: string, content: string) => void;

/** The text of a syscall.Errno, as Go's PathError prints it after the path. */
const ERRNO: Partial<Record<FsErrorCode, string>> = { ENOENT: 'no such file or directory', ENOTDIR: 'not a directory', EISDIR: 'is a directory' };

export function errnoText(e: unknown): string {
  if (!isFsError(e)) throw e;
  return ERRNO[e.code] ?? e.text.toLowerCase();
}

/**
 * A StringSlice flag's values: pflag reads each occurrence as one CSV record, so `a,b` is two
 * values and an empty value none. (Quoted fields, which CSV would keep whole, are not modelled.)
 */
export function sliceFlag(k: Kubectl, name: string): string[] {
  return flagStrings(k.flags, name).flatMap((v) => (v === '' ? [] : v.split(',')));
}

/** util.ParseLiteralSource: `key=value`, split at the first `=`; the key may not be empty. */
export function parseLiteralSource(source: string): [string, string] {
  const eq = source.indexOf('=');
  if (eq <= 0) throw plainError(`invalid literal source ${source}, expected key=value`);
  return [source.slice(0, eq), source.slice(eq + 1)];
}

/** Go's path.Base: the last element, trailing slashes dropped; `.` for an empty path. */
function goPathBase(p: string): string {
  if (p === '') return '.';
  const trimmed = p.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** util.ParseFileSource: `path` (the key is its base name) or `key=path`. */
export function parseFileSource(source: string): { key: string; path: string } {
  const separators = source.split('=').length - 1;
  if (separators === 0) return { key: goPathBase(source), path: source };
  if (separators === 1 && source.startsWith('=')) throw plainError(`key name for file path ${source.slice(1)} missing`);
  if (separators === 1 && source.endsWith('=')) throw plainError(`file path for key name ${source.slice(0, -1)} missing`);
  if (separators > 1) throw plainError("key names or file paths cannot contain '='");
  const [key, path] = source.split('=') as [string, string];
  return { key, path };
}

/** os.Stat's verdict on a typed path: a file, a directory, or kubectl's `error reading` error. */
export function statSource(k: Kubectl, path: string): FileStat['type'] {
  let type: FileStat['type'];
  try {
    type = k.io.fs.stat(resolvePath(k.io.cwd, path)).type;
  } catch (e) {
    throw plainError(`error reading ${path}: ${errnoText(e)}`);
  }
  // The virtual filesystem drops a trailing slash; stat(2) refuses one after a file.
  if (type === 'file' && path.endsWith('/')) throw plainError(`error reading ${path}: not a directory`);
  return type;
}

/**
 * Each --from-file source in order: a file under its key, or every regular file of a directory
 * (os.ReadDir: sorted by name) under its own name. Keys are added as they are read, so the first
 * problem met is the one reported, as kubectl does.
 */
export function addFileSources(k: Kubectl, sources: readonly string[], add: AddKey): void {
  for (const source of sources) {
    const { key, path } = parseFileSource(source);
    const read = (p: string) => k.io.fs.readFile(resolvePath(k.io.cwd, p));
    if (statSource(k, path) === 'file') {
      add(key, read(path));
      continue;
    }
    if (source.includes('=')) throw plainError('cannot give a key name for a directory path');
    const dir = resolvePath(k.io.cwd, path);
    for (const name of k.io.fs.readdir(dir)) {
      const item = resolvePath(dir, name);
      if (k.io.fs.stat(item).type === 'file') add(name, k.io.fs.readFile(item));
    }
  }
}
