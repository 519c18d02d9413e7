// Timestamps as the API serializes them: metav1.Time to the second, MicroTime to the microsecond.

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `2025-01-06T10:00:00Z` (metav1.Time: RFC3339, whole seconds, UTC). */
export function rfc3339(ms: number): string {
  const second = Math.floor(ms / 1000);
  // Most calls in a row ask for the same virtual second: the last answer is kept.
  if (second === lastSecond) return lastText;
  const d = new Date(second * 1000);
  lastText = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`;
  lastSecond = second;
  return lastText;
}
let lastSecond = Number.NaN;
let lastText = '';

/** `2025-01-06T10:00:00.123456Z` (metav1.MicroTime). */
export function rfc3339Micro(ms: number, micros = 0): string {
  const base = rfc3339(ms).slice(0, -1);
  const frac = (ms % 1000) * 1000 + (micros % 1000);
  return `${base}.${pad(frac, 6)}Z`;
}

/** `2025-01-06T10:00:00.123456789Z`: container log timestamps (RFC3339Nano with all 9 digits, as the CRI writes them). */
export function rfc3339Nano(ms: number, nanos = 0): string {
  const base = rfc3339(ms).slice(0, -1);
  const frac = (ms % 1000) * 1_000_000 + (nanos % 1_000_000);
  return `${base}.${pad(frac, 9)}Z`;
}

/** Milliseconds since the epoch for an API timestamp; undefined for null/empty. */
export function parseApiTime(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}
