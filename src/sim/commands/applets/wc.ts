// `wc [-lwcm] [FILE...]`.
import type { CommandContext } from '../../shell/types.js';
import { isFsError, resolvePath, utf8Length } from '../../core/vfs/vfs.js';
import { isGnu, parseOptions, readInput } from './support.js';

/** Counts lines, words and bytes. */
export function wc(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'lwcmL', { long: { lines: 'l', words: 'w', bytes: 'c', chars: 'm' } });
  if (!parsed) return 1;
  const o = parsed.opts;
  const wanted = (['l', 'w', 'c', 'm'] as const).filter((k) => o.has(k));
  const fields = wanted.length > 0 ? wanted : (['l', 'w', 'c'] as const);
  const files = parsed.operands.length > 0 ? parsed.operands : ['-'];
  const rows: { counts: number[]; name: string }[] = [];
  const total = fields.map(() => 0);
  let status = 0;
  for (const file of files) {
    // Bytes only: the size says it, as GNU wc's fstat does, without reading a 1 GiB file.
    const size = fields.length === 1 && fields[0] === 'c' ? regularFileSize(ctx, file) : undefined;
    if (size !== undefined) {
      total[0] = (total[0] as number) + size;
      rows.push({ counts: [size], name: file });
      continue;
    }
    const text = readInput(ctx, file, { gnu: (p, e) => `${p}: ${e.text}` });
    if (text === undefined) {
      status = 1;
      continue;
    }
    const counts = fields.map((k) => count(text, k));
    counts.forEach((c, i) => (total[i] = (total[i] as number) + c));
    rows.push({ counts, name: file === '-' ? '' : file });
  }
  if (files.length > 1) rows.push({ counts: total, name: 'total' });
  // GNU pads every column to the widest count when it prints more than one number.
  const single = fields.length === 1 && rows.length === 1;
  const width = single ? 0 : isGnu(ctx) ? Math.max(...rows.flatMap((r) => r.counts.map((c) => String(c).length)), files.includes('-') ? 7 : 1) : 7;
  let out = '';
  for (const r of rows) {
    const nums = r.counts.map((c) => String(c).padStart(width)).join(' ');
    out += `${nums}${r.name === '' ? '' : ` ${r.name}`}\n`;
  }
  ctx.stdout.write(out);
  return status;
}

function count(text: string, k: 'l' | 'w' | 'c' | 'm'): number {
  if (k === 'l') return (text.match(/\n/g) ?? []).length;
  if (k === 'w') return text.split(/\s+/).filter((w) => w !== '').length;
  if (k === 'm') return [...text].length;
  return utf8Length(text);
}

function regularFileSize(ctx: CommandContext, file: string): number | undefined {
  const path = resolvePath(ctx.cwd, file);
  if (file === '-' || /^\/dev\/(null|zero|u?random|stdin|fd\/.*)$/.test(path)) return undefined;
  try {
    const st = ctx.fs.stat(path);
    return st.type === 'file' ? st.size : undefined;
  } catch (e) {
    if (isFsError(e)) return undefined;
    throw e;
  }
}
