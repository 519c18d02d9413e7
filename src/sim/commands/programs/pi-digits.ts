// Digits of pi with BigInt fixed-point arithmetic and Machin's formula,
// pi = 16 atan(1/5) - 4 atan(1/239), so `perl -Mbignum=bpi -wle 'print bpi(N)'` prints a
// computed value rather than a pasted one.

/** atan(1/x) scaled by `one`, by its Taylor series. */
function arctanInverse(x: bigint, one: bigint): bigint {
  const x2 = x * x;
  let power = one / x;
  let sum = power;
  let n = 1n;
  let sign = -1n;
  while (power !== 0n) {
    power /= x2;
    n += 2n;
    sum += (sign * power) / n;
    sign = -sign;
  }
  return sum;
}

/** Pi to `digits` significant digits (`3.14159...`), rounded like Math::BigFloat's bpi (half up). */
export function piDigits(digits: number): string {
  if (digits < 1) return '0';
  const guard = 10;
  const one = 10n ** BigInt(digits + guard);
  const pi = 16n * arctanInverse(5n, one) - 4n * arctanInverse(239n, one);
  // pi * 10^(digits + guard): keep `digits` significant digits (one before the point), rounding half up.
  const scale = 10n ** BigInt(guard + 1);
  const rounded = (pi + scale / 2n) / scale;
  const text = rounded.toString();
  return digits === 1 ? text : `${text[0]}.${text.slice(1)}`;
}
