import { describe, expect, it } from 'vitest';
import {
  formatRfc1123z,
  formatRfc3339,
  formatRfc3339Micro,
  formatRfc3339Nano,
  isZeroTime,
  parseTime,
  translateTimestampSince,
} from '../../../../src/sim/printers/tables/time-format.js';

describe('time formats', () => {
  it('prints RFC1123Z in UTC with a numeric zone', () => {
    expect(formatRfc1123z('2025-01-06T10:00:00Z')).toBe('Mon, 06 Jan 2025 10:00:00 +0000');
    expect(formatRfc1123z(Date.parse('2024-12-31T23:59:59.900Z'))).toBe('Tue, 31 Dec 2024 23:59:59 +0000');
  });
  it('prints the Go zero time for a missing timestamp', () => {
    expect(formatRfc1123z(undefined)).toBe('Mon, 01 Jan 0001 00:00:00 +0000');
    expect(formatRfc3339(null)).toBe('0001-01-01T00:00:00Z');
  });
  it('prints RFC3339 without fractions and RFC3339Nano with trimmed ones', () => {
    expect(formatRfc3339('2025-01-06T10:00:00.123456Z')).toBe('2025-01-06T10:00:00Z');
    expect(formatRfc3339Nano(Date.parse('2025-01-06T10:00:00.500Z'))).toBe('2025-01-06T10:00:00.5Z');
    expect(formatRfc3339Nano(Date.parse('2025-01-06T10:00:00Z'))).toBe('2025-01-06T10:00:00Z');
    expect(formatRfc3339Nano(Date.parse('2025-01-06T10:00:00.120Z'), 3400)).toBe('2025-01-06T10:00:00.1200034Z');
    expect(formatRfc3339Micro(Date.parse('2025-01-06T10:00:00.120Z'))).toBe('2025-01-06T10:00:00.120000Z');
  });
  it('treats null, empty and 0001-01-01 as the zero time', () => {
    expect(isZeroTime(null)).toBe(true);
    expect(isZeroTime('')).toBe(true);
    expect(isZeroTime('0001-01-01T00:00:00Z')).toBe(true);
    expect(parseTime('2025-01-06T10:00:00Z')).toBe(Date.UTC(2025, 0, 6, 10));
  });
  it('translates a timestamp into an age, or <unknown> for the zero time', () => {
    const now = Date.parse('2025-01-06T10:02:10Z');
    expect(translateTimestampSince('2025-01-06T10:00:00Z', now)).toBe('2m10s');
    expect(translateTimestampSince(null, now)).toBe('<unknown>');
    expect(translateTimestampSince('2025-01-06T10:02:15Z', now)).toBe('<invalid>');
  });
});
