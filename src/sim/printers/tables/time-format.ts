// Go time formats kubectl prints (always in UTC: kindling runs kubectl with TZ=UTC), and the
// metav1 "time since" helpers built on HumanDuration.
import { humanDuration } from './duration.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An API timestamp, or a zero/absent time (Go's zero `time.Time`). */
export type ApiTime = string | null | undefined;

/** Parses an API timestamp to epoch milliseconds; undefined for null, empty or Go's zero time. */
export function parseTime(ts: ApiTime): number | undefined {
  if (ts === null || ts === undefined || ts === '') return undefined;
  const ms = Date.parse(ts);
  if (Number.isNaN(ms)) return undefined;
  if (ts.startsWith('0001-01-01T00:00:00')) return undefined;
  return ms;
}

/** True when the timestamp is absent or Go's zero time (`metav1.Time.IsZero`). */
export function isZeroTime(ts: ApiTime): boolean {
  return parseTime(ts) === undefined;
}

/** `translateTimestampSince`: HumanDuration of now - ts, or `<unknown>` for a zero time. */
export function translateTimestampSince(ts: ApiTime, now: number): string {
  const t = parseTime(ts);
  if (t === undefined) return '<unknown>';
  return humanDuration(now - t);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function parts(ms: number | undefined): { d: Date; zero: boolean } {
  if (ms === undefined) return { d: new Date(0), zero: true };
  return { d: new Date(ms), zero: false };
}

/** Go's `time.RFC1123Z` (`Mon, 02 Jan 2006 15:04:05 -0700`) in UTC; the zero time prints year 0001. */
export function formatRfc1123z(ts: ApiTime | number): string {
  const { d, zero } = parts(typeof ts === 'number' ? ts : parseTime(ts));
  if (zero) return 'Mon, 01 Jan 0001 00:00:00 +0000';
  return (
    `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCFullYear(), 4)} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`
  );
}

function baseRfc3339(d: Date): string {
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** Go's `time.RFC3339` in UTC: `2025-01-06T10:00:00Z` (fractions dropped). */
export function formatRfc3339(ts: ApiTime | number): string {
  const { d, zero } = parts(typeof ts === 'number' ? ts : parseTime(ts));
  if (zero) return '0001-01-01T00:00:00Z';
  return `${baseRfc3339(d)}Z`;
}

/** Go's `time.RFC3339Nano` in UTC: fraction digits with trailing zeros trimmed (`...:00.5Z`, `...:00Z`). */
export function formatRfc3339Nano(ms: number, extraNanos = 0): string {
  const whole = Math.floor(ms / 1000) * 1000;
  const nanos = (ms - whole) * 1_000_000 + extraNanos;
  const frac = pad(Math.round(nanos), 9).replace(/0+$/, '');
  return `${baseRfc3339(new Date(whole))}${frac ? `.${frac}` : ''}Z`;
}

/** metav1.MicroTime's JSON form: `2025-01-06T10:00:00.000000Z` (always six digits). */
export function formatRfc3339Micro(ms: number): string {
  const whole = Math.floor(ms / 1000) * 1000;
  return `${baseRfc3339(new Date(whole))}.${pad(Math.round((ms - whole) * 1000), 6)}Z`;
}
