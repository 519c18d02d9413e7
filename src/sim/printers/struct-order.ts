// encoding/json's key order for a typed object: struct fields in declaration order, map keys
// sorted. kubectl's JSON printer marshals the typed objects a command builds itself (the EventList
// of `kubectl events`) this way, where objects read from the server print with sorted keys.
import type { GoType } from '../api/schema/go-type.js';

/** `value` with its object keys re-ordered as encoding/json would write the Go value of `type`. */
export function inStructOrder(value: unknown, type: GoType): unknown {
  if (value === null || typeof value !== 'object') return value;
  switch (type.kind) {
    case 'slice':
      return Array.isArray(value) ? value.map((v) => inStructOrder(v, type.elem)) : value;
    case 'map': {
      const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return Object.fromEntries(entries.map(([k, v]) => [k, inStructOrder(v, type.elem)]));
    }
    case 'struct': {
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [name, fieldType] of type.fields) if (name in source) out[name] = inStructOrder(source[name], fieldType);
      return out;
    }
    default:
      return value;
  }
}
