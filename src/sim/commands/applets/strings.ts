// `strings [-a] [-f] [-n MIN] [-t o|d|x] [-o] [FILE]...` (binutils binutils/strings.c, busybox
// miscutils/strings.c): runs of at least MIN (4) printable characters (tab included) in a file.
import { encodeBytes } from '../../core/text/bytes.js';
import type { CommandContext } from '../../shell/types.js';
import { isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { isGnu, parseOptions, warn } from './support.js';

/** Prints the printable runs of each file. */
export function strings(ctx: CommandContext): number {
  const argv = ctx.argv.map((a, i) => (i > 0 && /^-[0-9]+$/.test(a) ? `-n${a.slice(1)}` : a));
  const parsed = parseOptions(ctx, 'afn:t:o', { argv, long: { all: 'a', 'print-file-name': 'f', bytes: 'n', radix: 't' } });
  if (!parsed) return 1;
  const o = parsed.opts;
  const min = typeof o.get('n') === 'string' ? Number(o.get('n')) : 4;
  const radix = o.has('o') ? 'o' : typeof o.get('t') === 'string' ? (o.get('t') as string) : undefined;
  let status = 0;
  let out = '';
  for (const file of parsed.operands.length > 0 ? parsed.operands : ['-']) {
    let text: string;
    try {
      text = file === '-' ? ctx.stdin : ctx.fs.readFile(resolvePath(ctx.cwd, file));
    } catch (e) {
      if (!isFsError(e)) throw e;
      warn(ctx, isGnu(ctx) ? `'${file}': No such file` : `${file}: ${e.text}`);
      status = 1;
      continue;
    }
    const bytes = encodeBytes(text);
    let start = 0;
    let run = '';
    const flush = () => {
      if (run.length >= min) {
        const offset = radix === undefined ? '' : `${start.toString(radix === 'o' ? 8 : radix === 'x' ? 16 : 10).padStart(7)} `;
        out += `${o.has('f') ? `${file === '-' ? '{standard input}' : file}: ` : ''}${offset}${run}\n`;
      }
      run = '';
    };
    bytes.forEach((b, i) => {
      if ((b >= 0x20 && b < 0x7f) || b === 9) {
        if (run === '') start = i;
        run += String.fromCharCode(b);
      } else flush();
    });
    flush();
  }
  ctx.stdout.write(out);
  return status;
}
