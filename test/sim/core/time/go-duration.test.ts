// Go's time.ParseDuration, which kubectl's duration flags use.
import { expect, test } from 'vitest';
import { parseGoDuration } from '../../../../src/sim/core/time/go-duration.js';

test('units add up, fractions included, and 0 needs no unit', () => {
  expect(parseGoDuration('1h2m3s')).toEqual({ ms: 3_723_000 });
  expect(parseGoDuration('1.5s')).toEqual({ ms: 1500 });
  expect(parseGoDuration('250ms')).toEqual({ ms: 250 });
  expect(parseGoDuration('-1s')).toEqual({ ms: -1000 });
  expect(parseGoDuration('0')).toEqual({ ms: 0 });
});

test('a number without a unit, an unknown unit, or garbage is refused with Go\'s words', () => {
  expect(parseGoDuration('30')).toEqual({ error: 'time: missing unit in duration "30"' });
  expect(parseGoDuration('2d')).toEqual({ error: 'time: unknown unit "d" in duration "2d"' });
  expect(parseGoDuration('abc')).toEqual({ error: 'time: invalid duration "abc"' });
});
