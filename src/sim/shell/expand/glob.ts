// Pathname expansion on the virtual filesystem: `*.yaml`, `dir/*/x`, `?`, `[abc]`.
import { compilePattern, hasGlob, unescapePattern } from './pattern.js';
import { isFsError, resolvePath, type VirtualFs } from '../../core/vfs/vfs.js';

/** The paths matching `pattern` (as the user wrote them: relative stays relative), sorted. */
export function globPaths(fs: VirtualFs, cwd: string, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/');
  let found: string[] = [absolute ? '/' : ''];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const last = i === parts.length - 1;
    if (part === '') {
      if (last && i > 0) found = found.filter((p) => isDir(fs, cwd, p)).map((p) => `${p}/`);
      continue;
    }
    const next: string[] = [];
    for (const base of found) {
      if (!hasGlob(part)) {
        const path = join(base, unescapePattern(part));
        if (fs.exists(resolvePath(cwd, path || '.'))) next.push(path);
        continue;
      }
      const dir = resolvePath(cwd, base || '.');
      if (!isDir(fs, cwd, base || '.')) continue;
      const re = compilePattern(part, true);
      const dotOk = part.startsWith('.') || part.startsWith('\\.');
      for (const name of fs.readdir(dir)) {
        if (name.startsWith('.') && !dotOk) continue;
        if (re.test(name)) next.push(join(base, name));
      }
    }
    found = next;
    if (found.length === 0) return [];
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function join(base: string, name: string): string {
  if (base === '') return name;
  return base.endsWith('/') ? base + name : `${base}/${name}`;
}

function isDir(fs: VirtualFs, cwd: string, path: string): boolean {
  try {
    return fs.stat(resolvePath(cwd, path)).type === 'dir';
  } catch (e) {
    if (isFsError(e)) return false;
    throw e;
  }
}
