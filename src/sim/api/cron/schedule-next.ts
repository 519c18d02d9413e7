// Schedule.Next of github.com/robfig/cron/v3 (spec.go SpecSchedule.Next, constantdelay.go): the
// first activation strictly after an instant, searched field by field (month, day, hour, minute,
// second) on the schedule's wall clock, giving up after five years (returns undefined, Go's zero
// time). Day-of-month and day-of-week combine with AND when either is `*`, else with OR.
import type { CronField, CronSchedule } from './schedule-parser.js';
import { wallTime, zonedDate } from './zone-clock.js';

const has = (f: CronField, v: number) => f.values.has(v);

export function nextActivation(schedule: CronSchedule, afterMs: number, defaultZone = 'UTC'): number | undefined {
  if (schedule.kind === 'every') return Math.floor(afterMs / 1000) * 1000 + schedule.delayMs;
  const s = schedule;
  const zone = s.zone ?? defaultZone;
  const HOUR = 3_600_000;
  // The upcoming whole second.
  let t = Math.floor(afterMs / 1000) * 1000 + 1000;
  let added = false;
  const yearLimit = wallTime(t, zone).year + 5;
  const dayMatches = (w: ReturnType<typeof wallTime>) => {
    const domMatch = has(s.dom, w.day);
    const dowMatch = has(s.dow, w.weekday);
    return s.dom.star || s.dow.star ? domMatch && dowMatch : domMatch || dowMatch;
  };
  wrap: for (;;) {
    let w = wallTime(t, zone);
    if (w.year > yearLimit) return undefined;
    while (!has(s.month, w.month)) {
      if (!added) {
        added = true;
        t = zonedDate(w.year, w.month, 1, 0, 0, 0, zone);
        w = wallTime(t, zone);
      }
      t = zonedDate(w.year, w.month + 1, w.day, w.hour, w.minute, w.second, zone);
      w = wallTime(t, zone);
      if (w.month === 1) continue wrap;
    }
    while (!dayMatches(w)) {
      if (!added) {
        added = true;
        t = zonedDate(w.year, w.month, w.day, 0, 0, 0, zone);
        w = wallTime(t, zone);
      }
      t = zonedDate(w.year, w.month, w.day + 1, w.hour, w.minute, w.second, zone);
      w = wallTime(t, zone);
      // Back to midnight when a DST change moved the hour.
      if (w.hour !== 0) {
        t += w.hour > 12 ? (24 - w.hour) * HOUR : -w.hour * HOUR;
        w = wallTime(t, zone);
      }
      if (w.day === 1) continue wrap;
    }
    while (!has(s.hour, w.hour)) {
      if (!added) {
        added = true;
        t = zonedDate(w.year, w.month, w.day, w.hour, 0, 0, zone);
      }
      t += HOUR;
      w = wallTime(t, zone);
      if (w.hour === 0) continue wrap;
    }
    while (!has(s.minute, w.minute)) {
      if (!added) {
        added = true;
        t = Math.floor(t / 60_000) * 60_000;
      }
      t += 60_000;
      w = wallTime(t, zone);
      if (w.minute === 0) continue wrap;
    }
    while (!has(s.second, w.second)) {
      if (!added) {
        added = true;
        t = Math.floor(t / 1000) * 1000;
      }
      t += 1000;
      w = wallTime(t, zone);
      if (w.second === 0) continue wrap;
    }
    return t;
  }
}
