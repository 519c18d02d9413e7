// `cut -f LIST [-d SEP] [-s]`, `cut -c LIST`, `cut -b LIST`.
import type { CommandContext } from '../../shell/types.js';
import { badOption, isGnu, parseOptions, readInput, splitLines, warn } from './support.js';

type Range = [number, number];

/** Prints selected fields or characters of each line. */
export function cut(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'f:d:c:b:sn', { long: { fields: 'f', delimiter: 'd', characters: 'c', bytes: 'b', 'only-delimited': 's' } });
  if (!parsed) return 1;
  const o = parsed.opts;
  const listSpec = o.get('f') ?? o.get('c') ?? o.get('b');
  if (typeof listSpec !== 'string') {
    badOption(ctx, 'you must specify a list of bytes, characters, or fields');
    return 1;
  }
  const ranges = parseList(listSpec);
  if (ranges === undefined) {
    warn(ctx, isGnu(ctx) ? `invalid field value '${listSpec}'` : `invalid list '${listSpec}'`);
    return 1;
  }
  const delim = typeof o.get('d') === 'string' ? (o.get('d') as string) : '\t';
  if (delim.length !== 1) {
    badOption(ctx, 'the delimiter must be a single character');
    return 1;
  }
  const files = parsed.operands.length > 0 ? parsed.operands : ['-'];
  let status = 0;
  let out = '';
  for (const file of files) {
    const text = readInput(ctx, file);
    if (text === undefined) {
      status = 1;
      continue;
    }
    for (const line of splitLines(text)) {
      if (o.has('f')) {
        if (!line.includes(delim)) {
          if (!o.has('s')) out += `${line}\n`;
          continue;
        }
        const fields = line.split(delim);
        out += `${fields.filter((_, i) => inRanges(ranges, i + 1)).join(delim)}\n`;
      } else {
        out += `${[...line].filter((_, i) => inRanges(ranges, i + 1)).join('')}\n`;
      }
    }
  }
  ctx.stdout.write(out);
  return status;
}

function parseList(spec: string): Range[] | undefined {
  const ranges: Range[] = [];
  for (const part of spec.split(',')) {
    const m = /^([0-9]*)(-?)([0-9]*)$/.exec(part);
    if (!m || part === '' || part === '-') return undefined;
    const a = m[1] === '' ? 1 : Number(m[1]);
    const b = m[2] === '' ? a : m[3] === '' ? Infinity : Number(m[3]);
    if (a < 1) return undefined;
    ranges.push([a, b]);
  }
  return ranges;
}

function inRanges(ranges: Range[], n: number): boolean {
  return ranges.some(([a, b]) => n >= a && n <= b);
}
