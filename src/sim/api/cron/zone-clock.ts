// Wall-clock time in an IANA time zone, for cron schedules: an instant's fields in the zone, and
// Go's time.Date (fields normalised, then the zone's offset applied). UTC is plain arithmetic; other
// zones use Node's Intl time-zone database, so their offsets follow the Node version's tzdata.

export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether `zone` names a time zone the database knows (Go's time.LoadLocation). */
export function isKnownZone(zone: string): boolean {
  if (zone === '' || zone === 'UTC') return true;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in ms. */
export function zoneOffset(zone: string, ms: number): number {
  if (zone === '' || zone === 'UTC') return 0;
  const whole = Math.floor(ms / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(whole))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts['year']!, parts['month']! - 1, parts['day'], parts['hour'], parts['minute'], parts['second']) - whole;
}

export function wallTime(ms: number, zone: string): WallTime {
  const d = new Date(ms + zoneOffset(zone, ms));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), weekday: d.getUTCDay() };
}

/** time.Date in `zone`: out-of-range fields roll over; a wall time in a DST gap takes the earlier offset. */
export function zonedDate(year: number, month: number, day: number, hour: number, minute: number, second: number, zone: string): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const guess = asUtc - zoneOffset(zone, asUtc);
  const offset = zoneOffset(zone, guess);
  return asUtc - offset;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Go's time.RFC3339 of an instant in `zone`: `2025-01-06T10:00:00Z`, or with its offset (`+01:00`). */
export function rfc3339InZone(ms: number, zone: string): string {
  const w = wallTime(ms, zone);
  const offset = Math.round(zoneOffset(zone, ms) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const suffix = offset === 0 ? 'Z' : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${suffix}`;
}

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's time.RFC1123Z in UTC: `Mon, 06 Jan 2025 10:00:00 +0000`. */
export function rfc1123zUtc(ms: number): string {
  const w = wallTime(ms, 'UTC');
  return `${DAY_NAMES[w.weekday]}, ${pad(w.day)} ${MONTH_NAMES[w.month - 1]} ${pad(w.year, 4)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)} +0000`;
}
