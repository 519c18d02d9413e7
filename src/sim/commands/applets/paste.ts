// `paste [-s] [-d LIST] [FILE]...` (coreutils src/paste.c, busybox coreutils/paste.c): join the
// lines of files side by side, or each file's lines into one (-s).
import type { CommandContext } from '../../shell/types.js';
import { isGnu, parseOptions, readInput, splitLines } from './support.js';

/** The -d list: `\n`, `\t`, `\\` and `\0` (no delimiter) are escapes. */
function delimiters(list: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as string;
    if (c !== '\\' || i + 1 >= list.length) {
      out.push(c);
      continue;
    }
    const n = list[++i] as string;
    out.push(n === 'n' ? '\n' : n === 't' ? '\t' : n === '0' ? '' : n);
  }
  return out;
}

/** Writes corresponding lines of every file joined by the delimiters, which are used in turn. */
export function paste(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'sd:', { long: { serial: 's', delimiters: 'd' } });
  if (!parsed) return 1;
  const d = parsed.opts.get('d');
  const delims = typeof d === 'string' ? delimiters(d) : ['\t'];
  if (delims.length === 0) delims.push('');
  const files = parsed.operands.length > 0 ? parsed.operands : ['-'];
  // Both tools open every file before writing anything: one missing file means no output.
  const texts: string[] = [];
  let stdin: string | undefined;
  for (const f of files) {
    const text = f === '-' ? (stdin ??= readInput(ctx, f)) : readInput(ctx, f, { busybox: (p, e) => `${p}: ${e.text}` });
    if (text === undefined) return 1;
    texts.push(text);
  }
  const join = (fields: string[]) => fields.map((field, i) => (i === 0 ? field : `${delims[(i - 1) % delims.length]}${field}`)).join('');
  let out = '';
  if (!parsed.opts.has('s') && !isGnu(ctx)) {
    ctx.stdout.write(busyboxRows(files.map((f, i) => splitLines(f === '-' ? '' : (texts[i] as string))), files, splitLines(stdin ?? ''), delims));
    return 0;
  }
  if (parsed.opts.has('s')) {
    for (const text of texts) out += `${join(splitLines(text))}\n`;
  } else {
    // `-` named twice reads alternate lines of the one stdin.
    const lines = files.map(() => [] as string[]);
    const shared = splitLines(stdin ?? '');
    const dashes = files.filter((f) => f === '-').length;
    let k = 0;
    files.forEach((f, i) => {
      if (f !== '-') lines[i] = splitLines(texts[i] as string);
      else {
        const at = k++;
        lines[i] = shared.filter((_, j) => j % dashes === at);
      }
    });
    const rows = Math.max(0, ...lines.map((l) => l.length));
    for (let r = 0; r < rows; r++) out += `${join(lines.map((l) => l[r] ?? ''))}\n`;
  }
  ctx.stdout.write(out);
  return 0;
}

/**
 * busybox's rows (paste.c paste_files): a file that has ended adds neither a field nor its
 * delimiter, and the row ends only where the last file still had a line.
 */
function busyboxRows(lines: string[][], files: string[], stdin: string[], delims: string[]): string {
  let next = 0;
  const take = (i: number) => (files[i] === '-' ? stdin[next++] : lines[i]?.shift());
  const active = files.map(() => true);
  let out = '';
  while (active.some(Boolean)) {
    let d = 0;
    for (let i = 0; i < files.length; i++) {
      if (!active[i]) continue;
      const line = take(i);
      if (line === undefined) {
        active[i] = false;
        continue;
      }
      out += line + (i === files.length - 1 ? '\n' : (delims[d++ % delims.length] as string));
    }
  }
  return out;
}
