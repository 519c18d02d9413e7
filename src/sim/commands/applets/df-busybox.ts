// busybox df (coreutils/df.c, libbb/human_readable.c, libbb/find_mount_point.c): every entry of
// the mount table whose filesystem has blocks (all with -a), or the mount holding each FILE; a
// `Filesystem` column of 20, numbers of 9 (1K blocks, or -h human sizes with a tenth), the
// used share rounded to the nearest percent.
import type { CommandContext } from '../../shell/types.js';
import { type FsStats, resolvePath } from '../../core/vfs/vfs.js';
import { type MountRow, statfsOf } from './df-mounts.js';
import { parseOptions, warn } from './support.js';

/** kmg_i_suffixes (libbb/xatonum.c), for -B. */
const SUFFIX: Record<string, number> = { KiB: 1024, kiB: 1024, K: 1024, k: 1024, MiB: 1024 ** 2, miB: 1024 ** 2, M: 1024 ** 2, m: 1024 ** 2, GiB: 1024 ** 3, giB: 1024 ** 3, G: 1024 ** 3, g: 1024 ** 3, KB: 1000, MB: 1e6, GB: 1e9 };
const UNITS = ['', 'K', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];
/** INT_MAX / 101: past it df halves both counts before taking the percentage. */
const PERCENT_SCALE = Math.floor(2147483647 / 101);

export function busyboxDf(ctx: CommandContext, mounts: MountRow[]): number {
  const parsed = parseOptions(ctx, 'kPTaiB:hm');
  if (!parsed) return 1;
  const o = parsed.opts;
  const posix = o.has('P');
  // -k, -m and -B override each other (getopt32 "k-mB:m-Bk:B-km"): the last one counts.
  let unit = 1024;
  for (const [flag, value] of o) {
    if (flag === 'k') unit = 1024;
    else if (flag === 'm') unit = 1024 * 1024;
    else if (flag === 'B') {
      const size = blockSize(value as string);
      if (size === undefined) {
        warn(ctx, `invalid number '${value as string}'`);
        return 1;
      }
      unit = size;
    }
  }
  if (ctx.env['POSIXLY_CORRECT'] !== undefined) unit = 512;
  if (o.has('h')) unit = 0;
  const units = o.has('h') ? '     Size' : o.has('i') ? '   Inodes' : `${humanReadable(unit, 0, posix ? 1 : 0)}-blocks`;
  ctx.stdout.write(`Filesystem           ${o.has('T') ? 'Type       ' : ''}${units.padEnd(15)}Used Available ${posix ? 'Capacity' : 'Use%'} Mounted on\n`);
  const shape = { unit, posix, type: o.has('T'), inodes: o.has('i') };
  let status = 0;
  const entries = parsed.operands.length === 0 ? mounts : parsed.operands;
  for (const entry of entries) {
    const listed = typeof entry === 'string';
    const m = listed ? findMountPoint(ctx, mounts, entry) : entry;
    if (!m) {
      warn(ctx, `${entry as string}: can't find mount point`);
      status = 1;
      continue;
    }
    // GNU coreutils 6.10 skips certain mounts, and busybox with it (FEATURE_SKIP_ROOTFS).
    if (m.source === 'rootfs') continue;
    const st = statfsOf(ctx, m.target);
    if (!st) {
      warn(ctx, `${m.target}: No such file or directory`);
      status = 1;
      continue;
    }
    if (st.blocks > 0 || listed || o.has('a')) ctx.stdout.write(row(m, st, shape));
  }
  return status;
}

function row(m: MountRow, stats: FsStats, o: { unit: number; posix: boolean; type: boolean; inodes: boolean }): string {
  let { blocks, free, available, blockSize } = stats;
  let unit = o.unit;
  if (o.inodes) {
    blocks = stats.files;
    free = available = stats.freeFiles;
    blockSize = 1;
    if (unit) unit = 1;
  }
  let used = blocks - free;
  let total = used + available;
  let percent = total;
  if (total !== 0) {
    while (total >= PERCENT_SCALE) {
      total = Math.floor(total / 2);
      used = Math.floor(used / 2);
    }
    percent = Math.floor((used * 100 + Math.floor(total / 2)) / total);
  }
  let line = m.source.length > 20 && !o.posix ? `${m.source}\n${' '.repeat(20)}` : m.source.padEnd(20);
  if (o.type) {
    const type = ` ${m.type.padEnd(10)}`;
    line += type.length > 11 && !o.posix ? `${type}\n${' '.repeat(30)}` : type;
  }
  const n = (v: number) => humanReadable(v, blockSize, unit).padStart(9);
  return `${line} ${n(blocks)} ${n(blocks - free)} ${n(available)} ${String(percent).padStart(3)}% ${m.target}\n`;
}

/**
 * make_human_readable_str: `val` blocks of `blockSize` bytes in `displayUnit`s (rounded), or with
 * displayUnit 0 scaled by 1024 with one tenth and a suffix (no tenth when blockSize is 0).
 */
export function humanReadable(value: number, blockSize: number, displayUnit: number): string {
  if (value === 0) return '0';
  let val = blockSize > 1 ? value * blockSize : value;
  if (displayUnit) return String(Math.floor((val + Math.floor(displayUnit / 2)) / displayUnit));
  let frac = 0;
  let u = 0;
  while (val >= 1024) {
    frac = Math.floor(((val % 1024) * 10 + 512) / 1024);
    val = Math.floor(val / 1024);
    u++;
  }
  if (frac >= 10) {
    val++;
    frac = 0;
  }
  if (blockSize === 0) return `${frac >= 5 ? val + 1 : val}${UNITS[u]}`;
  return u === 0 ? String(val) : `${val}.${frac}${UNITS[u]}`;
}

/** -B SIZE: a suffix alone (`-BM`), or a number with one. */
function blockSize(text: string): number | undefined {
  if (SUFFIX[text] !== undefined) return SUFFIX[text];
  const m = /^([0-9]+)([A-Za-z]*)$/.exec(text);
  const mult = m ? (m[2] === '' ? 1 : SUFFIX[m[2] as string]) : undefined;
  const n = m && mult !== undefined ? Number(m[1]) * mult : undefined;
  return n !== undefined && n >= 1 ? n : undefined;
}

/**
 * find_mount_point: the first entry named as given, or whose mount point is on the same
 * filesystem (device) as the file; undefined when the file does not exist.
 */
function findMountPoint(ctx: CommandContext, mounts: MountRow[], name: string): MountRow | undefined {
  const path = resolvePath(ctx.cwd, name);
  if (!ctx.fs.exists(path)) return undefined;
  const device = statfsOf(ctx, path)?.id;
  for (const m of mounts) {
    if (m.source === 'rootfs') continue;
    if (m.target === name || m.source === name) return m;
    if (device !== undefined && statfsOf(ctx, m.target)?.id === device) return m;
  }
  return undefined;
}
