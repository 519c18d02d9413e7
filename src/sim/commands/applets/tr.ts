// `tr [-d] [-s] [-c] SET1 [SET2]`: ranges, [:classes:], backslash escapes.
import type { CommandContext } from '../../shell/types.js';
import { badOption, parseOptions } from './support.js';

const CLASSES: Record<string, string> = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digit: '0123456789',
  space: ' \t\n\r\f\v',
  blank: ' \t',
  punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
};
CLASSES['alpha'] = (CLASSES['upper'] as string) + (CLASSES['lower'] as string);
CLASSES['alnum'] = (CLASSES['alpha'] as string) + (CLASSES['digit'] as string);
CLASSES['xdigit'] = '0123456789ABCDEFabcdef';

const ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** Expands a tr set to its characters. */
export function expandSet(spec: string): string[] {
  const chars: string[] = [];
  for (let i = 0; i < spec.length; i++) {
    const cls = /^\[:([a-z]+):\]/.exec(spec.slice(i));
    if (cls && CLASSES[cls[1] as string] !== undefined) {
      chars.push(...(CLASSES[cls[1] as string] as string));
      i += cls[0].length - 1;
      continue;
    }
    let c = spec[i] as string;
    if (c === '\\' && i + 1 < spec.length) {
      const oct = /^[0-7]{1,3}/.exec(spec.slice(i + 1));
      if (oct) {
        c = String.fromCharCode(parseInt(oct[0], 8));
        i += oct[0].length;
      } else {
        c = ESC[spec[i + 1] as string] ?? (spec[i + 1] as string);
        i++;
      }
    }
    if (spec[i + 1] === '-' && i + 2 < spec.length) {
      const end = spec[i + 2] as string;
      for (let code = c.charCodeAt(0); code <= end.charCodeAt(0); code++) chars.push(String.fromCharCode(code));
      i += 2;
      continue;
    }
    chars.push(c);
  }
  return chars;
}

/** Translates, deletes or squeezes characters of stdin. */
export function tr(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'dscC', { long: { delete: 'd', 'squeeze-repeats': 's', complement: 'c' } });
  if (!parsed) return 1;
  const o = parsed.opts;
  const [s1, s2] = parsed.operands;
  if (s1 === undefined || (s2 === undefined && !o.has('d') && !o.has('s'))) {
    badOption(ctx, s1 === undefined ? 'missing operand' : `missing operand after '${s1}'`);
    return 1;
  }
  const set1 = new Set(expandSet(s1));
  const inSet1 = (c: string): boolean => set1.has(c) !== (o.has('c') || o.has('C'));
  const set2 = s2 === undefined ? [] : expandSet(s2);
  const list1 = expandSet(s1);
  const map = new Map<string, string>();
  if (!o.has('d') && set2.length > 0) list1.forEach((c, i) => map.set(c, set2[Math.min(i, set2.length - 1)] as string));
  const squeeze = new Set(o.has('d') ? set2 : set2.length > 0 ? set2 : list1);
  let out = '';
  for (const c of ctx.stdin) {
    if (o.has('d') && inSet1(c)) continue;
    const t = o.has('d') ? c : (map.get(c) ?? (o.has('c') && inSet1(c) && set2.length > 0 ? (set2[set2.length - 1] as string) : c));
    if (o.has('s') && squeeze.has(t) && out.endsWith(t)) continue;
    out += t;
  }
  ctx.stdout.write(out);
  return 0;
}
