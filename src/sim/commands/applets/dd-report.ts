// What dd prints after copying (coreutils src/dd.c print_xfer_stats, busybox coreutils/dd.c
// dd_output_status): the bytes, the time and the rate, in each tool's words.
import { busyboxHuman } from './du.js';

/** GNU's third line (dd.c print_xfer_stats): `N bytes (SI, IEC) copied, T s, R/s`. */
export function gnuXfer(bytes: number, seconds: number): string {
  const si = humanExact(bytes, 1000);
  const iec = humanExact(bytes, 1024);
  const rate = `${humanRate(bytes / seconds)}/s`;
  const time = `${formatG(seconds)} s`;
  if (!/[a-zA-Z]B$/.test(si)) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'} copied, ${time}, ${rate}\n`;
  if (!/[a-zA-Z]B$/.test(iec)) return `${bytes} bytes (${si}) copied, ${time}, ${rate}\n`;
  return `${bytes} bytes (${si}, ${iec}) copied, ${time}, ${rate}\n`;
}

/** busybox's third line: `N bytes (HB) copied, T seconds, RB/s`. */
export function busyboxXfer(bytes: number, seconds: number): string {
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
