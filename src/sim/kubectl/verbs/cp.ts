// `kubectl cp SRC DEST` (staging/src/k8s.io/kubectl/pkg/cmd/cp/cp.go): local -> pod makes a tar
// archive of the local files (the lesson's filesystem) and runs `tar -xmf - -C DIR` in the
// container with the archive on stdin; pod -> local runs `tar cf - PATH` there and unpacks what it
// prints. Both go through exec, so an image without tar fails as it does for real.
import { StatusError } from '../../api/status-error.js';
import { decodeBytes, encodeBytes } from '../../core/text/bytes.js';
import { materialize } from '../../core/vfs/file-data.js';
import { readTar, TarFormatError, writeTar, type TarEntry } from '../../commands/tar-archive.js';
import type { Effect } from '../../shell/types.js';
import { isFsError, resolvePath, type VirtualFs } from '../../core/vfs/vfs.js';
import type { Kubectl, VerbResult } from '../context.js';
import { KubectlExit, plainError } from '../errors.js';
import { flagBool, flagString, type FlagSpec } from '../flags.js';
import { notModelled } from '../not-modelled.js';
import { execInContainer } from './container-exec.js';
import { extractFileSpec, goBase, goClean, goDir, goJoin, stripPathShortcuts, type FileSpec } from './cp-paths.js';

export const CP_FLAGS: FlagSpec[] = [
  { name: 'container', short: 'c', type: 'string' },
  { name: 'no-preserve', type: 'bool' },
  { name: 'retries', type: 'int' },
];

/** Go's %q for the paths kubectl quotes in its warnings. */
const quoted = (s: string): string => JSON.stringify(s);

/** Copies between the local filesystem and a container. */
export function* cp(k: Kubectl): VerbResult {
  const args = k.flags.args;
  if (args.length !== 2) throw plainError('source and destination are required');
  const src = extractFileSpec(args[0]!);
  const dest = extractFileSpec(args[1]!);
  if (src.podName !== undefined && dest.podName !== undefined) throw plainError('one of src or dest must be a local file specification');
  if (src.file === '' || dest.file === '') throw plainError('filepath can not be empty');
  if (src.podName !== undefined) return yield* copyFromPod(k, src, dest.file);
  if (dest.podName !== undefined) return yield* copyToPod(k, src.file, dest);
  throw plainError('one of src or dest must be a remote file specification');
}

/** Where an exec of this copy goes: the spec's namespace or kubectl's, `-c` if given. */
function target(k: Kubectl, spec: FileSpec): { namespace: string; pod: string; container?: string } {
  const container = flagString(k.flags, 'container');
  const t = { namespace: spec.podNamespace || k.namespace, pod: spec.podName ?? '' };
  return container ? { ...t, container } : t;
}

/** makeTar/recursiveTar: the entries for the local `path`, named from `name` (Go's archive/tar, ustar). */
function localEntries(fs: VirtualFs, path: string, name: string, out: TarEntry[]): void {
  const st = fs.lstat(path);
  const base = { mode: 0o644, mtime: Math.floor(st.mtime / 1000), uid: 0, gid: 0, uname: 'root', gname: 'root' };
  if (st.type === 'dir') {
    const children = fs.readdir(path);
    if (children.length === 0) out.push({ ...base, name, type: 'dir', mode: 0o755 });
    for (const child of children) localEntries(fs, `${path}/${child}`, goJoin(name, child), out);
  } else if (st.type === 'symlink') {
    out.push({ ...base, name, type: 'symlink', mode: 0o777, linkname: fs.readlink(path) });
  } else {
    out.push({ ...base, name, type: 'file', data: encodeBytes(materialize(fs.readData(path))) });
  }
}

/** copyToPod: the archive of the local source, unpacked by tar in the container. */
function* copyToPod(k: Kubectl, srcFile: string, dest: FileSpec): VerbResult {
  const fs = k.io.fs;
  const srcAbs = resolvePath(k.io.cwd, srcFile);
  if (!fs.exists(srcAbs)) throw plainError(`${srcFile} doesn't exist in local filesystem`);
  const where = target(k, dest);
  let destFile = dest.file;
  // checkDestinationIsDir: `test -d DEST`, its output and any failure swallowed.
  try {
    const discard = () => undefined;
    yield* execInContainer(k, { ...where, argv: ['test', '-d', dest.file], out: discard, err: discard });
    destFile = goJoin(destFile, goBase(srcFile));
  } catch (e) {
    if (!(e instanceof KubectlExit) && !(e instanceof StatusError)) throw e;
  }
  const entries: TarEntry[] = [];
  localEntries(fs, resolvePath(k.io.cwd, goClean(srcFile)), goBase(goClean(destFile)), entries);
  const archive = decodeBytes(writeTar(entries, 'ustar'));
  const argv = flagBool(k.flags, 'no-preserve') ? ['tar', '--no-same-permissions', '--no-same-owner', '-xmf', '-'] : ['tar', '-xmf', '-'];
  const dir = goDir(destFile);
  if (dir !== '') argv.push('-C', dir);
  return yield* execInContainer(k, { ...where, argv, stdin: archive, out: k.out, err: k.err });
}

/** The copy's bytes from `tar cf -` in the container (with --retries, through `sh -c '... | tail -c+N'`). */
function* remoteArchive(k: Kubectl, src: FileSpec): Generator<Effect, string, void> {
  const retries = Number(k.flags.values.get('retries') ?? 0);
  let bytes = '';
  let tries = 0;
  for (;;) {
    const argv = retries !== 0 ? ['sh', '-c', `tar cf - ${src.file} | tail -c+${encodeBytes(bytes).length + (tries > 0 ? 1 : 0)}`] : ['tar', 'cf', '-', src.file];
    // The exec's stderr is kubectl's stdout here (TarPipe's ErrOut is o.Out).
    try {
      // What tar says after the archive's end blocks (busybox: `error exit delayed ...`) comes
      // after kubectl has unpacked the archive and exited.
      const err = (t: string) => (complete(bytes) ? undefined : k.out(t));
      yield* execInContainer(k, { ...target(k, src), argv, out: (t) => (bytes += t), err });
    } catch (e) {
      // untarAll returns at the archive's end blocks, before the exec's status arrives: a tar that
      // wrote a whole (even empty) archive and then failed does not fail the copy.
      if (!(e instanceof KubectlExit) || !complete(bytes)) throw e;
    }
    if (retries === 0 || complete(bytes)) return bytes;
    // TarPipe.Read: the stream ended before the archive did.
    if (retries > 0 && tries >= retries) {
      k.out(`Dropping out copy after ${tries} retries\n`);
      return bytes;
    }
    if (retries < 0 && tries >= 1) throw notModelled('cp --retries', 'a copy retried without end');
    tries++;
    k.out(`Resuming copy at ${encodeBytes(bytes).length} bytes, retry ${tries}/${retries}\n`);
  }
}

/** Whether the bytes hold a whole archive (its end-of-archive blocks). */
function complete(bytes: string): boolean {
  try {
    readTar(encodeBytes(bytes));
    return /\0{1024}/.test(bytes.slice(-10240));
  } catch {
    return false;
  }
}

/** copyFromPod and untarAll: the container's archive unpacked under the local destination. */
function* copyFromPod(k: Kubectl, src: FileSpec, destFile: string): VerbResult {
  const archive = yield* remoteArchive(k, src);
  let entries: TarEntry[];
  try {
    entries = readTar(encodeBytes(archive));
  } catch (e) {
    if (e instanceof TarFormatError) throw plainError(e.message);
    throw e;
  }
  const prefix = stripPathShortcuts(goClean(src.file.replace(/^[/\\]+/, '')));
  const fs = k.io.fs;
  let symlinkWarned = false;
  for (const header of entries) {
    if (!header.name.startsWith(prefix)) throw plainError('tar contents corrupted');
    const destFileName = goJoin(destFile, goClean(header.name.slice(prefix.length).replace(/\/+$/, '') || '.'));
    const rel = relativeTo(destFile, destFileName);
    if (rel !== '.' && rel !== stripPathShortcuts(rel)) {
      k.err(`warning: file ${quoted(destFileName)} is outside target destination, skipping\n`);
      continue;
    }
    const abs = resolvePath(k.io.cwd, destFileName);
    try {
      mkdirAll(fs, resolvePath(k.io.cwd, goDir(destFileName)), goDir(destFileName));
      if (header.type === 'dir') {
        mkdirAll(fs, abs, destFileName);
        continue;
      }
      if (header.type === 'symlink') {
        const ns = src.podNamespace || k.namespace;
        if (!symlinkWarned) {
          k.err(`warning: skipping symlink: ${quoted(destFileName)} -> ${quoted(header.linkname ?? '')} (consider using "kubectl exec -n ${quoted(ns)} ${quoted(src.podName ?? '')} -- tar cf - ${quoted(src.file)} | tar xf -")\n`);
          symlinkWarned = true;
          continue;
        }
        k.err(`warning: skipping symlink: ${quoted(destFileName)} -> ${quoted(header.linkname ?? '')}\n`);
        continue;
      }
      createFile(fs, abs, destFileName, decodeBytes(header.data ?? new Uint8Array()));
    } catch (e) {
      if (e instanceof GoPathError) throw plainError(e.message);
      throw e;
    }
  }
  return 0;
}

/** An *os.PathError as Go prints it: `open x: no such file or directory`. */
class GoPathError extends Error {}

function goError(op: string, shown: string, e: unknown): GoPathError {
  if (!isFsError(e)) throw e;
  return new GoPathError(`${op} ${shown}: ${e.text.toLowerCase()}`);
}

/** os.MkdirAll(path, 0755). */
function mkdirAll(fs: VirtualFs, abs: string, shown: string): void {
  if (fs.exists(abs)) {
    if (fs.stat(abs).type === 'dir') return;
    throw new GoPathError(`mkdir ${shown}: not a directory`);
  }
  try {
    fs.mkdir(abs, { recursive: true });
  } catch (e) {
    throw goError('mkdir', shown, e);
  }
}

/** os.Create and io.Copy: the file truncated and written. */
function createFile(fs: VirtualFs, abs: string, shown: string, content: string): void {
  if (fs.exists(abs) && fs.stat(abs).type === 'dir') throw new GoPathError(`open ${shown}: is a directory`);
  try {
    fs.writeFile(abs, content);
  } catch (e) {
    throw goError('open', shown, e);
  }
}

/** filepath.Rel for two cleaned paths of the same kind. */
function relativeTo(base: string, target: string): string {
  const b = goClean(base);
  const t = goClean(target);
  if (b === t) return '.';
  const bp = b === '.' ? [] : b.split('/');
  const tp = t === '.' ? [] : t.split('/');
  let i = 0;
  while (i < bp.length && i < tp.length && bp[i] === tp[i]) i++;
  return [...bp.slice(i).map(() => '..'), ...tp.slice(i)].join('/') || '.';
}
