// The comparisons jsonpath filters use (client-go's fork of text/template's eq/lt/...), with
// their errors for mismatched or incomparable types.
import { compareGoStrings } from '../../core/text/go-strings.js';

type Kind = 'bool' | 'int' | 'float' | 'string';

export const ERR_BAD_COMPARISON_TYPE = 'invalid type for comparison';
export const ERR_BAD_COMPARISON = 'incompatible types for comparison';

/** A comparison failure with text/template's message. */
export class ComparisonError extends Error {}

function basicKind(v: unknown): Kind {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'string';
  throw new ComparisonError(ERR_BAD_COMPARISON_TYPE);
}

function equal(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 !== k2) throw new ComparisonError(ERR_BAD_COMPARISON);
  return a === b;
}

function less(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 !== k2) throw new ComparisonError(ERR_BAD_COMPARISON);
  if (k1 === 'bool') throw new ComparisonError(ERR_BAD_COMPARISON_TYPE);
  if (k1 === 'string') return compareGoStrings(a as string, b as string) < 0;
  return (a as number) < (b as number);
}

const OPERATORS: Record<string, (a: unknown, b: unknown) => boolean> = {
  '==': equal,
  '!=': (a, b) => !equal(a, b),
  '<': less,
  '<=': (a, b) => less(a, b) || equal(a, b),
  '>': (a, b) => !(less(a, b) || equal(a, b)),
  '>=': (a, b) => !less(a, b),
};

/** Applies a filter operator; undefined when the operator is not one jsonpath knows. */
export function compareValues(operator: string, left: unknown, right: unknown): boolean | undefined {
  const op = OPERATORS[operator];
  return op ? op(left, right) : undefined;
}
