// robfig/cron v3 spec_test.go TestNext cases (those whose seconds field is 0, written as 5-field
// standard schedules), with the zone cases that the standard parser can express with TZ=.
import { describe, expect, it } from 'vitest';
import { nextActivation } from '../../../../src/sim/api/cron/schedule-next.js';
import { parseStandardSchedule } from '../../../../src/sim/api/cron/schedule-parser.js';

function next(after: string, text: string): string {
  const r = parseStandardSchedule(text);
  if ('error' in r) throw new Error(r.error);
  const t = nextActivation(r.schedule, Date.parse(after));
  return t === undefined ? '' : new Date(t).toISOString().replace('.000Z', 'Z');
}

describe('SpecSchedule.Next (TestNext)', () => {
  it.each([
    // Simple cases
    ['2012-07-09T14:45:00Z', '0/15 * * * *', '2012-07-09T15:00:00Z'],
    ['2012-07-09T14:59:00Z', '0/15 * * * *', '2012-07-09T15:00:00Z'],
    ['2012-07-09T14:59:59Z', '0/15 * * * *', '2012-07-09T15:00:00Z'],
    // Wrap around hours
    ['2012-07-09T15:45:00Z', '20-35/15 * * * *', '2012-07-09T16:20:00Z'],
    // Wrap around days
    ['2012-07-09T23:46:00Z', '*/15 * * * *', '2012-07-10T00:00:00Z'],
    ['2012-07-09T23:45:00Z', '20-35/15 * * * *', '2012-07-10T00:20:00Z'],
    ['2012-07-09T23:35:51Z', '20-35/15 1/2 * * *', '2012-07-10T01:20:00Z'],
    ['2012-07-09T23:35:51Z', '20-35/15 10-12 * * *', '2012-07-10T10:20:00Z'],
    ['2012-07-09T23:35:51Z', '20-35/15 1/2 */2 * *', '2012-07-11T01:20:00Z'],
    ['2012-07-09T23:35:51Z', '20-35/15 * 9-20 * *', '2012-07-10T00:20:00Z'],
    ['2012-07-09T23:35:51Z', '20-35/15 * 9-20 Jul *', '2012-07-10T00:20:00Z'],
    // Wrap around months
    ['2012-07-09T23:35:00Z', '0 0 9 Apr-Oct ?', '2012-08-09T00:00:00Z'],
    ['2012-07-09T23:35:00Z', '0 0 */5 Apr,Aug,Oct Mon', '2012-08-01T00:00:00Z'],
    ['2012-07-09T23:35:00Z', '0 0 */5 Oct Mon', '2012-10-01T00:00:00Z'],
    // Wrap around years
    ['2012-07-09T23:35:00Z', '0 0 * Feb Mon', '2013-02-04T00:00:00Z'],
    ['2012-07-09T23:35:00Z', '0 0 * Feb Mon/2', '2013-02-01T00:00:00Z'],
    // Wrap around minute, hour, day, month, and year
    ['2012-12-31T23:59:45Z', '* * * * *', '2013-01-01T00:00:00Z'],
    // Leap year
    ['2012-07-09T23:35:00Z', '0 0 29 Feb ?', '2016-02-29T00:00:00Z'],
    // Unsatisfiable
    ['2012-07-09T23:35:00Z', '0 0 30 Feb ?', ''],
    ['2012-07-09T23:35:00Z', '0 0 31 Apr ?', ''],
  ])('after %s, %j runs at %s', (after, text, want) => {
    expect(next(after, text)).toBe(want);
  });

  it('follows a zone: the monthly job over New York’s DST end, midnight missing in São Paulo', () => {
    // 2012-11-04T00:00:00-0400 -> 2012-12-03T03:00:00-0500
    expect(next('2012-11-04T04:00:00Z', 'TZ=America/New_York 0 3 3 * ?')).toBe('2012-12-03T08:00:00Z');
    // 2018-10-17T05:00:00-0400 -> 2018-11-10T06:00:00-0500 (9:00 in São Paulo)
    expect(next('2018-10-17T09:00:00Z', 'TZ=America/Sao_Paulo 0 9 10 * ?')).toBe('2018-11-10T11:00:00Z');
  });

  it('moves @every by whole seconds from the given time', () => {
    expect(next('2012-07-09T14:45:00.500Z', '@every 90s')).toBe('2012-07-09T14:46:30Z');
  });
});
