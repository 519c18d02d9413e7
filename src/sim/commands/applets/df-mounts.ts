// The mount table and statfs(2) as both df's see them.
import type { CommandContext } from '../../shell/types.js';
import { isFsError, type FsStats } from '../../core/vfs/vfs.js';

export interface MountRow {
  source: string;
  target: string;
  type: string;
  options: string;
}

/** The rows of /proc/mounts (getmntent: fields split on blanks, `\040`-style escapes undone). */
export function readMounts(ctx: CommandContext): MountRow[] | undefined {
  let text: string;
  try {
    text = ctx.fs.readFile('/proc/mounts');
  } catch (e) {
    if (isFsError(e)) return undefined;
    throw e;
  }
  const unescape = (s: string) => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
  const rows: MountRow[] = [];
  for (const line of text.split('\n')) {
    const [source, target, type, options] = line.trim().split(/\s+/);
    if (source === undefined || target === undefined || type === undefined) continue;
    rows.push({ source: unescape(source), target: unescape(target), type, options: options ?? '' });
  }
  return rows;
}

/** statfs(2) of a mount point, or undefined when it fails. */
export function statfsOf(ctx: CommandContext, path: string): FsStats | undefined {
  try {
    return ctx.fs.statfs(path);
  } catch (e) {
    if (isFsError(e)) return undefined;
    throw e;
  }
}
