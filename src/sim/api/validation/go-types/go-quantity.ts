// resource.Quantity as a Go struct (k8s.io/apimachinery/pkg/api/resource/quantity.go, amount.go):
// `{i int64Amount{value, scale}, d infDecAmount{*inf.Dec}, s string, Format}`. go-cmp compares it
// with its Equal method but prints these unexported fields, so a diff shows what ParseQuantity
// built: `{i: resource.int64Amount{value: 500, scale: -3}, s: "500m", Format: "DecimalSI"}`.
import { canonicalQuantity, compareQuantity, parseQuantity, type QuantityFormat } from '../../../core/quantity.js';
import { goQuote } from '../../schema/go-quote.js';
import type { GoType, GoValue } from './go-type.js';

const INT64: GoType = { kind: 'int', name: 'int64' };
const STRING: GoType = { kind: 'string', name: 'string' };

const INF_DEC: GoType = { kind: 'ptr', name: '', elem: { kind: 'string', name: 'inf.Dec' }, stringer: (v) => String(v) };

const INT64_AMOUNT: GoType = {
  kind: 'struct',
  name: 'resource.int64Amount',
  fields: [
    { name: 'value', type: INT64, json: undefined },
    { name: 'scale', type: { kind: 'int', name: 'resource.Scale' }, json: undefined },
  ],
};

const INF_DEC_AMOUNT: GoType = {
  kind: 'struct',
  name: 'resource.infDecAmount',
  fields: [{ name: 'Dec', type: INF_DEC, json: undefined }],
};

const ZERO: GoValue = [[0, 0], [null], '', ''];

/** The Go struct value of a quantity; its numeric value as our printers' Quantity. */
function numeric(v: GoValue): ReturnType<typeof parseQuantity> {
  const [i, d] = v as readonly [readonly [number, number], readonly [string | null]];
  if (d[0] !== null) return parseQuantity(d[0]);
  return parseQuantity(`${i[0]}e${i[1]}`);
}

export const QUANTITY_TYPE: GoType = {
  kind: 'struct',
  name: 'resource.Quantity',
  fields: [
    { name: 'i', type: INT64_AMOUNT, json: undefined },
    { name: 'd', type: INF_DEC_AMOUNT, json: undefined },
    { name: 's', type: STRING, json: undefined },
    { name: 'Format', type: { kind: 'string', name: 'resource.Format' }, json: undefined },
  ],
  equal: (x, y) => {
    const a = numeric(x);
    const b = numeric(y);
    return a !== undefined && b !== undefined && compareQuantity(a, b) === 0;
  },
  // The stored object went through etcd as protobuf, which carries q.String(), the canonical form.
  fromJson: (json, stored) => {
    const text = typeof json === 'string' ? json.trim() : typeof json === 'number' ? String(json) : undefined;
    if (text === undefined) return ZERO;
    return parseGoQuantity(stored ? canonicalQuantity(text) : text);
  },
};

interface Parts {
  positive: boolean;
  num: string;
  denom: string;
  suffix: string;
}

// parseQuantityString: sign, numerator without leading zeros, denominator, suffix.
const QUANTITY_PARTS = /^([+-]?)0*(\d*)(?:\.(\d*))?([eEinumkKMGTP]*(?:[-+]?\d+)?)$/;

function splitQuantity(str: string): Parts | undefined {
  const m = QUANTITY_PARTS.exec(str);
  if (!m) return undefined;
  const [, sign = '', num = '', denom = '', suffix = ''] = m;
  return { positive: sign !== '-', num: num === '' ? '0' : num, denom, suffix };
}

const DECIMAL: Readonly<Record<string, number>> = { '': 0, n: -9, u: -6, m: -3, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

// quantitySuffixer.interpret: base, exponent and format of a suffix.
function interpret(suffix: string): { exponent: number; format: QuantityFormat } | undefined {
  const dec = DECIMAL[suffix];
  if (dec !== undefined) return { exponent: dec, format: 'DecimalSI' };
  const bin = BINARY[suffix];
  if (bin !== undefined) return { exponent: bin, format: 'BinarySI' };
  if (/^[eE][-+]?\d+$/.test(suffix)) return { exponent: Number(suffix.slice(1)), format: 'DecimalExponent' };
  return undefined;
}

const INT64_MAX = 2n ** 63n - 1n;

/** resource.ParseQuantity's struct for a string: the int64 fast path, else an inf.Dec rounded up to nano. */
export function parseGoQuantity(str: string): GoValue {
  if (str === '') return ZERO;
  if (str === '0') return [[0, 0], [null], '0', 'DecimalSI'];
  const parts = splitQuantity(str);
  const suffix = parts && interpret(parts.suffix);
  if (!parts || !suffix) return ZERO;
  const { positive, num, denom } = parts;
  const { exponent, format } = suffix;
  let scale = 0;
  let precision = 0;
  let mantissa = 1n;
  if (format === 'BinarySI') {
    if (exponent >= 0 && denom.length === 0) {
      mantissa = 1n << BigInt(exponent);
      precision = 15 - num.length - Math.trunc((exponent * 3) / 10) - 1;
    } else {
      precision = -1;
    }
  } else {
    scale = exponent;
    precision = 18 - (num.length + denom.length);
  }
  if (precision >= 0) {
    scale -= denom.length;
    if (scale >= -9) {
      const shifted = num + denom;
      const value = BigInt(shifted);
      if (value > INT64_MAX) return ZERO; // strconv.ParseInt fails: ErrNumeric
      const product = value * mantissa;
      if (product <= INT64_MAX) {
        const result = Number(positive ? product : -product);
        // A string already in canonical form is kept, and String() returns it as is.
        const canonical =
          format === 'BinarySI'
            ? exponent % 10 === 0 && (value & 7n) !== 0n
            : scale % 3 === 0 && !shifted.endsWith('000') && !shifted.startsWith('0');
        return [[result, scale], [null], canonical ? str : '', format];
      }
    }
  }
  return slowQuantity(str, format);
}

// The inf.Dec path: the value rounded up to nano units, printed by inf.Dec.String with 9 decimals.
function slowQuantity(str: string, format: QuantityFormat): GoValue {
  const q = parseQuantity(str);
  if (!q) return ZERO;
  const negative = q.nano < 0n;
  const abs = negative ? -q.nano : q.nano;
  const dec = `${negative ? '-' : ''}${abs / 1_000_000_000n}.${(abs % 1_000_000_000n).toString().padStart(9, '0')}`;
  const small = abs > 0n && abs < 1_000_000_000n;
  return [[0, 0], [dec], '', format === 'BinarySI' && small ? 'DecimalSI' : format];
}

/**
 * fmt's `%#v` of the resource.Quantity ParseQuantity builds from `text`. field.Invalid prints a
 * Quantity bad value this way, since Quantity's String method has a pointer receiver:
 * `resource.Quantity{i:resource.int64Amount{value:1073741824, scale:0}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"1Gi", Format:"BinarySI"}`.
 * A quantity on the inf.Dec path (`1.5Gi`) holds a pointer, whose address differs from run to run
 * upstream; a fixed address stands in for it.
 */
export function quantityGoSyntax(text: string): string {
  const [i, d, s, format] = parseGoQuantity(text) as readonly [readonly [number, number], readonly [string | null], string, string];
  const dec = d[0] === null ? '(*inf.Dec)(nil)' : '(*inf.Dec)(0xc000a1e0c0)';
  return `resource.Quantity{i:resource.int64Amount{value:${i[0]}, scale:${i[1]}}, d:resource.infDecAmount{Dec:${dec}}, s:${goQuote(s)}, Format:${goQuote(format)}}`;
}
