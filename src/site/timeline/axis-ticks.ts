// Ticks for a time axis: a round step (1 s ... 1 day) that gives at most `most` ticks, placed on
// multiples of the step in clock time, so labels read 10:00:30, 10:01:00, ...

const STEPS_S = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400];

/** The tick times (ms) in [from, to]. */
export function axisTicks(from: number, to: number, most = 6): number[] {
  const span = Math.max(1, to - from);
  const step = (STEPS_S.find((s) => span / (s * 1000) <= most) ?? Math.ceil(span / most / 86_400_000) * 86_400) * 1000;
  const ticks: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) ticks.push(t);
  return ticks;
}
