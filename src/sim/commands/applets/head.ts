// `head [-n N|-N] [-c N] [FILE...]` and `tail [-n N|-n +N|-N] [-c N] [-f] [FILE...]`.
import type { CommandContext, CommandResult } from '../../shell/types.js';
import { decodeBytes, encodeBytes } from '../../core/text/bytes.js';
import { deviceBytes, deviceData, endlessDevice } from './devices.js';
import { materialize, sliceData, textData } from '../../core/vfs/file-data.js';
import { isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { isGnu, numberOption, parseOptions, readInput, warn } from './support.js';

/** busybox's bkm_suffixes (coreutils/head.c eat_num): only b, k and m. */
const BB_SUFFIX: Record<string, number> = { b: 512, k: 1024, m: 1024 ** 2 };
/** GNU head (xdectoumax with "bkKmMGTPEZYRQ0"; gnulib xstrtol): k, K, m, M, G... powers of 1024, kB, MB... of 1000. */
const GNU_SUFFIX: Record<string, number> = {
  b: 512, k: 1024, K: 1024, KiB: 1024, kB: 1000, KB: 1000, m: 1024 ** 2, M: 1024 ** 2, MiB: 1024 ** 2, MB: 1e6, G: 1024 ** 3, GiB: 1024 ** 3, GB: 1e9, T: 1024 ** 4, TiB: 1024 ** 4, TB: 1e12,
};

/** A count with each tool's multiplier suffixes (`-c 100m` in busybox, `-c 100M` in GNU). */
function countOption(ctx: CommandContext, value: string, what: string): number | undefined {
  const m = /^\+?([0-9]+)([A-Za-z]+)$/.exec(value);
  const unit = m ? (isGnu(ctx) ? GNU_SUFFIX : BB_SUFFIX)[m[2] as string] : undefined;
  if (m && unit !== undefined) return Number(m[1]) * unit;
  return numberOption(ctx, value, what);
}

/** `-5` means `-n 5` for both tools. */
function normalArgv(ctx: CommandContext): string[] {
  return ctx.argv.map((a, i) => (i > 0 && /^-[0-9]+$/.test(a) ? `-n${a.slice(1)}` : a));
}

const openWording = { gnu: (p: string, e: { text: string }) => `cannot open '${p}' for reading: ${e.text}` };

function lines(text: string): string[] {
  const parts = text.split(/(?<=\n)/);
  return parts.filter((p) => p !== '');
}

/** The first `n` lines, found without splitting the whole text (`yes | head` is 1 MiB). */
function firstLines(text: string, n: number): string {
  let end = 0;
  for (let i = 0; i < n; i++) {
    const nl = text.indexOf('\n', end);
    if (nl < 0) return text;
    end = nl + 1;
  }
  return text.slice(0, end);
}

/** Prints the first lines (or bytes) of each input. */
/** Shows each file's text, under `==> name <==` when there are several; 1 if one could not be read. */
function eachInput(ctx: CommandContext, files: string[], show: (text: string) => void, bytes?: number): number {
  let status = 0;
  files.forEach((file, i) => {
    // `head -c N /dev/urandom` takes N bytes of an endless device; anything else reads it whole.
    const device = bytes === undefined ? undefined : endlessDevice(ctx, file);
    const text = device !== undefined && bytes !== undefined ? decodeBytes(deviceBytes(ctx, device, bytes)) : readInput(ctx, file, openWording);
    if (text === undefined) {
      status = 1;
      return;
    }
    if (files.length > 1) ctx.stdout.write(`${i > 0 ? '\n' : ''}==> ${file === '-' ? 'standard input' : file} <==\n`);
    show(text);
  });
  return status;
}

export function head(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'n:c:qv', { long: { lines: 'n', bytes: 'c', quiet: 'q' }, argv: normalArgv(ctx) });
  if (!parsed) return 1;
  const files = parsed.operands.length > 0 ? parsed.operands : ['-'];
  const nOpt = parsed.opts.get('n');
  const cOpt = parsed.opts.get('c');
  const count = countOption(ctx, typeof cOpt === 'string' ? cOpt : typeof nOpt === 'string' ? nOpt : '10', cOpt ? 'bytes' : 'lines');
  if (count === undefined) return 1;
  if (!cOpt) return eachInput(ctx, files, (text) => ctx.stdout.write(firstLines(text, count)));
  if (files.length === 1) return firstBytes(ctx, files[0] as string, count);
  return eachInput(ctx, files, (text) => ctx.stdout.write(decodeBytes(encodeBytes(text).subarray(0, count))), count);
}

/**
 * `head -c N FILE`: the first bytes as extents, so `head -c 1G /dev/zero > f` makes the file
 * without holding it. A full filesystem: busybox's stdio leaves stdout in error (busybox
 * coreutils/head.c, die_if_ferror_stdout: `standard output: I/O error`), GNU's xwrite_stdout
 * says what failed (as busybox 1.35 and coreutils 9.1 do on /dev/full).
 */
function firstBytes(ctx: CommandContext, file: string, count: number): number {
  const device = endlessDevice(ctx, file);
  let data;
  if (device !== undefined) data = deviceData(ctx, device, count);
  else if (file === '-' || file === '/dev/stdin') data = textData(ctx.stdin);
  else {
    try {
      data = ctx.fs.readData(resolvePath(ctx.cwd, file));
    } catch (e) {
      if (!isFsError(e)) throw e;
      if (readInput(ctx, file, openWording) === undefined) return 1;
      throw e;
    }
  }
  const piece = sliceData(data, 0, count);
  if (!ctx.stdout.writeData) {
    ctx.stdout.write(materialize(piece));
    return 0;
  }
  const { error } = ctx.stdout.writeData(piece);
  if (!error) return 0;
  // Less than stdio's buffer (st_blksize, a page) fails only when it is flushed at exit: busybox's
  // fflush_stdout_and_exit keeps head's status, GNU's close_stdout says `write error`.
  if (piece.size < STDIO_BUFFER) {
    warn(ctx, isGnu(ctx) ? `write error: ${error.text}` : `standard output: ${error.text}`);
    return isGnu(ctx) ? 1 : 0;
  }
  warn(ctx, isGnu(ctx) ? `error writing 'standard output': ${error.text}` : 'standard output: I/O error');
  return 1;
}

/** glibc's buffer for a file on tmpfs or ext4 (st_blksize). */
const STDIO_BUFFER = 4096;

/** Prints the last lines (or from line N on); `-f` then waits for ever. */
export function tail(ctx: CommandContext): CommandResult {
  const parsed = parseOptions(ctx, 'n:c:fFqv', { long: { lines: 'n', bytes: 'c', follow: 'f' }, argv: normalArgv(ctx) });
  if (!parsed) return 1;
  const files = parsed.operands.length > 0 ? parsed.operands : ['-'];
  const raw = parsed.opts.get('c') ?? parsed.opts.get('n') ?? '10';
  const spec = typeof raw === 'string' ? raw : '10';
  const fromStart = spec.startsWith('+');
  const count = countOption(ctx, spec.replace(/^[+-]/, ''), parsed.opts.has('c') ? 'bytes' : 'lines');
  if (count === undefined) return 1;
  const status = eachInput(ctx, files, (text) => {
    if (parsed.opts.has('c')) {
      ctx.stdout.write(fromStart ? text.slice(Math.max(0, count - 1)) : text.slice(Math.max(0, text.length - count)));
      return;
    }
    const all = lines(text);
    ctx.stdout.write((fromStart ? all.slice(Math.max(0, count - 1)) : count === 0 ? [] : all.slice(-count)).join(''));
  });
  if (parsed.opts.has('f') || parsed.opts.has('F')) {
    if (!isGnu(ctx) && files.length === 1 && files[0] === '-') warn(ctx, "warning: following standard input indefinitely is ineffective");
    return follow();
  }
  return status;
}

/** `tail -f`: nothing more will be written, so it waits for ever (containers use it to idle). */
function* follow(): Generator<{ kind: 'sleep'; ms: number }, number, void> {
  yield { kind: 'sleep', ms: Infinity };
  return 0;
}
