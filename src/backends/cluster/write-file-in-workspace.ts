// `file=` blocks on the cluster backend: the file is written inside the lesson's workspace by its
// real path. An earlier command may have made a directory of the path a symbolic link
// (`ln -s /etc conf`); every directory on the way is checked after symlinks are resolved, and the
// file itself is opened without following a link, so nothing is written outside the workspace.
import { constants } from 'node:fs';
import { lstat, mkdir, open, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** Writes `content` to workspace-relative `path` under `workDir`; throws when that would leave it. */
export async function writeFileInWorkspace(workDir: string, path: string, content: string): Promise<void> {
  const root = await realpath(workDir);
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (isAbsolute(path) || parts.length === 0 || parts.includes('..')) throw new Error(`${path} is not a path inside the lesson's workspace`);
  let dir = root;
  for (const part of parts.slice(0, -1)) {
    const next = join(dir, part);
    await mkdir(next).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    const real = await realpath(next);
    if (!inside(root, real)) {
      throw new Error(`${parts.slice(0, parts.indexOf(part) + 1).join('/')} is a symbolic link to ${real}, outside the lesson's workspace; kindling does not follow it`);
    }
    dir = real;
  }
  const target = join(dir, parts[parts.length - 1]!);
  const existing = await lstat(target).catch(() => undefined);
  if (existing?.isSymbolicLink()) {
    const real = await realpath(target).catch(() => undefined);
    if (real === undefined || !inside(root, real)) throw new Error(`${path} is a symbolic link to ${real ?? 'a missing file'}, outside the lesson's workspace; kindling does not follow it`);
  }
  // O_NOFOLLOW: a link made between the check and the open is not followed either.
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (existing?.isSymbolicLink() ? 0 : constants.O_NOFOLLOW);
  const handle = await open(existing?.isSymbolicLink() ? await realpath(target) : target, flags, 0o666);
  try {
    await handle.writeFile(content, 'utf8');
  } finally {
    await handle.close();
  }
}
