// Go fmt verbs on decoded JSON values (map[string]interface{}, []interface{}, string, int64,
// float64, bool, nil), as kubectl's error messages show them: %v, %#v and strconv.Quote.
import { compareGoStrings } from '../core/text/go-strings.js';
import { goQuote } from '../api/schema/go-quote.js';
import { formatGoFloat, formatGoScalar } from './format-go-value.js';

function sortedEntries(m: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(m).sort(([a], [b]) => compareGoStrings(a, b));
}

/** fmt's %v: `map[a:1 b:[x y]]`, `[x y]`, raw strings, `<nil>`. */
export function goSprintV(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (Array.isArray(value)) return `[${value.map(goSprintV).join(' ')}]`;
  if (typeof value === 'object') {
    return `map[${sortedEntries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}:${goSprintV(v)}`)
      .join(' ')}]`;
  }
  return formatGoScalar(value);
}

/** fmt's %#v with the static type interface{} around each value. */
function sharpInner(value: unknown): string {
  if (value === null || value === undefined) return 'interface {}(nil)';
  if (Array.isArray(value)) return `[]interface {}{${value.map(sharpInner).join(', ')}}`;
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number') return Number.isInteger(value) ? formatGoScalar(value) : formatGoFloat(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `map[string]interface {}{${sortedEntries(value as Record<string, unknown>)
    .map(([k, v]) => `${goQuote(k)}:${sharpInner(v)}`)
    .join(', ')}}`;
}

/** fmt's %#v of a decoded JSON object: `map[string]interface {}{"kind":"Pod", ...}`. */
export function goSprintSharpV(value: unknown): string {
  return sharpInner(value);
}

/** reflect's type name of a decoded JSON value (`map[string]interface {}`, `int64`, ...). */
export function goTypeName(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (Array.isArray(value)) return '[]interface {}';
  if (typeof value === 'object') return 'map[string]interface {}';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int64' : 'float64';
  return typeof value;
}
