// meta.k8s.io/v1 Table, the server-side printing result kubectl asks for with
// `Accept: application/json;as=Table;v=v1;g=meta.k8s.io` (field order as Go encodes it).
import type { KubeObject, ObjectMeta } from '../../api/types.js';

export interface TableColumnDefinition {
  name: string;
  type: string;
  format: string;
  description: string;
  priority: number;
}

export interface TableRowCondition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

/** A cell as the JSON carries it: strings, integers and booleans; null prints as an empty cell. */
export type TableCell = string | number | boolean | null;

export interface PartialObjectMetadata {
  kind: 'PartialObjectMetadata';
  apiVersion: 'meta.k8s.io/v1';
  metadata: ObjectMeta;
}

export interface TableRow {
  cells: TableCell[];
  conditions?: TableRowCondition[];
  /** PartialObjectMetadata by default, the full object for includeObject=Object, null for None. */
  object: PartialObjectMetadata | KubeObject | null;
}

export interface Table {
  kind: 'Table';
  apiVersion: 'meta.k8s.io/v1';
  metadata: { resourceVersion?: string; continue?: string; remainingItemCount?: number };
  /** null when the request asked for noHeaders (watch events after the first). */
  columnDefinitions: TableColumnDefinition[] | null;
  /** null only from the default convertor when nothing was listed (a nil Go slice). */
  rows: TableRow[] | null;
}

/** The `includeObject` query parameter of a Table request. */
export type IncludeObject = 'None' | 'Metadata' | 'Object';

export interface BuildTableOptions {
  /** The virtual clock, in epoch milliseconds: ages are computed on the server at request time. */
  now: number;
  includeObject?: IncludeObject;
  /** `?includeObject`'s sibling: TableOptions.noHeaders leaves columnDefinitions empty (watch events). */
  noHeaders?: boolean;
  /** The list's (or the single object's) resourceVersion for `metadata.resourceVersion`. */
  resourceVersion?: string;
}

/** One kind's printer: its columns as printers.go declares them and the cells of one object's row. */
export interface TableHandler<T extends KubeObject = KubeObject> {
  columns: TableColumnDefinition[];
  /** Cells for every column, wide ones included (the API server always generates with Wide: true). */
  cells(obj: T, now: number): TableCell[];
  /** Row conditions (pods: Completed for Succeeded/Failed). */
  conditions?(obj: T): TableRowCondition[] | undefined;
}

/** Declares a column the way printers.go does (format and priority default to "" and 0). */
export function column(
  name: string,
  type: string,
  description: string,
  extra: { format?: string; priority?: number } = {},
): TableColumnDefinition {
  return { name, type, format: extra.format ?? '', description, priority: extra.priority ?? 0 };
}
