// `mktemp [-d] [-u] [-q] [-p DIR] [-t] [TEMPLATE]` (coreutils src/mktemp.c, busybox
// debianutils/mktemp.c): creates a file (or directory) with a unique name and prints it. The
// Xs are filled from a generator seeded by the virtual clock, never Math.random, and the next
// candidate is tried while the name is taken.
import type { CommandContext } from '../../shell/types.js';
import { isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { badOption, isGnu, parseOptions, warn } from './support.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Makes a temporary file or directory. */
export function mktemp(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'dqup:t', { long: { directory: 'd', quiet: 'q', 'dry-run': 'u', tmpdir: 'p' } });
  if (!parsed) return 1;
  const o = parsed.opts;
  const gnu = isGnu(ctx);
  if (parsed.operands.length > 1) {
    if (gnu) badOption(ctx, `too many templates`);
    return 1;
  }
  const given = parsed.operands[0];
  const template = given ?? (gnu ? 'tmp.XXXXXXXXXX' : 'tmp.XXXXXX');
  const xs = /X*$/.exec(template)?.[0].length ?? 0;
  const tmpdir = typeof o.get('p') === 'string' && o.get('p') !== '' ? (o.get('p') as string) : (ctx.env['TMPDIR'] || '/tmp');
  // GNU puts the template in TMPDIR with -p, -t or no template; busybox too, and with -p or -t only.
  const inTmp = o.has('p') || o.has('t') || given === undefined;
  const path = inTmp && !template.startsWith('/') ? `${tmpdir.replace(/\/$/, '')}/${template}` : template;
  const fail = (text: string) => {
    if (!o.has('q')) warn(ctx, text);
    return 1;
  };
  if (xs < (gnu ? 3 : 6)) return fail(gnu ? `too few X's in template '${template}'` : '(null): Invalid argument');
  let seed = Math.floor(ctx.now()) ^ 0x5bd1e995;
  for (let attempt = 0; attempt < 100; attempt++) {
    let fill = '';
    for (let i = 0; i < xs; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) | 0;
      fill += LETTERS[((seed >>> 16) & 0x7fff) % LETTERS.length];
    }
    const name = path.slice(0, path.length - xs) + fill;
    const abs = resolvePath(ctx.cwd, name);
    if (ctx.fs.exists(abs)) continue;
    try {
      if (!o.has('u')) {
        if (o.has('d')) ctx.fs.mkdir(abs);
        else ctx.fs.writeFile(abs, '');
      }
    } catch (e) {
      if (!isFsError(e)) throw e;
      return fail(gnu ? `failed to create ${o.has('d') ? 'directory' : 'file'} via template '${path}': ${e.text}` : `(null): ${e.text}`);
    }
    ctx.stdout.write(`${name}\n`);
    return 0;
  }
  return fail(gnu ? `failed to create file via template '${path}': File exists` : '(null): File exists');
}
