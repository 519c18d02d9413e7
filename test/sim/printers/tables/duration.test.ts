import { describe, expect, it } from 'vitest';
import { humanDuration, shortHumanDuration } from '../../../../src/sim/printers/tables/duration.js';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe('humanDuration', () => {
  it.each([
    [-2 * s, '<invalid>'],
    [-1999, '0s'],
    [-1, '0s'],
    [0, '0s'],
    [999, '0s'],
    [8 * s, '8s'],
    [119 * s + 999, '119s'],
    [120 * s, '2m'],
    [4 * m + 23 * s, '4m23s'],
    [5 * m, '5m'],
    [9 * m + 45 * s, '9m45s'],
    [11 * m + 59 * s, '11m'],
    [179 * m, '179m'],
    [3 * h + 5 * m, '3h5m'],
    [7 * h, '7h'],
    [10 * h + 59 * m, '10h'],
    [47 * h, '47h'],
    [2 * d + 3 * h + 59 * m, '2d3h'],
    [5 * d, '5d'],
    [10 * d, '10d'],
    [729 * d, '729d'],
    [730 * d, '2y'],
    [731 * d, '2y1d'],
    [8 * 365 * d, '8y'],
    [9 * 365 * d + 100 * d, '9y'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});

describe('shortHumanDuration', () => {
  it('drops the second unit at every scale', () => {
    expect(shortHumanDuration(59 * s)).toBe('59s');
    expect(shortHumanDuration(90 * s)).toBe('1m');
    expect(shortHumanDuration(90 * m)).toBe('1h');
    expect(shortHumanDuration(36 * h)).toBe('1d');
    expect(shortHumanDuration(400 * d)).toBe('1y');
    expect(shortHumanDuration(-3 * s)).toBe('<invalid>');
  });
});
