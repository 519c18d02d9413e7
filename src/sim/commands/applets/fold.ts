// `fold [-bs] [-w WIDTH] [FILE]...` (coreutils src/fold.c fold_file, busybox coreutils/fold.c):
// wrap lines at WIDTH columns (80), counting a tab to the next multiple of 8, a backspace as -1
// and a carriage return as column 0 unless -b counts bytes; -s breaks after the last blank.
import type { CommandContext } from '../../shell/types.js';
import { eachFile, isGnu, parseOptions, warn } from './support.js';

/** Writes the files with long lines wrapped. */
export function fold(ctx: CommandContext): number {
  const argv = ctx.argv.map((a, i) => (i > 0 && /^-[0-9]+$/.test(a) ? `-w${a.slice(1)}` : a));
  const parsed = parseOptions(ctx, 'bsw:', { argv, long: { bytes: 'b', spaces: 's', width: 'w' } });
  if (!parsed) return 1;
  const raw = parsed.opts.get('w');
  const width = typeof raw === 'string' ? (/^[0-9]+$/.test(raw) ? Number(raw) : NaN) : 80;
  if (Number.isNaN(width) || width < 1) {
    warn(ctx, isGnu(ctx) ? `invalid number of columns: '${raw}'` : `invalid number '${raw}'`);
    return 1;
  }
  const bytes = parsed.opts.has('b');
  const spaces = parsed.opts.has('s');
  const advance = (col: number, c: string) => {
    if (bytes) return col + 1;
    if (c === '\b') return col > 0 ? col - 1 : 0;
    if (c === '\r') return 0;
    if (c === '\t') return col + 8 - (col % 8);
    return col + 1;
  };
  return eachFile(ctx, parsed.operands, { busybox: (p, e) => `${p}: ${e.text}` }, (text) => {
    let out = '';
    let line = '';
    let col = 0;
    for (const c of text) {
      if (c === '\n') {
        out += `${line}\n`;
        line = '';
        col = 0;
        continue;
      }
      for (;;) {
        const next = advance(col, c);
        if (next <= width) {
          col = next;
          line += c;
          break;
        }
        const blank = spaces ? Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t')) : -1;
        if (blank >= 0) {
          out += `${line.slice(0, blank + 1)}\n`;
          line = line.slice(blank + 1);
          col = [...line].reduce(advance, 0);
          continue;
        }
        if (line === '') {
          line = c;
          col = next;
          break;
        }
        out += `${line}\n`;
        line = '';
        col = 0;
      }
    }
    ctx.stdout.write(out + line);
  });
}
