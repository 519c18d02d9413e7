// A LIST's answer as JSON text, rows and items written from a per-object cache: the same bytes
// JSON.stringify gives for the Table or `<Kind>List` that represent.ts builds, at a fraction of the
// cost. Stored objects are frozen snapshots (every change stores a new one), so the text of a
// snapshot's list item never changes, and a Table row's only changes with the clock (AGE,
// RESTARTS' "(5m ago)"): a row is cached with the virtual time it was written at and written again
// at another time. The cache holds the snapshots weakly: a replaced object's text goes with it.
import type { ResourceType } from '../sim/api/resources.js';
import { apiVersionOf } from '../sim/api/resources.js';
import type { KubeObject } from '../sim/api/types.js';
import { isDefaultTable, tableHandlerFor, tableRow } from '../sim/printers/build-table.js';
import type { IncludeObject, Table } from '../sim/printers/table-types.js';
import { includeObjectOf } from './represent.js';

/** A list's `metadata`, in the order Go encodes ListMeta. */
export interface ListMeta {
  resourceVersion: string;
  continue?: string;
  remainingItemCount?: number;
}

interface RowText {
  now: number;
  include: IncludeObject;
  text: string;
}

const rowTexts = new WeakMap<KubeObject, RowText>();
const itemTexts = new WeakMap<KubeObject, string>();

/** JSON of `head` (never empty) with `key` added as its last key, its value already encoded as `text`. */
function withLast(head: Record<string, unknown>, key: string, text: string): string {
  return `${JSON.stringify(head).slice(0, -1)},${JSON.stringify(key)}:${text}}`;
}

function listMetaOf(meta: ListMeta): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (meta.resourceVersion) out['resourceVersion'] = meta.resourceVersion;
  if (meta.continue !== undefined) out['continue'] = meta.continue;
  if (meta.remainingItemCount !== undefined) out['remainingItemCount'] = meta.remainingItemCount;
  return out;
}

/** The Table for `items` as JSON text (represent.ts tableOf, encoded), with the list's metadata. */
export function tableJson(type: ResourceType, items: readonly KubeObject[], meta: ListMeta, options: { now: number; version: 'v1' | 'v1beta1'; query: URLSearchParams }): string {
  const handler = tableHandlerFor(type.kind);
  const include = includeObjectOf(options.query);
  const rows: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const obj = items[i]!;
    const cached = rowTexts.get(obj);
    if (cached && cached.now === options.now && cached.include === include) {
      rows[i] = cached.text;
      continue;
    }
    const text = JSON.stringify(tableRow(handler, obj, { now: options.now, includeObject: include }));
    if (Object.isFrozen(obj)) rowTexts.set(obj, { now: options.now, include, text });
    rows[i] = text;
  }
  const head: Omit<Table, 'rows' | 'apiVersion'> & { apiVersion: string } = {
    kind: 'Table',
    apiVersion: `meta.k8s.io/${options.version}`,
    metadata: listMetaOf(meta),
    columnDefinitions: handler.columns,
  };
  return withLast(head, 'rows', rows.length === 0 && isDefaultTable(handler) ? 'null' : `[${rows.join(',')}]`);
}

/** The `<Kind>List` for `items` as JSON text (items without their own kind and apiVersion). */
export function typedListJson(type: ResourceType, items: readonly KubeObject[], meta: ListMeta): string {
  const texts: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const obj = items[i]!;
    let text = itemTexts.get(obj);
    if (text === undefined) {
      const { apiVersion: _v, kind: _k, ...rest } = obj;
      text = JSON.stringify(rest);
      if (Object.isFrozen(obj)) itemTexts.set(obj, text);
    }
    texts[i] = text;
  }
  return withLast({ kind: `${type.kind}List`, apiVersion: apiVersionOf(type), metadata: listMetaOf(meta) }, 'items', `[${texts.join(',')}]`);
}
