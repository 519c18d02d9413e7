// The endless character devices: /dev/zero and /dev/urandom (and /dev/random). A tool may take a
// bounded number of bytes from them (dd count=, head -c, od -N); reading one whole is refused in
// kindling's words by readInput. Random bytes come from a counter-based hash (file-data.ts) seeded
// by the virtual clock and the command line, never Math.random: the same command at the same
// instant reads the same bytes.
import { type FileData, randomBytes, randomData, zeroData } from '../../core/vfs/file-data.js';
import type { CommandContext } from '../../shell/types.js';
import { resolvePath } from '../../core/vfs/vfs.js';

const ENDLESS = new Set(['/dev/zero', '/dev/urandom', '/dev/random']);

/** The device's absolute path when `path` names an endless one. */
export function endlessDevice(ctx: CommandContext, path: string): string | undefined {
  const abs = resolvePath(ctx.cwd, path);
  return ENDLESS.has(abs) ? abs : undefined;
}

/** `n` bytes read from the device, as extents (a 1 GiB read of /dev/zero holds nothing). */
export function deviceData(ctx: CommandContext, device: string, n: number): FileData {
  return device === '/dev/zero' ? zeroData(n) : randomData(n, readerSeed(ctx));
}

/** `n` bytes read from the device. */
export function deviceBytes(ctx: CommandContext, device: string, n: number): Uint8Array {
  return device === '/dev/zero' ? new Uint8Array(n) : randomBytes(readerSeed(ctx), 0, n);
}

/** The random stream one reader gets: from the virtual clock and its command line. */
function readerSeed(ctx: CommandContext): number {
  let seed = (Math.floor(ctx.now()) ^ 0x9e3779b9) | 0;
  for (const c of ctx.argv.join(' ')) seed = (Math.imul(seed, 31) + c.charCodeAt(0)) | 0;
  return seed;
}
