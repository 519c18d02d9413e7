// utils_test.go (pkg/controller/cronjob) TestMostRecentScheduleTime and
// TestNextScheduleTimeDuration cases: no run yet, one missed, many missed (over 100), a
// startingDeadlineSeconds window, an irregular schedule, and the 100 ms requeue padding.
import { describe, expect, it } from 'vitest';
import { parseStandardSchedule, type CronSchedule } from '../../../../src/sim/api/cron/schedule-parser.js';
import { jobNameFor, mostRecentScheduleTime, nextScheduleDelay } from '../../../../src/sim/controllers/cronjob/schedule-times.js';

const T = (s: string) => Date.parse(s);
const sched = (text: string): CronSchedule => {
  const r = parseStandardSchedule(text);
  if ('error' in r) throw new Error(r.error);
  return r.schedule;
};

describe('mostRecentScheduleTime', () => {
  const created = T('2016-05-19T09:59:00Z');
  it('finds nothing before the first activation', () => {
    expect(mostRecentScheduleTime({ createdMs: created }, T('2016-05-19T09:59:30Z'), sched('0 * * * *'), false)).toEqual({ earliestMs: created, missed: 'none' });
  });

  it('finds the one activation missed since creation', () => {
    const r = mostRecentScheduleTime({ createdMs: created }, T('2016-05-19T10:01:00Z'), sched('0 * * * *'), false);
    expect(r).toEqual({ earliestMs: created, mostRecentMs: T('2016-05-19T10:00:00Z'), missed: 'none' });
  });

  it('counts several missed activations since the last schedule time', () => {
    const r = mostRecentScheduleTime({ createdMs: created, lastScheduleMs: T('2016-05-19T10:00:00Z') }, T('2016-05-19T13:30:00Z'), sched('0 * * * *'), false);
    expect(r).toEqual({ earliestMs: T('2016-05-19T10:00:00Z'), mostRecentMs: T('2016-05-19T13:00:00Z'), missed: 'few' });
  });

  it('calls more than 100 missed activations many', () => {
    const r = mostRecentScheduleTime({ createdMs: created }, T('2016-05-25T10:30:00Z'), sched('0 * * * *'), false);
    expect(r.missed).toBe('many');
    expect(r.mostRecentMs).toBe(T('2016-05-25T10:00:00Z'));
  });

  it('looks back no further than startingDeadlineSeconds when asked to', () => {
    const state = { createdMs: created, startingDeadlineSeconds: 600 };
    const now = T('2016-05-25T10:30:00Z');
    expect(mostRecentScheduleTime(state, now, sched('0 * * * *'), true)).toEqual({ earliestMs: T('2016-05-25T10:20:00Z'), missed: 'none' });
    expect(mostRecentScheduleTime(state, T('2016-05-25T10:05:00Z'), sched('0 * * * *'), true).mostRecentMs).toBe(T('2016-05-25T10:00:00Z'));
  });

  it('finds the latest activation of an irregular schedule (30 6-16/4 * * 1-5)', () => {
    // Created on a Friday evening; by Monday 15:00 the runs at 06:30 and 10:30 and 14:30 have passed.
    const r = mostRecentScheduleTime({ createdMs: T('2016-05-20T18:00:00Z') }, T('2016-05-23T15:00:00Z'), sched('30 6-16/4 * * 1-5'), false);
    expect(r.mostRecentMs).toBe(T('2016-05-23T14:30:00Z'));
  });

  it('rejects a schedule whose two next activations coincide', () => {
    // Next() of a schedule that never fires is Go's zero time, twice: no time between them.
    expect(mostRecentScheduleTime({ createdMs: created }, T('2030-01-01T00:00:00Z'), sched('59 23 31 2 *'), false).error).toBe('time difference between two schedules is less than 1 second');
  });
});

describe('nextScheduleDelay and job names', () => {
  it('waits until 100 ms after the next activation', () => {
    const now = T('2016-05-19T10:00:30Z');
    expect(nextScheduleDelay({ createdMs: T('2016-05-19T09:59:00Z'), lastScheduleMs: T('2016-05-19T10:00:00Z') }, now, sched('* * * * *'))).toBe(30_100);
  });

  it('names Jobs by the scheduled minute since the epoch', () => {
    expect(jobNameFor('hello', T('2025-01-06T10:01:00Z'))).toBe('hello-28935961');
  });
});
