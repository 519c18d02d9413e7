// The endless character devices: /dev/zero and /dev/urandom (and /dev/random). A tool may take a
// bounded number of bytes from them (dd count=, head -c, od -N); reading one whole is refused in
// kindling's words by readInput. Random bytes come from a xorshift generator seeded by the virtual
// clock and the command line, never Math.random: the same command at the same instant reads the
// same bytes.
import type { CommandContext } from '../types.js';
import { resolvePath } from '../vfs.js';

const ENDLESS = new Set(['/dev/zero', '/dev/urandom', '/dev/random']);

/** The device's absolute path when `path` names an endless one. */
export function endlessDevice(ctx: CommandContext, path: string): string | undefined {
  const abs = resolvePath(ctx.cwd, path);
  return ENDLESS.has(abs) ? abs : undefined;
}

/** `n` bytes read from the device. */
export function deviceBytes(ctx: CommandContext, device: string, n: number): Uint8Array {
  const out = new Uint8Array(n);
  if (device === '/dev/zero') return out;
  let seed = (Math.floor(ctx.now()) ^ 0x9e3779b9) | 0;
  for (const c of ctx.argv.join(' ')) seed = (Math.imul(seed, 31) + c.charCodeAt(0)) | 0;
  if (seed === 0) seed = 1;
  for (let i = 0; i < n; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    out[i] = seed & 0xff;
  }
  return out;
}
