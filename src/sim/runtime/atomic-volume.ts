// How the kubelet writes configMap, secret, downwardAPI and projected volumes
// (pkg/volume/util/atomic_writer.go): the files go into a timestamped directory
// (`..2025_01_06_10_00_05.975465271`), `..data` links to it, and each top-level name links into
// `..data`, so an update swaps one link and readers never see half of it.
import type { MemoryFs } from '../core/vfs/vfs.js';

function p2(n: number): string {
  return String(n).padStart(2, '0');
}

/** `..2006_01_02_15_04_05.` + MkdirTemp's random decimal suffix (here derived from `seed`). */
function timestampDir(now: number, seed: number): string {
  const d = new Date(now);
  const stamp = `..${d.getUTCFullYear()}_${p2(d.getUTCMonth() + 1)}_${p2(d.getUTCDate())}_${p2(d.getUTCHours())}_${p2(d.getUTCMinutes())}_${p2(d.getUTCSeconds())}.`;
  return `${stamp}${seed >>> 0}`;
}

/** Writes `files` (paths relative to the volume) as the atomic writer does; replaces an earlier payload. */
export function writeAtomically(fs: MemoryFs, files: Readonly<Record<string, string>>, now: number, seed: number): void {
  const previous = fs.exists('/..data') ? fs.readlink('/..data') : undefined;
  const dir = timestampDir(now, seed);
  fs.mkdir(`/${dir}`, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    const full = `/${dir}/${path}`;
    fs.mkdir(full.slice(0, full.lastIndexOf('/')), { recursive: true });
    fs.writeFile(full, content);
  }
  if (previous !== undefined) fs.rm('/..data');
  fs.symlink(dir, '/..data');
  const tops = new Set(Object.keys(files).map((p) => p.split('/')[0]!));
  // A first payload has no earlier top-level links to remove or keep.
  if (previous !== undefined) {
    for (const name of fs.readdir('/')) {
      if (!name.startsWith('..') && !tops.has(name)) fs.rm(`/${name}`);
    }
  }
  for (const top of tops) if (previous === undefined || !fs.exists(`/${top}`)) fs.symlink(`..data/${top}`, `/${top}`);
  if (previous !== undefined && previous !== dir) fs.rm(`/${previous}`, { recursive: true });
}
