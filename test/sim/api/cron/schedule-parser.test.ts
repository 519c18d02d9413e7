// robfig/cron v3 parser_test.go cases for the standard (5-field) parser: ranges and steps
// (TestRange), lists (TestField), descriptors, and the parser's error texts.
import { describe, expect, it } from 'vitest';
import { parseStandardSchedule, type CronSchedule } from '../../../../src/sim/api/cron/schedule-parser.js';

function spec(text: string): Extract<CronSchedule, { kind: 'spec' }> {
  const r = parseStandardSchedule(text);
  if ('error' in r) throw new Error(r.error);
  if (r.schedule.kind !== 'spec') throw new Error('not a spec schedule');
  return r.schedule;
}

const values = (f: { values: ReadonlySet<number> }) => [...f.values].sort((a, b) => a - b);
const errorOf = (text: string) => {
  const r = parseStandardSchedule(text);
  return 'error' in r ? r.error : undefined;
};

describe('getRange (TestRange), through the minute field (0-59) and the hour field (0-23)', () => {
  it.each([
    ['5', [5]],
    ['0', [0]],
    ['7', [7]],
    ['5-5', [5]],
    ['5-6', [5, 6]],
    ['5-7', [5, 6, 7]],
    ['5-6/2', [5]],
    ['5-7/2', [5, 7]],
    ['5-7/1', [5, 6, 7]],
    ['1-59/30', [1, 31]],
  ])('minute %s', (expr, want) => {
    expect(values(spec(`${expr} * * * *`).minute)).toEqual(want);
  });

  it('`*` covers the range and is a star; `*/2` is not (a step over 1 clears the star bit)', () => {
    const star = spec('* * * * *');
    expect(values(star.hour)).toHaveLength(24);
    expect(star.hour.star).toBe(true);
    const stepped = spec('* */2 * * *');
    expect(values(stepped.hour)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]);
    expect(stepped.hour.star).toBe(false);
    expect(spec('* */1 * * *').hour.star).toBe(true);
    // "N/step" means "N-max/step".
    expect(values(spec('* 20/2 * * *').hour)).toEqual([20, 22]);
  });

  it.each([
    ['5--5', 'too many hyphens: 5--5'],
    ['*/-12', 'negative number (-12) not allowed: -12'],
    ['*//2', 'too many slashes: *//2'],
    ['1-60', 'end of range (60) above maximum (59): 1-60'],
    ['61', 'end of range (61) above maximum (59): 61'],
    ['6-5', 'beginning of range (6) beyond end of range (5): 6-5'],
    ['*/0', 'step of range should be a positive number: */0'],
    ['x', 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax'],
  ])('minute %s fails: %s', (expr, message) => {
    expect(errorOf(`${expr} * * * *`)).toBe(message);
  });

  it('checks the lower bound of day-of-month', () => {
    expect(errorOf('* * 0 * *')).toBe('beginning of range (0) below minimum (1): 0');
  });
});

describe('fields and names (TestField, TestParseSchedule)', () => {
  it('joins lists and reads month and day names in any case', () => {
    const s = spec('5,10-12,*/30 * * jan-MAR,Dec sun,Sat');
    expect(values(s.minute)).toEqual([0, 5, 10, 11, 12, 30]);
    expect(values(s.month)).toEqual([1, 2, 3, 12]);
    expect(values(s.dow)).toEqual([0, 6]);
    expect(s.dom.star).toBe(true);
  });

  it('reads the descriptors', () => {
    const yearly = spec('@yearly');
    expect([values(yearly.minute), values(yearly.hour), values(yearly.dom), values(yearly.month)]).toEqual([[0], [0], [1], [1]]);
    expect(yearly.dow.star).toBe(true);
    expect(spec('@annually')).toEqual(yearly);
    const monthly = spec('@monthly');
    expect([values(monthly.dom), monthly.month.star]).toEqual([[1], true]);
    const weekly = spec('@weekly');
    expect([values(weekly.dow), weekly.dom.star]).toEqual([[0], true]);
    expect(spec('@daily')).toEqual(spec('@midnight'));
    expect(values(spec('@hourly').hour)).toHaveLength(24);
    expect(parseStandardSchedule('@every 5m')).toEqual({ schedule: { kind: 'every', delayMs: 300_000 } });
    expect(parseStandardSchedule('@every 10ms')).toEqual({ schedule: { kind: 'every', delayMs: 1000 } });
  });

  it.each([
    ['', 'empty spec string'],
    ['* * * *', 'expected exactly 5 fields, found 4: [* * * *]'],
    ['0 * * * * *', 'expected exactly 5 fields, found 6: [0 * * * * *]'],
    ['@unrecognized', 'unrecognized descriptor: @unrecognized'],
    ['@every Xm', 'failed to parse duration @every Xm: time: invalid duration "Xm"'],
    ['TZ=Bogus/Zone * * * * *', 'provided bad location Bogus/Zone: unknown time zone Bogus/Zone'],
  ])('%j fails: %s', (text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it('takes a TZ= or CRON_TZ= prefix as the schedule zone', () => {
    expect(spec('TZ=Europe/Berlin 0 6 * * *').zone).toBe('Europe/Berlin');
    expect(spec('CRON_TZ=UTC 0 6 * * *').zone).toBe('UTC');
  });
});
