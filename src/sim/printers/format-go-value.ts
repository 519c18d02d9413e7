// fmt.Sprint of the JSON values kubectl decodes (table cells, jsonpath leaves): integers as
// digits, other numbers as Go's %v float format, booleans, and <nil>.

/** Go's strconv.FormatFloat(f, 'g', -1, 64), which is also fmt's %v for a float64. */
export function formatGoFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mantissa = '0', expText = '0'] = f.toExponential().split('e');
  const exp = Number(expText);
  // Shortest 'g' switches to %e when the exponent is < -4 or >= 6 (strconv uses precision 6 for this).
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? '-' : '+';
    const digits = String(Math.abs(exp)).padStart(2, '0');
    return `${mantissa}e${sign}${digits}`;
  }
  // %f with the shortest digits: JavaScript's toString gives the same digits in plain notation here.
  return String(f);
}

/** fmt.Sprint of a decoded JSON scalar: int64 for integral numbers, float64 otherwise. */
export function formatGoScalar(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 2 ** 63 ? String(BigInt(value)) : formatGoFloat(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}
