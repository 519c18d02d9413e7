// `stat [-L] [-t] [-c FORMAT | --printf FORMAT] FILE...` (coreutils src/stat.c, busybox
// coreutils/stat.c). The virtual filesystem has no modes, owners or devices: files show as
// root's, 0644 (directories 0755, links 0777, as `ls -l` does), on one overlay device (0,52);
// access and change times are the modification time, and GNU's birth time is unknown (`-`).
import { decodeEscapes } from '../../shell/syntax/escapes.js';
import type { CommandContext } from '../../shell/types.js';
import { type FileStat, isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { isGnu, parseOptions, warn } from './support.js';

const DEVICE_MINOR = 52;
const MODE: Record<FileStat['type'], { bits: number; octal: string; text: string; raw: string }> = {
  file: { bits: 0o644, octal: '644', text: '-rw-r--r--', raw: '81a4' },
  dir: { bits: 0o755, octal: '755', text: 'drwxr-xr-x', raw: '41ed' },
  symlink: { bits: 0o777, octal: '777', text: 'lrwxrwxrwx', raw: 'a1ff' },
};

interface Entry {
  name: string;
  st: FileStat;
  target: string | undefined;
}

/** Describes files. */
export function stat(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'Lc:tfp:', { long: { dereference: 'L', format: 'c', printf: 'p', terse: 't', 'file-system': 'f' } });
  if (!parsed) return 1;
  const o = parsed.opts;
  const gnu = isGnu(ctx);
  if (parsed.operands.length === 0) {
    warn(ctx, 'missing operand');
    if (gnu) ctx.stderr.write("Try 'stat --help' for more information.\n");
    return 1;
  }
  if (o.has('f')) {
    warn(ctx, 'kindling: the simulator does not model file systems (stat -f)');
    return 1;
  }
  let status = 0;
  let out = '';
  for (const name of parsed.operands) {
    const abs = resolvePath(ctx.cwd, name);
    let entry: Entry;
    try {
      const st = o.has('L') ? ctx.fs.stat(abs) : ctx.fs.lstat(abs);
      entry = { name, st, target: st.type === 'symlink' ? ctx.fs.readlink(abs) : undefined };
    } catch (e) {
      if (!isFsError(e)) throw e;
      warn(ctx, gnu ? `cannot statx '${name}': ${e.text}` : `can't stat '${name}': ${e.text}`);
      status = 1;
      continue;
    }
    const c = o.get('c');
    const p = o.get('p');
    if (typeof p === 'string') out += formatStat(decodeEscapes(p, 'printf').text, entry, gnu);
    else if (typeof c === 'string') out += `${formatStat(c, entry, gnu)}\n`;
    else if (o.has('t')) out += `${formatStat(gnu ? '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o' : '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %o', entry, gnu)}\n`;
    else out += formatStat(defaultFormat(entry, gnu), entry, gnu);
  }
  ctx.stdout.write(out);
  return status;
}

/** stat.c's default_format for a file that is not a device. */
function defaultFormat(e: Entry, gnu: boolean): string {
  const name = gnu ? (e.target === undefined ? e.name : `${e.name} -> ${e.target}`) : value('N', e, gnu);
  return [
    `  File: ${name.replace(/%/g, '%%')}`,
    '  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F',
    gnu ? 'Device: %Hd,%Ld\tInode: %-11i Links: %h' : 'Device: %Dh/%dd\tInode: %-10i  Links: %h',
    'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)',
    'Access: %x',
    'Modify: %y',
    'Change: %z',
    ...(gnu ? [' Birth: %w'] : []),
    '',
  ].join('\n');
}

/** Expands `%[-][width][.prec]X` directives. */
function formatStat(format: string, e: Entry, gnu: boolean): string {
  return format.replace(/%([-0#+ ]*)([0-9]*)(?:\.([0-9]+))?([HL][dr]|[a-zA-Z%])?|%$/g, (_m, flags: string, width: string, prec: string | undefined, spec: string | undefined) => {
    if (spec === undefined) return '%';
    if (spec === '%') return '%';
    let v = value(spec, e, gnu);
    if (prec !== undefined) v = v.slice(0, Number(prec));
    const w = Number(width || 0);
    if (v.length >= w) return v;
    if (flags.includes('-')) return v.padEnd(w);
    return flags.includes('0') && /^[0-9]/.test(v) ? v.padStart(w, '0') : v.padStart(w);
  });
}

function value(spec: string, e: Entry, gnu: boolean): string {
  const st = e.st;
  const mode = MODE[st.type];
  const seconds = String(Math.floor(st.mtime / 1000));
  switch (spec) {
    case 'n':
      return e.name;
    case 'N':
      if (e.target !== undefined) return `'${e.name}' -> '${e.target}'`;
      return gnu ? `'${e.name}'` : e.name;
    case 's':
      return String(st.size);
    case 'b':
      return String(blocks(st));
    case 'B':
      return '512';
    case 'o':
      return '4096';
    case 'F':
      return st.type === 'dir' ? 'directory' : st.type === 'symlink' ? 'symbolic link' : st.size === 0 ? 'regular empty file' : 'regular file';
    case 'a':
      return mode.octal;
    case 'A':
      return mode.text;
    case 'f':
      return mode.raw;
    case 'u':
    case 'g':
      return '0';
    case 'U':
    case 'G':
      return 'root';
    case 'i':
      return String(st.ino);
    case 'h':
      return String(st.nlink);
    case 'd':
      return String(DEVICE_MINOR);
    case 'D':
      return DEVICE_MINOR.toString(16);
    case 'Hd':
      return '0';
    case 'Ld':
      return String(DEVICE_MINOR);
    case 't':
    case 'T':
      return '0';
    case 'x':
    case 'y':
    case 'z':
      return timestamp(st.mtime);
    case 'X':
    case 'Y':
    case 'Z':
      return seconds;
    case 'w':
      return gnu ? '-' : 'w';
    case 'W':
      return gnu ? '0' : 'W';
    case 'm':
      return gnu ? '/' : 'm';
    default:
      return gnu ? '?' : spec;
  }
}

/** 512-byte blocks: a file's pages (none for a hole), one 4 KiB block for a directory, none for a link. */
export function blocks(st: FileStat): number {
  if (st.blocks !== undefined) return st.blocks;
  if (st.type === 'dir') return 8;
  if (st.type === 'symlink') return 0;
  return Math.ceil(st.size / 4096) * 8;
}

/** `2025-01-06 10:00:00.000000000 +0000` (the simulator's clock is UTC), as stat and diff -u print it. */
export function timestamp(ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}000000 +0000`;
}
