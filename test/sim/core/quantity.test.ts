import { describe, expect, it } from 'vitest';
import {
  addQuantity,
  canonicalQuantity,
  compareQuantity,
  formatQuantity,
  parseQuantity,
  quantityMilliValue,
  quantityValue,
} from '../../../src/sim/core/quantity.js';

function q(text: string) {
  const v = parseQuantity(text);
  if (!v) throw new Error(`not a quantity: ${text}`);
  return v;
}

describe('canonical quantities', () => {
  it.each([
    ['100m', '100m'],
    ['0.5', '500m'],
    ['1000m', '1'],
    ['1.5', '1500m'],
    ['2', '2'],
    ['1.5k', '1500'],
    ['1e3', '1e3'],
    ['1024Mi', '1Gi'],
    ['1536Mi', '1536Mi'],
    ['1.5Gi', '1536Mi'],
    ['512Ki', '512Ki'],
    ['0.5Ki', '512'],
    ['16375628Ki', '16375628Ki'],
    ['102625208Ki', '102625208Ki'],
    ['64M', '64M'],
    ['0', '0'],
    ['0Gi', '0'],
    ['1n', '1n'],
    ['0.1n', '1n'],
    ['-100m', '-100m'],
  ])('canonicalizes %s as %s', (text, canonical) => {
    expect(canonicalQuantity(text)).toBe(canonical);
  });
  it('keeps text that is not a quantity', () => {
    expect(parseQuantity('12 apples')).toBeUndefined();
    expect(canonicalQuantity('x')).toBe('x');
  });
});

describe('quantity arithmetic', () => {
  it('keeps the receiver format when adding, unless the receiver is zero', () => {
    expect(formatQuantity(addQuantity(q('100m'), q('100m')))).toBe('200m');
    expect(formatQuantity(addQuantity(q('250m'), q('750m')))).toBe('1');
    expect(formatQuantity(addQuantity(q('1Gi'), q('512Mi')))).toBe('1536Mi');
    expect(formatQuantity(addQuantity(q('100M'), q('1Gi')))).toBe('1173741824');
    expect(formatQuantity(addQuantity(q('0'), q('64Mi')))).toBe('64Mi');
  });
  it('rounds Value and MilliValue up', () => {
    expect(quantityValue(q('100m'))).toBe(1);
    expect(quantityMilliValue(q('1n'))).toBe(1);
    expect(quantityMilliValue(q('8'))).toBe(8000);
    expect(quantityValue(q('16375628Ki'))).toBe(16375628 * 1024);
  });
  it('compares by value regardless of format', () => {
    expect(compareQuantity(q('1Gi'), q('1024Mi'))).toBe(0);
    expect(compareQuantity(q('1'), q('999m'))).toBe(1);
  });
});
