// `tar c|x|t [vmf ARCHIVE] [-C DIR] [FILE...]`: busybox tar in containers, GNU tar in the bash
// dialect, on real archive bytes (tar-archive.ts), so `kubectl cp` (which runs `tar cf - PATH`
// and `tar -xmf - -C DIR` in the container) and a pipe to a real tar both work. Modes and owners
// are not modelled by the virtual filesystem: members are root's, 0644 files and 0755 directories.
import { decodeBytes, encodeBytes } from '../../core/text/bytes.js';
import { materialize } from '../../core/vfs/file-data.js';
import { readTar, TarFormatError, writeTar, type TarEntry } from '../tar-archive.js';
import type { CommandContext } from '../../shell/types.js';
import { dirnamePath, type FsError, isFsError, resolvePath, type VirtualFs } from '../../core/vfs/vfs.js';
import { isGnu, warn } from './support.js';

interface TarOptions {
  mode?: 'c' | 'x' | 't';
  archive?: string;
  dir?: string;
  verbose: boolean;
  toStdout: boolean;
  operands: string[];
}

const LONG: Record<string, string> = {
  create: 'c', extract: 'x', get: 'x', list: 't', file: 'f', directory: 'C', verbose: 'v', 'touch': 'm', 'to-stdout': 'O',
};
/** Long options that change only what the filesystem does not model (permissions, owners). */
const ACCEPTED = ['no-same-permissions', 'no-same-owner', 'same-permissions', 'same-owner', 'preserve-permissions', 'numeric-owner', 'overwrite'];

/** Parses tar's three option styles: `tar xmf -` (the old bundle), `-xmf -`, `--extract --file=-`. */
function parseTar(ctx: CommandContext): TarOptions | string {
  const o: TarOptions = { verbose: false, toStdout: false, operands: [] };
  const args = ctx.argv.slice(1);
  const pending: string[] = [];
  const flag = (letter: string, take: () => string | undefined): string | undefined => {
    if ('cxt'.includes(letter)) {
      if (o.mode !== undefined && o.mode !== letter) return isGnu(ctx) ? "You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option" : 'exactly one of \'c\', \'x\' or \'t\' must be specified';
      o.mode = letter as 'c' | 'x' | 't';
    } else if (letter === 'v') o.verbose = true;
    else if (letter === 'O') o.toStdout = true;
    else if (letter === 'm' || letter === 'p' || letter === 'o') {
      // m: leave mtimes as extraction time, which is all the filesystem does; p, o: modes and owners.
    } else if (letter === 'f' || letter === 'C') {
      const value = take();
      if (value === undefined) return `option requires an argument -- '${letter}'`;
      if (letter === 'f') o.archive = value;
      else o.dir = value;
    } else if ('zjJaZ'.includes(letter)) {
      return 'kindling: the simulator does not model compressed archives (z, j, J)';
    } else return `invalid option -- '${letter}'`;
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const next = () => (pending.length > 0 ? pending.shift() : args[++i]);
    if (i === 0 && !a.startsWith('-')) {
      // The old style: every letter that takes a value takes the next word, in order.
      const values = args.slice(1);
      let used = 0;
      for (const letter of a) {
        const bad = flag(letter, () => (used < values.length ? values[used++] : undefined));
        if (bad) return bad;
      }
      i += used;
      continue;
    }
    if (a === '--') {
      o.operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, value] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      if (ACCEPTED.includes(name)) continue;
      const letter = LONG[name];
      if (letter === undefined) return `unrecognized option '${a}'`;
      const bad = flag(letter, () => value ?? next());
      if (bad) return bad;
      continue;
    }
    if (a.startsWith('-') && a !== '-') {
      for (let j = 1; j < a.length; j++) {
        const letter = a[j] as string;
        const rest = a.slice(j + 1);
        let tookRest = false;
        const bad = flag(letter, () => {
          tookRest = true;
          return rest !== '' ? rest : next();
        });
        if (bad) return bad;
        if (tookRest) break;
      }
      continue;
    }
    o.operands.push(a);
  }
  return o;
}

/**
 * A member's name without its leading `/`, reporting the first removal as each tar does (GNU tar
 * 1.34 quotes in the C locale's old style, `/'; from a second absolute operand on, it also says so
 * of hard link targets, as measured on Debian 12's tar).
 */
function memberName(ctx: CommandContext, name: string, told: { slash: boolean; operands?: number }): string {
  const stripped = name.replace(/^\/+/, '');
  if (stripped === name) return name;
  if (!told.slash) {
    told.slash = true;
    warn(ctx, isGnu(ctx) ? 'Removing leading `/\' from member names' : "removing leading '/' from member names");
  }
  if (told.operands !== undefined && isGnu(ctx) && ++told.operands === 2) warn(ctx, 'Removing leading `/\' from hard link targets');
  return stripped;
}

/** The entries for `path` and (a directory) everything under it, in name order. */
function collect(fs: VirtualFs, path: string, name: string, out: TarEntry[]): void {
  const st = fs.lstat(path);
  const base = { mode: 0o644, mtime: Math.floor(st.mtime / 1000), uid: 0, gid: 0, uname: 'root', gname: 'root' };
  if (st.type === 'symlink') {
    out.push({ ...base, name, type: 'symlink', mode: 0o777, linkname: fs.readlink(path) });
  } else if (st.type === 'dir') {
    const dirName = name === '' || name.endsWith('/') ? name : `${name}/`;
    if (dirName !== '') out.push({ ...base, name: dirName, type: 'dir', mode: 0o755 });
    for (const child of fs.readdir(path)) collect(fs, path === '/' ? `/${child}` : `${path}/${child}`, `${dirName}${child}`, out);
  } else {
    out.push({ ...base, name, type: 'file', data: encodeBytes(materialize(fs.readData(path))) });
  }
}

/** `tar c`: the archive of the operands, to the file or stdout. */
function create(ctx: CommandContext, o: TarOptions, base: string): number {
  if (o.operands.length === 0) {
    warn(ctx, isGnu(ctx) ? 'Cowardly refusing to create an empty archive' : 'empty archive');
    if (isGnu(ctx)) ctx.stderr.write("Try 'tar --help' or 'tar --usage' for more information.\n");
    return isGnu(ctx) ? 2 : 1;
  }
  const told = { slash: false, operands: 0 };
  const entries: TarEntry[] = [];
  let failed = false;
  for (const operand of o.operands) {
    const path = resolvePath(base, operand);
    try {
      ctx.fs.lstat(path);
    } catch (e) {
      if (!isFsError(e)) throw e;
      warn(ctx, isGnu(ctx) ? `${operand}: Cannot stat: ${e.text}` : `${operand}: ${e.text}`);
      failed = true;
      continue;
    }
    const first = entries.length;
    collect(ctx.fs, path, memberName(ctx, operand.replace(/\/+$/, '') || operand, told), entries);
    if (o.verbose) for (const e of entries.slice(first)) (o.archive === '-' || o.archive === undefined ? ctx.stderr : ctx.stdout).write(`${e.name}\n`);
  }
  let bytes = writeTar(entries, 'gnu');
  // GNU tar writes whole records of 20 blocks; busybox stops after the two zero blocks.
  if (isGnu(ctx)) {
    const padded = new Uint8Array(Math.ceil(bytes.length / 10240) * 10240);
    padded.set(bytes);
    bytes = padded;
  }
  const text = decodeBytes(bytes);
  if (o.archive === undefined || o.archive === '-') ctx.stdout.write(text);
  else ctx.fs.writeFile(resolvePath(ctx.cwd, o.archive), text);
  return finish(ctx, failed);
}

/** The exit status after errors: GNU and busybox say so, and exit 2 and 1. */
function finish(ctx: CommandContext, failed: boolean): number {
  if (!failed) return 0;
  warn(ctx, isGnu(ctx) ? 'Exiting with failure status due to previous errors' : 'error exit delayed from previous errors');
  return isGnu(ctx) ? 2 : 1;
}

/** Creates the missing directories of `path` (tar makes a member's parents as it goes). */
function makeParents(fs: VirtualFs, path: string): void {
  const parent = dirnamePath(path);
  if (!fs.exists(parent)) fs.mkdir(parent, { recursive: true });
}

/** Writes one member under `base`. */
function extractEntry(fs: VirtualFs, base: string, entry: TarEntry): void {
  const path = resolvePath(base, entry.name);
  if (entry.type === 'dir') {
    if (!fs.exists(path)) fs.mkdir(path, { recursive: true });
    return;
  }
  makeParents(fs, path);
  if (entry.type === 'symlink' || entry.type === 'hardlink') {
    try {
      fs.lstat(path);
      fs.rm(path);
    } catch (e) {
      if (!isFsError(e)) throw e;
    }
    if (entry.type === 'symlink') fs.symlink(entry.linkname ?? '', path);
    else fs.link(resolvePath(base, entry.linkname ?? ''), path);
    return;
  }
  fs.writeFile(path, decodeBytes(entry.data ?? new Uint8Array()));
}

/** `tar x` and `tar t`: reads the archive and extracts or lists its members. */
function extract(ctx: CommandContext, o: TarOptions, base: string): number {
  let input: string;
  try {
    input = o.archive === undefined || o.archive === '-' ? ctx.stdin : ctx.fs.readFile(resolvePath(ctx.cwd, o.archive));
  } catch (e) {
    if (!isFsError(e)) throw e;
    return fatal(ctx, isGnu(ctx) ? `${o.archive}: Cannot open: ${e.text}` : `can't open '${o.archive}': ${e.text}`);
  }
  let entries: TarEntry[];
  try {
    entries = readTar(encodeBytes(input));
  } catch (e) {
    if (!(e instanceof TarFormatError)) throw e;
    return fatal(ctx, isGnu(ctx) ? 'This does not look like a tar archive' : 'invalid tar magic');
  }
  if (entries.length === 0 && input.length > 0 && isGnu(ctx)) return fatal(ctx, 'This does not look like a tar archive');
  const told = { slash: false };
  const wanted = o.operands.map((n) => n.replace(/\/+$/, ''));
  let failed = false;
  for (const raw of entries) {
    const entry = { ...raw, name: memberName(ctx, raw.name, told) };
    const bare = entry.name.replace(/\/+$/, '');
    if (wanted.length > 0 && !wanted.some((w) => bare === w || bare.startsWith(`${w}/`))) continue;
    if (o.mode === 't' && o.verbose) ctx.stdout.write(`${longListing(ctx, entry)}\n`);
    else if (o.verbose || o.mode === 't') ctx.stdout.write(`${entry.name}\n`);
    if (o.mode === 't') continue;
    if (entry.name.split('/').includes('..')) {
      warn(ctx, isGnu(ctx) ? `${entry.name}: Member name contains '..'` : `skipping '${entry.name}': contains '..'`);
      failed = true;
      continue;
    }
    if (o.toStdout) {
      if (entry.type === 'file') ctx.stdout.write(decodeBytes(entry.data ?? new Uint8Array()));
      continue;
    }
    try {
      extractEntry(ctx.fs, base, entry);
    } catch (e) {
      if (!isFsError(e)) throw e;
      warn(ctx, openFailure(ctx, entry.name, e));
      failed = true;
    }
  }
  return finish(ctx, failed);
}

/** `tar tv`: busybox `%s %s/%s %9u %s name`, GNU with the size right-aligned to column 19 and minutes. */
function longListing(ctx: CommandContext, e: TarEntry): string {
  const kind = e.type === 'dir' ? 'd' : e.type === 'symlink' ? 'l' : e.type === 'hardlink' ? 'h' : '-';
  const bits = 'rwxrwxrwx'.split('').map((c, i) => (e.mode & (0o400 >> i) ? c : '-')).join('');
  const mode = `${kind === 'h' ? '-' : kind}${bits}`;
  const t = new Date(e.mtime * 1000).toISOString();
  const size = String(e.type === 'file' ? (e.data?.length ?? 0) : 0);
  const owner = `${e.uname || e.uid}/${e.gname || e.gid}`;
  const link = e.type === 'symlink' ? ` -> ${e.linkname ?? ''}` : e.type === 'hardlink' ? ` link to ${e.linkname ?? ''}` : '';
  if (!isGnu(ctx)) return `${mode} ${owner} ${size.padStart(9)} ${t.slice(0, 10)} ${t.slice(11, 19)} ${e.name}${link}`;
  return `${mode} ${owner} ${size.padStart(Math.max(19 - owner.length - 1, size.length))} ${t.slice(0, 10)} ${t.slice(11, 16)} ${e.name}${link}`;
}

function openFailure(ctx: CommandContext, name: string, e: FsError): string {
  return isGnu(ctx) ? `${name}: Cannot open: ${e.text}` : `can't open '${name}': ${e.text}`;
}

/** An error that ends tar at once (GNU: "Error is not recoverable"). */
function fatal(ctx: CommandContext, message: string): number {
  warn(ctx, message);
  if (!isGnu(ctx)) return 1;
  warn(ctx, 'Error is not recoverable: exiting now');
  return 2;
}

/** Creates, extracts or lists an archive. */
export function tar(ctx: CommandContext): number {
  const parsed = parseTar(ctx);
  if (typeof parsed === 'string') {
    warn(ctx, parsed);
    if (isGnu(ctx) && !parsed.startsWith('kindling')) ctx.stderr.write("Try 'tar --help' or 'tar --usage' for more information.\n");
    return isGnu(ctx) ? 2 : 1;
  }
  if (parsed.mode === undefined) {
    warn(ctx, isGnu(ctx) ? "You must specify one of the '-Acdtrux', '--delete' or '--test-label' options" : "exactly one of 'c', 'x' or 't' must be specified");
    if (isGnu(ctx)) ctx.stderr.write("Try 'tar --help' or 'tar --usage' for more information.\n");
    return isGnu(ctx) ? 2 : 1;
  }
  let base = ctx.cwd;
  if (parsed.dir !== undefined) {
    base = resolvePath(ctx.cwd, parsed.dir);
    const st = ctx.fs.exists(base) ? ctx.fs.stat(base) : undefined;
    if (st?.type !== 'dir') {
      const text = st ? 'Not a directory' : 'No such file or directory';
      return fatal(ctx, isGnu(ctx) ? `${parsed.dir}: Cannot open: ${text}` : `can't change directory to '${parsed.dir}': ${text}`);
    }
  }
  return parsed.mode === 'c' ? create(ctx, parsed, base) : extract(ctx, parsed, base);
}
