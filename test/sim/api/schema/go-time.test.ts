// Texts follow Go's time.ParseError.Error (`parsing time %q as %q: cannot parse %q as %q` and
// `parsing time %q` + message) as time.Parse produces them for these two layouts.
import { describe, expect, test } from 'vitest';
import { RFC3339, RFC3339_MICRO, timeParseError } from '../../../../src/sim/api/schema/go-time.js';

describe('timeParseError with RFC3339', () => {
  test.each(['2024-11-01T00:54:05Z', '2024-11-01T00:54:05.123Z', '2024-11-01T00:54:05+01:00', '2024-02-29T23:59:59-08:00'])('accepts %s', (s) => {
    expect(timeParseError(RFC3339, s)).toBeUndefined();
  });

  test.each([
    ['', 'parsing time "" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "2006"'],
    ['2024-11-01', 'parsing time "2024-11-01" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"'],
    ['2024-11-01 00:54:05Z', 'parsing time "2024-11-01 00:54:05Z" as "2006-01-02T15:04:05Z07:00": cannot parse " 00:54:05Z" as "T"'],
    ['2024-1-01T00:00:00Z', 'parsing time "2024-1-01T00:00:00Z" as "2006-01-02T15:04:05Z07:00": cannot parse "1-01T00:00:00Z" as "01"'],
    ['2024-11-01T00:54:05', 'parsing time "2024-11-01T00:54:05" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00"'],
    ['2024-13-01T00:00:00Z', 'parsing time "2024-13-01T00:00:00Z": month out of range'],
    ['2024-02-30T00:00:00Z', 'parsing time "2024-02-30T00:00:00Z": day out of range'],
    ['2024-11-01T25:00:00Z', 'parsing time "2024-11-01T25:00:00Z": hour out of range'],
    ['2024-11-01T00:54:05Zjunk', 'parsing time "2024-11-01T00:54:05Zjunk": extra text: "junk"'],
    ['2024-11-01T00:54:05+1:00', 'parsing time "2024-11-01T00:54:05+1:00" as "2006-01-02T15:04:05Z07:00": cannot parse "+1:00" as "Z07:00"'],
    ['heute', 'parsing time "heute" as "2006-01-02T15:04:05Z07:00": cannot parse "heute" as "2006"'],
    ['ünf', 'parsing time "\\xc3\\xbcnf" as "2006-01-02T15:04:05Z07:00": cannot parse "\\xc3\\xbcnf" as "2006"'],
  ])('rejects %j', (value, message) => {
    expect(timeParseError(RFC3339, value)).toBe(message);
  });
});

describe('timeParseError with RFC3339Micro (metav1.MicroTime)', () => {
  test('wants exactly six fraction digits', () => {
    expect(timeParseError(RFC3339_MICRO, '2025-01-06T10:00:00.123456Z')).toBeUndefined();
    expect(timeParseError(RFC3339_MICRO, '2025-01-06T10:00:00Z')).toBe(
      'parsing time "2025-01-06T10:00:00Z" as "2006-01-02T15:04:05.000000Z07:00": cannot parse "Z" as ".000000"',
    );
    expect(timeParseError(RFC3339_MICRO, '2025-01-06T10:00:00.123Z')).toBe(
      'parsing time "2025-01-06T10:00:00.123Z" as "2006-01-02T15:04:05.000000Z07:00": cannot parse ".123Z" as ".000000"',
    );
  });
});
