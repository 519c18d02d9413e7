import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/lesson/parse-duration.js';

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000],
    ['2m', 120_000],
    ['500ms', 500],
    ['1m30s', 90_000],
    ['1h', 3_600_000],
    ['1.5s', 1_500],
    ['45', 45_000],
    ['0.25', 250],
  ])('reads %s as %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 's', '30 s', '30x', '30s1m', '1s1s', '-5s', '0', '0s', '1m 30s', 'soon'])(
    'rejects %j',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});
