// resource.ParseQuantity's verdict on a string, with its error texts
// (k8s.io/apimachinery/pkg/api/resource/quantity.go: parseQuantityString, suffixHandler.interpret).
// Only acceptance matters here; printers/quantity.ts computes values.

export const QUANTITY_FORMAT_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";

const SUFFIXES = new Set(['', 'n', 'u', 'm', 'k', 'M', 'G', 'T', 'P', 'E', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei']);
const SUFFIX_CHARS = 'eEinumkKMGTP';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** The suffix parseQuantityString splits off, or undefined where it answers ErrFormatWrong. */
function splitSuffix(str: string): string | undefined {
  let pos = 0;
  const end = str.length;
  if (str[0] === '-' || str[0] === '+') pos++;
  while (pos < end && str[pos] === '0') pos++;
  if (pos >= end) return '';
  while (pos < end && isDigit(str[pos])) pos++;
  if (pos >= end) return '';
  if (str[pos] === '.') {
    pos++;
    while (pos < end && isDigit(str[pos])) pos++;
    if (pos >= end) return '';
  }
  const suffixStart = pos;
  while (pos < end && SUFFIX_CHARS.includes(str[pos] ?? '')) pos++;
  if (pos >= end) return str.slice(suffixStart);
  if (str[pos] === '-' || str[pos] === '+') pos++;
  while (pos < end && isDigit(str[pos])) pos++;
  return pos >= end ? str.slice(suffixStart) : undefined;
}

/** `e3`, `E-2`: an exponent suffix, which strconv.ParseInt(s[1:], 10, 64) must accept. */
function isExponent(suffix: string): boolean {
  if (suffix.length < 2 || (suffix[0] !== 'e' && suffix[0] !== 'E')) return false;
  const digits = suffix.slice(1);
  if (!/^[+-]?\d+$/.test(digits)) return false;
  const n = BigInt(digits);
  return n >= -(2n ** 63n) && n < 2n ** 63n;
}

/** Why resource.ParseQuantity rejects `str`, or undefined when it accepts it. */
export function quantityError(str: string): string | undefined {
  if (str.length === 0) return QUANTITY_FORMAT_ERROR;
  if (str === '0') return undefined;
  const suffix = splitSuffix(str);
  if (suffix === undefined) return QUANTITY_FORMAT_ERROR;
  if (!SUFFIXES.has(suffix) && !isExponent(suffix)) return QUANTITY_SUFFIX_ERROR;
  return undefined;
}
