// A LIST's answer as JSON bytes, rows and items copied from a per-object cache of their UTF-8
// encoding: the same bytes JSON.stringify gives for the Table or `<Kind>List` that represent.ts
// builds (and the newline Go's encoder ends a body with), at a fraction of the cost: no string of
// the whole answer is built, flattened or encoded on each request. Stored objects are frozen snapshots (every change stores a new one), so the text of a
// snapshot's list item never changes, and a Table row's only changes with the clock (AGE,
// RESTARTS' "(5m ago)"): a row is cached with the virtual time it was written at and written again
// at another time. The cache holds the snapshots weakly: a replaced object's text goes with it.
import { apiVersionOf, isDefaultTable, tableHandlerFor, tableRow, type IncludeObject, type KubeObject, type ResourceType, type Table } from '../sim/index.js';
import { includeObjectOf } from './represent.js';

/** A list's `metadata`, in the order Go encodes ListMeta. */
export interface ListMeta {
  resourceVersion: string;
  continue?: string;
  remainingItemCount?: number;
}

interface RowBytes {
  now: number;
  include: IncludeObject;
  bytes: Buffer;
}

const rowBytes = new WeakMap<KubeObject, RowBytes>();
/**
 * Encodings longer than this are not kept: a big ConfigMap or Secret (up to 1 MiB) costs as much
 * to keep as to hold, and kept with every snapshot the watch history still holds it would double
 * what deleted objects leave behind; encoding it again costs about a millisecond a MiB. Pods,
 * the lists that are long, are a few KiB each.
 */
export const MAX_CACHED_BYTES = 64 * 1024;
const itemBytes = new WeakMap<KubeObject, Buffer>();
const COMMA = Buffer.from(',');
const END = Buffer.from(']}\n');

/**
 * JSON of `head` (never empty) with `key` added as its last key, its value an array of encoded
 * `elements` (or null), and a final newline: one buffer.
 */
function withLast(head: Record<string, unknown>, key: string, elements: readonly Buffer[] | null): Buffer {
  const start = `${JSON.stringify(head).slice(0, -1)},${JSON.stringify(key)}:`;
  if (elements === null) return Buffer.from(`${start}null}\n`);
  const chunks: Buffer[] = [Buffer.from(`${start}[`)];
  for (let i = 0; i < elements.length; i++) {
    if (i > 0) chunks.push(COMMA);
    chunks.push(elements[i]!);
  }
  chunks.push(END);
  return Buffer.concat(chunks);
}

function listMetaOf(meta: ListMeta): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (meta.resourceVersion) out['resourceVersion'] = meta.resourceVersion;
  if (meta.continue !== undefined) out['continue'] = meta.continue;
  if (meta.remainingItemCount !== undefined) out['remainingItemCount'] = meta.remainingItemCount;
  return out;
}

/** The Table for `items` as a JSON body (represent.ts tableOf, encoded), with the list's metadata. */
export function tableJson(type: ResourceType, items: readonly KubeObject[], meta: ListMeta, options: { now: number; version: 'v1' | 'v1beta1'; query: URLSearchParams }): Buffer {
  const handler = tableHandlerFor(type.kind);
  const include = includeObjectOf(options.query);
  const rows: Buffer[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const obj = items[i]!;
    const cached = rowBytes.get(obj);
    if (cached && cached.now === options.now && cached.include === include) {
      rows[i] = cached.bytes;
      continue;
    }
    const bytes = Buffer.from(JSON.stringify(tableRow(handler, obj, { now: options.now, includeObject: include })));
    if (Object.isFrozen(obj) && bytes.length <= MAX_CACHED_BYTES) rowBytes.set(obj, { now: options.now, include, bytes });
    rows[i] = bytes;
  }
  const head: Omit<Table, 'rows' | 'apiVersion'> & { apiVersion: string } = {
    kind: 'Table',
    apiVersion: `meta.k8s.io/${options.version}`,
    metadata: listMetaOf(meta),
    columnDefinitions: handler.columns,
  };
  return withLast(head, 'rows', rows.length === 0 && isDefaultTable(handler) ? null : rows);
}

/** The `<Kind>List` for `items` as a JSON body (items without their own kind and apiVersion). */
export function typedListJson(type: ResourceType, items: readonly KubeObject[], meta: ListMeta): Buffer {
  const texts: Buffer[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const obj = items[i]!;
    let bytes = itemBytes.get(obj);
    if (bytes === undefined) {
      const { apiVersion: _v, kind: _k, ...rest } = obj;
      bytes = Buffer.from(JSON.stringify(rest));
      if (Object.isFrozen(obj) && bytes.length <= MAX_CACHED_BYTES) itemBytes.set(obj, bytes);
    }
    texts[i] = bytes;
  }
  return withLast({ kind: `${type.kind}List`, apiVersion: apiVersionOf(type), metadata: listMetaOf(meta) }, 'items', texts);
}
