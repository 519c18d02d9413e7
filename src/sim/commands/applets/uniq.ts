// `uniq [-c] [-d] [-u] [-i] [INPUT]`.
import type { CommandContext } from '../../shell/types.js';
import { parseOptions, readInput, splitLines } from './support.js';

/** Collapses adjacent equal lines. */
export function uniq(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'cdui', { long: { count: 'c', repeated: 'd', unique: 'u', 'ignore-case': 'i' } });
  if (!parsed) return 1;
  const o = parsed.opts;
  const text = readInput(ctx, parsed.operands[0] ?? '-');
  if (text === undefined) return 1;
  const same = (a: string, b: string): boolean => (o.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b);
  const groups: { line: string; n: number }[] = [];
  for (const line of splitLines(text)) {
    const last = groups[groups.length - 1];
    if (last && same(last.line, line)) last.n++;
    else groups.push({ line, n: 1 });
  }
  let out = '';
  for (const g of groups) {
    if (o.has('d') && g.n < 2) continue;
    if (o.has('u') && g.n > 1) continue;
    out += o.has('c') ? `${String(g.n).padStart(7)} ${g.line}\n` : `${g.line}\n`;
  }
  ctx.stdout.write(out);
  return 0;
}
