// Shell arithmetic on its own: precedence, 64-bit wrap-around, bases, assignment, errors.
import { describe, expect, test } from 'vitest';
import { ArithError, evalArith } from '../../../../src/sim/shell/expand/arith.js';

function scope(vars: Record<string, string> = {}) {
  return { get: (n: string) => vars[n], set: (n: string, v: string) => void (vars[n] = v), vars };
}

describe('evalArith', () => {
  test.each([
    ['1 + 2 * 3', 7n],
    ['(1 + 2) * 3', 9n],
    ['2 ** 3 ** 2', 512n],
    ['-2 ** 2', 4n],
    ['7 / 2', 3n],
    ['-7 / 2', -3n],
    ['-7 % 3', -1n],
    ['1 < 2 && 2 < 1 || 3', 1n],
    ['0x10 + 010 + 2#11 + 36#z', 16n + 8n + 3n + 35n],
    ['9223372036854775807 + 1', -9223372036854775808n],
    ['1 ? 2 : 3', 2n],
    ['~0 ^ 5 | 8 & 12', -6n | 8n],
    ['', 0n],
  ])('%s is %s', (text, value) => {
    expect(evalArith(text, scope())).toBe(value);
  });

  test('assignment operators and ++/-- change variables', () => {
    const s = scope({ x: '5' });
    expect(evalArith('x += 2, x *= 3, y = x--, ++x', s)).toBe(21n);
    expect(s.vars).toEqual({ x: '21', y: '21' });
  });

  test('a variable holding an expression is evaluated', () => {
    expect(evalArith('a + 1', scope({ a: 'b * 2', b: '3' }))).toBe(7n);
  });

  test('short-circuit operators do not assign in the branch not taken', () => {
    const s = scope({ x: '0' });
    evalArith('0 && (x = 1), 1 || (x = 2), 1 ? 0 : (x = 3)', s);
    expect(s.vars['x']).toBe('0');
  });

  test.each([
    ['1 / 0', '1 / 0: division by 0 (error token is "0")'],
    ['1 +', '1 +: syntax error: operand expected (error token is "+")'],
    ['2 $ 3', '2 $ 3: syntax error: invalid arithmetic operator (error token is "$ 3")'],
    ['08', '08: value too great for base (error token is "08")'],
  ])('%s is an error worded as bash words it', (text, message) => {
    expect(() => evalArith(text, scope())).toThrow(expect.objectContaining({ message }));
    try {
      evalArith(text, scope());
    } catch (e) {
      expect(e).toBeInstanceOf(ArithError);
    }
  });
});
