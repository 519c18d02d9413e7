// `cmp [-s] [-l] FILE1 [FILE2]` (diffutils src/cmp.c, busybox editors/cmp.c): the first byte that
// differs, or every one (-l); 0 when the files are the same, 1 when they differ, 2 on trouble.
// GNU says `char` in the C locale (a container's) and `byte` only in a translated one.
import { encodeBytes } from '../../core/text/bytes.js';
import type { CommandContext } from '../../shell/types.js';
import { badOption, isGnu, parseOptions, readInput, warn } from './support.js';

/** Compares two files byte by byte. */
export function cmp(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'sl', { long: { silent: 's', quiet: 's', verbose: 'l' } });
  if (!parsed) return 2;
  const [a, b = '-'] = parsed.operands;
  if (a === undefined || parsed.operands.length > 2) {
    if (isGnu(ctx)) badOption(ctx, a === undefined ? 'missing operand after \'cmp\'' : `extra operand '${parsed.operands[2]}'`);
    return 2;
  }
  const silent = parsed.opts.has('s');
  const wording = { busybox: (p: string, e: { text: string }) => `${p}: ${e.text}` };
  const ta = readInput(ctx, a, wording);
  if (ta === undefined) return 2;
  const tb = readInput(ctx, b, wording);
  if (tb === undefined) return 2;
  const [x, y] = [encodeBytes(ta), encodeBytes(tb)];
  const common = Math.min(x.length, y.length);
  let line = 1;
  let differ = false;
  let out = '';
  for (let i = 0; i < common; i++) {
    if (x[i] !== y[i]) {
      differ = true;
      if (silent) return 1;
      if (!parsed.opts.has('l')) {
        ctx.stdout.write(`${a} ${b} differ: char ${i + 1}, line ${line}\n`);
        return 1;
      }
      out += isGnu(ctx)
        ? `${String(i + 1).padStart(String(Math.max(x.length, y.length)).length)} ${(x[i] as number).toString(8).padStart(3)} ${(y[i] as number).toString(8).padStart(3)}\n`
        : `${i + 1} ${(x[i] as number).toString(8).padStart(3)} ${(y[i] as number).toString(8).padStart(3)}\n`;
    }
    if (x[i] === 10) line++;
  }
  ctx.stdout.write(out);
  if (x.length === y.length) return differ ? 1 : 0;
  if (!silent) {
    const shorter = x.length < y.length ? a : b;
    const where = parsed.opts.has('l') ? '' : `, line ${line - (x[common - 1] === 10 ? 1 : 0)}`;
    if (isGnu(ctx)) warn(ctx, common === 0 ? `EOF on ${shorter} which is empty` : `EOF on ${shorter} after byte ${common}${where}`);
    else warn(ctx, `EOF on ${shorter}`);
  }
  return 1;
}
