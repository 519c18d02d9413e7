// `seq [-s SEP] [-w] [FIRST [INCREMENT]] LAST`.
import type { CommandContext, CommandResult } from '../../shell/types.js';
import { CHUNK, writePieces } from './stream.js';
import { badOption, isGnu, parseOptions, warn } from './support.js';

/** Prints a sequence of numbers. */
export function seq(ctx: CommandContext): CommandResult {
  const argv = ctx.argv.map((a, i) => (i > 0 && /^-[0-9.]+$/.test(a) ? `\u0000${a}` : a));
  const parsed = parseOptions(ctx, 's:wf:', { long: { separator: 's', 'equal-width': 'w' }, argv });
  if (!parsed) return 1;
  const nums = parsed.operands.map((a) => a.replace(/^\u0000/, ''));
  if (nums.length === 0 || nums.length > 3) {
    badOption(ctx, nums.length === 0 ? 'missing operand' : `extra operand '${nums[3]}'`);
    return 1;
  }
  for (const n of nums) {
    if (!/^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)$/.test(n)) {
      warn(ctx, isGnu(ctx) ? `invalid floating point argument: '${n}'` : `invalid number '${n}'`);
      if (isGnu(ctx)) ctx.stderr.write("Try 'seq --help' for more information.\n");
      return 1;
    }
  }
  const [first, step, last] = nums.length === 1 ? ['1', '1', nums[0]] : nums.length === 2 ? [nums[0], '1', nums[1]] : nums;
  const a = Number(first);
  const s = Number(step);
  const b = Number(last);
  const decimals = Math.max(...[first, step].map((x) => (x?.includes('.') ? (x.split('.')[1] ?? '').length : 0)));
  const sep = typeof parsed.opts.get('s') === 'string' ? (parsed.opts.get('s') as string) : '\n';
  if (s === 0) return 1;
  const count = Math.floor((b - a) / s + 1e-9) + 1;
  if (!(count > 0)) return 0;
  const format = (i: number): string => (a + i * s).toFixed(decimals);
  // -w: the widest number is one of the two ends.
  const width = parsed.opts.has('w') ? Math.max(format(0).length, format(count - 1).length) : 0;
  const shown = (i: number): string => {
    const v = format(i);
    if (width === 0) return v;
    return v.startsWith('-') ? `-${v.slice(1).padStart(width - 1, '0')}` : v.padStart(width, '0');
  };
  return writePieces(ctx, numbers(count, shown, sep));
}

/** The output a chunk at a time, each made when the pipe has room for it (`seq 1 1000000 | tail -n 1`). */
function* numbers(count: number, shown: (i: number) => string, sep: string): Iterable<string> {
  let piece = '';
  for (let i = 0; i < count; i++) {
    piece += i === count - 1 ? `${shown(i)}\n` : `${shown(i)}${sep}`;
    if (piece.length >= CHUNK) {
      yield piece;
      piece = '';
    }
  }
  if (piece !== '') yield piece;
}
