// `ln [-sfnv] TARGET... LINK_NAME|DIRECTORY` (coreutils src/ln.c, busybox coreutils/ln.c): hard
// links by default, symbolic links with -s; -f replaces what is there, -n does not follow a
// LINK_NAME that is a symbolic link to a directory.
import type { CommandContext } from '../../shell/types.js';
import { lexists } from '../../core/vfs/vfs-realpath.js';
import { basenamePath, type FsError, isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { badOption, isGnu, parseOptions, warn } from './support.js';

/** Makes links. */
export function ln(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'sfnvTL', { long: { symbolic: 's', force: 'f', 'no-dereference': 'n', verbose: 'v', 'no-target-directory': 'T' } });
  if (!parsed) return 1;
  const o = parsed.opts;
  const operands = parsed.operands;
  if (operands.length === 0) {
    if (isGnu(ctx)) badOption(ctx, 'missing file operand');
    return 1;
  }
  const last = operands[operands.length - 1] as string;
  const intoDir = operands.length === 1 || (!o.has('T') && isDir(ctx, last, o.has('n')));
  const sources = operands.length === 1 ? operands : operands.slice(0, -1);
  if (operands.length > 2 && !intoDir && isGnu(ctx)) {
    warn(ctx, ctx.fs.exists(resolvePath(ctx.cwd, last)) ? `target '${last}' is not a directory` : `target '${last}': No such file or directory`);
    return 1;
  }
  let status = 0;
  for (const source of sources) {
    const base = basenamePath(source);
    // busybox links every source to a LINK_NAME that is not a directory (the second one fails).
    let name = last;
    if (operands.length === 1) name = isGnu(ctx) ? `./${base}` : base;
    else if (intoDir) name = last.endsWith('/') ? `${last}${base}` : `${last}/${base}`;
    if (!link(ctx, source, name, o)) status = 1;
  }
  return status;
}

function isDir(ctx: CommandContext, path: string, noDeref: boolean): boolean {
  try {
    const abs = resolvePath(ctx.cwd, path);
    if (noDeref && ctx.fs.lstat(abs).type === 'symlink') return false;
    return ctx.fs.stat(abs).type === 'dir';
  } catch (e) {
    if (isFsError(e)) return false;
    throw e;
  }
}

/** One link; reports and returns false on failure. */
function link(ctx: CommandContext, source: string, name: string, o: Map<string, string | true>): boolean {
  const gnu = isGnu(ctx);
  const symbolic = o.has('s');
  const at = resolvePath(ctx.cwd, name);
  const fail = (e: FsError, path = name) => {
    if (!gnu) warn(ctx, `${path}: ${e.text}`);
    else warn(ctx, `failed to create ${symbolic ? 'symbolic' : 'hard'} link '${name}'${e.code === 'EEXIST' ? '' : symbolic ? ` -> '${source}'` : ` => '${source}'`}: ${e.text}`);
    return false;
  };
  if (!symbolic) {
    try {
      const st = ctx.fs.lstat(resolvePath(ctx.cwd, source));
      if (st.type === 'dir') {
        warn(ctx, gnu ? `${source}: hard link not allowed for directory` : `${name}: Operation not permitted`);
        return false;
      }
    } catch (e) {
      if (!isFsError(e)) throw e;
      warn(ctx, gnu ? `failed to access '${source}': ${e.text}` : `${source}: ${e.text}`);
      return false;
    }
  }
  try {
    if (o.has('f') && lexists(ctx.fs, at)) {
      if (ctx.fs.lstat(at).type === 'dir') {
        warn(ctx, gnu ? `${name}: cannot overwrite directory` : `${name}: Is a directory`);
        return false;
      }
      ctx.fs.rm(at);
    }
    if (symbolic) ctx.fs.symlink(source, at);
    else ctx.fs.link(resolvePath(ctx.cwd, source), at);
  } catch (e) {
    if (!isFsError(e)) throw e;
    return fail(e);
  }
  if (o.has('v')) ctx.stdout.write(`'${name}' ${symbolic ? '->' : '=>'} '${source}'\n`);
  return true;
}
