// `seq [-s SEP] [-w] [FIRST [INCREMENT]] LAST`.
import type { CommandContext } from '../../shell/types.js';
import { badOption, isGnu, parseOptions, warn } from './support.js';

/** Prints a sequence of numbers. */
export function seq(ctx: CommandContext): number {
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
  const values: string[] = [];
  if (s === 0) return 1;
  for (let i = 0; ; i++) {
    const v = a + i * s;
    if (s > 0 ? v > b + 1e-9 : v < b - 1e-9) break;
    values.push(v.toFixed(decimals));
    if (values.length > 1_000_000) break;
  }
  if (parsed.opts.has('w')) {
    const width = Math.max(...values.map((v) => v.length));
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as string;
      values[i] = v.startsWith('-') ? `-${v.slice(1).padStart(width - 1, '0')}` : v.padStart(width, '0');
    }
  }
  if (values.length > 0) ctx.stdout.write(`${values.join(sep)}\n`);
  return 0;
}
