// `comm [-123] FILE1 FILE2` (coreutils src/comm.c, busybox coreutils/comm.c): lines only in the
// first file, only in the second, and in both, in three tab-indented columns. GNU also checks that
// the input is sorted once a line has no partner, and then fails.
import type { CommandContext } from '../../shell/types.js';
import { badOption, isGnu, parseOptions, readInput, splitLines, warn } from './support.js';

/** Compares two sorted files line by line. */
export function comm(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, '123', { long: { 'check-order': 'c', 'nocheck-order': 'C', 'output-delimiter': 'd' } });
  if (!parsed) return 1;
  const o = parsed.opts;
  if (parsed.operands.length !== 2) {
    const [first] = parsed.operands;
    if (isGnu(ctx)) badOption(ctx, parsed.operands.length === 0 ? 'missing operand' : parsed.operands.length === 1 ? `missing operand after '${first}'` : `extra operand '${parsed.operands[2]}'`);
    return 1;
  }
  const texts = parsed.operands.map((f) => readInput(ctx, f));
  if (texts[0] === undefined || texts[1] === undefined) return 1;
  const [a, b] = [splitLines(texts[0]), splitLines(texts[1])];
  const show = [!o.has('1'), !o.has('2'), !o.has('3')];
  const delim = typeof o.get('d') === 'string' ? (o.get('d') as string) : '\t';
  const check = isGnu(ctx) && !o.has('C');
  const prev: (string | undefined)[] = [undefined, undefined];
  const warned = [false, false];
  let unpaired = false;
  let out = '';
  const emit = (col: 0 | 1 | 2, line: string) => {
    if (!show[col]) return;
    out += `${delim.repeat(show.slice(0, col).filter(Boolean).length)}${line}\n`;
  };
  const ordered = (which: 0 | 1, line: string) => {
    const p = prev[which];
    prev[which] = line;
    if (!check || warned[which] || p === undefined || (!unpaired && !o.has('c')) || p <= line) return;
    ctx.stdout.write(out);
    out = '';
    warn(ctx, `file ${which + 1} is not in sorted order`);
    warned[which] = true;
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      unpaired = true;
      ordered(0, x as string);
      emit(0, x as string);
      i++;
    } else if (x === undefined || y < x) {
      unpaired = true;
      ordered(1, y);
      emit(1, y);
      j++;
    } else {
      ordered(0, x);
      ordered(1, y);
      emit(2, x);
      i++;
      j++;
    }
  }
  ctx.stdout.write(out);
  if (warned[0] || warned[1]) {
    warn(ctx, 'input is not in sorted order');
    return 1;
  }
  return 0;
}
