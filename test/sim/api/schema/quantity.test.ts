// Verdicts follow resource.ParseQuantity (apimachinery api/resource/quantity.go).
import { describe, expect, test } from 'vitest';
import { QUANTITY_FORMAT_ERROR, QUANTITY_SUFFIX_ERROR, quantityError } from '../../../../src/sim/api/schema/quantity.js';

describe('quantityError', () => {
  test.each(['0', '1', '100m', '0.5', '.5', '1.', '+1', '-1', '64Mi', '1Gi', '2Ei', '1k', '1M', '3E', '1e3', '1E-2', '12n', '5u', '000', 'Gi'])(
    'accepts %s (a bare suffix such as `Gi` is zero to Go)',
    (s) => {
      expect(quantityError(s)).toBeUndefined();
    },
  );

  test.each(['', 'one', '1Gb', '1 Gi', '1.2.3', '1Mi5x'])('rejects %j for its format', (s) => {
    expect(quantityError(s)).toBe(QUANTITY_FORMAT_ERROR);
  });

  test.each(['1Mm', '1K', '1mi', '1ki', '1e+', '1Ki5', '--1', '1e'])('rejects %s for its suffix', (s) => {
    expect(quantityError(s)).toBe(QUANTITY_SUFFIX_ERROR);
  });

  test('the format error quotes the regular expression as Go builds it', () => {
    expect(QUANTITY_FORMAT_ERROR).toBe("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  });
});
