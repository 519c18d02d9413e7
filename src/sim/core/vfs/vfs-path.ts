// POSIX path helpers for the virtual filesystem (no node:path: this code also runs in a browser).

/** Normalizes an absolute path: collapses `//`, resolves `.` and `..`, drops a trailing `/`. */
export function normalizePath(path: string): string {
  if (isNormalPath(path)) return path;
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** Whether a path is absolute and normal already: no empty, `.` or `..` component, no trailing `/`. */
function isNormalPath(path: string): boolean {
  if (path.charCodeAt(0) !== 47) return false;
  if (path.length === 1) return true;
  if (path.charCodeAt(path.length - 1) === 47) return false;
  // A component that starts with `.` may be `.` or `..`; one after `//` is empty. Both are rare.
  return !path.includes('//') && !path.includes('/.');
}

/** Resolves `p` against the directory `cwd` (both POSIX; the result is absolute and normal). */
export function resolvePath(cwd: string, p: string): string {
  return normalizePath(p.startsWith('/') ? p : `${cwd}/${p}`);
}

/** The path's parent directory, as `dirname` prints it. */
export function dirnamePath(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '.';
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  const head = trimmed.slice(0, i).replace(/\/+$/, '');
  return head === '' ? '/' : head;
}

/** The path's last component, as `basename` prints it. */
export function basenamePath(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Splits a normal absolute path into its components (`/` gives none). */
export function pathParts(path: string): string[] {
  return path.split('/').filter((p) => p !== '');
}
