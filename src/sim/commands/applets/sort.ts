// `sort [-nrufb] [-t SEP] [-k N[,M]] [FILE...]` in the C locale (byte order).
import type { CommandContext } from '../../shell/types.js';
import { parseOptions, readInput, splitLines } from './support.js';

interface Key {
  start: number;
  end: number | undefined;
}

/** Sorts lines. */
export function sort(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'nrufbt:k:o:sVh', { long: { 'numeric-sort': 'n', reverse: 'r', unique: 'u', 'ignore-case': 'f', 'field-separator': 't', key: 'k' } });
  if (!parsed) return 2;
  const o = parsed.opts;
  const files = parsed.operands.length > 0 ? parsed.operands : ['-'];
  let lines: string[] = [];
  for (const file of files) {
    const text = readInput(ctx, file, { gnu: (p, e) => `cannot read: ${p}: ${e.text}` });
    if (text === undefined) return 2;
    lines.push(...splitLines(text));
  }
  const sep = typeof o.get('t') === 'string' ? (o.get('t') as string) : undefined;
  const keySpec = o.get('k');
  const key = typeof keySpec === 'string' ? parseKey(keySpec) : undefined;
  const numeric = o.has('n') || o.has('h') || /n/.test(typeof keySpec === 'string' ? keySpec : '');
  const fold = o.has('f');
  const extract = (line: string): string => (key === undefined ? line : keyText(line, key, sep));
  const compare = (a: string, b: string): number => {
    let ka = extract(a);
    let kb = extract(b);
    if (numeric) {
      const d = leadingNumber(ka) - leadingNumber(kb);
      if (d !== 0) return d;
    } else {
      if (fold) {
        ka = ka.toUpperCase();
        kb = kb.toUpperCase();
      }
      if (ka !== kb) return ka < kb ? -1 : 1;
    }
    if (o.has('s') || o.has('u')) return 0;
    return a < b ? -1 : a > b ? 1 : 0;
  };
  lines.sort((a, b) => (o.has('r') ? -compare(a, b) : compare(a, b)));
  if (o.has('u')) lines = lines.filter((l, i) => i === 0 || compare(lines[i - 1] as string, l) !== 0);
  const out = lines.map((l) => `${l}\n`).join('');
  const target = o.get('o');
  if (typeof target === 'string') ctx.fs.writeFile(target.startsWith('/') ? target : `${ctx.cwd}/${target}`, out);
  else ctx.stdout.write(out);
  return 0;
}

function parseKey(spec: string): Key {
  const [a, b] = spec.split(',');
  const start = parseInt(a ?? '1', 10) || 1;
  const end = b === undefined ? undefined : parseInt(b, 10) || undefined;
  return { start, end };
}

function keyText(line: string, key: Key, sep: string | undefined): string {
  const fields = sep === undefined ? line.split(/(?=[ \t])(?<![ \t])/) : line.split(sep);
  const slice = fields.slice(key.start - 1, key.end === undefined ? undefined : key.end);
  const text = slice.join(sep ?? '');
  return sep === undefined ? text.replace(/^[ \t]+/, '') : text;
}

function leadingNumber(s: string): number {
  const m = /^\s*(-?[0-9]*\.?[0-9]+)/.exec(s);
  return m ? Number(m[1]) : 0;
}
