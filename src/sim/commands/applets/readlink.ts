// `readlink [-f|-e|-m] [-n] FILE...` and `realpath [-e|-m] [-s] FILE...` (coreutils
// src/readlink.c and src/realpath.c; busybox coreutils/readlink.c and realpath.c): a symbolic
// link's target, or the canonical absolute name. GNU lets the last part be missing (-f,
// realpath's default); busybox needs all of it, and its readlink -f fails without a word.
import type { CommandContext } from '../../shell/types.js';
import { canonicalPath, type Existence } from '../../core/vfs/vfs-realpath.js';
import { isFsError, normalizePath, resolvePath } from '../../core/vfs/vfs.js';
import { badOption, isGnu, parseOptions, warn } from './support.js';

/** Prints link targets, or canonical names with -f, -e or -m. */
export function readlink(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, isGnu(ctx) ? 'femnqsvz' : 'fnsvq', { long: { canonicalize: 'f', 'canonicalize-existing': 'e', 'canonicalize-missing': 'm', 'no-newline': 'n', quiet: 'q', silent: 's', verbose: 'v', zero: 'z' } });
  if (!parsed) return 1;
  const o = parsed.opts;
  if (parsed.operands.length === 0) {
    if (isGnu(ctx)) badOption(ctx, 'missing operand');
    return 1;
  }
  const need: Existence | undefined = o.has('e') ? 'all' : o.has('m') ? 'none' : o.has('f') ? (isGnu(ctx) ? 'parents' : 'all') : undefined;
  const end = o.has('z') ? '\0' : o.has('n') && parsed.operands.length === 1 ? '' : '\n';
  let status = 0;
  let out = '';
  for (const name of parsed.operands) {
    const abs = resolvePath(ctx.cwd, name);
    try {
      out += `${need === undefined ? ctx.fs.readlink(abs) : canonicalPath(ctx.fs, rawAbsolute(ctx, name), need)}${end}`;
    } catch (e) {
      if (!isFsError(e)) throw e;
      if (o.has('v')) warn(ctx, `${name}: ${e.text}`);
      status = 1;
    }
  }
  ctx.stdout.write(out);
  return status;
}

/** Prints the canonical absolute name of each file. */
export function realpath(ctx: CommandContext): number {
  const parsed = isGnu(ctx)
    ? parseOptions(ctx, 'emsqzLP', { long: { 'canonicalize-existing': 'e', 'canonicalize-missing': 'm', 'no-symlinks': 's', strip: 's', quiet: 'q', zero: 'z', logical: 'L', physical: 'P' } })
    : { opts: new Map<string, string | true>(), operands: ctx.argv.slice(1) };
  if (!parsed) return 1;
  const o = parsed.opts;
  if (parsed.operands.length === 0) {
    if (isGnu(ctx)) badOption(ctx, 'missing operand');
    return 1;
  }
  // busybox's realpath takes no option and needs every part to exist; GNU's default all but the last.
  const need: Existence = o.has('e') || !isGnu(ctx) ? 'all' : o.has('m') ? 'none' : 'parents';
  let status = 0;
  let out = '';
  for (const name of parsed.operands) {
    try {
      out += `${o.has('s') ? resolvePath(ctx.cwd, name) : canonicalPath(ctx.fs, rawAbsolute(ctx, name), need)}${o.has('z') ? '\0' : '\n'}`;
    } catch (e) {
      if (!isFsError(e)) throw e;
      if (!o.has('q')) warn(ctx, `${name}: ${e.text}`);
      status = 1;
    }
  }
  ctx.stdout.write(out);
  return status;
}

/** The absolute name with its `..` kept, so that they apply after the links before them. */
function rawAbsolute(ctx: CommandContext, name: string): string {
  return name.startsWith('/') ? name : `${normalizePath(ctx.cwd)}/${name}`;
}
