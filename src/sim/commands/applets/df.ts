// `df [-ahikmPT] [-B SIZE] [FILE]...`: space on each mounted filesystem. Both tools read the
// mount table the kernel shows the process (/proc/mounts; GNU reads /proc/self/mountinfo, which
// lists the same mounts) and statfs(2) each mount point. busybox prints every entry with blocks
// (df-busybox.ts), GNU also drops pseudo filesystems and keeps one entry per device
// (df-gnu.ts). A machine whose mounts the simulator does not know (the lesson's own shell) gets
// kindling's refusal.
import type { CommandContext } from '../../shell/types.js';
import { busyboxDf } from './df-busybox.js';
import { gnuDf } from './df-gnu.js';
import { readMounts } from './df-mounts.js';
import { isGnu, warn } from './support.js';

/** Reports disk space. */
export function df(ctx: CommandContext): number {
  const mounts = readMounts(ctx);
  if (mounts === undefined) {
    warn(ctx, 'kindling: the simulator does not model the mounts of this machine');
    return 1;
  }
  return isGnu(ctx) ? gnuDf(ctx, mounts) : busyboxDf(ctx, mounts);
}
