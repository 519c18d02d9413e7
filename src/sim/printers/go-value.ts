// Go values as a template sees decoded JSON (map[string]interface{}, []interface{}, string,
// int64, float64, bool, nil) plus the constants a template writes (int, float64, string, ...).
// `iface` marks a value held in an interface{} (a map element): Go names its type `interface {}`.
import { utf8ByteLength } from '../core/text/utf8.js';

export type GoKind = 'invalid' | 'nil' | 'bool' | 'int' | 'int64' | 'uint8' | 'float64' | 'complex128' | 'string' | 'map' | 'slice';

export interface GoValue {
  k: GoKind;
  v: unknown;
  iface?: boolean;
}

export const INVALID: GoValue = { k: 'invalid', v: undefined };
export const NIL: GoValue = { k: 'nil', v: null, iface: true };

/** A decoded JSON value (integers as int64, as apimachinery's json.Unmarshal keeps them). */
export function fromJson(x: unknown, iface = true): GoValue {
  if (x === null || x === undefined) return NIL;
  if (Array.isArray(x)) return { k: 'slice', v: x, iface };
  if (typeof x === 'object') return { k: 'map', v: x, iface };
  if (typeof x === 'string') return { k: 'string', v: x, iface };
  if (typeof x === 'boolean') return { k: 'bool', v: x, iface };
  if (typeof x === 'number') return { k: Number.isInteger(x) && Math.abs(x) < 2 ** 63 ? 'int64' : 'float64', v: x, iface };
  return { k: 'string', v: String(x), iface };
}

/** The value as JSON-ish JS data (what a map or slice holds). */
export function toJs(g: GoValue): unknown {
  return g.k === 'invalid' || g.k === 'nil' ? null : g.v;
}

/** reflect's name of the concrete type. */
export function concreteTypeName(g: GoValue): string {
  switch (g.k) {
    case 'map':
      return 'map[string]interface {}';
    case 'slice':
      return '[]interface {}';
    case 'nil':
      return 'interface {}';
    case 'invalid':
      return '<nil>';
    default:
      return g.k;
  }
}

/** The static type: `interface {}` for a value held in an interface. */
export function staticTypeName(g: GoValue): string {
  return g.iface ? 'interface {}' : concreteTypeName(g);
}

/** The value without its interface wrapper (indirectInterface); a nil interface becomes invalid. */
export function unwrap(g: GoValue): GoValue {
  if (g.k === 'nil') return INVALID;
  return g.iface ? { k: g.k, v: g.v } : g;
}

/** Number of elements: maps, slices, strings (bytes). */
export function goLen(g: GoValue): number {
  if (g.k === 'map') return Object.keys(g.v as object).length;
  if (g.k === 'slice') return (g.v as unknown[]).length;
  if (g.k === 'string') return utf8ByteLength(g.v as string);
  return 0;
}

/** isTrue: the truth of a value as if/with/and/or/not see it. */
export function isTrue(v: GoValue): boolean {
  switch (v.k) {
    case 'invalid':
    case 'nil':
      return false;
    case 'map':
    case 'slice':
    case 'string':
      return goLen(v) > 0;
    case 'bool':
      return v.v === true;
    case 'complex128':
      return (v.v as number[])[0] !== 0 || (v.v as number[])[1] !== 0;
    default:
      return (v.v as number) !== 0;
  }
}

