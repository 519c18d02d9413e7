// `nl [-b STYLE] [-i N] [-s SEP] [-v N] [-w N] [-n FORMAT] [FILE]...` (coreutils src/nl.c,
// busybox coreutils/nl.c): number lines, by default the non-empty ones, in a 6-wide column.
import { translateRegex } from '../../shell/expand/regex.js';
import type { CommandContext } from '../../shell/types.js';
import { eachFile, isGnu, parseOptions, splitLines, warn } from './support.js';

const GNU_WHAT: Record<string, string> = { v: 'starting line number', i: 'line number increment', w: 'line number field width' };

/** Writes the files with their lines numbered. */
export function nl(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'b:i:s:v:w:n:', {
    long: { 'body-numbering': 'b', 'line-increment': 'i', 'number-separator': 's', 'starting-line-number': 'v', 'number-width': 'w', 'number-format': 'n' },
  });
  if (!parsed) return 1;
  const o = parsed.opts;
  const nums: Record<string, number> = { v: 1, i: 1, w: 6 };
  for (const k of ['v', 'i', 'w']) {
    const raw = o.get(k);
    if (typeof raw !== 'string') continue;
    const n = /^[-+]?[0-9]+$/.test(raw) ? Number(raw) : NaN;
    if (Number.isNaN(n) || (k === 'w' && n < 1)) {
      warn(ctx, isGnu(ctx) ? `invalid ${GNU_WHAT[k]}: '${raw}'` : `invalid number '${raw}'`);
      return 1;
    }
    nums[k] = n;
  }
  const style = typeof o.get('b') === 'string' ? (o.get('b') as string) : 't';
  let numbered: (line: string) => boolean;
  if (style === 'a') numbered = () => true;
  else if (style === 't') numbered = (l) => l !== '';
  else if (style === 'n') numbered = () => false;
  else if (style.startsWith('p') && isGnu(ctx)) {
    const re = new RegExp(translateRegex(style.slice(1), false));
    numbered = (l) => re.test(l);
  } else {
    warn(ctx, isGnu(ctx) ? `invalid body numbering style: '${style}'` : `invalid argument '${style}' to '-b'`);
    return 1;
  }
  const sep = typeof o.get('s') === 'string' ? (o.get('s') as string) : '\t';
  const format = typeof o.get('n') === 'string' ? (o.get('n') as string) : 'rn';
  const width = nums['w'] as number;
  let n = nums['v'] as number;
  const blank = ' '.repeat(width + sep.length);
  return eachFile(ctx, parsed.operands, { busybox: (p, e) => `${p}: ${e.text}` }, (text) => {
    let out = '';
    for (const line of splitLines(text)) {
      if (!numbered(line)) {
        out += `${blank}${line}\n`;
        continue;
      }
      out += `${pad(n, width, format)}${sep}${line}\n`;
      n += nums['i'] as number;
    }
    ctx.stdout.write(out);
  });
}

/** The number in its column: right-aligned (rn), left-aligned (ln) or zero-filled (rz). */
function pad(n: number, width: number, format: string): string {
  if (format === 'ln') return String(n).padEnd(width);
  if (format === 'rz') return n < 0 ? `-${String(-n).padStart(width - 1, '0')}` : String(n).padStart(width, '0');
  return String(n).padStart(width);
}
