// encoding/json's Marshal of decoded JSON held in maps (map[string]interface{}), as controllers
// write a ControllerRevision's data and kubectl's rollback compares it: keys sorted, undefined
// left out, and the HTML-safe escapes of <, >, & and the two line separators.

const UNSAFE = /[<>&\u2028\u2029]/g;

function escaped(text: string): string {
  return JSON.stringify(text).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The bytes json.Marshal writes for a map-decoded value. */
export function marshalGoMap(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(marshalGoMap).join(',')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => `${escaped(k)}:${marshalGoMap(o[k])}`).join(',')}}`;
  }
  if (typeof v === 'string') return escaped(v);
  return JSON.stringify(v);
}

/** A copy with every map's keys in sorted order, as json.Marshal of a map writes them. */
export function withSortedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withSortedKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, withSortedKeys((v as Record<string, unknown>)[k])]));
  return v;
}
