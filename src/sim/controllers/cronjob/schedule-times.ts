// The CronJob controller's schedule arithmetic (pkg/controller/cronjob/utils.go, 1.32):
// mostRecentScheduleTime (the latest unmet activation no later than now, how many were missed,
// counted from the interval between the next two activations), nextScheduleTimeDuration (when to
// look again: the next activation plus 100 ms) and the job name `<cronjob>-<minutes since epoch>`.
import type { CronSchedule } from '../../api/cron/schedule-parser.js';
import { nextActivation } from '../../api/cron/schedule-next.js';

export const NEXT_SCHEDULE_DELTA_MS = 100;

export type Missed = 'none' | 'few' | 'many';

export interface ScheduleState {
  /** creationTimestamp, or lastScheduleTime when there is one (ms). */
  createdMs: number;
  lastScheduleMs?: number;
  startingDeadlineSeconds?: number;
}

export interface MostRecent {
  earliestMs: number;
  mostRecentMs?: number;
  missed: Missed;
  error?: string;
}

/** Go's zero time (0001-01-01T00:00:00Z): what Schedule.Next returns for a schedule that never fires. */
const ZERO_TIME = -62135596800000;
const next = (s: CronSchedule, t: number) => (t === ZERO_TIME ? ZERO_TIME : (nextActivation(s, t) ?? ZERO_TIME));

export function mostRecentScheduleTime(state: ScheduleState, nowMs: number, schedule: CronSchedule, includeStartingDeadline: boolean): MostRecent {
  let earliestMs = state.lastScheduleMs ?? state.createdMs;
  let missed: Missed = 'none';
  if (includeStartingDeadline && state.startingDeadlineSeconds !== undefined) {
    const schedulingDeadline = nowMs - state.startingDeadlineSeconds * 1000;
    if (schedulingDeadline > earliestMs) earliestMs = schedulingDeadline;
  }
  const t1 = next(schedule, earliestMs);
  const t2 = next(schedule, t1);
  if (nowMs < t1) return { earliestMs, missed };
  if (nowMs < t2) return { earliestMs, mostRecentMs: t1, missed };
  const between = Math.round((t2 - t1) / 1000);
  if (!(between >= 1)) return { earliestMs, missed, error: 'time difference between two schedules is less than 1 second' };
  const elapsed = Math.trunc((nowMs - t1) / 1000);
  const numberMissed = Math.trunc(elapsed / between) + 1;
  let mostRecentMs: number | undefined;
  const potentialEarliest = t1 + (numberMissed - 2) * between * 1000;
  for (let t = next(schedule, potentialEarliest); t !== ZERO_TIME && t <= nowMs; t = next(schedule, t)) mostRecentMs = t;
  if (numberMissed > 100) missed = 'many';
  else if (numberMissed > 0) missed = 'few';
  return mostRecentMs === undefined ? { earliestMs, missed } : { earliestMs, mostRecentMs, missed };
}

/** nextScheduleTimeDuration: ms from now until the controller should look again. */
export function nextScheduleDelay(state: ScheduleState, nowMs: number, schedule: CronSchedule): number | undefined {
  const r = mostRecentScheduleTime(state, nowMs, schedule, false);
  let from: number;
  if (r.error) from = nowMs;
  else if (r.mostRecentMs === undefined) from = r.missed === 'none' ? r.earliestMs : nowMs;
  else from = r.mostRecentMs;
  const t = nextActivation(schedule, from);
  return t === undefined ? undefined : t + NEXT_SCHEDULE_DELTA_MS - nowMs;
}

/** getJobName. */
export function jobNameFor(cronJobName: string, scheduledMs: number): string {
  return `${cronJobName}-${Math.floor(scheduledMs / 60_000)}`;
}
