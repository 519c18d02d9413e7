// Node's timers hold a signed 32-bit number of milliseconds: a longer delay (about 24.8 days) is
// taken as 1 ms, so a huge timeout fires at once. Every timer set from input goes through this.

/** The longest delay setTimeout honours. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** `ms` as a delay setTimeout honours: at least 0, at most MAX_TIMER_MS (NaN as 0). */
export function clampTimerMs(ms: number): number {
  if (!(ms > 0)) return 0;
  return Math.min(ms, MAX_TIMER_MS);
}
