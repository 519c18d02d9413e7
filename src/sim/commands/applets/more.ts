// `more` and `less` with no terminal (a container's output never is one): they copy their files
// to stdout, as util-linux more, less and busybox's both do when stdout is not a tty. util-linux
// more (text-utils/more.c) puts a `::::::::::::::` header before each file; it and less exit 0
// even when a file is missing, and less says so on stdout (its "screen").
import type { CommandContext } from '../../shell/types.js';
import { type FsError, isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { isGnu, parseOptions, readInput } from './support.js';

const HEADER = '::::::::::::::';

/** `more [FILE]...`. */
export function more(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'dflcpsu', {});
  if (!parsed) return 1;
  if (!isGnu(ctx)) return page(ctx, parsed.operands, false);
  page(ctx, parsed.operands, true, (file, e) => ctx.stderr.write(`more: cannot open ${file}: ${e.text}\n`));
  return 0;
}

/** `less [OPTION]... [FILE]...` (options that only matter on a terminal are accepted). */
export function less(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'EFIMNRSXeimnrsx~h:j:x:z:', {});
  if (!parsed) return 1;
  if (!isGnu(ctx)) return page(ctx, parsed.operands, false);
  page(ctx, parsed.operands, false, (file, e) => ctx.stdout.write(`${file}: ${e.text}\n`));
  return 0;
}

/** Copies each file (stdin without any); `report` words a missing one (default: busybox's). */
function page(ctx: CommandContext, files: string[], headers: boolean, report?: (file: string, e: FsError) => void): number {
  let status = 0;
  for (const file of files.length > 0 ? files : ['-']) {
    let text: string | undefined;
    if (report === undefined || file === '-') text = readInput(ctx, file);
    else {
      try {
        text = ctx.fs.readFile(resolvePath(ctx.cwd, file));
      } catch (e) {
        if (!isFsError(e)) throw e;
        report(file, e);
      }
    }
    if (text === undefined) {
      status = 1;
      continue;
    }
    ctx.stdout.write(headers && file !== '-' ? `${HEADER}\n${file}\n${HEADER}\n${text}` : text);
  }
  return status;
}
