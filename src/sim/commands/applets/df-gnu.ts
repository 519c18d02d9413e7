// GNU coreutils df (src/df.c: get_field_list, get_header, filter_mount_list, get_dev,
// print_table; gnulib mountlist.c ME_DUMMY): pseudo filesystems and those without blocks left out
// unless -a, one entry per device (a real device name wins, then the mount point nearer the
// root), a table whose columns are as wide as their widest cell (Filesystem at least 14), sizes
// rounded up, and the used share rounded up.
import type { CommandContext } from '../../shell/types.js';
import { type FsStats, resolvePath } from '../../core/vfs/vfs.js';
import { type MountRow, statfsOf } from './df-mounts.js';
import { gnuHuman } from './du.js';
import { badOption, parseOptions, warn } from './support.js';

/** gnulib's ME_DUMMY file system types (proc, sysfs and friends). */
const DUMMY = new Set(['autofs', 'proc', 'subfs', 'debugfs', 'devpts', 'fusectl', 'fuse.portal', 'mqueue', 'rpc_pipefs', 'sysfs', 'devfs', 'kernfs', 'ignore']);
const SUFFIX: Record<string, number> = { K: 1024, KiB: 1024, KB: 1000, M: 1024 ** 2, MiB: 1024 ** 2, MB: 1e6, G: 1024 ** 3, GiB: 1024 ** 3, GB: 1e9, T: 1024 ** 4, TiB: 1024 ** 4, TB: 1e12 };

interface Column {
  caption: string;
  /** The minimum width (df.c field_data). */
  width: number;
  left: boolean;
  cell(m: MountRow, st: FsStats): string;
}

export function gnuDf(ctx: CommandContext, mounts: MountRow[]): number {
  const parsed = parseOptions(ctx, 'aB:hikmPT', { long: { all: 'a', 'block-size': 'B', 'human-readable': 'h', inodes: 'i', portability: 'P', 'print-type': 'T' } });
  if (!parsed) return 1;
  const o = parsed.opts;
  let unit = ctx.env['POSIXLY_CORRECT'] !== undefined ? 512 : 1024;
  for (const [flag, value] of o) {
    if (flag === 'k') unit = 1024;
    else if (flag === 'm') unit = 1024 ** 2;
    else if (flag === 'B') {
      const size = blockSize(value as string);
      if (size === undefined) {
        badOption(ctx, `invalid -B argument '${value as string}'`);
        return 1;
      }
      unit = size;
    }
  }
  const human = o.has('h');
  const columns = fieldList(o.has('i') ? 'inodes' : human ? 'human' : o.has('P') ? 'posix' : 'default', o.has('T'), unit, human);
  let status = 0;
  const shown: Array<{ m: MountRow; st: FsStats }> = [];
  if (parsed.operands.length === 0) {
    for (const m of o.has('a') ? mounts : oneEntryPerDevice(ctx, mounts)) {
      if (DUMMY.has(m.type) && !o.has('a')) continue;
      const st = statfsOf(ctx, m.target);
      if (!st || (st.blocks === 0 && !o.has('a'))) continue;
      shown.push({ m, st });
    }
  }
  for (const name of parsed.operands) {
    const path = resolvePath(ctx.cwd, name);
    const m = ctx.fs.exists(path) ? mountOf(mounts, path) : undefined;
    const st = m && statfsOf(ctx, m.target);
    if (!m || !st) {
      warn(ctx, `${name}: No such file or directory`);
      status = 1;
      continue;
    }
    shown.push({ m, st });
  }
  if (shown.length === 0) {
    warn(ctx, 'no file systems processed');
    return 1;
  }
  const table = [columns.map((c) => c.caption), ...shown.map(({ m, st }) => columns.map((c) => c.cell(m, st)))];
  const widths = columns.map((c, i) => Math.max(c.width, ...table.map((r) => (r[i] as string).length)));
  const last = columns.length - 1;
  ctx.stdout.write(
    table
      .map((r) => `${r.map((cell, i) => (i === last ? cell : columns[i]!.left ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' ')}\n`)
      .join(''),
  );
  return status;
}

/** get_field_list and get_header: the columns of each mode. */
function fieldList(mode: 'default' | 'human' | 'posix' | 'inodes', type: boolean, unit: number, human: boolean): Column[] {
  const size = (blocks: number, st: FsStats) => (human ? gnuHuman(blocks * st.blockSize) : String(Math.ceil((blocks * st.blockSize) / unit)));
  const count = (n: number) => (human ? gnuHuman(n) : String(n));
  const percent = (used: number, available: number) => (used + available === 0 ? '-' : `${Math.ceil((used * 100) / (used + available))}%`);
  const cols: Column[] = [{ caption: 'Filesystem', width: 14, left: true, cell: (m) => m.source }];
  if (type) cols.push({ caption: 'Type', width: 4, left: true, cell: (m) => m.type });
  if (mode === 'inodes') {
    cols.push(
      { caption: 'Inodes', width: 5, left: false, cell: (_, st) => count(st.files) },
      { caption: 'IUsed', width: 5, left: false, cell: (_, st) => count(st.files - st.freeFiles) },
      { caption: 'IFree', width: 5, left: false, cell: (_, st) => count(st.freeFiles) },
      { caption: 'IUse%', width: 4, left: false, cell: (_, st) => (st.files === 0 ? '-' : percent(st.files - st.freeFiles, st.freeFiles)) },
    );
  } else {
    const sizeCaption = mode === 'human' ? 'Size' : mode === 'posix' ? `${unit}-blocks` : `${unitName(unit)}-blocks`;
    cols.push(
      { caption: sizeCaption, width: 5, left: false, cell: (_, st) => size(st.blocks, st) },
      { caption: 'Used', width: 5, left: false, cell: (_, st) => size(st.blocks - st.free, st) },
      { caption: mode === 'human' ? 'Avail' : 'Available', width: 5, left: false, cell: (_, st) => size(st.available, st) },
      { caption: mode === 'posix' ? 'Capacity' : 'Use%', width: 4, left: false, cell: (_, st) => percent(st.blocks - st.free, st.available) },
    );
  }
  cols.push({ caption: 'Mounted on', width: 0, left: true, cell: (m) => m.target });
  return cols;
}

/** The `1K` of `1K-blocks`: the block size in the base that divides it more exactly, a `B` for powers of 1000. */
function unitName(unit: number): string {
  let q1000 = unit;
  let q1024 = unit;
  let by1000: boolean;
  let by1024: boolean;
  do {
    by1000 = q1000 % 1000 === 0;
    q1000 = Math.floor(q1000 / 1000);
    by1024 = q1024 % 1024 === 0;
    q1024 = Math.floor(q1024 / 1024);
  } while (by1000 && by1024);
  const base = by1024 || !by1000 ? 1024 : 1000;
  const letters = base === 1024 ? ['', 'K', 'M', 'G', 'T', 'P', 'E'] : ['', 'k', 'M', 'G', 'T', 'P', 'E'];
  let e = 0;
  while (unit % base ** (e + 1) === 0 && e < letters.length - 1) e++;
  if (e === 0) return base === 1024 ? String(unit) : `${unit}B`;
  return `${unit / base ** e}${letters[e]}${base === 1000 ? 'B' : ''}`;
}

/**
 * filter_mount_list: one entry per device, in the order devices first appear; of two, a real
 * device name (with a '/') wins over a pseudo one, then the mount point nearer the root, then a
 * different device name over the same mount point.
 */
function oneEntryPerDevice(ctx: CommandContext, mounts: MountRow[]): MountRow[] {
  const kept = new Map<string, MountRow>();
  mounts.forEach((m, i) => {
    const device = statfsOf(ctx, m.target)?.id ?? `unknown-${i}`;
    const seen = kept.get(device);
    if (!seen) kept.set(device, m);
    else if ((m.source.includes('/') && !seen.source.includes('/')) || seen.target.length > m.target.length || (seen.source !== m.source && seen.target === m.target)) kept.set(device, m);
  });
  return [...kept.values()];
}

/** The mount that holds a path: the last one whose mount point is a prefix of it, the longest. */
function mountOf(mounts: MountRow[], path: string): MountRow | undefined {
  let best: MountRow | undefined;
  for (const m of mounts) {
    const inside = m.target === '/' || path === m.target || path.startsWith(`${m.target}/`);
    if (inside && (best === undefined || m.target.length >= best.target.length)) best = m;
  }
  return best;
}

function blockSize(text: string): number | undefined {
  const m = /^([0-9]*)([A-Za-z]*)$/.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  const mult = m[2] === '' ? 1 : SUFFIX[m[2] as string];
  if (mult === undefined) return undefined;
  const n = (m[1] === '' ? 1 : Number(m[1])) * mult;
  return n >= 1 ? n : undefined;
}
