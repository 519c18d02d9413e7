// The decoder's input: a JSON document as a tree that keeps what Go's decoder sees and a parsed
// JavaScript value loses: every key of an object in document order (duplicates included) and the
// literal text of numbers.

export type JsonNode =
  | { readonly t: 'object'; readonly entries: ReadonlyArray<readonly [string, JsonNode]> }
  | { readonly t: 'array'; readonly items: readonly JsonNode[] }
  | { readonly t: 'string'; readonly value: string }
  | { readonly t: 'number'; readonly text: string }
  | { readonly t: 'bool'; readonly value: boolean }
  | { readonly t: 'null' };

const NULL: JsonNode = { t: 'null' };

/**
 * A JavaScript value as the JSON a Go client would send for it: what JSON.stringify keeps
 * (undefined and functions dropped from objects, null in arrays), numbers written as Go's
 * encoding/json writes a float64 (the same text as JavaScript's for every finite number).
 */
export function jsonNodeOf(value: unknown): JsonNode {
  if (value === null) return NULL;
  switch (typeof value) {
    case 'string':
      return { t: 'string', value };
    case 'boolean':
      return { t: 'bool', value };
    case 'number':
      return Number.isFinite(value) ? { t: 'number', text: String(value) } : NULL;
    case 'bigint':
      return { t: 'number', text: value.toString() };
    case 'object': {
      const toJson = (value as { toJSON?: () => unknown }).toJSON;
      if (typeof toJson === 'function') return jsonNodeOf(toJson.call(value));
      if (Array.isArray(value)) return { t: 'array', items: value.map((v) => (keeps(v) ? jsonNodeOf(v) : NULL)) };
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => keeps(v))
        .map(([k, v]) => [k, jsonNodeOf(v)] as const);
      return { t: 'object', entries };
    }
    default:
      return NULL;
  }
}

function keeps(v: unknown): boolean {
  return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
}

/** How encoding/json names a JSON value in `cannot unmarshal <value> into ...`, before any number text. */
export function jsonKindWord(node: JsonNode): string {
  switch (node.t) {
    case 'object':
      return 'object';
    case 'array':
      return 'array';
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'bool':
      return 'bool';
    case 'null':
      return 'null';
  }
}
