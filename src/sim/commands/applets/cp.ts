// `cp [-r] SRC... DEST` and `mv SRC... DEST`.
import type { CommandContext } from '../../shell/types.js';
import { lexists } from '../../core/vfs/vfs-realpath.js';
import { fullWrite } from '../../shell/interp/io.js';
import { basenamePath, type FsError, isFsError, resolvePath, type VirtualFs } from '../../core/vfs/vfs.js';
import { isGnu, parseOptions, warn } from './support.js';

function isDir(fs: VirtualFs, path: string): boolean {
  return fs.exists(path) && fs.stat(path).type === 'dir';
}

/** Copies a file or (recursive) a tree; a recursive copy keeps links as links (GNU -R, busybox "-P default if -R"). */
function copyTree(fs: VirtualFs, from: string, to: string, recursive = false): void {
  if (recursive && fs.lstat(from).type === 'symlink') {
    fs.symlink(fs.readlink(from), to);
    return;
  }
  if (fs.stat(from).type === 'file') {
    // The bytes go as extents: copying a 1 GiB file of zeros holds nothing.
    const { error } = fullWrite(fs, to, fs.readData(from), { truncate: true });
    if (error) throw new WriteFailed(to, error);
    return;
  }
  if (!fs.exists(to)) fs.mkdir(to);
  for (const name of fs.readdir(from)) copyTree(fs, `${from}/${name}`, `${to}/${name}`, true);
}

/** A copy's write found the filesystem full (its open went through). */
class WriteFailed {
  constructor(
    readonly path: string,
    readonly error: FsError,
  ) {}
}

/** Sources and the destination path for each, or undefined after reporting a usage error. */
function plan(ctx: CommandContext, operands: string[]): { src: string; from: string; to: string; shown: string }[] | undefined {
  if (operands.length < 2) {
    warn(ctx, operands.length === 0 ? 'missing file operand' : `missing destination file operand after '${operands[0]}'`);
    if (isGnu(ctx)) ctx.stderr.write(`Try '${ctx.argv[0]} --help' for more information.\n`);
    return undefined;
  }
  const dest = operands[operands.length - 1] as string;
  const destAbs = resolvePath(ctx.cwd, dest);
  const sources = operands.slice(0, -1);
  const intoDir = isDir(ctx.fs, destAbs);
  if (sources.length > 1 && !intoDir) {
    warn(ctx, isGnu(ctx) ? `target '${dest}' is not a directory` : `'${dest}' is not a directory`);
    return undefined;
  }
  return sources.map((src) => {
    const from = resolvePath(ctx.cwd, src);
    return { src, from, to: intoDir ? `${destAbs}/${basenamePath(from)}` : destAbs, shown: intoDir ? `${dest.replace(/\/+$/, '')}/${basenamePath(from)}` : dest };
  });
}

/** Copies files, and trees with -r. */
export function cp(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'rRafpPdv', { long: { recursive: 'r', force: 'f' } });
  if (!parsed) return 1;
  const steps = plan(ctx, parsed.operands);
  if (!steps) return 1;
  const recursive = ['r', 'R', 'a'].some((o) => parsed.opts.has(o));
  let status = 0;
  for (const { src, from, to, shown } of steps) {
    try {
      if (!(recursive ? lexists(ctx.fs, from) : ctx.fs.exists(from))) {
        warn(ctx, `${isGnu(ctx) ? 'cannot' : "can't"} stat '${src}': No such file or directory`);
        status = 1;
        continue;
      }
      if (isDir(ctx.fs, from) && !recursive) {
        warn(ctx, isGnu(ctx) ? `-r not specified; omitting directory '${src}'` : `omitting directory '${src}'`);
        status = 1;
        continue;
      }
      copyTree(ctx.fs, from, to, recursive);
    } catch (e) {
      if (e instanceof WriteFailed) {
        // GNU copy.c names the file; busybox's copyfd (libbb/copyfd.c) says only `write error`.
        warn(ctx, isGnu(ctx) ? `error writing '${e.path === to ? shown : e.path}': ${e.error.text}` : `write error: ${e.error.text}`);
        status = 1;
        continue;
      }
      if (!isFsError(e)) throw e;
      warn(ctx, `${isGnu(ctx) ? 'cannot create regular file' : "can't create"} '${to}': ${e.text}`);
      status = 1;
    }
  }
  return status;
}

/** Moves or renames files and directories. */
export function mv(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'fivnT', { long: { force: 'f' } });
  if (!parsed) return 1;
  const steps = plan(ctx, parsed.operands);
  if (!steps) return 1;
  let status = 0;
  for (const { src, from, to } of steps) {
    try {
      if (!lexists(ctx.fs, from)) {
        warn(ctx, isGnu(ctx) ? `cannot stat '${src}': No such file or directory` : `can't rename '${src}': No such file or directory`);
        status = 1;
        continue;
      }
      ctx.fs.rename(from, to);
    } catch (e) {
      if (!isFsError(e)) throw e;
      warn(ctx, isGnu(ctx) ? `cannot move '${src}' to '${to}': ${e.text}` : `can't rename '${src}': ${e.text}`);
      status = 1;
    }
  }
  return status;
}
