// `date [-u] [-d @SECONDS] [+FORMAT]` on the virtual clock, always UTC.
import type { CommandContext } from '../../shell/types.js';
import { isGnu, warn } from './support.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const p2 = (n: number): string => String(n).padStart(2, '0');

/** strftime for the conversions scripts use. */
export function strftime(format: string, ms: number): string {
  const d = new Date(ms);
  const conv: Record<string, () => string> = {
    Y: () => String(d.getUTCFullYear()),
    y: () => p2(d.getUTCFullYear() % 100),
    m: () => p2(d.getUTCMonth() + 1),
    d: () => p2(d.getUTCDate()),
    e: () => String(d.getUTCDate()).padStart(2),
    H: () => p2(d.getUTCHours()),
    I: () => p2(((d.getUTCHours() + 11) % 12) + 1),
    M: () => p2(d.getUTCMinutes()),
    S: () => p2(d.getUTCSeconds()),
    N: () => String((ms % 1000) * 1000000).padStart(9, '0'),
    s: () => String(Math.floor(ms / 1000)),
    Z: () => 'UTC',
    z: () => '+0000',
    a: () => DAYS[d.getUTCDay()] as string,
    A: () => LONG_DAYS[d.getUTCDay()] as string,
    b: () => MONTHS[d.getUTCMonth()] as string,
    h: () => MONTHS[d.getUTCMonth()] as string,
    B: () => LONG_MONTHS[d.getUTCMonth()] as string,
    p: () => (d.getUTCHours() < 12 ? 'AM' : 'PM'),
    j: () => String(Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1).padStart(3, '0'),
    u: () => String(d.getUTCDay() || 7),
    w: () => String(d.getUTCDay()),
    T: () => `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`,
    R: () => `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`,
    D: () => `${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())}/${p2(d.getUTCFullYear() % 100)}`,
    F: () => `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`,
    n: () => '\n',
    t: () => '\t',
    '%': () => '%',
  };
  conv['c'] = () => strftime('%a %b %e %H:%M:%S %Y', ms);
  return format.replace(/%([a-zA-Z%])/g, (whole, c: string) => conv[c]?.() ?? whole);
}

/** Prints the virtual time, in the default format or a `+FORMAT`. */
export function date(ctx: CommandContext): number {
  let ms = ctx.now();
  let format = '%a %b %e %H:%M:%S %Z %Y';
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-u' || a === '--utc') continue;
    if (a === '-d' || a === '--date' || a.startsWith('--date=') || (a.startsWith('-d') && a.length > 2)) {
      const value = a === '-d' || a === '--date' ? args[++i] : a.startsWith('--date=') ? a.slice(7) : a.slice(2);
      const m = /^@(-?[0-9]+)$/.exec(value ?? '');
      if (!m) {
        warn(ctx, isGnu(ctx) ? `invalid date '${value ?? ''}'` : `invalid date '${value ?? ''}'`);
        return 1;
      }
      ms = Number(m[1]) * 1000;
    } else if (a === '-I' || a === '--iso-8601') format = '%Y-%m-%d';
    else if (a === '-R' || a === '--rfc-email') format = '%a, %d %b %Y %H:%M:%S +0000';
    else if (a.startsWith('+')) format = a.slice(1);
    else {
      warn(ctx, isGnu(ctx) ? `invalid date '${a}'` : `invalid date '${a}'`);
      return 1;
    }
  }
  ctx.stdout.write(`${strftime(format, ms)}\n`);
  return 0;
}
