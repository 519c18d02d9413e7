// apimachinery resource.Quantity, enough for what kubectl prints: parse, add, compare, Value and
// MilliValue (rounded up, as Go does), and the canonical String() form ("500m", "1536Mi", "2").
// Values are held exactly as a count of nano-units in a BigInt.

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

export interface Quantity {
  /** The value in units of 10^-9, rounded up in magnitude as ParseQuantity rounds. */
  nano: bigint;
  format: QuantityFormat;
}

const NANO = 1_000_000_000n;
const DECIMAL_SUFFIXES: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const QUANTITY_RE = /^([+-]?)(\d*)(?:\.(\d*))?(.*)$/;

/** A zero quantity in DecimalSI format (Go's zero value). */
export const ZERO_QUANTITY: Quantity = { nano: 0n, format: 'DecimalSI' };

function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return q * b === a ? q : q + 1n;
}

/** Parsed quantities by their text: a cluster parses the same few (`100m`, `70Mi`) again and again. */
const parsed = new Map<string, Quantity | undefined>();
const MAX_REMEMBERED = 4096;

/** Parses a quantity string (`100m`, `1.5Gi`, `2e3`); undefined when it is not a quantity. The result is frozen. */
export function parseQuantity(text: string): Quantity | undefined {
  if (parsed.has(text)) return parsed.get(text);
  const q = parseQuantityText(text);
  if (parsed.size >= MAX_REMEMBERED) parsed.clear();
  parsed.set(text, q ? Object.freeze(q) : undefined);
  return q;
}

function parseQuantityText(text: string): Quantity | undefined {
  const m = QUANTITY_RE.exec(text.trim());
  if (!m) return undefined;
  const [, sign = '', whole = '', frac = '', suffix = ''] = m;
  if (whole === '' && frac === '') return undefined;
  let decExp = 0;
  let binExp = 0;
  let format: QuantityFormat;
  if (suffix in DECIMAL_SUFFIXES) {
    decExp = DECIMAL_SUFFIXES[suffix] ?? 0;
    format = 'DecimalSI';
  } else if (suffix in BINARY_SUFFIXES) {
    binExp = BINARY_SUFFIXES[suffix] ?? 0;
    format = 'BinarySI';
  } else if (/^[eE][+-]?\d+$/.test(suffix)) {
    decExp = Number(suffix.slice(1));
    format = 'DecimalExponent';
  } else {
    return undefined;
  }
  const digits = BigInt(`${whole}${frac}` || '0');
  const scale = decExp - frac.length + 9;
  let num = digits * (scale > 0 ? 10n ** BigInt(scale) : 1n) * (1n << BigInt(binExp));
  const den = scale < 0 ? 10n ** BigInt(-scale) : 1n;
  num = ceilDiv(num, den);
  return { nano: sign === '-' ? -num : num, format };
}

/** Parses a quantity, treating anything unparsable as zero (kubectl only sees validated values). */
export function quantityOf(text: string | undefined | null): Quantity {
  return (text ? parseQuantity(text) : undefined) ?? ZERO_QUANTITY;
}

/** `q.Add(y)`: the sum keeps the receiver's format unless the receiver is zero. */
export function addQuantity(q: Quantity, y: Quantity): Quantity {
  return { nano: q.nano + y.nano, format: q.nano === 0n ? y.format : q.format };
}

/** `q.Cmp(y)`: -1, 0 or 1. */
export function compareQuantity(q: Quantity, y: Quantity): number {
  return q.nano < y.nano ? -1 : q.nano > y.nano ? 1 : 0;
}

function ceilScaled(nano: bigint, unit: bigint): bigint {
  if (nano >= 0n) return ceilDiv(nano, unit);
  return -(-nano / unit);
}

/** `q.Value()`: whole units, rounded up. */
export function quantityValue(q: Quantity): number {
  return Number(ceilScaled(q.nano, NANO));
}

/** `q.MilliValue()`: thousandths, rounded up. */
export function quantityMilliValue(q: Quantity): number {
  return Number(ceilScaled(q.nano, 1_000_000n));
}

const DEC_SUFFIX_BY_EXP: Record<number, string> = { [-9]: 'n', [-6]: 'u', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' };
const BIN_SUFFIX_BY_EXP: Record<number, string> = { 0: '', 1: 'Ki', 2: 'Mi', 3: 'Gi', 4: 'Ti', 5: 'Pi', 6: 'Ei' };

/** `q.String()`: the canonical form the API server stores and kubectl prints. */
export function formatQuantity(q: Quantity): string {
  if (q.nano === 0n) return '0';
  let format = q.format;
  if (format === 'BinarySI') {
    const small = q.nano > -1024n * NANO && q.nano < 1024n * NANO;
    if (small || q.nano % NANO !== 0n) format = 'DecimalSI';
  }
  if (format === 'BinarySI') {
    let amount = q.nano / NANO;
    let exp = 0;
    while (amount % 1024n === 0n && exp < 6) {
      amount /= 1024n;
      exp++;
    }
    return `${amount}${BIN_SUFFIX_BY_EXP[exp] ?? ''}`;
  }
  let mantissa = q.nano;
  let exp = -9;
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exp++;
  }
  while (exp % 3 !== 0) {
    mantissa *= 10n;
    exp--;
  }
  if (format === 'DecimalExponent') return exp === 0 ? `${mantissa}` : `${mantissa}e${exp}`;
  return `${mantissa}${DEC_SUFFIX_BY_EXP[exp] ?? ''}`;
}

/** The canonical form of a quantity string as the API server would store it (unparsable text is kept). */
export function canonicalQuantity(text: string): string {
  let known = canonical.get(text);
  if (known === undefined) {
    const q = parseQuantity(text);
    known = q ? formatQuantity(q) : text;
    if (canonical.size >= MAX_REMEMBERED) canonical.clear();
    canonical.set(text, known);
  }
  return known;
}

/** Canonical forms by text, as parsed quantities are remembered. */
const canonical = new Map<string, string>();
