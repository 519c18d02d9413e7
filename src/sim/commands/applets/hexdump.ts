// `hexdump [-C] [-n LEN] [-s OFFSET] [FILE]...` (util-linux text-utils/hexdump*.c, busybox
// util-linux/hexdump.c) and `xxd [-p] [-r] [-c COLS] [-g BYTES] [-l LEN] [-s OFFSET] [FILE]`
// (vim's xxd/xxd.c, busybox util-linux/hexdump_xxd.c).
import { decodeBytes, encodeBytes } from '../../core/text/bytes.js';
import type { CommandContext } from '../../shell/types.js';
import { isGnu, parseOptions, readInput, warn } from './support.js';

const hex2 = (b: number) => b.toString(16).padStart(2, '0');
const printable = (b: number) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.');

/** Every operand's bytes run together, as both tools read them; undefined when none could be read. */
function inputBytes(ctx: CommandContext, files: string[], onMissing: (failed: number) => void): Uint8Array | undefined {
  let text = '';
  let failed = 0;
  for (const f of files.length > 0 ? files : ['-']) {
    const t = readInput(ctx, f, { busybox: (p, e) => `${p}: ${e.text}` });
    if (t === undefined) failed++;
    else text += t;
  }
  if (failed > 0) onMissing(failed);
  if (failed > 0 && failed === files.length) return undefined;
  return encodeBytes(text);
}

/** Dumps bytes: `-C` is the canonical hex+ASCII form, the default 16-bit little-endian words. */
export function hexdump(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'Cn:s:vbcdox', { long: { canonical: 'C', length: 'n', skip: 's', 'no-squeezing': 'v' } });
  if (!parsed) return 1;
  let status = 0;
  const all = inputBytes(ctx, parsed.operands, () => (status = 1));
  if (all === undefined) {
    if (isGnu(ctx)) warn(ctx, 'all input file arguments failed');
    return 1;
  }
  const skip = typeof parsed.opts.get('s') === 'string' ? Number(parsed.opts.get('s')) : 0;
  const len = typeof parsed.opts.get('n') === 'string' ? Number(parsed.opts.get('n')) : Infinity;
  const bytes = all.subarray(skip, skip + len);
  const canonical = parsed.opts.has('C');
  let out = '';
  let previous: string | undefined;
  let starred = false;
  for (let at = 0; at < bytes.length; at += 16) {
    const row = bytes.subarray(at, at + 16);
    const key = row.join(',');
    if (!parsed.opts.has('v') && row.length === 16 && key === previous) {
      if (!starred) out += '*\n';
      starred = true;
      continue;
    }
    previous = key;
    starred = false;
    const offset = skip + at;
    if (canonical) {
      let hex = '';
      for (let i = 0; i < 16; i++) hex += `${i === 8 ? ' ' : ''}${i < row.length ? hex2(row[i] as number) : '  '} `;
      out += `${offset.toString(16).padStart(8, '0')}  ${hex} |${Array.from(row, printable).join('')}|\n`;
    } else {
      let words = '';
      for (let i = 0; i < 16; i += 2) words += ` ${i < row.length ? (((row[i + 1] ?? 0) << 8) | (row[i] as number)).toString(16).padStart(4, '0') : '    '}`;
      out += `${offset.toString(16).padStart(7, '0')}${words}\n`;
    }
  }
  if (bytes.length > 0) out += `${(skip + bytes.length).toString(16).padStart(canonical ? 8 : 7, '0')}\n`;
  ctx.stdout.write(out);
  return status;
}

/** Makes a hex dump, or (-r -p) turns plain hex back into bytes. */
export function xxd(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, isGnu(ctx) ? 'prc:g:l:s:uo:' : 'prc:g:l:s:o:', { long: { ps: 'p', plain: 'p', revert: 'r', cols: 'c', groupsize: 'g', len: 'l', seek: 's' } });
  if (!parsed) return 1;
  const o = parsed.opts;
  const text = readInput(ctx, parsed.operands[0] ?? '-', { busybox: (p, e) => `${p}: ${e.text}` });
  if (text === undefined) return isGnu(ctx) ? 2 : 1;
  if (o.has('r')) {
    if (!o.has('p')) {
      warn(ctx, 'kindling: the simulator models xxd -r only with -p (plain hex)');
      return 1;
    }
    const digits = text.replace(/[^0-9a-fA-F]/g, '');
    const out = new Uint8Array(digits.length >> 1);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(digits.slice(i * 2, i * 2 + 2), 16);
    ctx.stdout.write(decodeBytes(out));
    return 0;
  }
  const num = (k: string, d: number) => (typeof o.get(k) === 'string' ? Number(o.get(k)) : d);
  const skip = num('s', 0);
  const bytes = encodeBytes(text).subarray(skip, skip + num('l', Infinity));
  const hex = (b: number) => (o.has('u') ? hex2(b).toUpperCase() : hex2(b));
  let out = '';
  if (o.has('p')) {
    const cols = num('c', 30);
    for (let at = 0; at < bytes.length; at += cols) out += `${Array.from(bytes.subarray(at, at + cols), hex).join('')}\n`;
    ctx.stdout.write(out);
    return 0;
  }
  const cols = num('c', 16);
  const group = num('g', 2) || cols;
  const width = cols * 2 + Math.ceil(cols / group) - 1;
  for (let at = 0; at < bytes.length; at += cols) {
    const row = bytes.subarray(at, at + cols);
    let h = '';
    row.forEach((b, i) => (h += `${i > 0 && i % group === 0 ? ' ' : ''}${hex(b)}`));
    out += `${(skip + at + num('o', 0)).toString(16).padStart(8, '0')}: ${h.padEnd(width)}  ${Array.from(row, printable).join('')}\n`;
  }
  ctx.stdout.write(out);
  return 0;
}
