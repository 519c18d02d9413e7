// Pi by Machin's formula: significant digits, rounded half up as Math::BigFloat's bpi prints them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { piDigits } from '../../../../src/sim/commands/programs/pi-digits.js';

describe('piDigits', () => {
  it.each([
    [1, '3'],
    [3, '3.14'],
    [5, '3.1416'],
    [10, '3.141592654'],
    [30, '3.14159265358979323846264338328'],
  ])('gives %i significant digits as %s', (n, text) => {
    expect(piDigits(n)).toBe(text);
  });

  it('matches the 2000 digits the Job docs printed (transcript 17)', () => {
    expect(`${piDigits(2000)}\n`).toBe(readFileSync('test/sim/controllers/golden/pi-2000-transcript-17.txt', 'utf8'));
  });
});
