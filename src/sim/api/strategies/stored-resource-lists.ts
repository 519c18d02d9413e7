// ResourceLists as the API server stores them. The decoder parses each quantity (a JSON string or
// a bare number: `cpu: 0.5`) into a resource.Quantity; validation sees that Quantity, and storage
// writes its String(), the canonical form (`0.5` -> `500m`, `1.5Gi` -> `1536Mi`). An empty map
// comes back from etcd's protobuf as nil and is then left out (omitempty).
//
// The stored strings are canonical, but a validation message prints the Quantity the decoder
// built (`%#v` shows the parsed value, scale and cached string), so the text each quantity was
// decoded from is remembered beside the canonical list for validation to use.
import type { ResourceList } from '../policy-types.js';
import { canonicalQuantity } from '../../core/quantity.js';

const DECODED = new WeakMap<ResourceList, ResourceList>();

/** What Quantity.UnmarshalJSON parses: a string trimmed, a number's literal; null is the zero Quantity. */
function decodedText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}

/** Replaces `owner[field]` with its canonical stored form (or removes it when empty or null). */
export function storeResourceList(owner: object, field: string): void {
  const target = owner as Record<string, unknown>;
  const list = target[field];
  const entries = list && typeof list === 'object' ? Object.entries(list) : [];
  if (entries.length === 0) {
    delete target[field];
    return;
  }
  const stored: ResourceList = {};
  const decoded: ResourceList = {};
  for (const [name, value] of entries) {
    const text = decodedText(value);
    decoded[name] = text;
    stored[name] = text === '' ? '0' : canonicalQuantity(text);
  }
  DECODED.set(stored, decoded);
  target[field] = stored;
}

/** The text a stored quantity was decoded from in this request (the stored text itself otherwise). */
export function decodedQuantityText(list: ResourceList, name: string): string {
  return DECODED.get(list)?.[name] ?? list[name] ?? '';
}
