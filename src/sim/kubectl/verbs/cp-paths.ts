// kubectl cp's file specs and paths (staging/src/k8s.io/kubectl/pkg/cmd/cp/filespec.go), with Go's
// path.Clean/Dir/Base/Join semantics: `[[namespace/]pod:]file/path`, trailing slashes stripped.
import { plainError } from '../errors.js';

export interface FileSpec {
  podName?: string;
  podNamespace?: string;
  file: string;
}

/** Go's path.Clean: the shortest equivalent path, `.` for an empty one. */
export function goClean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined === '' ? '.' : joined;
}

/** Go's path.Dir. */
export function goDir(p: string): string {
  const slash = p.lastIndexOf('/');
  return goClean(slash < 0 ? '' : p.slice(0, slash + 1));
}

/** Go's path.Base. */
export function goBase(p: string): string {
  if (p === '') return '.';
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Go's path.Join: the non-empty elements, cleaned. */
export function goJoin(...parts: string[]): string {
  const kept = parts.filter((p) => p !== '');
  return kept.length === 0 ? '' : goClean(kept.join('/'));
}

/** stripTrailingSlash: one trailing `/` goes (not from `/`). */
export function stripTrailingSlash(file: string): string {
  return file !== '/' && file.endsWith('/') ? file.slice(0, -1) : file;
}

/** stripPathShortcuts: leading `../` and a bare `.`/`..` go, then one leading `/`. */
export function stripPathShortcuts(p: string): string {
  let path = p;
  while (path.startsWith('../')) path = path.slice(3);
  if (path === '.' || path === '..') path = '';
  return path.startsWith('/') ? path.slice(1) : path;
}

/** extractFileSpec: `pod:path` and `ns/pod:path` are remote, anything without `:` local. */
export function extractFileSpec(arg: string): FileSpec {
  const i = arg.indexOf(':');
  const bad = plainError('filespec must match the canonical format: [[namespace/]pod:]file/path');
  if (i === 0) throw bad;
  if (i < 0) return { file: stripTrailingSlash(arg) };
  const pieces = arg.slice(0, i).split('/');
  const file = stripTrailingSlash(arg.slice(i + 1));
  if (pieces.length === 1) return { podName: pieces[0]!, file };
  if (pieces.length === 2) return { podNamespace: pieces[0]!, podName: pieces[1]!, file };
  throw bad;
}
