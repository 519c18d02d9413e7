// The primaries shared by `test`/`[` and `[[ ]]`: file tests, string and integer comparisons.
import { type FileStat, isFsError, resolvePath, type VirtualFs } from '../../core/vfs/vfs.js';
import { canonicalPath } from '../../core/vfs/vfs-realpath.js';

/** A malformed `test` expression (the test applet throws it); the message is the shell's. */
export class TestError {
  constructor(readonly message: string) {}
}

export interface TestEnv {
  fs: VirtualFs;
  cwd: string;
}

function statOf(env: TestEnv, path: string, link = false): Pick<FileStat, 'type' | 'size' | 'mtime' | 'ino' | 'nlink'> | undefined {
  if (path === '') return undefined;
  if (path === '/dev/null' || path === '/dev/stdin' || path === '/dev/stdout' || path === '/dev/stderr') {
    return { type: 'file', size: 0, mtime: 0, ino: 0, nlink: 1 };
  }
  try {
    const abs = resolvePath(env.cwd, path);
    return link ? env.fs.lstat(abs) : env.fs.stat(abs);
  } catch (e) {
    if (isFsError(e)) return undefined;
    throw e;
  }
}

export const UNARY_OPS = new Set(['-e', '-a', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h', '-p', '-S', '-b', '-c', '-g', '-u', '-k', '-O', '-G', '-N', '-t', '-z', '-n']);

/** A unary primary; `-z`/`-n` test the string, the rest test the path. */
export function unaryTest(op: string, arg: string, env: TestEnv): boolean {
  switch (op) {
    case '-z':
      return arg === '';
    case '-n':
      return arg !== '';
    case '-t':
      return false;
    case '-L':
    case '-h':
      return statOf(env, arg, true)?.type === 'symlink';
  }
  const st = statOf(env, arg);
  switch (op) {
    case '-e':
    case '-a':
    case '-r':
    case '-w':
    case '-O':
    case '-G':
      return st !== undefined;
    case '-x':
      return st !== undefined && (st.type === 'dir' || /^\/(usr\/)?(s?bin)\//.test(resolvePath(env.cwd, arg)));
    case '-f':
      return st?.type === 'file';
    case '-d':
      return st?.type === 'dir';
    case '-s':
      return st !== undefined && st.size > 0;
    default:
      return false;
  }
}

export const STRING_OPS = new Set(['=', '==', '!=', '<', '>']);
export const INT_OPS = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge']);
export const FILE_OPS = new Set(['-nt', '-ot', '-ef']);

/** String comparison primaries (`=`, `!=`, `<`, `>`; byte order). */
export function stringTest(op: string, a: string, b: string): boolean {
  switch (op) {
    case '=':
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    default:
      return a > b;
  }
}

/** Integer comparison primaries (`-eq` ... `-ge`). */
export function intTest(op: string, a: bigint, b: bigint): boolean {
  switch (op) {
    case '-eq':
      return a === b;
    case '-ne':
      return a !== b;
    case '-lt':
      return a < b;
    case '-le':
      return a <= b;
    case '-gt':
      return a > b;
    default:
      return a >= b;
  }
}

/** File comparison primaries (`-nt`, `-ot`, `-ef`) by mtime and inode. */
export function fileTest(op: string, a: string, b: string, env: TestEnv): boolean {
  const sa = statOf(env, a);
  const sb = statOf(env, b);
  if (op === '-ef') return sa !== undefined && sb !== undefined && sameFile(env, a, b, sa, sb);
  if (op === '-nt') return sa !== undefined && (sb === undefined || sa.mtime > sb.mtime);
  return sb !== undefined && (sa === undefined || sa.mtime < sb.mtime);
}

/** One file under two names: the same canonical path, or two hard links (same inode, several links). */
function sameFile(env: TestEnv, a: string, b: string, sa: Pick<FileStat, 'ino' | 'nlink'>, sb: Pick<FileStat, 'ino' | 'nlink'>): boolean {
  if (sa.ino === sb.ino && sa.nlink > 1) return true;
  try {
    return canonicalPath(env.fs, resolvePath(env.cwd, a), 'all') === canonicalPath(env.fs, resolvePath(env.cwd, b), 'all');
  } catch (e) {
    if (isFsError(e)) return false;
    throw e;
  }
}

/** Parses a `test` integer operand: optional blanks and sign, decimal digits. */
export function parseTestInt(s: string): bigint | undefined {
  const m = /^\s*([-+]?[0-9]+)\s*$/.exec(s);
  return m ? BigInt(m[1] as string) : undefined;
}
