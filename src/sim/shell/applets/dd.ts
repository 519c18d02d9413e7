// `dd [if=F] [of=F] [bs=N] [ibs=N] [obs=N] [count=N] [skip=N] [seek=N] [conv=...] [status=...]`
// (coreutils src/dd.c, busybox coreutils/dd.c): copies blocks, then reports `N+M records in/out`
// and, unless status=none|noxfer, the bytes, time and rate in each tool's words. /dev/zero and
// /dev/urandom are sources, /dev/null
// both (devices.ts). The copy takes virtual time, as on a disk writing 1 GB/s.
import { decodeBytes, encodeBytes } from '../bytes.js';
import type { CommandContext, CommandResult, Effect } from '../types.js';
import { isFsError, resolvePath } from '../vfs.js';
import { deviceBytes, endlessDevice } from './devices.js';
import { badOption, isGnu, MAX_FILE_BYTES, readInput, tooLarge, warn } from './support.js';
import { busyboxHuman } from './du.js';

const GNU_SUFFIX: Record<string, number> = { '': 1, c: 1, w: 2, b: 512, kB: 1000, k: 1024, K: 1024, KiB: 1024, MB: 1e6, M: 1 << 20, MiB: 1 << 20, GB: 1e9, G: 1 << 30, GiB: 1 << 30 };
const BB_SUFFIX: Record<string, number> = { '': 1, c: 1, w: 2, b: 512, kB: 1000, kD: 1000, k: 1024, K: 1024, MB: 1e6, MD: 1e6, M: 1 << 20, GB: 1e9, GD: 1e9, G: 1 << 30 };
const NUMERIC = new Set(['bs', 'ibs', 'obs', 'count', 'skip', 'seek']);
const GNU_CONV = new Set(['notrunc', 'noerror', 'sync', 'fsync', 'fdatasync', 'excl', 'nocreat', 'ucase', 'lcase']);
const BB_CONV = new Set(['notrunc', 'noerror', 'sync', 'fsync', 'swab']);
/** Seconds the copy takes: a fixed start-up plus the bytes at 1 GB/s. */
const START_SECONDS = 0.0002;
const BYTES_PER_SECOND = 1e9;

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
  const count = nums['count'];
  const skip = nums['skip'] ?? 0;
  const seek = nums['seek'] ?? 0;
  const discard = ops['of'] !== undefined && resolvePath(ctx.cwd, ops['of']) === '/dev/null';
  const input = readSource(ctx, ops['if'], count === undefined ? undefined : count * ibs, discard);
  if (input === undefined) return 1;
  // Whole input blocks, then a partial one.
  let data = typeof input === 'number' ? new Uint8Array(0) : input.subarray(Math.min(input.length, skip * ibs));
  if (count !== undefined) data = data.subarray(0, count * ibs);
  const length = typeof input === 'number' ? input : data.length;
  const inFull = Math.floor(length / ibs);
  const inPart = length % ibs > 0 ? 1 : 0;
  if (conv.has('sync') && inPart) {
    const padded = new Uint8Array((inFull + 1) * ibs);
    padded.set(data);
    data = padded;
  }
  if (conv.has('ucase') || conv.has('lcase')) data = data.map((b) => (conv.has('ucase') ? (b >= 97 && b <= 122 ? b - 32 : b) : b >= 65 && b <= 90 ? b + 32 : b));
  const sameBlocks = ops['bs'] !== undefined || ibs === obs;
  const total = conv.has('sync') ? (inFull + inPart) * ibs : length;
  const outFull = sameBlocks ? inFull + (conv.has('sync') ? inPart : 0) : Math.floor(total / obs);
  const outPart = sameBlocks ? (conv.has('sync') ? 0 : inPart) : total % obs > 0 ? 1 : 0;
  if (!discard && !writeTarget(ctx, ops['of'], data, seek * obs, conv.has('notrunc'))) return 1;
  const seconds = START_SECONDS + total / BYTES_PER_SECOND;
  const status = ops['status'];
  let report = '';
  if (status !== 'none') report += `${inFull}+${inPart} records in\n${outFull}+${outPart} records out\n`;
  if (status !== 'none' && status !== 'noxfer') report += gnu ? gnuXfer(total, seconds) : busyboxXfer(total, seconds);
  return finish(ctx, seconds, report);
}

function* finish(ctx: CommandContext, seconds: number, report: string): Generator<Effect, number, void> {
  const ms = Math.floor(seconds * 1000);
  if (ms > 0) yield { kind: 'sleep', ms };
  ctx.stderr.write(report);
  return 0;
}

/**
 * The input's bytes, `need` of them from an endless device (only their number when they go to
 * /dev/null, `discard`); undefined after reporting.
 */
function readSource(ctx: CommandContext, path: string | undefined, need: number | undefined, discard: boolean): Uint8Array | number | undefined {
  const dev = path === undefined ? undefined : endlessDevice(ctx, path);
  if (dev !== undefined) {
    if (need === undefined) {
      warn(ctx, `kindling: the simulator does not model reading ${dev} without count=`);
      return undefined;
    }
    if (discard) return need;
    if (tooLarge(ctx, need)) return undefined;
    return deviceBytes(ctx, dev, need);
  }
  const text = readInput(ctx, path ?? '-', { gnu: (p, e) => `failed to open '${p}': ${e.text}`, busybox: (p, e) => `can't open '${p}': ${e.text}` });
  return text === undefined ? undefined : encodeBytes(text);
}

/** Writes the blocks at `offset` of `path` (stdout when absent); false after reporting. */
function writeTarget(ctx: CommandContext, path: string | undefined, data: Uint8Array, offset: number, notrunc: boolean): boolean {
  if (path === undefined) {
    ctx.stdout.write(decodeBytes(data));
    return true;
  }
  const abs = resolvePath(ctx.cwd, path);
  if (abs === '/dev/null') return true;
  try {
    const old = ctx.fs.exists(abs) ? encodeBytes(ctx.fs.readFile(abs)) : new Uint8Array(0);
    const size = notrunc ? Math.max(old.length, offset + data.length) : offset + data.length;
    if (size > MAX_FILE_BYTES) return !tooLarge(ctx, size);
    const out = new Uint8Array(size);
    out.set(old.subarray(0, notrunc ? old.length : Math.min(old.length, offset)));
    out.set(data, offset);
    ctx.fs.writeFile(abs, decodeBytes(out));
    return true;
  } catch (e) {
    if (!isFsError(e)) throw e;
    warn(ctx, isGnu(ctx) ? `failed to open '${path}': ${e.text}` : `can't open '${path}': ${e.text}`);
    return false;
  }
}

/** GNU's third line (dd.c print_xfer_stats): `N bytes (SI, IEC) copied, T s, R/s`. */
function gnuXfer(bytes: number, seconds: number): string {
  const si = humanExact(bytes, 1000);
  const iec = humanExact(bytes, 1024);
  const rate = `${humanRate(bytes / seconds)}/s`;
  const time = `${formatG(seconds)} s`;
  if (!/[a-zA-Z]B$/.test(si)) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'} copied, ${time}, ${rate}\n`;
  if (!/[a-zA-Z]B$/.test(iec)) return `${bytes} bytes (${si}) copied, ${time}, ${rate}\n`;
  return `${bytes} bytes (${si}, ${iec}) copied, ${time}, ${rate}\n`;
}

/** busybox's third line: `N bytes (HB) copied, T seconds, RB/s`. */
function busyboxXfer(bytes: number, seconds: number): string {
  return `${bytes} bytes (${busyboxHuman(bytes)}B) copied, ${seconds.toFixed(6)} seconds, ${busyboxHuman(Math.floor(bytes / seconds))}B/s\n`;
}

/** gnulib human_readable, exact integer path, autoscale, round to nearest, space before the unit. */
function humanExact(n: number, base: number): string {
  const prefixes = base === 1000 ? ['k', 'M', 'G', 'T', 'P', 'E'] : ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
  let amt = n;
  let tenths = 0;
  let rounding = 0;
  let exponent = 0;
  if (amt >= base) {
    do {
      const r10 = (amt % base) * 10 + tenths;
      const r2 = (r10 % base) * 2 + (rounding >> 1);
      amt = Math.floor(amt / base);
      tenths = Math.floor(r10 / base);
      rounding = r2 < base ? (r2 + rounding !== 0 ? 1 : 0) : 2 + (base < r2 + rounding ? 1 : 0);
      exponent++;
    } while (amt >= base && exponent < prefixes.length);
    if (amt < 10) {
      if (2 < rounding + (tenths & 1)) {
        tenths++;
        rounding = 0;
        if (tenths === 10) {
          amt++;
          tenths = 0;
        }
      }
      if (amt < 10) return `${amt}.${tenths} ${prefixes[exponent - 1]}B`;
    }
  }
  if (5 < tenths + (0 < rounding + (amt & 1) ? 1 : 0)) {
    amt++;
    if (exponent > 0 && amt === base && exponent < prefixes.length) return `1.0 ${prefixes[exponent]}B`;
  }
  return exponent === 0 ? `${amt} B` : `${amt} ${prefixes[exponent - 1]}B`;
}

/** gnulib human_readable, floating path (a rate), SI: one decimal while it fits in 4 characters. */
function humanRate(rate: number): string {
  const prefixes = ['k', 'M', 'G', 'T', 'P', 'E'];
  let e = 1;
  let exponent = 0;
  do {
    e *= 1000;
    exponent++;
  } while (e * 1000 <= rate && exponent < prefixes.length);
  const v = rate / e;
  let text = v.toFixed(1);
  if (text.length > 4) text = (Math.round(v * 10) / 10).toFixed(0);
  return `${text} ${prefixes[exponent - 1]}B`;
}

/** printf's %g: six significant digits, no trailing zeros, an exponent below 1e-4. */
function formatG(x: number): string {
  if (x === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(x)));
  if (exp < -4 || exp >= 6) {
    const [m, e] = x.toExponential(5).split('e') as [string, string];
    const mant = m.replace(/\.?0+$/, '');
    const n = Number(e);
    return `${mant}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  return x.toFixed(Math.max(0, 5 - exp)).replace(/\.?0+$/, '');
}
