// `dd [if=F] [of=F] [bs=N] [ibs=N] [obs=N] [count=N] [skip=N] [seek=N] [conv=...] [status=...]`
// (coreutils src/dd.c, busybox coreutils/dd.c): copies blocks, then reports `N+M records in/out`
// and, unless status=none|noxfer, the bytes, time and rate in each tool's words. /dev/zero and
// /dev/urandom are sources, /dev/null both (devices.ts). The bytes go as extents, so `bs=1M
// count=1024` makes a 1 GiB file without holding it. A write that finds the filesystem full
// ends the copy as both dd's do: `dd: error writing 'F': No space left on device`, the records
// of the blocks read (the one that failed included) and of those written whole, exit 1. Without
// count=, an endless device fills a bounded file until then. The copy takes virtual time, as on
// a disk writing 1 GB/s.
import { concatData, EMPTY_DATA, type FileData, materialize, sliceData, textData, zeroData } from '../../core/vfs/file-data.js';
import { fullWrite, type WriteOutcome } from '../../shell/interp/io.js';
import type { CommandContext, CommandResult, Effect } from '../../shell/types.js';
import { isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { busyboxXfer, gnuXfer } from './dd-report.js';
import { deviceData, endlessDevice } from './devices.js';
import { appletName, badOption, isGnu, warn } from './support.js';

const GNU_SUFFIX: Record<string, number> = { '': 1, c: 1, w: 2, b: 512, kB: 1000, k: 1024, K: 1024, KiB: 1024, MB: 1e6, M: 1 << 20, MiB: 1 << 20, GB: 1e9, G: 1 << 30, GiB: 1 << 30 };
const BB_SUFFIX: Record<string, number> = { '': 1, c: 1, w: 2, b: 512, kB: 1000, kD: 1000, k: 1024, K: 1024, MB: 1e6, MD: 1e6, M: 1 << 20, GB: 1e9, GD: 1e9, G: 1 << 30 };
const NUMERIC = new Set(['bs', 'ibs', 'obs', 'count', 'skip', 'seek']);
const GNU_CONV = new Set(['notrunc', 'noerror', 'sync', 'fsync', 'fdatasync', 'excl', 'nocreat', 'ucase', 'lcase']);
const BB_CONV = new Set(['notrunc', 'noerror', 'sync', 'fsync', 'swab']);
/** Seconds the copy takes: a fixed start-up plus the bytes at 1 GB/s. */
const START_SECONDS = 0.0002;
const BYTES_PER_SECOND = 1e9;
/** What an endless device offers when dd has no count=: more than any filesystem holds. */
const ENDLESS_BYTES = Number.MAX_SAFE_INTEGER;

interface Blocks {
  ibs: number;
  obs: number;
  /** bs= given, or ibs = obs: each block read is written as it is (no second buffer). */
  same: boolean;
}

/** Copies and converts. */
export function dd(ctx: CommandContext): CommandResult {
  const gnu = isGnu(ctx);
  const ops: Record<string, string> = {};
  for (const arg of ctx.argv.slice(1)) {
    const m = /^(if|of|bs|ibs|obs|count|skip|seek|conv|status|iflag|oflag)=(.*)$/s.exec(arg);
    if (!m) {
      if (gnu) badOption(ctx, `unrecognized operand '${arg}'`);
      return 1;
    }
    ops[m[1] as string] = m[2] as string;
  }
  const nums: Record<string, number> = {};
  for (const k of NUMERIC) {
    const raw = ops[k];
    if (raw === undefined) continue;
    const m = /^([0-9]+)([A-Za-z]*)$/.exec(raw);
    const unit = m ? (gnu ? GNU_SUFFIX : BB_SUFFIX)[m[2] as string] : undefined;
    if (!m || unit === undefined) {
      warn(ctx, gnu ? `invalid number: '${raw}'` : `invalid number '${raw}'`);
      return 1;
    }
    nums[k] = Number(m[1]) * unit;
  }
  const conv = new Set((ops['conv'] ?? '').split(',').filter((c) => c !== ''));
  for (const c of conv) {
    if (!(gnu ? GNU_CONV : BB_CONV).has(c)) {
      if (gnu) badOption(ctx, `invalid conversion: '${c}'`);
      else warn(ctx, `invalid argument '${c}' to 'conv'`);
      return 1;
    }
  }
  const ibs = nums['ibs'] ?? nums['bs'] ?? 512;
  const obs = nums['obs'] ?? nums['bs'] ?? 512;
  const blocks: Blocks = { ibs, obs, same: ops['bs'] !== undefined || ibs === obs };
  const count = nums['count'];
  const outPath = ops['of'] === undefined ? undefined : resolvePath(ctx.cwd, ops['of']);
  const discard = outPath === '/dev/null';
  let data = readSource(ctx, ops['if'], count === undefined ? undefined : count * ibs, (nums['skip'] ?? 0) * ibs, outPath, discard);
  if (data === undefined) return 1;
  // Whole input blocks, then a partial one (padded to a whole one with conv=sync).
  const inPart = data.size % ibs > 0 ? 1 : 0;
  if (conv.has('sync') && inPart) data = concatData(data, zeroData(ibs - (data.size % ibs)));
  if (conv.has('ucase') || conv.has('lcase')) data = changeCase(data, conv.has('ucase'));
  const outcome = discard ? { written: data.size } : writeTarget(ctx, ops['of'], outPath, data, (nums['seek'] ?? 0) * obs, conv.has('notrunc'));
  if (outcome === undefined) return 1;
  const { written, error } = outcome;
  const records = error ? failedRecords(written, data.size, blocks, gnu) : copiedRecords(data.size, inPart, blocks, conv.has('sync'));
  const seconds = START_SECONDS + written / BYTES_PER_SECOND;
  let report = error ? `${appletName(ctx)}: error writing '${ops['of'] ?? 'standard output'}': ${error.text}\n` : '';
  const status = ops['status'];
  if (status !== 'none') report += `${records.inFull}+${records.inPart} records in\n${records.outFull}+${records.outPart} records out\n`;
  if (status !== 'none' && status !== 'noxfer') report += gnu ? gnuXfer(written, seconds) : busyboxXfer(written, seconds);
  return finish(ctx, seconds, report, error ? 1 : 0);
}

function* finish(ctx: CommandContext, seconds: number, report: string, code: number): Generator<Effect, number, void> {
  const ms = Math.floor(seconds * 1000);
  if (ms > 0) yield { kind: 'sleep', ms };
  ctx.stderr.write(report);
  return code;
}

interface Records {
  inFull: number;
  inPart: number;
  outFull: number;
  outPart: number;
}

/** A copy that went through: what was read is what was written. */
function copiedRecords(length: number, inPart: number, b: Blocks, sync: boolean): Records {
  const inFull = Math.floor(length / b.ibs) - (sync && inPart ? 1 : 0);
  const total = length;
  if (b.same) return { inFull, inPart, outFull: inFull + (sync ? inPart : 0), outPart: sync ? 0 : inPart };
  return { inFull, inPart, outFull: Math.floor(total / b.obs), outPart: total % b.obs > 0 ? 1 : 0 };
}

/**
 * A write that stopped at byte `written`: the block being written then was read, its write not
 * counted (busybox write_and_stats, GNU dd_copy), except that GNU counts a partial output block
 * of its second buffer (write_output).
 */
function failedRecords(written: number, length: number, b: Blocks, gnu: boolean): Records {
  const failing = Math.floor(written / b.obs);
  const read = Math.min(length, (failing + 1) * (b.same ? b.ibs : b.obs));
  const inFull = Math.floor(read / b.ibs);
  return { inFull, inPart: read % b.ibs > 0 ? 1 : 0, outFull: failing, outPart: !b.same && gnu && written % b.obs > 0 ? 1 : 0 };
}

/**
 * The input's bytes from `skip`, `need` of them when count= says (an endless device's without
 * count= only into a file of bounded size); undefined after reporting.
 */
function readSource(ctx: CommandContext, path: string | undefined, need: number | undefined, skip: number, outPath: string | undefined, discard: boolean): FileData | undefined {
  const dev = path === undefined ? undefined : endlessDevice(ctx, path);
  if (dev !== undefined) {
    if (need === undefined && !fillsBoundedFile(ctx, outPath, discard)) {
      warn(ctx, `kindling: the simulator does not model reading ${dev} without count=`);
      return undefined;
    }
    return deviceData(ctx, dev, need ?? ENDLESS_BYTES);
  }
  let data: FileData;
  if (path === undefined || path === '-' || path === '/dev/stdin') data = textData(ctx.stdin);
  else if (resolvePath(ctx.cwd, path) === '/dev/null') data = EMPTY_DATA;
  else {
    try {
      data = ctx.fs.readData(resolvePath(ctx.cwd, path));
    } catch (e) {
      if (!isFsError(e)) throw e;
      warn(ctx, isGnu(ctx) ? `failed to open '${path}': ${e.text}` : `can't open '${path}': ${e.text}`);
      return undefined;
    }
  }
  return sliceData(data, skip, need === undefined ? data.size : skip + need);
}

/** Whether the output is a file whose filesystem has a size (so writing without end stops with ENOSPC). */
function fillsBoundedFile(ctx: CommandContext, outPath: string | undefined, discard: boolean): boolean {
  if (discard) return false;
  if (outPath === undefined) return ctx.stdout.bounded === true;
  try {
    return ctx.fs.statfs(outPath).unbounded !== true;
  } catch (e) {
    if (isFsError(e)) return true;
    throw e;
  }
}

/** conv=ucase / conv=lcase: ASCII letters only, as GNU dd does. */
function changeCase(data: FileData, upper: boolean): FileData {
  const text = materialize(data);
  return textData(upper ? text.replace(/[a-z]+/g, (s) => s.toUpperCase()) : text.replace(/[A-Z]+/g, (s) => s.toLowerCase()));
}

/**
 * Opens the output as dd does (O_TRUNC unless seek= or conv=notrunc; with seek= and without
 * notrunc, ftruncate to the seek offset), then writes the blocks at `offset`. Stdout without of=.
 * Undefined after reporting a file it cannot open.
 */
function writeTarget(ctx: CommandContext, name: string | undefined, path: string | undefined, data: FileData, offset: number, notrunc: boolean): WriteOutcome | undefined {
  if (path === undefined) {
    if (ctx.stdout.writeData) return ctx.stdout.writeData(data);
    ctx.stdout.write(materialize(data));
    return { written: data.size };
  }
  try {
    ctx.fs.write(path, EMPTY_DATA, { truncate: offset === 0 && !notrunc });
    if (offset > 0 && !notrunc) ctx.fs.resize(path, offset);
  } catch (e) {
    if (!isFsError(e)) throw e;
    warn(ctx, isGnu(ctx) ? `failed to open '${name}': ${e.text}` : `can't open '${name}': ${e.text}`);
    return undefined;
  }
  return fullWrite(ctx.fs, path, data, { at: offset });
}

