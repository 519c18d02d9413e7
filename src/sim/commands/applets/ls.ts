// `ls [-1aAldC] [FILE...]`: one name a line (output is never a terminal here), -C columns (ls-columns.ts), `-l` long format:
// GNU's columns sized to their widest entry, busybox's fixed printf widths (coreutils/ls.c,
// display_single: `%-10s %4lu %-8.8s %-8.8s %9llu `). Files have no owner or mode here: root,
// and the default modes.
import type { CommandContext } from '../../shell/types.js';
import { type FileStat, isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { busyboxHuman, gnuHuman } from './du.js';
import { busyboxColumns, gnuColumns } from './ls-columns.js';
import { isGnu, parseOptions, warn } from './support.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Lists files and directories. */
export function ls(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, '1aAldhFRsC', { long: { all: 'a', 'almost-all': 'A', directory: 'd', size: 's' } });
  if (!parsed) return 2;
  const o = parsed.opts;
  const operands = parsed.operands.length > 0 ? parsed.operands : ['.'];
  const files: { name: string; st: FileStat }[] = [];
  const dirs: { name: string; st: FileStat }[] = [];
  let status = 0;
  for (const name of operands) {
    try {
      const st = ctx.fs.stat(resolvePath(ctx.cwd, name));
      (st.type === 'dir' && !o.has('d') ? dirs : files).push({ name, st });
    } catch (e) {
      if (!isFsError(e)) throw e;
      warn(ctx, isGnu(ctx) ? `cannot access '${name}': ${e.text}` : `${name}: ${e.text}`);
      status = isGnu(ctx) ? 2 : 1;
    }
  }
  const out: string[] = [];
  // -C: columns as on a terminal (the last of -C, -1 and -l given wins; the others stay one a line).
  const columns = o.has('C') && !o.has('l') && !o.has('s') && ctx.argv.slice(1).filter((a) => /^-[^-]*[C1l]/.test(a)).map((a) => a.replace(/[^C1l]/g, '').slice(-1)).pop() === 'C';
  const width = Number(ctx.env['COLUMNS']) > 0 ? Number(ctx.env['COLUMNS']) : 80;
  const listed = (entries: { name: string; st: FileStat; path?: string }[]) =>
    columns ? (isGnu(ctx) ? gnuColumns : busyboxColumns)(entries.map((e) => e.name), width) : withSizes(ctx, entries, render(ctx, entries, o.has('l'), o.has('h')), o.has('s'));
  if (files.length > 0) out.push(listed(files));
  const headers = operands.length > 1;
  for (const d of dirs) {
    const path = resolvePath(ctx.cwd, d.name);
    let names = ctx.fs.readdir(path);
    if (o.has('a')) names = ['.', '..', ...names];
    else if (!o.has('A')) names = names.filter((n) => !n.startsWith('.'));
    // Entries are described as lstat sees them: a symbolic link is listed, not followed.
    const entries = names.map((name) => ({ name, st: ctx.fs.lstat(name === '..' ? resolvePath(path, '..') : `${path}/${name}`), path: `${path}/${name}` }));
    let block = headers ? `${d.name}:\n` : '';
    if (o.has('l') || o.has('s')) block += `total ${entries.reduce((n, e) => n + blocks(e.st), 0)}\n`;
    block += listed(entries);
    out.push(block);
  }
  ctx.stdout.write(out.join(headers ? '\n' : ''));
  return status;
}

/**
 * -s: each line led by the 1 KiB blocks the entry holds (none for a sparse file's holes); GNU
 * pads them to the widest, busybox to six (`%6lu `, as ls.c prints them).
 */
function withSizes(ctx: CommandContext, entries: { st: FileStat }[], listing: string, sizes: boolean): string {
  if (!sizes) return listing;
  const counts = entries.map((e) => String(blocks(e.st)));
  const width = isGnu(ctx) ? Math.max(...counts.map((c) => c.length)) : 6;
  return listing
    .split('\n')
    .slice(0, -1)
    .map((line, i) => `${(counts[i] ?? '').padStart(width)} ${line}\n`)
    .join('');
}

/** 1 KiB blocks: a file's pages (none for a hole), one 4 KiB block for a directory. */
function blocks(st: FileStat): number {
  if (st.blocks !== undefined) return st.blocks / 2;
  return st.type === 'dir' ? 4 : st.type === 'symlink' ? 0 : Math.ceil(st.size / 4096) * 4;
}

function render(ctx: CommandContext, entries: { name: string; st: FileStat; path?: string }[], long: boolean, human: boolean): string {
  if (!long) return entries.map((e) => `${e.name}\n`).join('');
  const gnu = isGnu(ctx);
  // -h: GNU rounds up to one decimal below 10 (`64M`, `4.0K`), busybox to a tenth (`64.0M`).
  const size = (st: FileStat) => (human ? (gnu ? gnuHuman(st.size) : busyboxHuman(st.size)) : String(st.size));
  const sizeWidth = Math.max(...entries.map((e) => size(e.st).length));
  const linkWidth = Math.max(...entries.map((e) => String(e.st.nlink).length));
  const now = ctx.now();
  return entries
    .map((e) => {
      const mode = e.st.type === 'dir' ? 'drwxr-xr-x' : e.st.type === 'symlink' ? 'lrwxrwxrwx' : '-rw-r--r--';
      const target = e.st.type === 'symlink' && e.path !== undefined ? ` -> ${ctx.fs.readlink(e.path)}` : '';
      // busybox: `%9llu`, or `%7s` (HUMAN_READABLE_MAX_WIDTH) with -h.
      const fields = gnu
        ? `${mode} ${String(e.st.nlink).padStart(linkWidth)} root root ${size(e.st).padStart(sizeWidth)}`
        : `${mode} ${String(e.st.nlink).padStart(4)} ${'root'.padEnd(8)} ${'root'.padEnd(8)} ${size(e.st).padStart(human ? 7 : 9)}`;
      return `${fields} ${stamp(e.st.mtime, now)} ${e.name}${target}
`;
    })
    .join('');
}

/** `Jan  6 10:00`, or `Jan  6  2024` for files older than six months. */
function stamp(ms: number, now: number): string {
  const d = new Date(ms);
  const day = String(d.getUTCDate()).padStart(2);
  const old = now - ms > 182 * 86400000 || ms > now + 3600000;
  const tail = old ? ` ${d.getUTCFullYear()}` : `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${MONTHS[d.getUTCMonth()]} ${day} ${tail.padStart(5)}`;
}
